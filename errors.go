package vordering

import (
	"errors"
	"fmt"

	"github.com/rickb777/date"
)

// ErrNoRuleInForce is wrapped by every error that reports a date no table row
// covers: a figure before the rule existed, or after the last figure the
// library has confirmed. The library never extrapolates a figure silently.
var ErrNoRuleInForce = errors.New("no rule in force")

// ErrInvalidInput is wrapped by every error that reports a bad argument: a
// negative amount, an unknown country, a zero-length term, an out-of-range
// year. The wrapping [InputError] names the field and the value.
var ErrInvalidInput = errors.New("invalid input")

// InputError reports a bad argument. It wraps [ErrInvalidInput].
type InputError struct {
	Field  string // the argument or struct field, e.g. "Claim.Principal"
	Value  any    // the value received
	Reason string // why it was rejected
}

// Invalid returns an *InputError for field with the given value and reason.
func Invalid(field string, value any, reason string) error {
	return &InputError{Field: field, Value: value, Reason: reason}
}

func (e *InputError) Error() string {
	return fmt.Sprintf("invalid input: %s = %v: %s", e.Field, e.Value, e.Reason)
}

// Unwrap returns [ErrInvalidInput].
func (e *InputError) Unwrap() error { return ErrInvalidInput }

// NoRuleError reports that no row of a table covers a date, or that the row
// that does is less sure than the caller's [Policy] accepts. It wraps
// [ErrNoRuleInForce]. Its message names the table, the date, the span the
// table covers and the ways forward.
type NoRuleError struct {
	Table string    // the table consulted, e.g. "NL statutory interest (art. 6:119 BW)"
	Date  date.Date // the as-of date that no row covers
	// Covered is the span the table does cover, for the message; it is zero
	// when the table is empty.
	Covered Period
	// Trailing, for a date after the table's last row, says why the table
	// stops there (e.g. "2027 rates are not published yet").
	Trailing string
	// CanCarry is true when the date lies after the table's last row, so
	// that [Policy.CarryForward] would answer with that row.
	CanCarry bool
	// Found is the level of the row in force when the row exists but the
	// policy's minimum refused it; zero when no row covers the date.
	Found Confidence
	// FoundPeriod is that row's period.
	FoundPeriod Period
	// Policy is the policy the lookup ran under.
	Policy Policy
	// SuppliedBy names the method through which the caller can bring the
	// figure (see [Meta.SuppliedBy]); empty when the table takes none.
	SuppliedBy string
}

func (e *NoRuleError) Error() string {
	b := make([]byte, 0, 160+len(e.Table)+len(e.Trailing))
	b = append(b, "no rule in force: "...)
	b = append(b, e.Table...)
	if e.Found != 0 {
		b = append(b, ": the row for "...)
		b = appendISO(b, e.Date)
		b = append(b, " ("...)
		b = appendPeriod(b, e.FoundPeriod)
		b = append(b, ") is known from "...)
		b = append(b, e.Found.Describe()...)
		b = append(b, ", below the minimum "...)
		b = append(b, e.Policy.Minimum.String()...)
		b = append(b, "; to use it, lower Policy.Minimum"...)
		return string(b)
	}
	b = append(b, " has no row for "...)
	b = appendISO(b, e.Date)
	if !e.Covered.From.IsZero() {
		b = append(b, " (covered: "...)
		b = appendPeriod(b, e.Covered)
		b = append(b, ')')
	}
	if e.Trailing != "" {
		b = append(b, ": "...)
		b = append(b, e.Trailing...)
	}
	if e.SuppliedBy != "" && (e.CanCarry || (!e.Covered.From.IsZero() && e.Date.After(e.Covered.From))) {
		b = append(b, "; a caller who has the figure from a source can supply it with "...)
		b = append(b, e.SuppliedBy...)
	}
	switch {
	case e.CanCarry && !e.Policy.CarryForward:
		b = append(b, "; to answer anyway, opt in to Policy.CarryForward (the answer is then marked carried-forward)"...)
	case e.CanCarry:
		b = append(b, "; the carried-forward figure is below Policy.Minimum"...)
	case !e.Covered.From.IsZero() && e.Date.After(e.Covered.From):
		b = append(b, "; the date falls in a period the table leaves uncovered (RULES.md says why)"...)
	}
	return string(b)
}

// appendISO appends d as YYYY-MM-DD without allocating (the years the
// library handles have four digits; others fall back to date's String).
func appendISO(b []byte, d date.Date) []byte {
	y, m, dd := d.Date()
	if y < 1000 || y > 9999 {
		return append(b, d.String()...)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+dd/10), byte('0'+dd%10))
}

// appendPeriod appends p as Period.String does.
func appendPeriod(b []byte, p Period) []byte {
	b = appendISO(b, p.From)
	b = append(b, ".."...)
	if !p.Until.IsZero() {
		b = appendISO(b, p.Until)
	}
	return b
}

// Unwrap returns [ErrNoRuleInForce].
func (e *NoRuleError) Unwrap() error { return ErrNoRuleInForce }
