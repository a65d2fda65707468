package ranking

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestEuro checks the fast formatter against decimal's StringFixed(2).
func TestEuro(t *testing.T) {
	for _, s := range []string{"0", "156.6", "1285.10", "-0.05", "-12.5", "7", "1e2", "3e4", "0.125", "0.135", "999999999999999", "123456789012345678.9", "-1e-12"} {
		d := decimal.RequireFromString(s)
		if got, want := euro(d), d.StringFixed(2); got != want {
			t.Errorf("euro(%s) = %s, want %s", s, got, want)
		}
	}
}
