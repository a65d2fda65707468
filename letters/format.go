package letters

import (
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

var (
	monthsNL = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	monthsFR = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// fmtDate writes d as a letter does: "22 april 2025", "22 avril 2025".
func fmtDate(l Language, d date.Date) string {
	y, m, dd := d.Date()
	name := monthsNL[m-1]
	if l == French {
		name = monthsFR[m-1]
	}
	return strconv.Itoa(dd) + " " + name + " " + strconv.Itoa(y)
}

// fmtMoney writes v as "EUR 1.234,56".
func fmtMoney(v decimal.Decimal) string {
	s := v.StringFixed(2)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac := s[:len(s)-3], s[len(s)-2:]
	var b strings.Builder
	b.WriteString("EUR ")
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	b.WriteByte(',')
	b.WriteString(frac)
	return b.String()
}

// fmtRate writes a yearly rate as "10,5 %".
func fmtRate(v decimal.Decimal) string {
	return strings.Replace(v.Shift(2).String(), ".", ",", 1) + " %"
}
