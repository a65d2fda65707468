package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// BailiffFeeResult is the statutory tariff of one bailiff act.
type BailiffFeeResult struct {
	Country vordering.Country `json:"country"`
	Act     BailiffAct        `json:"act"`
	AsOf    date.Date         `json:"asOf"`
	// Amount is the tariff in euro, excluding VAT. Whether VAT is added
	// depends on the creditor's VAT position and is left to the caller.
	Amount decimal.Decimal `json:"amount"`
	// Period is the span the tariff row is in force.
	Period vordering.Period `json:"period"`
	// Steps explains the lookup in order.
	Steps []string `json:"steps"`
	// Citations are the sources of the figure.
	Citations []vordering.Citation `json:"citations"`
	// Note carries the table row's remarks for auditors, if any.
	Note string `json:"note,omitempty"`
	// Class is the Belgian class of the graduated fee (A, B or C).
	Class string `json:"class,omitempty"`
	// Assurance is how sure the amount is.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
}

// BailiffFeeQuery describes one bailiff act for [BailiffFeeOf].
type BailiffFeeQuery struct {
	Act  BailiffAct `json:"act"`
	AsOf date.Date  `json:"asOf"` // the day the act is done
	// ClaimValue is the amount of the claim the act is for (Belgium: it
	// selects the class of the graduated fee). The Netherlands ignores it.
	ClaimValue decimal.Decimal `json:"claimValue"`
	// Undetermined marks a claim of undetermined value (Belgium: class C).
	Undetermined bool `json:"undetermined,omitempty"`
	// Basic marks a Belgian claim for energy, water, telecom, education or
	// medical care, always class A whatever its amount.
	Basic bool `json:"basic,omitempty"`
	// Family marks a Belgian family or youth matter, always class B.
	Family bool `json:"family,omitempty"`
}

// BailiffFee returns the tariff that the debtor owes for a bailiff act done
// on asOf: for the Netherlands, the amount of art. 2 lid 1 Btag, excluding
// VAT and disbursements (registered mail, data look-ups, travel). A Belgian
// fee depends on the claim: use [BailiffFeeOf] with the claim value.
//
// Bad input (country, act, zero date) wraps [vordering.ErrInvalidInput]; a
// date no row covers wraps [vordering.ErrNoRuleInForce].
func BailiffFee(c vordering.Country, act BailiffAct, asOf date.Date) (BailiffFeeResult, error) {
	return Rules{}.BailiffFeeOf(c, BailiffFeeQuery{Act: act, AsOf: asOf})
}

// BailiffFeeOf returns the tariff of one bailiff act: for the Netherlands
// the Btag amount (art. 2 lid 1), for Belgium the graduated fee of the act's
// class under the tariff in force since 1.10.2024 (see be_bailiff_fees.go).
// Amounts exclude VAT and disbursements.
func BailiffFeeOf(c vordering.Country, q BailiffFeeQuery) (BailiffFeeResult, error) {
	return Rules{}.BailiffFeeOf(c, q)
}

// BailiffFee is [BailiffFee] under the rules' policy.
func (r Rules) BailiffFee(c vordering.Country, act BailiffAct, asOf date.Date) (BailiffFeeResult, error) {
	return r.BailiffFeeOf(c, BailiffFeeQuery{Act: act, AsOf: asOf})
}

// BailiffFeeOf is [BailiffFeeOf] under the rules' policy.
func (r Rules) BailiffFeeOf(c vordering.Country, q BailiffFeeQuery) (BailiffFeeResult, error) {
	res, err := r.bailiffFeeOf(c, q)
	if err == nil {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) bailiffFeeOf(c vordering.Country, q BailiffFeeQuery) (BailiffFeeResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return BailiffFeeResult{}, err
	}
	act, asOf := q.Act, q.AsOf
	if !act.Valid() {
		return BailiffFeeResult{}, vordering.Invalid("act", act, "not a defined bailiff act")
	}
	if err := courtCheckDate("asOf", asOf); err != nil {
		return BailiffFeeResult{}, err
	}
	switch c {
	case vordering.NL:
	case vordering.BE:
		return bailiffFeeBE(q, r.Policy)
	default:
		return BailiffFeeResult{}, vordering.Invalid("country", c, "not a supported country")
	}
	hit, err := bailiffTariffsNL.Lookup(asOf, r.Policy)
	if err != nil {
		return BailiffFeeResult{}, err
	}
	row := hit.Row
	amt := row.Value[act]
	return BailiffFeeResult{
		Country: c,
		Act:     act,
		AsOf:    asOf,
		Amount:  amt,
		Period:  row.Period(),
		Steps: []string{
			"table: " + bailiffTariffsNL.Name + ", row in force " + row.Period().String() + " [" + hit.Ref.Level.Describe() + "]",
			"act: " + act.String() + " → EUR " + amt.StringFixed(2) + " excl. VAT",
		},
		Citations: []vordering.Citation{row.Cite},
		Note:      row.Note,
		Assurance: vordering.Assurance{}.Add(hit.Ref),
	}, nil
}

func bailiffFeeBE(q BailiffFeeQuery, p vordering.Policy) (BailiffFeeResult, error) {
	if err := courtCheckClaim("BailiffFeeQuery.ClaimValue", q.ClaimValue, q.Undetermined); err != nil {
		return BailiffFeeResult{}, err
	}
	hit, err := beBailiffTariff.Lookup(q.AsOf, p)
	if err != nil {
		return BailiffFeeResult{}, err
	}
	if q.ClaimValue.IsZero() && !q.Undetermined && !q.Basic && !q.Family {
		return BailiffFeeResult{}, vordering.Invalid("BailiffFeeQuery.ClaimValue", q.ClaimValue, "a Belgian bailiff fee depends on the claim's class: give the claim value, or mark it Undetermined, Basic or Family")
	}
	row := hit.Row
	class, amt, why := beBailiffClass(row.Value, q)
	steps := []string{
		"table: " + beBailiffTariff.Name + ", row in force " + row.Period().String() + " [" + hit.Ref.Level.Describe() + "]",
		why + " → graduated fee EUR " + amt.StringFixed(2) + " for the act (" + q.Act.String() + "), excl. VAT",
		"not included: the administrative file fee of EUR " + row.Value.file.StringFixed(2) + " once per file, the recovery fee and disbursements",
	}
	if hit.Carried {
		steps = append(steps, "carried forward at the caller's request: the 2024 amounts, although the tariff is indexed each 1 January (the indexed amounts are higher and were not found)")
	}
	return BailiffFeeResult{
		Country:   vordering.BE,
		Act:       q.Act,
		AsOf:      q.AsOf,
		Amount:    amt,
		Class:     class,
		Period:    row.Period(),
		Steps:     steps,
		Citations: []vordering.Citation{row.Cite},
		Note:      row.Note,
		Assurance: vordering.Assurance{}.Add(hit.Ref),
	}, nil
}
