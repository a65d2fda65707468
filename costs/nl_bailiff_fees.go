package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// NL bailiff tariffs: art. 2 lid 1 of the Besluit tarieven ambtshandelingen
// gerechtsdeurwaarders (Btag; Besluit 4.7.2001, Stb. 2001, 325), the amounts
// the debtor owes for each official act, excluding VAT, indexed each
// 1 January (art. 14 Btag). The schedule was recalculated from 1.7.2021.
//
// Uncovered: before 1.7.2021 (the earlier schedule was not checked) and 2025
// (the 2025 amounts were not found). 2026 comes from one source.

// bailiffTariff is one Btag schedule: the amount per act, indexed by
// BailiffAct.
type bailiffTariff [bailiffActEnd]decimal.Decimal

// bailiffCents builds a schedule from cents in the order a, b, c, d, e, i, j
// of art. 2 lid 1 Btag (the order of BailiffActs).
func bailiffCents(a, b, c, d, e, i, j int64) bailiffTariff {
	return bailiffTariff{
		BailiffSummons:            vordering.Cents(a),
		BailiffServiceOfTitle:     vordering.Cents(b),
		BailiffCommand:            vordering.Cents(c),
		BailiffOtherService:       vordering.Cents(d),
		BailiffAttachmentMovables: vordering.Cents(e),
		BailiffAttachmentBank:     vordering.Cents(i),
		BailiffAttachmentWages:    vordering.Cents(j),
	}
}

const bailiffBtag = "Besluit tarieven ambtshandelingen gerechtsdeurwaarders (Btag)"

var bailiffTariffsNL = vordering.NewTimeline("NL Btag art. 2 lid 1",
	vordering.Row[bailiffTariff]{
		From: courtDate(2021, 7, 1), Until: courtDate(2021, 12, 31),
		Value: bailiffCents(9852, 10871, 7902, 7119, 13137, 20933, 14697),
		Cite: vordering.Citation{
			Instrument:  bailiffBtag,
			Article:     "art. 2 lid 1 sub a, b, c, d, e, i, j",
			Publication: "Stb. 2001, 325, schedule recalculated from 1.7.2021",
			URL:         "https://grootevers.nl/btag-tarieven-per-1-juli-2021/",
		},
		Note: "grootevers.nl (Btag tarieven 1.7.2021) and ruebincasso.nl (text of art. 2, 2021) agree.",
	},
	vordering.Row[bailiffTariff]{
		From: courtDate(2022, 1, 1), Until: courtDate(2023, 2, 28),
		Value: bailiffCents(10402, 11477, 8342, 7516, 13870, 22100, 15516),
		Cite: vordering.Citation{
			Instrument:  bailiffBtag,
			Article:     "art. 2 lid 1 sub a, b, c, d, e, i, j; art. 14 (indexation)",
			Publication: "indexation 1.1.2022",
			URL:         "https://www.geerlingshofstede.nl/btag/",
		},
		Note: "geerlingshofstede.nl (tarieven 2022); the official Stb. 2023, 63 (art. I) replaces exactly these amounts (sub a 104,02; b 114,77; c 83,42; d 75,16; e 138,70; i 221,00; j 155,16), so they were the text in force until then (no separate 1.1.2023 indexation). The value 103.33 seen on one agency page was found in no tariff source.",
	},
	vordering.Row[bailiffTariff]{
		From: courtDate(2023, 3, 1), Until: courtDate(2023, 12, 31),
		Value: bailiffCents(10673, 11620, 8485, 7659, 14013, 22157, 15717),
		Cite: vordering.Citation{
			Instrument:  bailiffBtag,
			Article:     "art. 2 lid 1 sub a, b, c, d, e, i, j",
			Publication: "Besluit 20.2.2023, Stb. 2023, 63 (verplichte bevragingen)",
			URL:         "https://zoek.officielebekendmakingen.nl/stb-2023-63.html",
		},
		Note: "Amounts read in the official Stb. 2023, 63, art. I (sub a 106,73; b 116,20; c 84,85; d 76,59; e 140,13; i 221,57; j 157,17); e-legal.nl/btag agrees. The start date 1.3.2023 is taken from e-legal.nl ('per 01-03-2023'); the in-force article of the decree was not seen.",
	},
	vordering.Row[bailiffTariff]{
		From: courtDate(2024, 1, 1), Until: courtDate(2024, 12, 31),
		Value: bailiffCents(11237, 12234, 8933, 8064, 14754, 23328, 16548),
		Cite: vordering.Citation{
			Instrument:  bailiffBtag,
			Article:     "art. 2 lid 1 sub a, b, c, d, e, i, j; art. 14 (indexation)",
			Publication: "indexation 1.1.2024",
			URL:         "https://www.invorderingsbedrijf.nl/btag/",
		},
		Note: "invorderingsbedrijf.nl/btag and grootevers.nl (Btag 2024) agree. The indexation was about 5.29 % (grootevers.nl prints '0.5288%', a typo). Closed on 31.12.2024: the 2025 indexation was not found.",
	},
	vordering.Row[bailiffTariff]{
		From: courtDate(2026, 1, 1), Until: courtDate(2026, 12, 31),
		Value: bailiffCents(12557, 13671, 9983, 9011, 16486, 26068, 18491),
		Cite: vordering.Citation{
			Instrument:  bailiffBtag,
			Article:     "art. 2 lid 1 sub a, b, c, d, e, i, j; art. 14 (indexation)",
			Publication: "indexation 1.1.2026 (+5.1629 % per the source; no Staatscourant publication found)",
			URL:         "https://groot-evers.nl/en/btag-rates",
		},
		Known: vordering.OneSource, Sources: []string{"groot-evers.nl/en/btag-rates"},
		Note: "One source. Every 2026 amount is 1.1174-1.1175 times the 2024 amount, one uniform factor over two indexations, so the amounts agree with each other; that is not a second source. The 2025 amounts were not found (2025 is uncovered).",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the 2027 indexation (art. 14 Btag) is not known yet",
})
