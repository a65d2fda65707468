package jurisdiction

import "github.com/vordering/vordering/internal/enumtext"

// Matter is the subject matter of a money claim, which decides whether a
// special competence rule applies (a court that hears the matter whatever the
// amount). The zero value is not a matter and is rejected.
type Matter uint8

// The matters.
const (
	// MatterGeneral is an ordinary money claim (an unpaid invoice for goods
	// or services) with no special competence rule.
	MatterGeneral Matter = iota + 1
	// MatterLease is a claim under a lease of immovable property (huur): BE
	// art. 591, 1° Ger.W. (vrederechter whatever the amount); NL art. 93
	// sub c Rv (kantonrechter whatever the amount).
	MatterLease
	// MatterHirePurchase is a claim under a hire-purchase contract
	// (huurkoop): NL art. 93 sub c Rv. In BE it follows the general rules.
	MatterHirePurchase
	// MatterEmployment is a claim under an employment contract
	// (arbeidsovereenkomst): BE arbeidsrechtbank (art. 578 Ger.W.; art. 590
	// withholds it from the vrederechter); NL art. 93 sub c Rv.
	MatterEmployment
	// MatterConsumerCredit is a claim under a consumer credit agreement
	// (consumentenkrediet): NL art. 93 sub c Rv from 1 July 2011, for a credit
	// of at most EUR 40,000 (see [Claim.CreditAmount]). The library has no
	// confirmed BE special rule and returns an error for BE.
	MatterConsumerCredit
	// MatterConsumerPurchase is a claim under a consumer sale
	// (consumentenkoop): NL art. 93 sub c Rv from 1 July 2011. In BE it
	// follows the general rules.
	MatterConsumerPurchase
	// MatterAgency is a claim under a commercial agency contract (agentuur):
	// NL art. 93 sub c Rv. In BE it follows the general rules.
	MatterAgency
	// MatterUtilitySupply is a claim by a supplier of electricity, gas,
	// heat, water, electronic communications or broadcasting: BE art. 591,
	// 25° Ger.W. from 1 July 2014 when the debtor is a natural person who is
	// not an enterprise (vrederechter whatever the amount). In NL it follows
	// the general rules.
	MatterUtilitySupply
)

// matterNames is the text form of Matter.
var matterNames = enumtext.New[Matter]("Matter", []string{
	MatterGeneral:          "general",
	MatterLease:            "lease",
	MatterHirePurchase:     "hire-purchase",
	MatterEmployment:       "employment",
	MatterConsumerCredit:   "consumer-credit",
	MatterConsumerPurchase: "consumer-purchase",
	MatterAgency:           "agency",
	MatterUtilitySupply:    "utility-supply",
})

// Matters lists every defined matter in a stable order. Each call returns
// a new slice, which the caller may change.
func Matters() []Matter { return matterNames.Values() }

// matters is every defined matter, in order; read only.
var matters = matterNames.Values()

// Valid reports whether m is one of the defined matters.
func (m Matter) Valid() bool { return matterNames.Valid(m) }

// String returns the matter's name ("general", "lease", "utility-supply"),
// or "Matter(n)" for an undefined value.
func (m Matter) String() string { return matterNames.String(m) }

// MarshalText encodes the matter as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (m Matter) MarshalText() ([]byte, error) { return matterNames.MarshalText(m) }

// UnmarshalText decodes the String form of a matter. Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (m *Matter) UnmarshalText(b []byte) error { return matterNames.UnmarshalText(b, m) }
