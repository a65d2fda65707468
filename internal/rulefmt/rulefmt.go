// Package rulefmt renders figures for the cells of the auditor's rulebook
// (RULES.md) the same way in every package: euro amounts with thousands
// separators, rates as percentages.
package rulefmt

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Money renders an amount in euro with two decimals and thousands
// separators: "1,860.00 EUR".
func Money(v decimal.Decimal) string { return Group(v.StringFixed(2)) + " EUR" }

// Amount renders an amount without unit, whole amounts without decimals:
// "2,500", "266.67".
func Amount(v decimal.Decimal) string {
	if v.Equal(v.Truncate(0)) {
		return Group(v.StringFixed(0))
	}
	return Group(v.StringFixed(2))
}

// Rate renders a fraction as a percentage: 0.0825 is "8.25 %".
func Rate(v decimal.Decimal) string { return v.Shift(2).String() + " %" }

// YesNo renders a flag as "yes" or "no".
func YesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Group puts thousands separators into the integer part of a decimal
// string: "1234567.50" is "1,234,567.50".
func Group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + frac
}
