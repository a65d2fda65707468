package kit

import (
	"slices"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
)

// CheckAsOf validates the as-of date of a query: a date must be given
// (the zero date means none was) within the years 1900–2199.
func CheckAsOf(asOf date.Date) error { return vordering.CheckDate("asOf", asOf) }

// StatusOn returns the debtor's status in effect on asOf: none when the
// status begins after asOf.
func StatusOn(c casefile.Case, asOf date.Date) casefile.DebtorStatus {
	if vordering.HasDate(c.StatusSince) && c.StatusSince.After(asOf) {
		return casefile.StatusNone
	}
	return c.Status
}

// Matter returns the case's matter, zero read as general.
func Matter(c casefile.Case) jurisdiction.Matter {
	if c.Matter == 0 {
		return jurisdiction.MatterGeneral
	}
	return c.Matter
}

// CourtClaim is the question put to package jurisdiction for case c on
// asOf, whose principal and accessories (c.Total) are given: the claim's
// value is their sum.
func CourtClaim(c casefile.Case, asOf date.Date, princ, access decimal.Decimal) jurisdiction.Claim {
	return jurisdiction.Claim{
		Country:             c.Country,
		AsOf:                asOf,
		Matter:              Matter(c),
		Creditor:            c.Creditor.Kind,
		Debtor:              c.Debtor.Kind,
		CreditorNotMerchant: c.Creditor.NotMerchant,
		DebtorNotMerchant:   c.Debtor.NotMerchant,
		CreditorDomicile:    c.Creditor.Domicile,
		DebtorDomicile:      c.Debtor.Domicile,
		Principal:           princ,
		Interest:            access,
	}
}

// SortedActs returns a copy of the acts in date order (stable for equal
// dates).
func SortedActs(acts []casefile.Act) []casefile.Act {
	out := slices.Clone(acts)
	slices.SortStableFunc(out, ByDate)
	return out
}

// ByDate orders acts by date.
func ByDate(a, b casefile.Act) int {
	switch {
	case a.Date.Before(b.Date):
		return -1
	case a.Date.After(b.Date):
		return 1
	}
	return 0
}

// Checked is a case that [Case.Validate] accepted. Only the packages of
// procedure can make one (this package is internal), so a function that
// takes a Checked need not validate the case again. The zero Checked holds
// the zero Case, which has no invoice and no country.
type Checked struct{ c casefile.Case }

// Trust returns c as a Checked case: the caller has validated it.
func Trust(c casefile.Case) Checked { return Checked{c: c} }

// Case returns the case.
func (k Checked) Case() casefile.Case { return k.c }

// Later returns the later of two days; the zero date ("no date") gives way
// to any date.
func Later(a, b date.Date) date.Date {
	if !vordering.HasDate(b) || (vordering.HasDate(a) && a.After(b)) {
		return a
	}
	return b
}

// IsLetter reports whether k is a letter (a reminder, a formal notice, the
// 14-day letter, a public creditor's reminder): it may be sent at any
// point, and once proceedings have begun it no longer moves the collection
// on, so the planner no longer proposes it.
func IsLetter(k casefile.ActKind) bool {
	return k == casefile.ActReminder || k == casefile.ActFormalNotice || k == casefile.ActLawyerNotice || k == casefile.ActFourteenDayLetter || k == casefile.ActAdminReminder
}
