package garnishment

import "github.com/shopspring/decimal"

// indexedAmount applies the art. 1409 §2 formula as the decrees print it:
// (francs : 40.3399) × index / divisor, kept to DivPlaces, and the result
// rounded up to the whole euro. It is used by the tests that recompute the
// published figures; the library itself reads the published table.
func indexedAmount(francs int64, index, divisor decimal.Decimal) (exact, rounded decimal.Decimal) {
	euro := decimal.New(francs, 0).DivRound(euroRate, 16)
	exact = euro.Mul(index).DivRound(divisor, 7)
	return exact, euro.Mul(index).DivRound(divisor, 16).RoundCeil(0)
}
