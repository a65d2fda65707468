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
}

// BailiffFee returns the tariff that the debtor owes for a bailiff act done
// on asOf: for the Netherlands, the amount of art. 2 lid 1 Btag, excluding
// VAT and disbursements (registered mail, data look-ups, travel).
//
// Belgium is not covered: the tariff of the KB of 30.11.1976 (indexed) could
// not be confirmed, so every Belgian query returns an error wrapping
// [vordering.ErrNoRuleInForce]. Bad input (country, act, zero date) wraps
// [vordering.ErrInvalidInput].
func BailiffFee(c vordering.Country, act BailiffAct, asOf date.Date) (BailiffFeeResult, error) {
	if !act.Valid() {
		return BailiffFeeResult{}, vordering.Invalid("act", act, "not a defined bailiff act")
	}
	if err := courtCheckDate("asOf", asOf); err != nil {
		return BailiffFeeResult{}, err
	}
	switch c {
	case vordering.NL:
	case vordering.BE:
		return BailiffFeeResult{}, courtNoTable("BE bailiff tariff (KB 30.11.1976): no confirmed figures", asOf)
	default:
		return BailiffFeeResult{}, vordering.Invalid("country", c, "not a supported country")
	}
	row, err := bailiffTariffsNL.At(asOf)
	if err != nil {
		return BailiffFeeResult{}, err
	}
	amt := row.Value[act]
	return BailiffFeeResult{
		Country: c,
		Act:     act,
		AsOf:    asOf,
		Amount:  amt,
		Period:  row.Period(),
		Steps: []string{
			"table: " + bailiffTariffsNL.Name + ", row in force " + row.Period().String(),
			"act: " + act.String() + " → EUR " + amt.StringFixed(2) + " excl. VAT",
		},
		Citations: []vordering.Citation{row.Cite},
		Note:      row.Note,
	}, nil
}
