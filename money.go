package vordering

import "github.com/shopspring/decimal"

// RoundingRule names how an amount is rounded. The rule is part of the answer:
// results that round say which rule they used.
type RoundingRule uint8

// The rounding rules.
const (
	// HalfUp rounds to the nearest cent, halves away from zero (0.005 → 0.01,
	// -0.005 → -0.01). This is the commercial rounding ("rekenkundig
	// afronden") that Dutch and Belgian practice and the euro conversion rules
	// (Reg. (EC) 1103/97 art. 5) use; it is the default.
	HalfUp RoundingRule = iota
	// HalfEven rounds to the nearest cent, halves to the even cent (banker's
	// rounding).
	HalfEven
	// Up rounds away from zero to the next cent (used where a law says
	// "naar boven afgerond").
	Up
	// Down truncates towards zero.
	Down
)

var roundingNames = [...]string{HalfUp: "half-up", HalfEven: "half-even", Up: "up", Down: "down"}

// String returns "half-up", "half-even", "up" or "down".
func (r RoundingRule) String() string {
	if int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return "RoundingRule(?)"
}

// MarshalText encodes the rule as its String form, so results that carry a
// rule marshal to readable JSON.
func (r RoundingRule) MarshalText() ([]byte, error) {
	if int(r) >= len(roundingNames) {
		return nil, Invalid("RoundingRule", uint8(r), "not a defined rounding rule")
	}
	return []byte(roundingNames[r]), nil
}

// UnmarshalText decodes "half-up", "half-even", "up" or "down".
func (r *RoundingRule) UnmarshalText(b []byte) error {
	for i, n := range roundingNames {
		if n == string(b) {
			*r = RoundingRule(i)
			return nil
		}
	}
	return Invalid("RoundingRule", string(b), `want "half-up", "half-even", "up" or "down"`)
}

// Round rounds d to the given number of decimal places with rule r. An
// unknown rule rounds half-up.
func (r RoundingRule) Round(d decimal.Decimal, places int32) decimal.Decimal {
	switch r {
	case HalfEven:
		return d.RoundBank(places)
	case Up:
		return d.RoundUp(places)
	case Down:
		return d.RoundDown(places)
	default:
		return d.Round(places) // half away from zero
	}
}

// RoundCents rounds an amount in euro to the cent with rule r.
func RoundCents(d decimal.Decimal, r RoundingRule) decimal.Decimal { return r.Round(d, 2) }

// Cents returns the amount of n euro cents: Cents(4050) is EUR 40.50. Tables
// use it so that every figure is an exact decimal literal.
func Cents(n int64) decimal.Decimal { return decimal.New(n, -2) }

// Euros returns the amount of n whole euro.
func Euros(n int64) decimal.Decimal { return decimal.New(n, 0) }

// Percent returns p percent as a decimal fraction literal: Percent(825, 2) is
// 8.25 % and equals 0.0825. Tables state rates this way to stay exact.
func Percent(mantissa int64, places int32) decimal.Decimal {
	return decimal.New(mantissa, -places-2)
}

// DivPlaces is the number of decimal places kept by divisions inside the
// library before the final rounding to the cent. It is a constant so that no
// caller can change results by setting decimal.DivisionPrecision.
const DivPlaces = 16

// Div divides a by b, keeping [DivPlaces] places, rounded half-up. It never
// uses the global precision of shopspring/decimal. b must not be zero; a zero
// b returns zero rather than panicking, and callers validate their inputs.
func Div(a, b decimal.Decimal) decimal.Decimal {
	if b.IsZero() {
		return decimal.Zero
	}
	return a.DivRound(b, DivPlaces)
}
