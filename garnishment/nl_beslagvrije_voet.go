package garnishment

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Dutch beslagvrije voet (art. 475d–475da Rv, as amended by the Wet
// vereenvoudiging beslagvrije voet, in force 1 January 2021).
//
// The beslagvrije voet (bvv) is the part of a monthly income that a
// seizing creditor must leave to the debtor. Under art. 475da Rv:
//
//   - the bvv is 95 % of the bijstandsnorm including holiday pay, plus the
//     additions that the government's rekenmodule computes for a middle
//     income (compensation for allowances the debtor receives less of,
//     standardised housing costs, an 18-month housing-cost correction) —
//     the caller passes these as Income.NLAdditions, taken from the
//     modelmededeling;
//   - never more than the published maximum for the household type;
//   - and never more than 95 % of the income (net, including holiday pay),
//     so that 5 % is always available for repayment (aag.nl: "altijd 5 %
//     afloscapaciteit"). For an income at or below the norm this is the
//     rule "95 % of the net income"; above the norm it only matters when
//     additions push the bvv past 95 % of the income. The library applies
//     it as a minimum of the two amounts, which keeps the seized amount
//     non-decreasing in the income; the exact statutory wording of this
//     limit was not read (see the final note in the package doc).
//
// The norm depends only on whether the household is a couple; single and
// single-parent households share one norm (Participatiewet art. 21). The
// figures here are the norms for ages 21 to the state-pension age,
// including the 5 % holiday allowance ("inclusief vakantietoeslag").
//
// # Coverage
//
// Only half-years whose norms two independent publications confirm are
// covered: 1.1.2024–30.6.2025. 2021-01-01..2023-12-31 and from 1.7.2025 are
// not covered (the 1.7.2025 norms, 1,369.06 / 1,955.80, come from one
// source only). The old regime (90 % of the norm, until 31.12.2020) is not
// covered. The maximum bvv per household type is not confirmed for any
// half-year (single sources: aag.nl for 2025, boec.nl for 2023), so the
// table carries none; a caller who passes additions must pass the maximum
// from the modelmededeling too (Income.NLMaximum).

// NLNorm is one half-year's bijstandsnormen including holiday pay, per month.
type NLNorm struct {
	Single decimal.Decimal `json:"single"` // alleenstaande or alleenstaande ouder, 21 to AOW age
	Couple decimal.Decimal `json:"couple"` // gehuwden / samenwonenden, both 21 to AOW age
}

// BvvRate is the share of the norm (and of a low income) that the
// beslagvrije voet leaves to the debtor: 95 %, art. 475da Rv.
var BvvRate = vordering.Percent(95, 0)

const participatiewet = "Participatiewet art. 21 with art. 475da Wetboek van Burgerlijke Rechtsvordering"

// NLBijstandsnormen is the timeline of the bijstandsnormen used for the
// beslagvrije voet, per half-year, as far as confirmed.
var NLBijstandsnormen = vordering.NewTimeline("NL bijstandsnormen incl. holiday pay for the beslagvrije voet",
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
)
