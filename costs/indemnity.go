package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// IndemnityQuery asks for the Belgian procedural indemnity of one case.
type IndemnityQuery struct {
	// AsOf is the date of the judgment that awards the indemnity: an index
	// step applies at once to pending cases.
	AsOf date.Date `json:"asOf"`
	// ClaimValue is the value of the claim (art. 557-562 Ger.W.: principal
	// plus interest and costs claimed in the writ or the last conclusions),
	// in euro. Not negative; zero when Undetermined.
	ClaimValue decimal.Decimal `json:"claimValue"`
	// Undetermined marks a claim not valued in money (art. 3 KB).
	Undetermined bool `json:"undetermined,omitempty"`
}

// IndemnityResult is the rechtsplegingsvergoeding for a claim: the base
// amount the judge awards unless a party asks otherwise, and the minimum and
// maximum within which the judge may move it (art. 1022 al. 3 Ger.W.).
type IndemnityResult struct {
	Country vordering.Country `json:"country"`
	Query   IndemnityQuery    `json:"query"`
	Band    CourtBand         `json:"band"`
	// IndexFactor is the multiplier of art. 8 KB in force (1.5 = 150 %).
	IndexFactor decimal.Decimal `json:"indexFactor"`
	// Base, Min and Max are the indexed amounts in euro, rounded to the cent.
	Base decimal.Decimal `json:"base"`
	Min  decimal.Decimal `json:"min"`
	Max  decimal.Decimal `json:"max"`
	// Rounding names the rounding applied to the indexed amounts (the
	// products are exact to the cent for every step covered).
	Rounding vordering.RoundingRule `json:"rounding"`
	// Period is the span the index step is in force.
	Period    vordering.Period     `json:"period"`
	Steps     []string             `json:"steps"`
	Citations []vordering.Citation `json:"citations"`
	Note      string               `json:"note,omitempty"`
	// Assurance is how sure the amount is: the weakest level of the table
	// rows used.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
}

// ProceduralIndemnity returns the Belgian rechtsplegingsvergoeding
// (indemnité de procédure) of art. 1022 Ger.W. for a claim: the band of the
// KB of 26.10.2007 and its base, minimum and maximum amounts indexed under
// art. 8 of that KB. Special regimes (social-security cases, art. 1017
// al. 2; the reduced amount when the debtor pays before judgment) are not
// covered.
//
// Only Belgium has this indemnity: the Dutch counterpart is the
// liquidatietarief, see [LiquidationTariff]; a Dutch query is an error
// wrapping [vordering.ErrInvalidInput]. Dates from 1.3.2025 (the first
// re-indexation under the amended art. 8, amounts not confirmed) and before
// 1.1.2008 return an error wrapping [vordering.ErrNoRuleInForce].
func ProceduralIndemnity(c vordering.Country, q IndemnityQuery) (IndemnityResult, error) {
	return Rules{}.ProceduralIndemnity(c, q)
}

// ProceduralIndemnity is [ProceduralIndemnity] under the rules' policy.
func (r Rules) ProceduralIndemnity(c vordering.Country, q IndemnityQuery) (IndemnityResult, error) {
	res, err := r.proceduralIndemnity(c, q)
	if err == nil {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) proceduralIndemnity(c vordering.Country, q IndemnityQuery) (IndemnityResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return IndemnityResult{}, err
	}
	switch c {
	case vordering.BE:
	case vordering.NL:
		return IndemnityResult{}, vordering.Invalid("country", c, "the rechtsplegingsvergoeding is Belgian; for NL use LiquidationTariff")
	default:
		return IndemnityResult{}, vordering.Invalid("country", c, "not a supported country")
	}
	if err := courtCheckDate("IndemnityQuery.AsOf", q.AsOf); err != nil {
		return IndemnityResult{}, err
	}
	if err := courtCheckClaim("IndemnityQuery.ClaimValue", q.ClaimValue, q.Undetermined); err != nil {
		return IndemnityResult{}, err
	}
	baseHit, err := indemnityBaseTableBE.Lookup(q.AsOf, r.Policy)
	if err != nil {
		return IndemnityResult{}, err
	}
	idxHit, err := indemnityIndexBE.Lookup(q.AsOf, r.Policy)
	if err != nil {
		return IndemnityResult{}, err
	}
	baseRow, idxRow := baseHit.Row, idxHit.Row
	line, ok := baseRow.Value.undetermined, true
	if !q.Undetermined {
		ok = false
		for i, l := range baseRow.Value.lines {
			if l.band.contains(q.ClaimValue, i == 0) {
				line, ok = l, true
				break
			}
		}
	}
	if !ok { // unreachable with a valid table: the last band is open
		return IndemnityResult{}, vordering.Invalid("IndemnityQuery.ClaimValue", q.ClaimValue, "no band of the table holds this value")
	}
	f := idxRow.Value
	const rr = vordering.HalfUp
	base := vordering.RoundCents(line.base.Mul(f), rr)
	lo := vordering.RoundCents(line.min.Mul(f), rr)
	hi := vordering.RoundCents(line.max.Mul(f), rr)
	return IndemnityResult{
		Country:     c,
		Query:       q,
		Band:        line.band,
		IndexFactor: f,
		Base:        base,
		Min:         lo,
		Max:         hi,
		Rounding:    rr,
		Period:      idxRow.Period(),
		Steps: []string{
			"band (" + indemnityBaseTableBE.Name + "): " + line.band.String() +
				" → base " + line.base.StringFixed(2) + ", min " + line.min.StringFixed(2) + ", max " + line.max.StringFixed(2) + " at 100 %",
			"index factor " + f.String() + " in force " + idxRow.Period().String(),
			"indexed, rounded " + rr.String() + " to the cent: base " + base.StringFixed(2) + ", min " + lo.StringFixed(2) + ", max " + hi.StringFixed(2),
		},
		Citations: []vordering.Citation{baseRow.Cite, idxRow.Cite},
		Note:      idxRow.Note,
		Assurance: vordering.Assurance{}.Add(baseHit.Ref).Add(idxHit.Ref),
	}, nil
}
