package garnishment

import "github.com/shopspring/decimal"

// francsToEuro converts a statutory franc amount at 40.3399 BEF/EUR,
// keeping 16 places as the decrees' formula does before multiplying.
func francsToEuro(francs int64) decimal.Decimal {
	return decimal.New(francs, 0).DivRound(euroRate, 16)
}

// indexedAmount applies the art. 1409 §2 formula as the decrees print it:
// base × index / divisor (exact to 16 places), and the result rounded up to
// the whole euro. It is used by the tests that recompute the published
// figures; the library itself reads the published table.
func indexedAmount(base, index, divisor decimal.Decimal) (exact, rounded decimal.Decimal) {
	v := base.Mul(index).DivRound(divisor, 16)
	return v, v.RoundCeil(0)
}
