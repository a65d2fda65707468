package costs

import (
	"testing"

	"github.com/shopspring/decimal"
)

func tNull(t testing.TB, s string) decimal.NullDecimal {
	t.Helper()
	return decimal.NewNullDecimal(tDec(t, s))
}
