package garnishment

import (
	"fmt"

	"github.com/vordering/vordering"
)

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

var incomeKindNames = [...]string{Work: "work", Replacement: "replacement", Combined: "combined"}

// Valid reports whether k is a defined kind.
func (k IncomeKind) Valid() bool { return k <= Combined }

// String returns "work", "replacement" or "combined".
func (k IncomeKind) String() string {
	if k.Valid() {
		return incomeKindNames[k]
	}
	return fmt.Sprintf("IncomeKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its String form.
func (k IncomeKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, vordering.Invalid("IncomeKind", uint8(k), "not a defined income kind")
	}
	return []byte(incomeKindNames[k]), nil
}

// UnmarshalText decodes "work", "replacement" or "combined".
func (k *IncomeKind) UnmarshalText(b []byte) error {
	for i, n := range incomeKindNames {
		if n == string(b) {
			*k = IncomeKind(i)
			return nil
		}
	}
	return vordering.Invalid("IncomeKind", string(b), `want "work", "replacement" or "combined"`)
}

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

var householdNames = [...]string{Single: "single", SingleParent: "single-parent", Couple: "couple", CoupleWithChildren: "couple-with-children"}

// Valid reports whether h is one of the four household types.
func (h Household) Valid() bool { return h >= Single && h <= CoupleWithChildren }

// String returns "single", "single-parent", "couple" or
// "couple-with-children".
func (h Household) String() string {
	if h.Valid() {
		return householdNames[h]
	}
	return fmt.Sprintf("Household(%d)", uint8(h))
}

// MarshalText encodes the household as its String form; the zero value
// encodes as the empty string so that a Belgian Income marshals cleanly.
func (h Household) MarshalText() ([]byte, error) {
	if h == 0 {
		return []byte{}, nil
	}
	if !h.Valid() {
		return nil, vordering.Invalid("Household", uint8(h), "not a defined household type")
	}
	return []byte(householdNames[h]), nil
}

// UnmarshalText decodes the String form; the empty string is the zero value.
func (h *Household) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*h = 0
		return nil
	}
	for i, n := range householdNames {
		if i > 0 && n == string(b) {
			*h = Household(i)
			return nil
		}
	}
	return vordering.Invalid("Household", string(b), `want "single", "single-parent", "couple" or "couple-with-children"`)
}

// couple reports whether the household norm is the couple norm.
func (h Household) couple() bool { return h == Couple || h == CoupleWithChildren }
