package procedure

import "slices"

var enforcementKindNames = enumNames{typ: "EnforcementKind", names: []string{
	EnforceWageGarnishment: "wage-garnishment",
	EnforceBankGarnishment: "bank-garnishment",
	EnforceMovableSeizure:  "movable-seizure",
	EnforceRealEstate:      "real-estate",
	EnforcePaymentPlan:     "payment-plan",
	EnforceStop:            "stop",
}}

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
func (k EnforcementKind) Valid() bool { return enforcementKindNames.valid(uint8(k)) }

// String returns the text form of k ("wage-garnishment", "stop"…), or
// "EnforcementKind(n)" for an undefined value.
func (k EnforcementKind) String() string { return enforcementKindNames.str(uint8(k)) }

// MarshalText encodes k as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (k EnforcementKind) MarshalText() ([]byte, error) { return enforcementKindNames.marshal(uint8(k)) }

// UnmarshalText decodes the String form of a defined enforcement kind.
func (k *EnforcementKind) UnmarshalText(b []byte) error {
	x, err := enforcementKindNames.parse(b)
	if err != nil {
		return err
	}
	*k = EnforcementKind(x)
	return nil
}
