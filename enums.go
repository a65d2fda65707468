package vordering

import "fmt"

// Country is a jurisdiction whose law the library applies. The zero value is
// not a country: every function that takes a Country rejects it with an error
// wrapping [ErrInvalidInput].
type Country uint8

// The countries covered.
const (
	// BE is Belgium (België / Belgique).
	BE Country = iota + 1
	// NL is the Netherlands (Nederland).
	NL
)

// Countries lists every supported country in a stable order. Each call
// returns a new slice, which the caller may change.
func Countries() []Country { return []Country{BE, NL} }

var countryCodes = [...]string{BE: "BE", NL: "NL"}

// Valid reports whether c is one of the supported countries.
func (c Country) Valid() bool { return c == BE || c == NL }

// String returns the ISO 3166-1 alpha-2 code ("BE", "NL"), or "Country(n)"
// for a value that is not a supported country.
func (c Country) String() string {
	if c.Valid() {
		return countryCodes[c]
	}
	return fmt.Sprintf("Country(%d)", uint8(c))
}

// MarshalText encodes the country as its ISO code. An unsupported value is an
// error wrapping [ErrInvalidInput].
func (c Country) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, Invalid("Country", uint8(c), "not a supported country")
	}
	return []byte(countryCodes[c]), nil
}

// UnmarshalText decodes an ISO code ("BE" or "NL", case-insensitive).
func (c *Country) UnmarshalText(b []byte) error {
	v, err := ParseCountry(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCountry returns the country with ISO code s ("BE" or "NL", in any case).
func ParseCountry(s string) (Country, error) {
	switch s {
	case "BE", "be", "Be", "bE":
		return BE, nil
	case "NL", "nl", "Nl", "nL":
		return NL, nil
	}
	return 0, Invalid("Country", s, `want "BE" or "NL"`)
}

// PartyKind is the legal quality of a creditor or debtor, which decides which
// rules apply to a claim (consumer protection, B2B late-payment law, public
// bodies). The zero value is not a kind and is rejected where a kind is
// required.
type PartyKind uint8

// The party kinds.
const (
	// Consumer is a natural person acting outside a trade or profession
	// (consument; art. I.1, 2° WER; art. 6:96 lid 6 BW "natuurlijk persoon die
	// niet handelt in de uitoefening van een beroep of bedrijf").
	Consumer PartyKind = iota + 1
	// Enterprise is a natural or legal person acting in the course of a
	// business (onderneming; art. I.1, 1° WER; art. 6:119a BW).
	Enterprise
	// PublicBody is a public authority (overheidsinstantie; art. 6:119b BW,
	// art. 2, 2° Wet 2 augustus 2002).
	PublicBody
)

var partyKindNames = [...]string{Consumer: "consumer", Enterprise: "enterprise", PublicBody: "public-body"}

// Valid reports whether k is one of the defined kinds.
func (k PartyKind) Valid() bool { return k >= Consumer && k <= PublicBody }

// String returns "consumer", "enterprise" or "public-body", or "PartyKind(n)"
// for an undefined value.
func (k PartyKind) String() string {
	if k.Valid() {
		return partyKindNames[k]
	}
	return fmt.Sprintf("PartyKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its String form.
func (k PartyKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, Invalid("PartyKind", uint8(k), "not a defined party kind")
	}
	return []byte(partyKindNames[k]), nil
}

// UnmarshalText decodes "consumer", "enterprise" or "public-body".
func (k *PartyKind) UnmarshalText(b []byte) error {
	for i, n := range partyKindNames {
		if i > 0 && n == string(b) {
			*k = PartyKind(i)
			return nil
		}
	}
	return Invalid("PartyKind", string(b), `want "consumer", "enterprise" or "public-body"`)
}
