package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// This file holds the Dutch tables for extrajudicial collection costs
// (buitengerechtelijke incassokosten, "WIK"): the staffel of the Besluit
// vergoeding voor buitengerechtelijke incassokosten (BWBR0031432), the
// general VAT rate used for the VAT uplift, and the cap on small recurring
// consumer claims.
//
// Sources: the Besluit's text (Stb. 2012, 141, in force 1 July 2012, Stb.
// 2012, 142; statengeneraal/laws-markdown BWBR0031432), checked against
// oamkbrotterdamrijnmondspijkenisse.nl, nle.nl and stedin.net (staffel,
// minimum 40, maximum 6,775), the Rentetool calculator's BIK module, and for
// the VAT rate rbvk.nl and wieringa-advocaten.nl (19 % to 21 % on 1 October
// 2012).

// wikBracket is one tranche of the staffel: Rate applies to the part of the
// principal between the previous bracket's Upto and this Upto. A zero Upto
// means "over the excess", without an upper bound.
type wikBracket struct {
	Upto decimal.Decimal `json:"upto"`
	Rate decimal.Decimal `json:"rate"`
}

// wikScale is the whole rule of art. 2 of the Besluit.
type wikScale struct {
	Brackets []wikBracket    `json:"brackets"`
	Min      decimal.Decimal `json:"min"` // art. 2 lid 2
	Max      decimal.Decimal `json:"max"` // art. 2 lid 1, last line
}

var citeWIK = vordering.Citation{
	Instrument:  "Besluit vergoeding voor buitengerechtelijke incassokosten",
	Article:     "art. 2 lid 1 en 2",
	Publication: "Stb. 2012, 141; in force 01.07.2012 (Stb. 2012, 142)",
	URL:         "https://wetten.overheid.nl/BWBR0031432",
}

// nlWIKScale is the staffel: 15 % of the first 2,500; 10 % of the next
// 2,500; 5 % of the next 5,000; 1 % of the next 190,000; 0.5 % of the
// excess; at least 40 and at most 6,775 (reached at a principal of
// 1,000,000).
var nlWIKScale = vordering.NewTimeline("NL buitengerechtelijke incassokosten (Besluit BIK, art. 2)",
	vordering.Row[wikScale]{From: ymd(2012, 7, 1), Cite: citeWIK, Value: wikScale{
		Brackets: []wikBracket{
			{Upto: vordering.Euros(2500), Rate: pct(15, 0)},
			{Upto: vordering.Euros(5000), Rate: pct(10, 0)},
			{Upto: vordering.Euros(10000), Rate: pct(5, 0)},
			{Upto: vordering.Euros(200000), Rate: pct(1, 0)},
			{Rate: pct(5, 1)},
		},
		Min: vordering.Euros(40),
		Max: vordering.Euros(6775),
	}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlVATRate is the general VAT rate of art. 9 lid 1 Wet op de omzetbelasting
// 1968, by which art. 2 lid 3 of the Besluit raises the costs when the
// creditor cannot deduct the VAT charged to him. The table starts with the
// Besluit.
var nlVATRate = vordering.NewTimeline("NL algemeen btw-tarief (art. 9 lid 1 Wet OB 1968) for the BIK uplift",
	vordering.Row[decimal.Decimal]{From: ymd(2012, 7, 1), Until: ymd(2012, 9, 30), Value: pct(19, 0),
		Cite: vordering.Citation{Instrument: "Wet op de omzetbelasting 1968", Article: "art. 9 lid 1; Besluit BIK art. 2 lid 3", URL: "https://wetten.overheid.nl/BWBR0002629"}, Sources: []string{"rbvk.nl", "wieringa-advocaten.nl 2012-08-20"}},
	vordering.Row[decimal.Decimal]{From: ymd(2012, 10, 1), Value: pct(21, 0),
		Cite: vordering.Citation{Instrument: "Wet op de omzetbelasting 1968", Article: "art. 9 lid 1; Besluit BIK art. 2 lid 3", Publication: "Wet uitwerking fiscale maatregelen Begrotingsakkoord 2013 (in force 01.10.2012)", URL: "https://wetten.overheid.nl/BWBR0002629"}, Sources: []string{"rbvk.nl", "wieringa-advocaten.nl 2012-08-20"}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// recurringCap is the limit on costs for small recurring consumer claims.
type recurringCap struct {
	// Below: the rule applies to an instalment or periodic claim whose
	// principal is below this amount (the principal at which the staffel's
	// 15 % reaches the 40 minimum).
	Below decimal.Decimal `json:"below"`
	// Cap: the costs for all such claims together within six months.
	Cap decimal.Decimal `json:"cap"`
}

// nlRecurringCap: from 1 October 2024, for a consumer, the costs on
// instalments or periodic claims each below 266.67 are at most 140 in total
// per period of six months (a six-month look-back at each missed
// instalment). Inserted in the Besluit BIK by the Besluit kwaliteit
// incassodienstverlening (Stb. 2024, 44). Figures and date: stb-2024-44
// (introduction: "cumulatieregeling ... bij kleine termijnbetalingen"),
// Stcrt. 2024, 5616 (advice of the Raad van State), kantoorabri.nl,
// blikopnieuws, NJB; the article number inside the Besluit BIK could not be
// read in a primary text and is not given.
var nlRecurringCap = vordering.NewTimeline("NL cap on costs for small recurring consumer claims (Besluit BIK, as amended by Stb. 2024, 44)",
	vordering.Row[recurringCap]{From: ymd(2024, 10, 1), Value: recurringCap{Below: vordering.Cents(26667), Cap: vordering.Euros(140)},
		Cite: vordering.Citation{Instrument: "Besluit vergoeding voor buitengerechtelijke incassokosten", Article: "cumulation rule for instalments (inserted by Besluit kwaliteit incassodienstverlening)",
			Publication: "Stb. 2024, 44; in force 01.10.2024", URL: "https://zoek.officielebekendmakingen.nl/stb-2024-44.html"},
		Note: "Secondary sources describe the look-back differently (kantoorabri.nl: the costs equal the highest amount due for one unpaid instalment); the library applies the 140 ceiling to the costs already charged in the six months, which the caller supplies."},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlReminderTerm is the term of the 14-day letter for consumers, art. 6:96
// lid 6 BW: costs are due only after a reminder sent once the debtor is in
// default gave 14 days, counted from the day after receipt (HR 25 November
// 2016, ECLI:NL:HR:2016:2704).
var nlReminderTerm = vordering.NewTimeline("NL veertiendagenbrief (art. 6:96 lid 6 BW), days",
	vordering.Row[int]{From: ymd(2012, 7, 1), Value: 14, Cite: vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:96 lid 6",
		Publication: "Wet normering buitengerechtelijke incassokosten, in force 01.07.2012; HR 25.11.2016, ECLI:NL:HR:2016:2704 (14 days from the day after receipt)", URL: "https://wetten.overheid.nl/BWBR0005289"}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlB2BMinimum is the mandatory minimum for a handelsovereenkomst, due
// without reminder from the day after the due date (art. 6:96 lid 4 BW).
var nlB2BMinimum = vordering.NewTimeline("NL minimum incassokosten handelsovereenkomst (art. 6:96 lid 4 BW)",
	vordering.Row[decimal.Decimal]{From: ymd(2013, 3, 16), Value: vordering.Euros(40), Cite: vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6",
		Article: "art. 6:96 lid 4 (handelsovereenkomst: at least EUR 40, due without reminder)", Publication: "Wet bestrijding betalingsachterstand bij handelstransacties, in force 16.03.2013 (Spanjaard, Contracteren 2013; verenigingvoorcreditmanagement.nl)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

var (
	citeNLAggregate = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:96 lid 5 en 7 (semi-mandatory for consumers; principals of several claims added)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeNLTransition = vordering.Citation{Instrument: "Besluit vergoeding voor buitengerechtelijke incassokosten", Article: "art. 3 (not for a default that began before 01.07.2012)",
		Publication: "Stb. 2012, 141", URL: "https://wetten.overheid.nl/BWBR0031432"}
)
