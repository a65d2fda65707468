package casefile

import (
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/internal/enumtext"
)

// DebtorProfile holds what a collector knows about the debtor's means and
// history. The planner uses it to rank the enforcement routes once a title
// exists; every field is optional and an unknown fact is simply absent, never
// guessed.
type DebtorProfile struct {
	// Income is the debtor's regular net monthly income, when known, in the
	// vocabulary of package garnishment (net amount, work or replacement
	// income, dependent children, Dutch household). A zero Net means unknown.
	Income garnishment.Income `json:"income,omitzero"`
	// EmployerKnown is true when the employer or benefit payer who would be
	// the garnishee is known by name and address.
	EmployerKnown bool `json:"employerKnown,omitempty"`
	// BankAccountKnown is true when an account of the debtor (IBAN) is known.
	BankAccountKnown bool `json:"bankAccountKnown,omitempty"`
	// Vehicle is true when the debtor is known to own a vehicle.
	Vehicle bool `json:"vehicle,omitempty"`
	// RealEstate is true when the debtor is known to own immovable property.
	RealEstate bool `json:"realEstate,omitempty"`
	// EarlierCollections is how many earlier collections against this
	// debtor are known, and FailedCollections how many of them ended without
	// payment (nulla bona, empty account, debtor gone).
	EarlierCollections int `json:"earlierCollections,omitempty"`
	FailedCollections  int `json:"failedCollections,omitempty"`
	// InsolvencyEvents counts known insolvency signals (protested bills,
	// registered seizures by others, a refused debt-settlement petition).
	InsolvencyEvents int `json:"insolvencyEvents,omitempty"`
	// AddressProblems is true when letters have come back or the debtor is
	// not found at the known address.
	AddressProblems bool `json:"addressProblems,omitempty"`
	// Attitude is what the collector has learnt of the debtor's stance: a
	// debtor who cannot pay (no means, asks for time) or who will not pay
	// (has means, ignores or refuses). Zero is not known. The default
	// ranking uses it as a documented assumption, not as law.
	Attitude Attitude `json:"attitude,omitzero"`
}

// Attitude is the debtor's stance towards the debt as the collector sees it.
type Attitude uint8

// The Attitude values.
const (
	// AttitudeUnknown is not known (the zero value).
	AttitudeUnknown Attitude = iota
	// AttitudeCannotPay is a debtor who lacks the means: asks for time,
	// reports no income or assets beyond what is exempt.
	AttitudeCannotPay
	// AttitudeWillNotPay is a debtor who has the means but ignores the
	// letters or refuses to pay without a dispute on the merits.
	AttitudeWillNotPay
)

var attitudeNames = enumtext.New[Attitude]("Attitude", []string{AttitudeUnknown: "unknown", AttitudeCannotPay: "cannot-pay", AttitudeWillNotPay: "will-not-pay"})

// Valid reports whether v is a defined value.
func (v Attitude) Valid() bool { return attitudeNames.Valid(v) }

// String returns the text form of v, or "Attitude(n)" for an undefined value.
func (v Attitude) String() string { return attitudeNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Attitude) MarshalText() ([]byte, error) { return attitudeNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Attitude) UnmarshalText(b []byte) error { return attitudeNames.UnmarshalText(b, v) }
