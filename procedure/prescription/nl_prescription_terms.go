package prescription

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Dutch prescription terms for invoices. Primary text: Burgerlijk Wetboek
// Book 3 and Book 7 as consolidated in statengeneraal/laws-markdown (2015).

// nlContractTerm is the five-year term for performance of a contractual
// obligation, running from the day after the claim became due (art. 3:307
// lid 1 BW). Book 3 BW is in force since 1 January 1992.
var nlContractTerm = vordering.NewTimeline("NL prescription of contractual claims (art. 3:307 BW)",
	vordering.Row[int]{
		From:  d(1992, 1, 1),
		Value: 5,
		Cite: vordering.Citation{
			Instrument: "Burgerlijk Wetboek",
			Article:    "art. 3:307 lid 1",
			URL:        "https://wetten.overheid.nl/BWBR0005291/",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlPeriodicTerm is the five-year term for interest, rent and anything
// payable yearly or more often (art. 3:308 BW).
var nlPeriodicTerm = vordering.NewTimeline("NL prescription of periodic debts (art. 3:308 BW)",
	vordering.Row[int]{
		From:  d(1992, 1, 1),
		Value: 5,
		Cite: vordering.Citation{
			Instrument: "Burgerlijk Wetboek",
			Article:    "art. 3:308",
			URL:        "https://wetten.overheid.nl/BWBR0005291/",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlConsumerSaleTerm is the two-year term for the price in a consumer sale
// (art. 7:28 BW). The article is older, but the earliest consolidated text we
// could read is the laws-markdown snapshot of 23 February 2011; earlier
// dates are not covered.
var nlConsumerSaleTerm = vordering.NewTimeline("NL prescription of the price in a consumer sale (art. 7:28 BW)",
	vordering.Row[int]{
		From:  d(2011, 2, 23),
		Value: 2,
		Cite: vordering.Citation{
			Instrument: "Burgerlijk Wetboek",
			Article:    "art. 7:28",
			URL:        "https://wetten.overheid.nl/BWBR0005290/",
		},
		Note: "Row starts at the earliest consolidated text consulted (23.2.2011); the article's entry into force was not verified.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
