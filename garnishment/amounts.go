package garnishment

import (
	"math/big"
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// maxIntDigits bounds the integer digits of any amount accepted: below
// 10^13 euro, and further capped at maxNetCents.
const maxIntDigits = 13

// cents converts a non-negative amount in whole cents to int64 cents. It
// never rescales a decimal with an extreme exponent (which could panic or
// exhaust memory in shopspring/decimal): the magnitude is read from the
// coefficient's digit count and the exponent first.
func cents(field string, d decimal.Decimal) (int64, error) {
	switch d.Sign() {
	case 0:
		return 0, nil
	case -1:
		return 0, vordering.Invalid(field, showDecimal(d), "must not be negative")
	}
	digits := int64(d.NumDigits())
	exp := int64(d.Exponent())
	if digits+exp > maxIntDigits {
		return 0, vordering.Invalid(field, showDecimal(d), "above the supported maximum of EUR 1,000,000,000,000")
	}
	var c int64
	if exp >= -2 {
		// digits ≤ 13 − exp ≤ 15: the coefficient fits an int64.
		c = d.CoefficientInt64()
		for i := exp; i > -2; i-- {
			c *= 10
		}
	} else {
		k := -2 - exp // decimal places beyond the cent
		if k >= digits {
			return 0, vordering.Invalid(field, showDecimal(d), "must be in whole cents")
		}
		q, r := new(big.Int).QuoRem(d.Coefficient(), new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil), new(big.Int))
		if r.Sign() != 0 {
			return 0, vordering.Invalid(field, showDecimal(d), "must be in whole cents")
		}
		c = q.Int64() // q < 10^15: digits − k ≤ 13 + 2
	}
	if c > maxNetCents {
		return 0, vordering.Invalid(field, showDecimal(d), "above the supported maximum of EUR 1,000,000,000,000")
	}
	return c, nil
}

// showDecimal renders d for an error message without expanding an extreme
// exponent.
func showDecimal(d decimal.Decimal) string {
	if e := d.Exponent(); e > 20 || e < -20 {
		return d.Coefficient().String() + "e" + strconv.FormatInt(int64(e), 10)
	}
	return d.String()
}

// eurCents returns c cents as a decimal, sharing decimal.Zero for zero.
func eurCents(c int64) decimal.Decimal {
	if c == 0 {
		return decimal.Zero
	}
	return decimal.New(c, -2)
}

// appendCents appends c cents as "1234.56".
func appendCents(b []byte, c int64) []byte {
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	b = strconv.AppendInt(b, c/100, 10)
	b = append(b, '.')
	r := c % 100
	if r < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, r, 10)
}

// appendHundredths appends x hundredths of a cent as "1234.5678".
func appendHundredths(b []byte, x int64) []byte {
	b = strconv.AppendInt(b, x/10000, 10)
	b = append(b, '.')
	r := x % 10000
	for p := int64(1000); p > r && p > 1; p /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, r, 10)
}

// appendDate appends d as ISO 8601 "2006-01-02".
func appendDate(b []byte, d date.Date) []byte {
	y, m, dd := d.Date()
	if y >= 0 && y < 10000 {
		b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
			byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+dd/10), byte('0'+dd%10))
		return b
	}
	return append(b, d.String()...)
}
