package procedure

import "github.com/vordering/vordering"

// nlWIK is the rule of art. 6:96 lid 6 BW: extrajudicial collection costs
// are due from a consumer only after a written reminder, sent once the
// debtor is in default, that gives 14 days from the day after receipt to pay.
// The BIK-besluit and lid 6 took effect on 1 July 2012 and do not apply when
// the default began before then (BIK-besluit art. 3).
//
// Sources: the text of art. 6:96 BW and of the BIK-besluit (laws-markdown,
// 2015); HR 25.11.2016, ECLI:NL:HR:2016:2704 (start of the 14 days: the day
// after receipt; delivery may be presumed on the second day after posting,
// not counting Sundays, Mondays and holidays), per bvvb.nl and hr-center.nl.
var nlWIK = vordering.NewTimeline("NL 14-day letter before collection costs (art. 6:96 lid 6 BW)",
	vordering.Row[int]{
		From:  d(2012, 7, 1),
		Value: 14,
		Cite: vordering.Citation{
			Instrument:  "Burgerlijk Wetboek",
			Article:     "art. 6:96 lid 6",
			Publication: "Stb. 2012, 141; HR 25.11.2016, ECLI:NL:HR:2016:2704",
			URL:         "https://wetten.overheid.nl/BWBR0005289/",
		},
		Note: "Defaults that began before 1.7.2012 are not covered (BIK-besluit art. 3).",
	},
)
