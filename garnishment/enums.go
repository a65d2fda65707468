package garnishment

import "github.com/vordering/vordering/internal/enumtext"

// IncomeKind says which Belgian bracket scale applies to an income
// (art. 1409 §1 and §1bis Ger.W.). Dutch seizures ignore it. The zero value
// is Work.
type IncomeKind uint8

// The income kinds.
const (
	// Work is income from work ("beroepsinkomsten"): wages, salaries,
	// holiday pay, pay of civil servants, art. 1409 §1 Ger.W. Brackets
	// 0 / 20 / 30 / 40 / 100 %.
	Work IncomeKind = iota
	// Replacement is replacement income ("vervangingsinkomsten"):
	// unemployment, sickness and invalidity benefits, pensions, career-break
	// allowances, art. 1409 §1bis and art. 1410 §1 Ger.W. Brackets
	// 0 / 20 / 40 / 100 %: the 30 % and 40 % bands of §1 merge into one band
	// at 40 %.
	Replacement
	// Combined is work income and replacement income received together for
	// the same month; Income.Net is then their total. Art. 1409 §1bis, last
	// paragraph: the work-income brackets of §1 apply to the total.
	Combined
)

// incomeKindNames is the text form of IncomeKind.
var incomeKindNames = enumtext.New[IncomeKind]("IncomeKind", []string{Work: "work", Replacement: "replacement", Combined: "combined"})

// Valid reports whether k is a defined kind.
func (k IncomeKind) Valid() bool { return incomeKindNames.Valid(k) }

// String returns "work", "replacement" or "combined", or "IncomeKind(n)" for
// an undefined value.
func (k IncomeKind) String() string { return incomeKindNames.String(k) }

// MarshalText encodes the kind as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (k IncomeKind) MarshalText() ([]byte, error) { return incomeKindNames.MarshalText(k) }

// UnmarshalText decodes "work", "replacement" or "combined". Any other text
// is an error wrapping vordering.ErrInvalidInput.
func (k *IncomeKind) UnmarshalText(b []byte) error { return incomeKindNames.UnmarshalText(b, k) }

// Household is the Dutch living situation ("leefsituatie") that selects the
// bijstandsnorm and the maximum beslagvrije voet under art. 475da Rv. The
// zero value is no household and is rejected for NL.
type Household uint8

// The four household types of the Wet vereenvoudiging beslagvrije voet.
const (
	// Single is an alleenstaande without children.
	Single Household = iota + 1
	// SingleParent is an alleenstaande ouder.
	SingleParent
	// Couple is gehuwden or samenwonenden without children.
	Couple
	// CoupleWithChildren is gehuwden or samenwonenden with one or more
	// children.
	CoupleWithChildren
)

// householdNames is the text form of Household; the zero value has no name
// (see MarshalText and UnmarshalText for its empty text form).
var householdNames = enumtext.New[Household]("Household", []string{
	Single: "single", SingleParent: "single-parent", Couple: "couple", CoupleWithChildren: "couple-with-children",
})

// Valid reports whether h is one of the four household types.
func (h Household) Valid() bool { return householdNames.Valid(h) }

// String returns "single", "single-parent", "couple" or
// "couple-with-children", or "Household(n)" for an undefined value.
func (h Household) String() string { return householdNames.String(h) }

// MarshalText encodes the household as its String form; the zero value
// encodes as the empty string so that a Belgian Income marshals cleanly. Any
// other undefined value is an error wrapping vordering.ErrInvalidInput.
func (h Household) MarshalText() ([]byte, error) {
	if h == 0 {
		return []byte{}, nil
	}
	return householdNames.MarshalText(h)
}

// UnmarshalText decodes the String form; the empty string is the zero value.
// Any other text is an error wrapping vordering.ErrInvalidInput.
func (h *Household) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*h = 0
		return nil
	}
	return householdNames.UnmarshalText(b, h)
}

// couple reports whether the household norm is the couple norm.
func (h Household) couple() bool { return h == Couple || h == CoupleWithChildren }
