package costs

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// interestPow10 holds 10^0 .. 10^19.
var interestPow10 = func() [20]uint64 {
	var p [20]uint64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// small returns the coefficient and exponent of a non-negative d whose
// coefficient fits in 18 digits, without allocating.
func smallDec(d decimal.Decimal) (uint64, int32, bool) {
	if d.IsNegative() || d.NumDigits() > 18 {
		return 0, 0, false
	}
	return uint64(d.CoefficientInt64()), d.Exponent(), true
}

// interestCents returns base × rate × days / denom in euro, rounded half-up
// to the cent: the same value as
//
//	base.Mul(rate).Mul(days).DivRound(denom, 2)
//
// computed in exact 128-bit integer arithmetic when the operands are small
// enough, which is the common case and much faster. It falls back to the
// decimal computation otherwise, so the result never depends on the path.
func interestCents(base, r decimal.Decimal, days int64, denom int64) decimal.Decimal {
	if v, ok := interestCentsFast(base, r, days, denom); ok {
		return v
	}
	return base.Mul(r).Mul(decimal.NewFromInt(days)).DivRound(decimal.NewFromInt(denom), 2)
}

func interestCentsFast(base, r decimal.Decimal, days int64, denom int64) (decimal.Decimal, bool) {
	bc, be, ok1 := smallDec(base)
	rc, re, ok2 := smallDec(r)
	if !ok1 || !ok2 || days < 0 || denom <= 0 {
		return decimal.Decimal{}, false
	}
	// Amount in cents = bc × rc × days × 10^(be+re+2) / denom.
	k := int(be) + int(re) + 2
	hi, lo := bits.Mul64(bc, rc)
	if hi != 0 {
		return decimal.Decimal{}, false
	}
	hi, lo = bits.Mul64(lo, uint64(days))
	div := uint64(denom)
	switch {
	case k > 0:
		if hi != 0 || k >= len(interestPow10) {
			return decimal.Decimal{}, false
		}
		hi, lo = bits.Mul64(lo, interestPow10[k])
	case k < 0:
		if -k >= len(interestPow10) {
			return decimal.Decimal{}, false
		}
		h, l := bits.Mul64(div, interestPow10[-k])
		if h != 0 {
			return decimal.Decimal{}, false
		}
		div = l
	}
	if hi >= div {
		return decimal.Decimal{}, false
	}
	q, rem := bits.Div64(hi, lo, div)
	if rem >= div-rem { // half or more rounds up
		q++
	}
	if q > math.MaxInt64 {
		return decimal.Decimal{}, false
	}
	return decimal.New(int64(q), -2), true
}
