package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// BE rolrechten: the flat roll fee per case enrolled (art. 269¹ of the
// Wetboek der registratie-, hypotheek- en griffierechten). Since 1.2.2019 it
// is owed at the end of the case by the party the judge designates
// (normally the losing party). Labour courts are exempt and are not listed.
//
// Gap before 1.9.2017: the value-based fees of the Law of 28.4.2015
// (1.6.2015–31.8.2017, annulled by Const. Court 13/2017 with effect kept to
// 31.8.2017) are not encoded, because the sources seen give their bands for
// the first-instance court only; the pre-2015 flat fees are confirmed but
// their start date is not.

// roleFeeAmounts holds the roll fee of each kind of court for one period.
type roleFeeAmounts struct {
	peace, firstInstance, appeal, cassation decimal.Decimal
}

func (f roleFeeAmounts) of(c Court) (decimal.Decimal, bool) {
	switch c {
	case CourtJusticeOfPeace, CourtPolice:
		return f.peace, true
	case CourtFirstInstance, vordering.DistrictCourt, CourtEnterprise, vordering.CommercialCourt:
		return f.firstInstance, true
	case CourtAppeal:
		return f.appeal, true
	case CourtCassation:
		return f.cassation, true
	}
	return decimal.Decimal{}, false
}

var roleFeeTableBE = vordering.NewTimeline("BE rolrechten (art. 269¹ W.Reg.)",
	vordering.Row[roleFeeAmounts]{
		From: courtDate(2017, 9, 1), Until: courtDate(2019, 1, 31),
		Value: roleFeeAmounts{vordering.Euros(40), vordering.Euros(100), vordering.Euros(210), vordering.Euros(375)},
		Cite: vordering.Citation{
			Instrument:  "Wetboek der registratie-, hypotheek- en griffierechten",
			Article:     "art. 269¹ (as before the Law of 28.4.2015)",
			Publication: "GwH 13/2017 of 9.2.2017 (annulment of the 2015 reform, effects kept until 31.8.2017)",
			URL:         "https://plusmagazine.knack.be/recht-en-geld/inning-rolrechten-verschuift-naar-einde-van-gerechtelijke-procedure/article-normal-1422585.html",
		},
		Note: "The amounts in force just before 1.2.2019 (40 / 100 / 210 / 375) are stated by plusmagazine.knack.be and bx1.be. That they ran from 1.9.2017 is inferred from the annulment judgment, not read in a source.",
	},
	vordering.Row[roleFeeAmounts]{
		From:  courtDate(2019, 2, 1),
		Value: roleFeeAmounts{vordering.Euros(50), vordering.Euros(165), vordering.Euros(400), vordering.Euros(650)},
		Cite: vordering.Citation{
			Instrument:  "Wetboek der registratie-, hypotheek- en griffierechten",
			Article:     "art. 269¹",
			Publication: "Wet 14.10.2018 hervorming griffierechten, in force 1.2.2019",
			URL:         "https://www.helderrecht.be/nl/wijziging-rolrechten",
		},
		Note: "50 (vrede- en politiegerecht) / 165 (eerste aanleg and ondernemingsrechtbank) / 400 (hof van beroep) / 650 (cassatie): helderrecht.be, advocatenkantoor-dubois.be, plusmagazine.knack.be, bartbleyaert.be. Conflict: wetwijzer.be/tools/fees lists 200 for the ondernemingsrechtbank (single source, citing an unrelated statute); not followed. No later amendment found.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
