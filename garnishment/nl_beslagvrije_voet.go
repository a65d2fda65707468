package garnishment

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Dutch beslagvrije voet (art. 475d–475dc Rv, as amended by the Wet
// vereenvoudiging beslagvrije voet, in force 1 January 2021; text as of
// 1 January 2026 read in a copy of the official text).
//
// The beslagvrije voet (bvv) is the part of a monthly income that a
// seizing creditor must leave to the debtor:
//
//   - art. 475da lid 2: the bvv is 95 % of the norm of art. 21
//     Participatiewet ("95% x A"), which includes the 5 % holiday allowance
//     (art. 19 lid 3 Participatiewet), plus the
//     additions that the government's rekenmodule computes for a middle
//     income (compensation for allowances the debtor receives less of,
//     standardised housing costs, an 18-month housing-cost correction) —
//     the caller passes these as Income.NLAdditions, taken from the
//     modelmededeling;
//   - art. 475da lid 1: never more than the maximum for the household type
//     (lid 8: the amounts change each 1 January and 1 July, published in
//     the Staatscourant; from 1.1.2026 2,191.42 / 2,526.69 / 2,881.41 /
//     3,155.31);
//   - art. 475dc lid 1: never more than 95 % of the monthly income including
//     holiday pay. The library applies this as the minimum of the two
//     amounts, which keeps the seized amount non-decreasing in the income.
//
// The 90 % in older notices (967.90 / 1,382.71 on 1.1.2021) belongs to the
// regime before 2021 (90 % of the norm), not to art. 475da.
//
// Transition: the old regime still applied to some seizures made before
// 2021 until they were recalculated (by 1.1.2022 at the latest, per the
// reference notes); the table answers with the new regime from 1.1.2021.
//
// The norm depends only on whether the household is a couple; single and
// single-parent households share one norm (Participatiewet art. 21). The
// figures here are the norms for ages 21 to the state-pension age,
// including the 5 % holiday allowance ("inclusief vakantietoeslag").
//
// # Coverage
//
// Only half-years whose norms two independent publications or the official
// text confirm are covered: 1.1.2021–31.12.2026. Where a half-year's figure including holiday
// pay appears in one source only, the row is kept when two sources confirm
// the figure excluding holiday pay, which is exactly 95 % of it and so the
// bvv base itself (noted per row; a test checks the 95 % relation). The
// old regime (90 % of the norm, until 31.12.2020) is not
// covered. The maximum bvv per household type is not confirmed for any
// half-year (single sources: aag.nl for 2025, boec.nl for 2023), so the
// table carries none; a caller who passes additions must pass the maximum
// from the modelmededeling too (Income.NLMaximum).

// NLNorm is one half-year's bijstandsnormen including holiday pay, per month.
type NLNorm struct {
	Single decimal.Decimal `json:"single"` // alleenstaande or alleenstaande ouder, 21 to AOW age
	Couple decimal.Decimal `json:"couple"` // gehuwden / samenwonenden, both 21 to AOW age
}

// BvvPercent is the share, in percent, of the norm (and of a low income)
// that the beslagvrije voet leaves to the debtor: 95 %, art. 475da Rv.
// [Seizable] computes with it and RULES.md prints it.
const BvvPercent = 95

// bvvRate is BvvPercent as a decimal fraction.
var bvvRate = vordering.Percent(BvvPercent, 0)

const participatiewet = "Participatiewet art. 21 with art. 475da Wetboek van Burgerlijke Rechtsvordering"

// nlBijstandsnormen is the timeline of the bijstandsnormen used for the
// beslagvrije voet, per half-year, as far as confirmed.
var nlBijstandsnormen = vordering.NewTimeline("NL bijstandsnormen incl. holiday pay for the beslagvrije voet",
	vordering.Row[NLNorm]{From: date.New(2021, 1, 1), Until: date.New(2021, 6, 30),
		Value: NLNorm{Single: vordering.Cents(107544), Couple: vordering.Cents(153634)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2021", Publication: "SZW half-yearly indexation", URL: "https://www.westbetuwe.nl/inkomens-en-vermogensgrenzen-minimaregelingen"},
		Note:  "sociaalverhaal.com (incl. 1,075.44 / 1,536.34, excl. 1,021.67 / 1,459.52), westbetuwe.nl (100 % norm per 1.1.2021: 1,075.44 / 1,536.34)."},
	vordering.Row[NLNorm]{From: date.New(2021, 7, 1), Until: date.New(2021, 12, 31),
		Value: NLNorm{Single: vordering.Cents(107870), Couple: vordering.Cents(154100)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2021", Publication: "SZW half-yearly indexation", URL: "https://www.zoetermeer.nl/bijstandsnormen"},
		Note:  "Incl. holiday pay: st-ab.nl (1,078.70 / 1,541.00). Excl. holiday pay (= 95 % of those, the bvv base): zoetermeer.nl per 1.7.2021 and st-ab.nl, 1,024.77 / 1,463.95. st-ab.nl's holiday-pay column (53.94) is one cent off its own totals."},
	vordering.Row[NLNorm]{From: date.New(2022, 1, 1), Until: date.New(2022, 6, 30),
		Value: NLNorm{Single: vordering.Cents(109171), Couple: vordering.Cents(155958)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2022", Publication: "SZW half-yearly indexation", URL: "https://www.sociaalverhaal.com/hoogte-bijstandsuitkering-2022-compleet-overzicht/"},
		Note:  "Incl. holiday pay: sociaalverhaal.com (1,091.71 / 1,559.58); venray.nl 120 % incl. 1,310.05 / 1,871.50 (÷ 1.2). Excl.: 1,037.12 / 1,481.60 (sociaalverhaal.com; nunspeet.nl and gelderlander.nl via 120 % = 1,244.54 / 1,777.92)."},
	vordering.Row[NLNorm]{From: date.New(2022, 7, 1), Until: date.New(2022, 12, 31),
		Value: NLNorm{Single: vordering.Cents(110182), Couple: vordering.Cents(157403)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2022", Publication: "SZW half-yearly indexation", URL: "https://haarlemmermeergemeente.nl/normentabel"},
		Note:  "Incl. holiday pay: haarlemmermeergemeente.nl (1,101.82 / 1,574.03). Excl. (= 95 %, the bvv base): haarlemmermeergemeente.nl and amersfoort.nl, 1,046.73 / 1,495.33."},
	vordering.Row[NLNorm]{From: date.New(2023, 1, 1), Until: date.New(2023, 6, 30),
		Value: NLNorm{Single: vordering.Cents(119566), Couple: vordering.Cents(170808)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2023", Publication: "SZW half-yearly indexation", URL: "https://www.velsen.nl/bijstandsnormen-per-1-januari-2023"},
		Note:  "velsen.nl, gemeentewestland.nl (excl. 1,135.88 / 1,622.68), kadanzadvocaten.nl; rijswijk.nl prints the excl. figures as its 100 % norm."},
	vordering.Row[NLNorm]{From: date.New(2023, 7, 1), Until: date.New(2023, 12, 31),
		Value: NLNorm{Single: vordering.Cents(121662), Couple: vordering.Cents(173802)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2023", Publication: "SZW half-yearly indexation", URL: "https://www.krimpenerwaard.nl/nieuwe-bijstandsnormen-per-1-juli-2023"},
		Note:  "krimpenerwaard.nl, gemeentewestland.nl (excl. 1,155.79), grdebevelanden.nl."},
	vordering.Row[NLNorm]{From: date.New(2024, 1, 1), Until: date.New(2024, 6, 30),
		Value: NLNorm{Single: vordering.Cents(128383), Couple: vordering.Cents(183404)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2024", Publication: "SZW half-yearly indexation", URL: "https://www.velsen.nl/bijstandsnormen-per-1-januari-2024"},
		Note:  "velsen.nl, kempenplus.com (with and without holiday pay: 1,219.64 / 1,742.34), denhaag.nl."},
	vordering.Row[NLNorm]{From: date.New(2024, 7, 1), Until: date.New(2024, 12, 31),
		Value: NLNorm{Single: vordering.Cents(130845), Couple: vordering.Cents(186921)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2024", Publication: "SZW half-yearly indexation", URL: "https://www.velsen.nl/bijstandsnormen-per-1-juli-2024"},
		Note:  "velsen.nl, metronieuws.nl (citing Rijksoverheid). Disagreement: westmaasenwaal.nl prints the single norm as 1,257.64, which is its figure for a couple with one partner under 21; its couple norm 1,869.21 agrees."},
	vordering.Row[NLNorm]{From: date.New(2025, 1, 1), Until: date.New(2025, 6, 30),
		Value: NLNorm{Single: vordering.Cents(134545), Couple: vordering.Cents(192207)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2025", Publication: "SZW half-yearly indexation", URL: "https://www.gemeentewestland.nl/aanvragen-en-regelen/toeslagen-vergoedingen-en-bijdragen/normenoverzicht-minimuminkomen-voor-de-bijzondere-bijstand"},
		Note:  "gemeentewestland.nl, metronieuws.nl (January and June 2025 articles, citing Rijksoverheid)."},
	vordering.Row[NLNorm]{From: date.New(2025, 7, 1), Until: date.New(2025, 12, 31),
		Value: NLNorm{Single: vordering.Cents(136906), Couple: vordering.Cents(195580)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2025", Publication: "Normenbrief SZW 1 juli 2025"},
		Known: vordering.PrimaryText, Sources: []string{"metronieuws.nl (June 2025, citing Rijksoverheid)", "berekenuwrechtplus.nl (Stimulansz)", "hofvantwente.nl (excl. holiday pay 1,300.61 / 1,858.01 = 95 %)"},
		Note: "The ministry's Normenbrief and three further sources agree."},
	vordering.Row[NLNorm]{From: date.New(2026, 1, 1), Until: date.New(2026, 6, 30),
		Value: NLNorm{Single: vordering.Cents(140150), Couple: vordering.Cents(200213)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 januari 2026", Publication: "Stcrt. 2025, 43553; Normenbrief SZW 1 januari 2026 (corrected 9 December 2025)", URL: "https://wetten.overheid.nl/BWBR0015703/2026-01-01"},
		Known: vordering.PrimaryText, Sources: []string{"Participatiewet text as of 2026-01-01 (official XML, copied in MinBZK/regelrecht)", "MinBZK/regelrecht-mvp analysis quoting the Normenbrief"},
		Note: "Amounts including holiday pay (art. 19 lid 3 Participatiewet: the norm includes 5 % holiday allowance)."},
	vordering.Row[NLNorm]{From: date.New(2026, 7, 1), Until: date.New(2026, 12, 31),
		Value: NLNorm{Single: vordering.Cents(141946), Couple: vordering.Cents(202779)},
		Cite:  vordering.Citation{Instrument: participatiewet, Article: "normbedragen per 1 juli 2026", URL: "https://wetten.overheid.nl/BWBR0015703/2026-07-01"},
		Known: vordering.PrimaryText, Sources: []string{"Participatiewet text as of 2026-07-01 (a copy of the official XML)", "code 60233319262 (excl. holiday pay 1,348.49 / 1,926.40 = 95 %)"},
		Note: "The pensioner norms of code 60233319262 (1,450.99 / 2,071.51) are wrong and are not used; the norms used here (21 to AOW age) agree in both sources."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the norms from 1 January 2027 are not yet published (they change each 1 January and 1 July)",
	SuppliedBy: "garnishment.Rules.WithNLNorms",
})
