package vordering

import (
	"time"

	"github.com/rickb777/date"
)

// ParseDate reads a calendar day written YYYY-MM-DD (ISO 8601, four-digit
// year from 0001) and rejects anything else with an error wrapping
// [ErrInvalidInput]: an impossible day such as 2025-02-30 is an error, never
// carried over into the next month.
//
// Use it for dates from outside (CSV files, forms) instead of date.ParseISO
// of github.com/rickb777/date: the version this module pins panics on some
// malformed strings (for example "00000-00"), and so does date.Date's
// UnmarshalText, which encoding/json calls for every date.Date field. A
// program that decodes untrusted JSON into Vordering's types should validate
// the date strings with ParseDate first, or recover.
func ParseDate(s string) (date.Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return date.Date{}, Invalid("date", s, "want YYYY-MM-DD")
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || y < 1 {
		return date.Date{}, Invalid("date", s, "want YYYY-MM-DD with digits and a year from 0001")
	}
	if m < 1 || m > 12 || d < 1 || d > date.DaysIn(y, time.Month(m)) {
		return date.Date{}, Invalid("date", s, "no such calendar day")
	}
	out := date.New(y, time.Month(m), d)
	if out.IsZero() {
		return date.Date{}, Invalid("date", s, "1970-01-01 is the zero date, which means 'no date' throughout the library; it cannot be given as a real day")
	}
	return out, nil
}
