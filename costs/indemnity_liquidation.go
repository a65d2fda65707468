package costs

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// LiquidationQuery asks for the Dutch liquidatietarief of one case.
type LiquidationQuery struct {
	// Court is the court that gives the costs order. Only CourtCantonal is
	// covered.
	Court Court `json:"court"`
	// AsOf is the date of the judgment.
	AsOf date.Date `json:"asOf"`
	// ClaimValue is principal plus interest plus extrajudicial costs as
	// awarded, in euro. Not negative; zero when Undetermined.
	ClaimValue decimal.Decimal `json:"claimValue"`
	// Undetermined marks a claim of undetermined value.
	Undetermined bool `json:"undetermined,omitempty"`
	// Points is the number of points for the procedural acts (summons 1,
	// written reply 1, hearing 1, …), a positive multiple of 0.5.
	Points decimal.Decimal `json:"points"`
}

// LiquidationResult is the salary of the authorised representative that the
// kantonrechter awards: points × tariff per point, the points capped at the
// band's maximum.
type LiquidationResult struct {
	Country vordering.Country `json:"country"`
	Query   LiquidationQuery  `json:"query"`
	Band    CourtBand         `json:"band"`
	// PerPoint is the tariff per point; for a claim of undetermined value it
	// is the lowest tariff the court may choose and PerPointMax the highest.
	PerPoint    decimal.Decimal `json:"perPoint"`
	PerPointMax decimal.Decimal `json:"perPointMax"`
	// MaxPoints is the band's maximum number of points; 0 means no maximum.
	MaxPoints int64 `json:"maxPoints"`
	// Points is the number of points applied (after the cap).
	Points decimal.Decimal `json:"points"`
	// Amount is Points × PerPoint in euro (no VAT); AmountMax is Points ×
	// PerPointMax (equal to Amount unless the value is undetermined).
	Amount    decimal.Decimal      `json:"amount"`
	AmountMax decimal.Decimal      `json:"amountMax"`
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

// LiquidationTariff returns the Dutch liquidatietarief kanton for a costs
// order: the tariff per point of the claim's band times the points, capped
// at the band's maximum number of points.
//
// Only the Netherlands has this tariff (the Belgian counterpart is
// [ProceduralIndemnity]); only the kantonrechter is covered, a rechtbank or
// hof query returns an error wrapping [vordering.ErrNoRuleInForce], as does a
// judgment date outside 1.2.2023–31.1.2026. Bad input (country, court,
// negative claim, points not a positive multiple of 0.5, zero date) wraps
// [vordering.ErrInvalidInput].
func LiquidationTariff(c vordering.Country, q LiquidationQuery) (LiquidationResult, error) {
	return Rules{}.LiquidationTariff(c, q)
}

// LiquidationTariff is [LiquidationTariff] under the rules' policy.
func (r Rules) LiquidationTariff(c vordering.Country, q LiquidationQuery) (LiquidationResult, error) {
	res, err := r.liquidationTariff(c, q)
	if err == nil {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) liquidationTariff(c vordering.Country, q LiquidationQuery) (LiquidationResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return LiquidationResult{}, err
	}
	switch c {
	case vordering.NL:
	case vordering.BE:
		return LiquidationResult{}, vordering.Invalid("country", c, "the liquidatietarief is Dutch; for BE use ProceduralIndemnity")
	default:
		return LiquidationResult{}, vordering.Invalid("country", c, "not a supported country")
	}
	if err := courtCheckDate("LiquidationQuery.AsOf", q.AsOf); err != nil {
		return LiquidationResult{}, err
	}
	if err := courtCheckClaim("LiquidationQuery.ClaimValue", q.ClaimValue, q.Undetermined); err != nil {
		return LiquidationResult{}, err
	}
	if err := courtCheckRange("LiquidationQuery.Points", q.Points); err != nil {
		return LiquidationResult{}, err
	}
	if !q.Points.IsPositive() || !q.Points.Mul(decimal.NewFromInt(2)).IsInteger() {
		return LiquidationResult{}, vordering.Invalid("LiquidationQuery.Points", q.Points, "must be a positive multiple of 0.5")
	}
	switch q.Court {
	case CourtCantonal:
	case CourtFirstInstance, vordering.DistrictCourt, CourtAppeal, CourtCassation:
		return LiquidationResult{}, courtNoTable("NL liquidatietarief "+q.Court.String()+": no confirmed figures", q.AsOf)
	default:
		return LiquidationResult{}, vordering.Invalid("LiquidationQuery.Court", q.Court, "not a Dutch court")
	}
	hit, err := liquidationKantonNL.Lookup(q.AsOf, r.Policy)
	row := hit.Row
	if err != nil {
		return LiquidationResult{}, err
	}
	s := row.Value
	var band CourtBand
	var lo, hi decimal.Decimal
	var maxPts int64
	if q.Undetermined {
		band, lo, hi = CourtBand{Undetermined: true}, s.undeterminedMin, s.undeterminedMax
	} else {
		found := false
		for i, l := range s.lines {
			if l.band.contains(q.ClaimValue, i == 0) {
				band, lo, hi, maxPts, found = l.band, l.perPoint, l.perPoint, l.maxPoints, true
				break
			}
		}
		if !found { // unreachable with a valid table: the last band is open
			return LiquidationResult{}, vordering.Invalid("LiquidationQuery.ClaimValue", q.ClaimValue, "no band of the table holds this value")
		}
	}
	pts := q.Points
	steps := make([]string, 0, 4)
	steps = append(steps, "table: "+liquidationKantonNL.Name+", row in force "+row.Period().String()+" ["+hit.Ref.Level.Describe()+"]")
	if band.Undetermined {
		steps = append(steps, "undetermined value: tariff per point between EUR "+lo.StringFixed(2)+" and EUR "+hi.StringFixed(2)+", at the court's discretion")
	} else {
		steps = append(steps, "band "+band.String()+": EUR "+lo.StringFixed(2)+" per point")
	}
	if maxPts > 0 && pts.GreaterThan(decimal.NewFromInt(maxPts)) {
		pts = decimal.NewFromInt(maxPts)
		steps = append(steps, q.Points.String()+" points capped at the band's maximum of "+strconv.FormatInt(maxPts, 10))
	}
	amt, amtMax := pts.Mul(lo), pts.Mul(hi)
	steps = append(steps, pts.String()+" points × EUR "+lo.StringFixed(2)+" = EUR "+amt.StringFixed(2))
	return LiquidationResult{
		Country:     c,
		Query:       q,
		Band:        band,
		PerPoint:    lo,
		PerPointMax: hi,
		MaxPoints:   maxPts,
		Points:      pts,
		Amount:      amt,
		AmountMax:   amtMax,
		Period:      row.Period(),
		Steps:       steps,
		Citations:   []vordering.Citation{row.Cite},
		Note:        row.Note,
		Assurance:   vordering.Assurance{}.Add(hit.Ref),
	}, nil
}
