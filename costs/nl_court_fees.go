package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// NL griffierecht: the table annexed to the Wet griffierechten burgerlijke
// zaken (Wgbz, Stb. 2010, 336), indexed each 1 January under art. 2 Wgbz.
// The fee of a dagvaardingszaak is that of the year of the first roll date
// (rolzitting); of a petition, that of the year it is filed.
//
// Only years whose figures were confirmed by the official published table or
// by two independent practitioner tables are listed. The others are gaps,
// explained here and in the tests:
//   - kanton 2016–2021: figures seen in a single source only (2018, 2019) or
//     with a conflict between sources (2019: natural person above 12,500 is
//     482 in one table and 486 in another); 2025: the indexation regulation
//     (Stcrt. 2024, 38002) is known but its table was not found.
//   - kanton 2024 (wvhl.nl) and gerechtshof 2026 are in the tables marked
//     one-source; answers from them are provisional.
//   - rechtbank 2025 and gerechtshof 2025: not found.
//   - gerechtshof 2024, column "natuurlijke personen": one table only, left
//     unconfirmed (a zero in the table: the lookup returns ErrNoRuleInForce
//     for that category).
//   - Hoge Raad: no year confirmed.

// courtFeeAmounts is one line of a Wgbz table: the fee per party category.
type courtFeeAmounts struct {
	other, natural, lowIncome decimal.Decimal
}

// of returns the fee of category p; a zero amount means that the figure of
// that category was not confirmed.
func (a courtFeeAmounts) of(p CourtParty) decimal.Decimal {
	switch p {
	case CourtPartyNatural:
		return a.natural
	case CourtPartyLowIncome:
		return a.lowIncome
	default:
		return a.other
	}
}

// courtFeeLine is a band of claim values with its fees.
type courtFeeLine struct {
	band CourtBand
	fee  courtFeeAmounts
}

// courtFeeSchedule is the fee table of one court for one period. A claim of
// undetermined value pays the undetermined line.
type courtFeeSchedule struct {
	undetermined courtFeeAmounts
	lines        []courtFeeLine
}

func courtEuros3(other, natural, lowIncome int64) courtFeeAmounts {
	return courtFeeAmounts{vordering.Euros(other), vordering.Euros(natural), vordering.Euros(lowIncome)}
}

var courtCiteWgbz = "Wet griffierechten burgerlijke zaken (Wgbz)"

// courtFeesNLKanton is the kanton table (art. 3 lid 2 Wgbz and the annexed
// table, column "kantonzaken"). Only the claimant pays (art. 4 Wgbz).
var courtFeesNLKanton = vordering.NewTimeline("NL griffierecht kanton (Wgbz)",
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2015, 1, 1), Until: courtDate(2015, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(116, 78, 78),
			lines: []courtFeeLine{
				{courtBandTo(0, 500), courtEuros3(116, 78, 78)},
				{courtBandTo(500, 12500), courtEuros3(466, 221, 78)},
				{courtBandAbove(12500), courtEuros3(932, 466, 78)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (kantonzaken)",
			Publication: "tariffs from 1.1.2015, published by the Rechtspraak",
			URL:         "http://www.rechtspraak.nl/Naar-de-rechter/Kantonrechter/Kosten/Pages/Griffierechten.aspx",
		},
		Note: "Official Rechtspraak page 'Tarieven vanaf 1 januari 2015'. Closed on 31.12.2015 because art. 2 Wgbz indexes the table each 1 January; the 2016 figures were not confirmed.",
	},
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2022, 1, 1), Until: courtDate(2023, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(128, 86, 86),
			lines: []courtFeeLine{
				{courtBandTo(0, 500), courtEuros3(128, 86, 86)},
				{courtBandTo(500, 1500), courtEuros3(322, 214, 86)},
				{courtBandTo(1500, 2500), courtEuros3(365, 244, 86)},
				{courtBandTo(2500, 5000), courtEuros3(487, 244, 86)},
				{courtBandTo(5000, 12500), courtEuros3(514, 244, 86)},
				{courtBandAbove(12500), courtEuros3(1384, 693, 86)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (kantonzaken), six money bands since the Wet differentiatie griffierechten (Kamerstukken 35 439)",
			Publication: "tariffs 2022; the 2023 indexation was not applied",
			URL:         "https://www.weersinkincasso.nl/griffierechten-2022/",
		},
		Note: "2022 table: weersinkincasso.nl, e-legal.nl, twaelf. 2023 = 2022: the government dropped the 2023 indexation (schulinck.nl; debloggendeadvocaat.nl 'In 2023 stegen de griffierechten niet'). debloggendeadvocaat.nl prints 244 for a natural person at 500-1,500, a typo against the other tables (214).",
	},
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2024, 1, 1), Until: courtDate(2024, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(130, 87, 87),
			lines: []courtFeeLine{
				{courtBandTo(0, 500), courtEuros3(130, 87, 87)},
				{courtBandTo(500, 1500), courtEuros3(328, 218, 87)},
				{courtBandTo(1500, 2500), courtEuros3(372, 248, 87)},
				{courtBandTo(2500, 5000), courtEuros3(496, 248, 87)},
				{courtBandTo(5000, 12500), courtEuros3(524, 248, 87)},
				{courtBandAbove(12500), courtEuros3(1409, 706, 87)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (kantonzaken)",
			Publication: "Regeling indexering, Stcrt. 2023, 35874 (tariffs 2024)",
			URL:         "https://zoek.officielebekendmakingen.nl/stcrt-2023-35874.html",
		},
		Known: vordering.OneSource, Sources: []string{"wvhl.nl/tools/proceskosten"},
		Note: "One practitioner table. Consistent with the 2026 table of two sources divided by the 2025 and 2026 indexation steps (about +3.7 % and +2.94 %), which is a plausibility check, not a second source.",
	},
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2026, 1, 1), Until: courtDate(2026, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(139, 93, 93),
			lines: []courtFeeLine{
				{courtBandTo(0, 500), courtEuros3(139, 93, 93)},
				{courtBandTo(500, 1500), courtEuros3(350, 233, 93)},
				{courtBandTo(1500, 2500), courtEuros3(397, 265, 93)},
				{courtBandTo(2500, 5000), courtEuros3(529, 265, 93)},
				{courtBandTo(5000, 12500), courtEuros3(559, 265, 93)},
				{courtBandAbove(12500), courtEuros3(1504, 753, 93)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (kantonzaken)",
			Publication: "Regeling indexering griffierechten, Stcrt. 2025, 39855 (tariffs 2026, +2.94 %)",
			URL:         "https://zoek.officielebekendmakingen.nl/stcrt-2025-39855.html",
		},
		Sources: []string{"code 62356757381 (proceskosten-calculator, data/tarieven-2026.json)", "code 55771961386 (luxis griffierechten.py, with tests citing Stcrt. 2025, 39855)", "admintrend.nl 27.11.2025 (regulation number, +2.94 %)"},
		Note:    "Two independent code projects that took the table from rechtspraak.nl agree on every cell; the regulation itself was not read.",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the 2027 indexation regulation is not known yet",
})

// courtFeesNLRechtbank is the rechtbank table (sector civiel / handel): both
// claimant and defendant pay (art. 3 lid 1 Wgbz).
var courtFeesNLRechtbank = vordering.NewTimeline("NL griffierecht rechtbank (Wgbz)",
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2024, 1, 1), Until: courtDate(2024, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(688, 320, 87),
			lines: []courtFeeLine{
				{courtBandTo(0, 100000), courtEuros3(2889, 1325, 87)},
				{courtBandTo(100000, 1000000), courtEuros3(6617, 2626, 87)},
				{courtBandAbove(1000000), courtEuros3(9825, 2626, 87)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (rechtbank)",
			Publication: "Regeling indexering, Stcrt. 2023, 35874 (tariffs 2024)",
			URL:         "https://zoek.officielebekendmakingen.nl/stcrt-2023-35874.html",
		},
		Note: "Figures from two practitioner tables that agree: wvhl.nl/tools/proceskosten and denotarisadministratie.nl (hoogte griffierechten 2024). Closed on 31.12.2024: the 2025 indexation (Stcrt. 2024, 38002) applies from 1.1.2025 and its figures were not confirmed.",
	},
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2026, 1, 1), Until: courtDate(2026, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(735, 341, 93),
			lines: []courtFeeLine{
				{courtBandTo(0, 100000), courtEuros3(3083, 1414, 93)},
				{courtBandTo(100000, 1000000), courtEuros3(7062, 2803, 93)},
				{courtBandAbove(1000000), courtEuros3(10487, 2803, 93)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (rechtbank)",
			Publication: "Regeling indexering griffierechten, Stcrt. 2025, 39855 (tariffs 2026, +2.94 %)",
			URL:         "https://zoek.officielebekendmakingen.nl/stcrt-2025-39855.html",
		},
		Sources: []string{"code 62356757381 (proceskosten-calculator)", "code 55771961386 (luxis)"},
		Note:    "The money bands agree in two independent code projects. The undetermined-value line (735 / 341 / 93) rests on the first project and weaker support in the second (a product price) and in a blog text. Above EUR 1,000,000 a natural person pays the 100,000-1,000,000 fee (the top band does not apply when a natural person is a party).",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the 2027 indexation regulation is not known yet",
})

// courtFeesNLHof is the gerechtshof table (appeal): both parties pay.
var courtFeesNLHof = vordering.NewTimeline("NL griffierecht gerechtshof (Wgbz)",
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2024, 1, 1), Until: courtDate(2024, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(798, 0, 349),
			lines: []courtFeeLine{
				{courtBandTo(0, 12500), courtEuros3(798, 0, 349)},
				{courtBandTo(12500, 100000), courtEuros3(2175, 0, 349)},
				{courtBandTo(100000, 1000000), courtEuros3(6561, 0, 349)},
				{courtBandAbove(1000000), courtEuros3(13124, 0, 349)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (gerechtshof)",
			Publication: "Regeling indexering, Stcrt. 2023, 35874 (tariffs 2024)",
			URL:         "https://incasso.net/higher-court-tariffs/",
		},
		Note: "Columns niet-natuurlijke personen and onvermogenden: wvhl.nl/tools/proceskosten (heading 'Gerechtshof') and incasso.net/higher-court-tariffs (heading 'Tarieven Rechtbanken 2024' on a page for higher-court tariffs) agree; the heading conflict is noted. Natural persons (349 / 798 / 2,053 / 2,053 in wvhl.nl only) are left unconfirmed. The band above EUR 1,000,000 does not apply when a natural person is a party to the case; the fee is then that of the band 100,000-1,000,000 (both sources).",
	},
	vordering.Row[courtFeeSchedule]{
		From: courtDate(2026, 1, 1), Until: courtDate(2026, 12, 31),
		Value: courtFeeSchedule{
			undetermined: courtEuros3(851, 373, 373),
			lines: []courtFeeLine{
				{courtBandTo(0, 12500), courtEuros3(851, 373, 373)},
				{courtBandTo(12500, 100000), courtEuros3(2321, 851, 373)},
				{courtBandTo(100000, 1000000), courtEuros3(7003, 2192, 373)},
				{courtBandAbove(1000000), courtEuros3(14007, 2192, 373)},
			},
		},
		Cite: vordering.Citation{
			Instrument:  courtCiteWgbz,
			Article:     "art. 2, 3 and annexed table (gerechtshof)",
			Publication: "Regeling indexering griffierechten, Stcrt. 2025, 39855 (tariffs 2026, +2.94 %)",
			URL:         "https://zoek.officielebekendmakingen.nl/stcrt-2025-39855.html",
		},
		Known: vordering.OneSource, Sources: []string{"code 62356757381 (proceskosten-calculator, data/tarieven-2026.json)"},
		Note: "One source. Above EUR 1,000,000 a natural person pays the 100,000-1,000,000 fee.",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the 2027 indexation regulation is not known yet",
})
