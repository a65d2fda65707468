package ranking

import (
	"slices"

	"github.com/vordering/vordering/internal/enumtext"
)

var enforcementKindNames = enumtext.New[EnforcementKind]("EnforcementKind", []string{
	EnforceWageGarnishment: "wage-garnishment",
	EnforceBankGarnishment: "bank-garnishment",
	EnforceMovableSeizure:  "movable-seizure",
	EnforceRealEstate:      "real-estate",
	EnforcePaymentPlan:     "payment-plan",
	EnforceStop:            "stop",
})

// enforcementKinds is every enforcement kind in its order.
var enforcementKinds = [...]EnforcementKind{
	EnforceWageGarnishment, EnforceBankGarnishment, EnforceMovableSeizure,
	EnforceRealEstate, EnforcePaymentPlan, EnforceStop,
}

// EnforcementKinds returns every enforcement kind in its order, the order
// that breaks ties in a ranking. The slice is new at each call: the
// caller may change it.
func EnforcementKinds() []EnforcementKind { return slices.Clone(enforcementKinds[:]) }

// Valid reports whether k is a defined enforcement kind.
func (k EnforcementKind) Valid() bool { return enforcementKindNames.Valid(k) }

// String returns the text form of k ("wage-garnishment", "stop"…), or
// "EnforcementKind(n)" for an undefined value.
func (k EnforcementKind) String() string { return enforcementKindNames.String(k) }

// MarshalText encodes k as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (k EnforcementKind) MarshalText() ([]byte, error) { return enforcementKindNames.MarshalText(k) }

// UnmarshalText decodes the String form of a defined enforcement kind.
func (k *EnforcementKind) UnmarshalText(b []byte) error {
	return enforcementKindNames.UnmarshalText(b, k)
}
