package vordering

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

func TestCheckAmount(t *testing.T) {
	ok := []string{"0", "12.50", "12.5000", "-3.1", "1000000000000", "999999999999.99"}
	bad := []string{"12.505", "1000000000000.01", "-1000000000001", "1e9000", "0.000000000000000000000000000000001", "1234567890123456789012345678901234567890123456789"}
	for _, s := range ok {
		if err := CheckAmount("x", decimal.RequireFromString(s)); err != nil {
			t.Errorf("CheckAmount(%s) = %v", s, err)
		}
	}
	for _, s := range bad {
		err := CheckAmount("Claim.Principal", decimal.RequireFromString(s))
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != "Claim.Principal" {
			t.Errorf("CheckAmount(%.20s) = %v, want an InputError naming the field", s, err)
		}
	}
	if CheckItems("acts", MaxItems) != nil || !errors.Is(CheckItems("acts", MaxItems+1), ErrInvalidInput) {
		t.Error("CheckItems does not hold the limit")
	}
}

func TestZeroDateRule(t *testing.T) {
	if HasDate(NoDate()) || !HasDate(date.New(2026, 11, 28)) {
		t.Error("NoDate/HasDate disagree")
	}
	if err := CheckDate("Invoice.DueDate", NoDate()); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("a required date left zero: %v", err)
	}
	if err := CheckOptionalDate("Case.StatusSince", NoDate()); err != nil {
		t.Errorf("an optional date left zero: %v", err)
	}
	for _, d := range []date.Date{date.New(1899, 12, 31), date.New(2200, 1, 1)} {
		if err := CheckDate("d", d); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("CheckDate(%s) = %v", d, err)
		}
	}
	if _, err := ParseDate("1970-01-01"); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("ParseDate(1970-01-01) = %v: the zero date must not be read as a real day", err)
	}
}
