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

// NoRuleError reports that no row of a table covers a date. It wraps
// [ErrNoRuleInForce].
type NoRuleError struct {
	Table string    // the table consulted, e.g. "NL statutory interest (art. 6:119 BW)"
	Date  date.Date // the as-of date that no row covers
	// Covered is the span the table does cover, for the message; it is zero
	// when the table is empty.
	Covered Period
}

func (e *NoRuleError) Error() string {
	if e.Covered.From.IsZero() && e.Covered.Until.IsZero() {
		return fmt.Sprintf("no rule in force: %s has no row for %s", e.Table, e.Date)
	}
	return fmt.Sprintf("no rule in force: %s has no row for %s (covered: %s)", e.Table, e.Date, e.Covered)
}

// Unwrap returns [ErrNoRuleInForce].
func (e *NoRuleError) Unwrap() error { return ErrNoRuleInForce }
