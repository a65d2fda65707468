package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

func tDay(t testing.TB, s string) date.Date {
	t.Helper()
	v, err := date.ParseISO(s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return v
}

func tDec(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	v, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("bad test decimal %q: %v", s, err)
	}
	return v
}

func tEq(t testing.TB, what string, got decimal.Decimal, want string) {
	t.Helper()
	if !got.Equal(tDec(t, want)) {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}
