package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// CourtFeeQuery asks for the court fee of one case.
type CourtFeeQuery struct {
	// Court is the court the case is brought before. NL: CourtCantonal,
	// CourtFirstInstance, CourtAppeal, CourtCassation. BE:
	// CourtJusticeOfPeace, CourtPolice, CourtFirstInstance, CourtEnterprise,
	// CourtAppeal, CourtCassation.
	Court Court `json:"court"`
	// Party is the category of the party that pays (NL only; a Belgian
	// query may leave it zero).
	Party CourtParty `json:"party,omitzero"`
	// AsOf decides the table: NL, the first roll date of a summons case or
	// the filing date of a petition; BE, the date the case is enrolled.
	AsOf date.Date `json:"asOf"`
	// ClaimValue is the value of the claim as stated in the summons or
	// petition (NL: principal plus extrajudicial costs plus interest to
	// date), in euro. Not negative; zero when Undetermined.
	ClaimValue decimal.Decimal `json:"claimValue"`
	// Undetermined marks a claim of undetermined value ("onbepaalde
	// waarde"), e.g. a claim for an act or for eviction only.
	Undetermined bool `json:"undetermined,omitempty"`
}

// CourtFeeResult is the fee with the table line it was read from.
type CourtFeeResult struct {
	Country vordering.Country `json:"country"`
	Query   CourtFeeQuery     `json:"query"`
	// Amount is the fee in euro. Court fees carry no VAT.
	Amount decimal.Decimal `json:"amount"`
	// Band is the band of claim values the fee was read from.
	Band CourtBand `json:"band"`
	// Period is the span the table row is in force.
	Period vordering.Period `json:"period"`
	// Payer says who owes the fee.
	Payer string `json:"payer"`
	// Steps explains the lookup in order.
	Steps []string `json:"steps"`
	// Citations are the sources of the figure.
	Citations []vordering.Citation `json:"citations"`
	// Note carries the table row's remarks for auditors, if any.
	Note string `json:"note,omitempty"`
	// Assurance is how sure the amount is: the weakest level of the table
	// rows used.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
}

// CourtFee returns the court fee for a case: the Dutch griffierecht of the
// Wet griffierechten burgerlijke zaken by court, band of claim value and
// party category, or the Belgian rolrecht by kind of court.
//
// Coverage (confirmed figures only): NL kanton 2015 and 2022-2023, NL
// rechtbank 2024, NL gerechtshof 2024 except the natural-person column; BE
// from 1.9.2017. The Dutch appeal band above EUR 1,000,000 does not apply
// when a natural person is a party to the case: the caller then asks with a
// claim value in the band below.
//
// Errors wrap [vordering.ErrInvalidInput] for a bad country, a court that
// does not exist in that country, a missing party category (NL), a negative
// or out-of-range claim value or a missing as-of date, and
// [vordering.ErrNoRuleInForce] for a date, court or party category for which
// the library holds no confirmed figure.
func CourtFee(c vordering.Country, q CourtFeeQuery) (CourtFeeResult, error) {
	return Rules{}.CourtFee(c, q)
}

// CourtFee is [CourtFee] under the rules' policy.
func (r Rules) CourtFee(c vordering.Country, q CourtFeeQuery) (CourtFeeResult, error) {
	res, err := r.courtFee(c, q)
	if err == nil {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) courtFee(c vordering.Country, q CourtFeeQuery) (CourtFeeResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return CourtFeeResult{}, err
	}
	if err := courtCheckDate("CourtFeeQuery.AsOf", q.AsOf); err != nil {
		return CourtFeeResult{}, err
	}
	if err := courtCheckClaim("CourtFeeQuery.ClaimValue", q.ClaimValue, q.Undetermined); err != nil {
		return CourtFeeResult{}, err
	}
	switch c {
	case vordering.NL:
		return courtFeeNL(q, r.Policy)
	case vordering.BE:
		return courtFeeBE(q, r.Policy)
	}
	return CourtFeeResult{}, vordering.Invalid("country", c, "not a supported country")
}

func courtFeeNL(q CourtFeeQuery, p vordering.Policy) (CourtFeeResult, error) {
	if !q.Party.Valid() {
		return CourtFeeResult{}, vordering.Invalid("CourtFeeQuery.Party", q.Party, "a Dutch court fee depends on the party category")
	}
	var tl vordering.Timeline[courtFeeSchedule]
	payer := "the claimant (kanton: the defendant pays no griffierecht, art. 4 Wgbz)"
	switch q.Court {
	case CourtCantonal:
		tl = courtFeesNLKanton
	case CourtFirstInstance, vordering.DistrictCourt:
		tl = courtFeesNLRechtbank
		payer = "each party that appears, at its own category (art. 3 Wgbz)"
	case CourtAppeal:
		tl = courtFeesNLHof
		payer = "each party that appears, at its own category (art. 3 Wgbz)"
	case CourtCassation:
		return CourtFeeResult{}, courtNoTable("NL griffierecht Hoge Raad (Wgbz): no confirmed figures", q.AsOf)
	default:
		return CourtFeeResult{}, vordering.Invalid("CourtFeeQuery.Court", q.Court, "not a Dutch court")
	}
	hit, err := tl.Lookup(q.AsOf, p)
	if err != nil {
		return CourtFeeResult{}, err
	}
	row := hit.Row
	s := row.Value
	var band CourtBand
	var fee courtFeeAmounts
	if q.Undetermined {
		band, fee = CourtBand{Undetermined: true}, s.undetermined
	} else {
		found := false
		for i, l := range s.lines {
			if l.band.contains(q.ClaimValue, i == 0) {
				band, fee, found = l.band, l.fee, true
				break
			}
		}
		if !found { // unreachable with a valid table: the last band is open
			return CourtFeeResult{}, vordering.Invalid("CourtFeeQuery.ClaimValue", q.ClaimValue, "no band of the table holds this value")
		}
	}
	amt := fee.of(q.Party)
	if amt.IsZero() {
		return CourtFeeResult{}, courtNoTable(tl.Name+", category "+q.Party.String()+": figure not confirmed", q.AsOf)
	}
	return CourtFeeResult{
		Country: vordering.NL,
		Query:   q,
		Amount:  amt,
		Band:    band,
		Period:  row.Period(),
		Payer:   payer,
		Steps: []string{
			"table: " + tl.Name + ", row in force " + row.Period().String() + " [" + hit.Ref.Level.Describe() + "]",
			"band: " + band.String(),
			"party category: " + q.Party.String() + " → EUR " + amt.StringFixed(2),
		},
		Citations: []vordering.Citation{row.Cite},
		Note:      row.Note,
		Assurance: vordering.Assurance{}.Add(hit.Ref),
	}, nil
}

func courtFeeBE(q CourtFeeQuery, p vordering.Policy) (CourtFeeResult, error) {
	if q.Party != 0 && !q.Party.Valid() {
		return CourtFeeResult{}, vordering.Invalid("CourtFeeQuery.Party", q.Party, "not a defined party category")
	}
	if _, ok := (roleFeeAmounts{}).of(q.Court); !ok {
		return CourtFeeResult{}, vordering.Invalid("CourtFeeQuery.Court", q.Court, "not a Belgian court with a roll fee")
	}
	hit, err := roleFeeTableBE.Lookup(q.AsOf, p)
	if err != nil {
		return CourtFeeResult{}, err
	}
	row := hit.Row
	amt, _ := row.Value.of(q.Court)
	band := courtBandAbove(0)
	if q.Undetermined {
		band = CourtBand{Undetermined: true}
	}
	payer := "the claimant, when the case is enrolled"
	if !q.AsOf.Before(courtDate(2019, 2, 1)) {
		payer = "the party the judgment designates, at the end of the case (normally the losing party)"
	}
	return CourtFeeResult{
		Country: vordering.BE,
		Query:   q,
		Amount:  amt,
		Band:    band,
		Period:  row.Period(),
		Payer:   payer,
		Steps: []string{
			"table: " + roleFeeTableBE.Name + ", row in force " + row.Period().String() + " [" + hit.Ref.Level.Describe() + "]",
			"flat roll fee, independent of the claim value and the party",
			"court: " + q.Court.String() + " → EUR " + amt.StringFixed(2),
		},
		Citations: []vordering.Citation{row.Cite},
		Note:      row.Note,
		Assurance: vordering.Assurance{}.Add(hit.Ref),
	}, nil
}
