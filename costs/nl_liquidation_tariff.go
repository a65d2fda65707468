package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// NL liquidatietarief kanton: the salary of the authorised representative
// (salaris gemachtigde) that the kantonrechter awards in a costs order,
// points × tariff per point, by band of claim value (principal + interest +
// extrajudicial costs). Set by the Landelijk Overleg Vakinhoud Civiel en
// Kanton (LOVCK&T) with the NOvA, not by statute; it applies to judgments
// given from the row's first day. No VAT.
//
// Uncovered: before 1.2.2023 (the 2019 and 2021 tables were not confirmed
// by two sources). The tariff from 1.2.2026 comes from one source. The
// rechtbank/hof tariff is not encoded.

// liquidationLine is one band: the tariff per point and the maximum number
// of points (0: no maximum).
type liquidationLine struct {
	band      CourtBand
	perPoint  decimal.Decimal
	maxPoints int64
}

// liquidationSchedule is the kanton tariff of one period. A claim of
// undetermined value gets a tariff per point between undeterminedMin and
// undeterminedMax, chosen by the court.
type liquidationSchedule struct {
	lines                            []liquidationLine
	undeterminedMin, undeterminedMax decimal.Decimal
}

// liquidationLines builds the fourteen money bands of the kanton tariff from
// the tariff per point of each band, lowest first. The band limits and the
// maximum points are the same in every table since 2019.
func liquidationLines(perPoint ...int64) []liquidationLine {
	limits := []int64{0, 250, 500, 1250, 2500, 3750, 5000, 10000, 20000, 40000, 100000, 200000, 400000, 1000000}
	maxPts := []int64{3, 4, 5, 5, 5, 6, 6, 7, 10, 10, 0, 0, 0, 0}
	lines := make([]liquidationLine, len(limits))
	for i := range limits {
		b := courtBandAbove(limits[i])
		if i+1 < len(limits) {
			b = courtBandTo(limits[i], limits[i+1])
		}
		p := int64(0)
		if i < len(perPoint) {
			p = perPoint[i]
		}
		lines[i] = liquidationLine{band: b, perPoint: vordering.Euros(p), maxPoints: maxPts[i]}
	}
	return lines
}

const liquidationSource = "https://www.rechtspraak.nl/Voor-advocaten-en-juristen/Reglementen-procedures-en-formulieren/Civiel/tarieven-kosten-vergoedingen/Paginas/liquidatietarief-kanton-2024.aspx"

var liquidationKantonNL = vordering.NewTimeline("NL liquidatietarief kanton",
	vordering.Row[liquidationSchedule]{
		From: courtDate(2023, 2, 1), Until: courtDate(2024, 1, 31),
		Value: liquidationSchedule{
			lines:           liquidationLines(39, 80, 132, 199, 232, 264, 330, 396, 529, 794, 926, 1059, 1322, 1587),
			undeterminedMin: vordering.Euros(80), undeterminedMax: vordering.Euros(1059),
		},
		Cite: vordering.Citation{
			Instrument:  "Liquidatietarief kanton (LOVCK&T, with the NOvA)",
			Article:     "tariff per point and maximum points per band",
			Publication: "indexation 1.2.2023 (+6.2 %)",
			URL:         liquidationSource,
		},
		Note: "Official Rechtspraak page (column 'salaris oud d.d. 1/2/2023') and e-legal.nl/liquidatietarief (2023) agree.",
	},
	vordering.Row[liquidationSchedule]{
		From: courtDate(2024, 2, 1), Until: courtDate(2026, 1, 31),
		Value: liquidationSchedule{
			lines:           liquidationLines(40, 82, 135, 204, 238, 271, 339, 406, 543, 815, 950, 1087, 1356, 1628),
			undeterminedMin: vordering.Euros(82), undeterminedMax: vordering.Euros(1087),
		},
		Cite: vordering.Citation{
			Instrument:  "Liquidatietarief kanton (LOVCK&T, with the NOvA)",
			Article:     "tariff per point and maximum points per band",
			Publication: "indexation 1.2.2024 (+2.6 %)",
			URL:         liquidationSource,
		},
		Note: "Official Rechtspraak page (column 'salaris nieuw d.d. 1/2/2024'); wvhl.nl/tools/proceskosten agrees. The page announces the next indexation for 1.2.2026.",
	},
	vordering.Row[liquidationSchedule]{
		From: courtDate(2026, 2, 1), Until: courtDate(2028, 1, 31),
		Value: liquidationSchedule{
			lines:           liquidationLines(43, 87, 144, 217, 253, 288, 360, 432, 577, 866, 1010, 1155, 1441, 1731),
			undeterminedMin: vordering.Euros(87), undeterminedMax: vordering.Euros(1155),
		},
		Cite: vordering.Citation{
			Instrument:  "Liquidatietarief kanton (LOVCK&T, with the NOvA)",
			Article:     "tariff per point and maximum points per band",
			Publication: "indexation 1.2.2026",
			URL:         "https://www.rechtspraak.nl/Voor-advocaten-en-juristen/Reglementen-procedures-en-formulieren/Civiel/tarieven-kosten-vergoedingen",
		},
		Known: vordering.OneSource, Sources: []string{"code 62356757381 (proceskosten-calculator, data/tarieven-2026.json, 'Bronnen: Rechtspraak.nl', updated 11.2.2026)"},
		Note: "One source. Each band is about +6.3 % on 2024, which fits the two-yearly consumer-price indexation decided in 2020; that is a plausibility check, not a second source. The row runs to the day before the next two-yearly indexation (1.2.2028).",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 28)})
