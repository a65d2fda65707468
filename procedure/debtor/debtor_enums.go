package debtor

import (
	"github.com/vordering/vordering/internal/enumtext"
)

// AddresseeRole is who receives the letters of a case.
type AddresseeRole uint8

// The AddresseeRole values.
const (
	// AddresseeDebtor is the debtor in person.
	AddresseeDebtor AddresseeRole = iota + 1
	// AddresseeEstate is the estate of a deceased debtor (de nalatenschap van …), pending the tracing of the heirs.
	AddresseeEstate
	// AddresseeAdministrator is the administrator (bewindvoerder) of a debtor under administration.
	AddresseeAdministrator
	// AddresseeMediator is the debt mediator (schuldbemiddelaar) or the WSNP administrator.
	AddresseeMediator
	// AddresseeCurator is the curator of the bankruptcy.
	AddresseeCurator
	// AddresseeNone is nobody for now: no letter can be delivered.
	AddresseeNone
)

var addresseeRoleNames = enumtext.New[AddresseeRole]("AddresseeRole", []string{AddresseeDebtor: "debtor", AddresseeEstate: "estate", AddresseeAdministrator: "administrator", AddresseeMediator: "mediator", AddresseeCurator: "curator", AddresseeNone: "none"})

// Valid reports whether v is a defined value.
func (v AddresseeRole) Valid() bool { return addresseeRoleNames.Valid(v) }

// String returns the text form of v, or "AddresseeRole(n)" for an undefined value.
func (v AddresseeRole) String() string { return addresseeRoleNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v AddresseeRole) MarshalText() ([]byte, error) { return addresseeRoleNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *AddresseeRole) UnmarshalText(b []byte) error { return addresseeRoleNames.UnmarshalText(b, v) }

// AddressChoice is which address a letter goes to.
type AddressChoice uint8

// The AddressChoice values.
const (
	// AddressDomicile is the debtor's domicile (home address).
	AddressDomicile AddressChoice = iota + 1
	// AddressRegisteredSeat is the registered seat of the enterprise.
	AddressRegisteredSeat
	// AddressResidence is the place the debtor actually stays (an institution).
	AddressResidence
	// AddressRepresentative is the representative's office address.
	AddressRepresentative
	// AddressNone is no usable address.
	AddressNone
)

var addressChoiceNames = enumtext.New[AddressChoice]("AddressChoice", []string{AddressDomicile: "domicile", AddressRegisteredSeat: "registered-seat", AddressResidence: "residence", AddressRepresentative: "representative", AddressNone: "none"})

// Valid reports whether v is a defined value.
func (v AddressChoice) Valid() bool { return addressChoiceNames.Valid(v) }

// String returns the text form of v, or "AddressChoice(n)" for an undefined value.
func (v AddressChoice) String() string { return addressChoiceNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v AddressChoice) MarshalText() ([]byte, error) { return addressChoiceNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *AddressChoice) UnmarshalText(b []byte) error { return addressChoiceNames.UnmarshalText(b, v) }

// Activity is a kind of collection step whose lawfulness depends on the debtor's status.
type Activity uint8

// The Activity values.
const (
	// ActivityLetter is sending reminders and demands.
	ActivityLetter Activity = iota + 1
	// ActivityTitle is seeking an enforceable title: court proceedings, IOS, SRP.
	ActivityTitle
	// ActivityIOS is the Belgian procedure for uncontested debts.
	ActivityIOS
	// ActivityEnforcement is enforcement: seizure and sale.
	ActivityEnforcement
	// ActivityDirectPayment is receiving payment from the debtor directly.
	ActivityDirectPayment
)

var activityNames = enumtext.New[Activity]("Step", []string{ActivityLetter: "letter", ActivityTitle: "title", ActivityIOS: "ios", ActivityEnforcement: "enforcement", ActivityDirectPayment: "direct-payment"})

// Valid reports whether v is a defined value.
func (v Activity) Valid() bool { return activityNames.Valid(v) }

// String returns the text form of v, or "Step(n)" for an undefined value.
func (v Activity) String() string { return activityNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Activity) MarshalText() ([]byte, error) { return activityNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Activity) UnmarshalText(b []byte) error { return activityNames.UnmarshalText(b, v) }
