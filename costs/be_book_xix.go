package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// This file holds the Belgian tables for collection costs: the capped flat
// damages of Book XIX of the Code of Economic Law (consumer debts) and the
// flat EUR 40 of the Act of 2 August 2002 (commercial transactions).
//
// Sources: Act of 4 May 2023 (BS 23.05.2023) inserting Book XIX, art. 15 as
// amended by the Act of 5 November 2023 (BS 11.12.2023) for the dates;
// checked against ordevanvlaamsebalies.be, elegis.be, samvzw.be,
// studio-legale.com (dates, reminder, interest cap) and farys.be and
// franckline.be (the tiers, as applied in general terms).

// xixTier is one line of the flat-damages cap: for a balance up to Upto
// (zero: no bound), Fixed plus Rate on the part above Over.
type xixTier struct {
	Upto  decimal.Decimal `json:"upto"`
	Fixed decimal.Decimal `json:"fixed"`
	Rate  decimal.Decimal `json:"rate"`
	Over  decimal.Decimal `json:"over"`
}

type xixScale struct {
	Tiers []xixTier       `json:"tiers"`
	Max   decimal.Decimal `json:"max"`
	// FreeDays is the term of the free first reminder.
	FreeDays int `json:"freeDays"`
}

var citeBookXIX = vordering.Citation{
	Instrument:  "Wetboek van economisch recht, boek XIX (Schulden van de consument)",
	Article:     "art. XIX.2-XIX.4",
	Publication: "Wet 4.5.2023, BS 23.05.2023; art. 15 as amended by Wet 5.11.2023, BS 11.12.2023",
	URL:         "https://studio-legale.com/de-nieuwe-invorderingswet-voor-consumenten-van-4-mei-2023-een-overzicht/",
}

// beBookXIX: the first reminder is free and gives at least 14 calendar days;
// after that, if the contract provides for it, flat damages of at most 20
// for a balance up to 150; 30 plus 10 % of the part above 150 for a balance
// up to 500; 65 plus 5 % of the part above 500 above that; never more than
// 2,000. It applies to contracts concluded from 1 September 2023, and to
// older contracts for a payment default arising from 1 December 2023.
var beBookXIX = vordering.NewTimeline("BE boek XIX WER, forfaitaire schadevergoeding consument",
	vordering.Row[xixScale]{From: ymd(2023, 9, 1), Cite: citeBookXIX, Value: xixScale{
		Tiers: []xixTier{
			{Upto: vordering.Euros(150), Fixed: vordering.Euros(20)},
			{Upto: vordering.Euros(500), Fixed: vordering.Euros(30), Rate: pct(10, 0), Over: vordering.Euros(150)},
			{Fixed: vordering.Euros(65), Rate: pct(5, 0), Over: vordering.Euros(500)},
		},
		Max:      vordering.Euros(2000),
		FreeDays: 14,
	}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beBookXIXOldContracts is the first day Book XIX applies to a default under
// a contract concluded before 1 September 2023.
var beBookXIXOldContracts = ymd(2023, 12, 1)

// beFlat40 is the flat compensation for recovery costs in commercial
// transactions, due by law without notice whenever late-payment interest is
// due; the creditor may claim higher proven reasonable costs.
var beFlat40 = vordering.NewTimeline("BE forfaitaire vergoeding invorderingskosten handelstransacties (Wet 2 augustus 2002, art. 6)",
	vordering.Row[decimal.Decimal]{From: ymd(2013, 3, 16), Value: vordering.Euros(40),
		Cite: vordering.Citation{Instrument: "Wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties",
			Article: "art. 6", Publication: "Wet 22.11.2013 (in force 16.03.2013)"}, Sources: []string{"wordscope.be", "elfri"}},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
