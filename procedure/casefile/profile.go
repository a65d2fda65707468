package casefile

import (
	"github.com/vordering/vordering/garnishment"
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
}
