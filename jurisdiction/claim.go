package jurisdiction

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Claim describes one money claim to be brought before a court of Country on
// AsOf, the day the claim is brought (the day of the summons or the filing of
// the introductory act).
//
// Amounts are in euro and may not be negative. What counts towards the value
// of the claim:
//   - BE (art. 557 Ger.W.): the sum claimed in the introductory act, without
//     the judicial interest, the costs of the proceedings and penalty
//     payments. The principal, the interest accrued before the summons and
//     the agreed damages or collection costs claimed with it all count.
//   - NL (art. 93 sub a and art. 332 lid 1 Rv): the sum claimed, the interest
//     accrued up to the day of the summons included. Extrajudicial
//     collection costs (BIK) claimed are counted, as practice does; future
//     interest, the costs of the proceedings and penalty payments are not.
//
// Give only the amounts that count: Principal, Interest (accrued up to AsOf)
// and Costs (extrajudicial costs and agreed damages claimed).
type Claim struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"asOf"`
	Matter  Matter            `json:"matter"`
	// Creditor and Debtor are the parties' legal quality. For Belgium,
	// [vordering.Enterprise] means an enterprise within art. 573 Ger.W. as in
	// force on AsOf (from 1 November 2018: art. I.1, 1° WER, any natural
	// person exercising an independent professional activity, any legal
	// person other than a non-profit public body, any other organisation
	// that distributes profit). A natural person acting manifestly outside
	// his business should be given as [vordering.Consumer].
	Creditor vordering.PartyKind `json:"creditor"`
	Debtor   vordering.PartyKind `json:"debtor"`
	// CreditorNotMerchant and DebtorNotMerchant mark an enterprise that was
	// not a merchant (handelaar): a liberal profession, a non-profit
	// association, a farmer. They matter only in Belgium before 1 July 2014,
	// when the rechtbank van koophandel heard disputes between merchants
	// only.
	CreditorNotMerchant bool `json:"creditorNotMerchant,omitempty"`
	DebtorNotMerchant   bool `json:"debtorNotMerchant,omitempty"`
	// CreditorDomicile and DebtorDomicile are the ISO 3166-1 alpha-2 codes
	// (upper case) of the countries of the parties' domicile or seat. Empty
	// means Country. They are used only for the cross-border notes.
	CreditorDomicile string `json:"creditorDomicile,omitempty"`
	DebtorDomicile   string `json:"debtorDomicile,omitempty"`
	// Principal is the main sum claimed (hoofdsom).
	Principal decimal.Decimal `json:"principal"`
	// Interest is the interest accrued up to AsOf and claimed.
	Interest decimal.Decimal `json:"interest"`
	// Costs are the extrajudicial collection costs and agreed damages
	// (schadebeding, BIK) claimed.
	Costs decimal.Decimal `json:"costs"`
	// CreditAmount is the credit sum (kredietsom) of a consumer credit
	// agreement; NL art. 93 sub c Rv gives such a case to the kantonrechter
	// only up to a cap. Zero means unknown.
	CreditAmount decimal.Decimal `json:"creditAmount"`
}

// The representation of accepted amounts is bounded, so that no input can
// make the decimal arithmetic allocate without bound: at most 12 decimal
// places, and a magnitude below 10^15 euro.
// checkAmount validates one amount of a claim with the library-wide limits
// (vordering.CheckAmount: at most EUR 10^12, whole cents, refused before any
// arithmetic expands a hostile exponent) and refuses a negative amount.
func checkAmount(field string, a decimal.Decimal) error {
	if err := vordering.CheckAmount(field, a); err != nil {
		return err
	}
	if a.Sign() < 0 {
		return vordering.Invalid(field, raw(a), "negative amount")
	}
	return nil
}

// raw renders an amount as coefficient and exponent without expanding it.
func raw(a decimal.Decimal) string {
	if a.Exponent() == 0 {
		return a.Coefficient().String()
	}
	return a.Coefficient().String() + "e" + strconv.Itoa(int(a.Exponent()))
}

func checkDomicile(field, s string) error {
	if s == "" {
		return nil
	}
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return vordering.Invalid(field, s, "want an upper-case ISO 3166-1 alpha-2 code or empty")
	}
	return nil
}

// Validate checks the claim: a supported country, a date, a defined matter,
// defined party kinds, amounts that are not negative and within range, a
// value above zero, and well-formed domicile codes. The error wraps
// [vordering.ErrInvalidInput] and names the field.
func (q Claim) Validate() error {
	if !q.Country.Valid() {
		return vordering.Invalid("Claim.Country", uint8(q.Country), "not a supported country")
	}
	if err := vordering.CheckDate("Claim.AsOf", q.AsOf); err != nil {
		return err
	}
	if !q.Matter.Valid() {
		return vordering.Invalid("Claim.Matter", uint8(q.Matter), "not a defined matter")
	}
	if !q.Creditor.Valid() {
		return vordering.Invalid("Claim.Creditor", uint8(q.Creditor), "not a defined party kind")
	}
	if !q.Debtor.Valid() {
		return vordering.Invalid("Claim.Debtor", uint8(q.Debtor), "not a defined party kind")
	}
	for _, a := range [...]struct {
		f string
		v decimal.Decimal
	}{{"Claim.Principal", q.Principal}, {"Claim.Interest", q.Interest}, {"Claim.Costs", q.Costs}, {"Claim.CreditAmount", q.CreditAmount}} {
		if err := checkAmount(a.f, a.v); err != nil {
			return err
		}
	}
	if err := checkDomicile("Claim.CreditorDomicile", q.CreditorDomicile); err != nil {
		return err
	}
	if err := checkDomicile("Claim.DebtorDomicile", q.DebtorDomicile); err != nil {
		return err
	}
	if q.Value().Sign() == 0 {
		return vordering.Invalid("Claim.Principal", raw(q.Principal), "the claim has no value: principal, interest and costs are all zero")
	}
	return nil
}

// Value returns the amount that counts for competence and appeal: principal,
// interest accrued up to the claim's date, and costs claimed (art. 557
// Ger.W.; art. 93 sub a and 332 lid 1 Rv). It does not validate.
func (q Claim) Value() decimal.Decimal {
	return q.Principal.Add(q.Interest).Add(q.Costs)
}
