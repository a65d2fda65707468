package vordering

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

// Input limits. Every package checks its inputs against the same limits, so
// that no input can make a call run long or grow without bound, and answers
// an input beyond them with an error wrapping [ErrInvalidInput] that names
// the field. They are far above what a real collection file holds.
const (
	// MaxAmountEuros is the largest amount of money accepted, in euro, for a
	// principal, a cost, a payment or an income: EUR 1,000,000,000,000.
	MaxAmountEuros = 1_000_000_000_000
	// MaxAmountPlaces is the most decimal places an amount of money may
	// carry: whole cents. "12.50" and "12.5000" are accepted, "12.505" is
	// not.
	MaxAmountPlaces = 2
	// MaxItems is the most elements a list may hold: invoices, acts and
	// payments of one case or ledger.
	MaxItems = 100_000
	// FirstYear and LastYear bound the dates accepted: the span of the
	// library's calendars.
	FirstYear = 1900
	LastYear  = 2199
)

// The zero date. The date type of github.com/rickb777/date counts days from
// 1 January 1970, so its zero value is that day. Vordering gives the zero
// value one meaning everywhere: "no date given". A real 1 January 1970 cannot
// be passed (no collection question the library answers goes back that
// far); [ParseDate] and [CheckDate] reject it with an error that says so.

// NoDate is the zero date, which means "no date given".
func NoDate() date.Date { return date.Date{} }

// HasDate reports whether d is a date and not the zero value "no date".
func HasDate(d date.Date) bool { return !d.IsZero() }

var (
	firstDay = date.New(FirstYear, 1, 1)
	lastDay  = date.New(LastYear, 12, 31)
)

// CheckDate validates a date that must be given: not the zero date and
// within [FirstYear]..[LastYear]. The error wraps [ErrInvalidInput] and names
// field.
func CheckDate(field string, d date.Date) error {
	if d.IsZero() {
		return Invalid(field, "no date", "a date is required (the zero date means none was given)")
	}
	return CheckOptionalDate(field, d)
}

// CheckOptionalDate validates a date that may be absent: the zero date
// passes; any other date must lie within [FirstYear]..[LastYear].
func CheckOptionalDate(field string, d date.Date) error {
	if d.IsZero() {
		return nil
	}
	if d.Before(firstDay) || d.After(lastDay) {
		return Invalid(field, d, "outside the supported years "+strconv.Itoa(FirstYear)+"-"+strconv.Itoa(LastYear))
	}
	return nil
}

var (
	maxAmount = decimal.New(MaxAmountEuros, 0)
	minAmount = decimal.New(-MaxAmountEuros, 0)
)

// CheckAmount validates an amount of money: at most [MaxAmountEuros] in
// absolute value and at most [MaxAmountPlaces] decimal places. It does not
// judge the sign; callers reject negative amounts where the law does. The
// check costs the same for any input: an exponent far out of range is
// refused before any arithmetic.
func CheckAmount(field string, v decimal.Decimal) error {
	e := v.Exponent()
	if e > 12 || e < -30 || v.NumDigits() > 45 {
		return Invalid(field, "a number with "+strconv.Itoa(v.NumDigits())+" digits and exponent "+strconv.Itoa(int(e)), "out of range")
	}
	if v.GreaterThan(maxAmount) || v.LessThan(minAmount) {
		return Invalid(field, v.String(), "more than EUR 1,000,000,000,000")
	}
	if e < -MaxAmountPlaces && !v.Equal(v.Truncate(MaxAmountPlaces)) {
		return Invalid(field, v.String(), "more than two decimal places: amounts are in whole cents")
	}
	return nil
}

// CheckItems validates the length of a list against [MaxItems].
func CheckItems(field string, n int) error {
	if n > MaxItems {
		return Invalid(field, n, "more than "+strconv.Itoa(MaxItems)+" elements")
	}
	return nil
}
