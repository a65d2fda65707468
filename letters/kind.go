package letters

import (
	"strconv"

	"github.com/vordering/vordering"
)

// Kind is a letter the law prescribes.
type Kind uint8

// The letters.
const (
	// NLFourteenDayLetter is the Dutch 14-day letter (veertiendagenbrief,
	// art. 6:96 lid 6 BW) to a consumer.
	NLFourteenDayLetter Kind = iota + 1
	// BEFirstReminder is the free first reminder to a consumer under Book
	// XIX of the Belgian Code of Economic Law (art. XIX.2 WER).
	BEFirstReminder
	// BEIOSSummons is the bailiff's summons to pay (aanmaning, sommation)
	// that opens the recovery of an uncontested money debt between
	// enterprises (IOS, art. 1394/20 ff. Ger.W.).
	BEIOSSummons
	// BESRPSummons is the summons to pay that must precede the summary
	// order for payment (SRP, art. 1339 Ger.W.).
	BESRPSummons
)

var kindNames = [...]string{
	NLFourteenDayLetter: "nl-14-day-letter",
	BEFirstReminder:     "be-first-reminder",
	BEIOSSummons:        "be-ios-summons",
	BESRPSummons:        "be-srp-summons",
}

// Kinds returns every kind of letter, in a fresh slice.
func Kinds() []Kind { return []Kind{NLFourteenDayLetter, BEFirstReminder, BEIOSSummons, BESRPSummons} }

// Valid reports whether k is a defined kind.
func (k Kind) Valid() bool { return k >= NLFourteenDayLetter && k <= BESRPSummons }

// String returns the kind's name, e.g. "be-ios-summons".
func (k Kind) String() string {
	if k.Valid() {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Country returns the country whose law prescribes the letter; zero for an
// undefined kind.
func (k Kind) Country() vordering.Country {
	switch k {
	case NLFourteenDayLetter:
		return vordering.NL
	case BEFirstReminder, BEIOSSummons, BESRPSummons:
		return vordering.BE
	}
	return 0
}

// MarshalText encodes k by name; an undefined kind is an error.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, vordering.Invalid("Kind", uint8(k), "not a defined kind")
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a name written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return vordering.Invalid("Kind", string(b), "want nl-14-day-letter, be-first-reminder, be-ios-summons or be-srp-summons")
}

// Language is the language a letter is written in.
type Language uint8

// The languages.
const (
	Dutch Language = iota + 1
	French
)

// Valid reports whether l is a defined language.
func (l Language) Valid() bool { return l == Dutch || l == French }

// String returns "nl" or "fr".
func (l Language) String() string {
	switch l {
	case Dutch:
		return "nl"
	case French:
		return "fr"
	}
	return "Language(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText encodes l as "nl" or "fr".
func (l Language) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, vordering.Invalid("Language", uint8(l), "want nl or fr")
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes "nl" or "fr".
func (l *Language) UnmarshalText(b []byte) error {
	switch string(b) {
	case "nl":
		*l = Dutch
	case "fr":
		*l = French
	default:
		return vordering.Invalid("Language", string(b), "want nl or fr")
	}
	return nil
}

// Languages returns the languages a letter of kind k may be written in:
// Dutch for the Dutch letter, Dutch and French for the Belgian ones.
func (k Kind) Languages() []Language {
	switch k.Country() {
	case vordering.NL:
		return []Language{Dutch}
	case vordering.BE:
		return []Language{Dutch, French}
	}
	return nil
}

// Fill says which value fills an element of a letter.
type Fill uint8

// The values that fill elements.
const (
	// FillMention: a statement or an annex the letter must carry; its text
	// comes from the template's language, not from a computation.
	FillMention Fill = iota + 1
	// FillParty: the creditor's name and enterprise number, from the facts.
	FillParty
	// FillClaim: the description of the claim (invoice, product), from the
	// facts.
	FillClaim
	// FillPrincipal: the principal claimed, from the facts.
	FillPrincipal
	// FillDueDate: the day the claim fell due, from the facts.
	FillDueDate
	// FillDate: a day the library computes (presumed receipt, start of
	// the term, the first day of the next step).
	FillDate
	// FillTermDays: the length of the term, from package deadlines.
	FillTermDays
	// FillTermEnd: the last day of the term, from deadlines.Compute.
	FillTermEnd
	// FillCosts: the collection costs or flat damages, from
	// costs.Extrajudicial.
	FillCosts
	// FillVAT: the VAT uplift on the costs and the creditor's statement,
	// from costs.Extrajudicial.
	FillVAT
	// FillInterestRate: the yearly interest rate that may run, capped by
	// the rate costs.Extrajudicial gives.
	FillInterestRate
	// FillAmounts: the overview of every amount claimed and its total.
	FillAmounts
	// FillText: a text from the facts (the court to be seized).
	FillText
)

var fillNames = [...]string{
	FillMention: "mention", FillParty: "party", FillClaim: "claim", FillPrincipal: "principal",
	FillDueDate: "due-date", FillDate: "date", FillTermDays: "term-days", FillTermEnd: "term-end",
	FillCosts: "costs", FillVAT: "vat", FillInterestRate: "interest-rate", FillAmounts: "amounts", FillText: "text",
}

// Valid reports whether f is defined.
func (f Fill) Valid() bool { return f >= FillMention && f <= FillText }

// String returns the name of f, e.g. "term-end".
func (f Fill) String() string {
	if f.Valid() {
		return fillNames[f]
	}
	return "Fill(" + strconv.Itoa(int(f)) + ")"
}

// MarshalText encodes f by name.
func (f Fill) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, vordering.Invalid("Fill", uint8(f), "not defined")
	}
	return []byte(fillNames[f]), nil
}

// UnmarshalText decodes a name written by MarshalText.
func (f *Fill) UnmarshalText(b []byte) error {
	for i, n := range fillNames {
		if i > 0 && n == string(b) {
			*f = Fill(i)
			return nil
		}
	}
	return vordering.Invalid("Fill", string(b), "not a defined fill")
}
