package deadlines

import (
	"time"

	"github.com/rickb777/date"
)

// Day arithmetic on the day number of date.Date (days since 1970-01-01).
// The conversions below are the proleptic-Gregorian algorithms published by
// Howard Hinnant ("chrono-Compatible Low-Level Date Algorithms"); they avoid
// the time.Time round trip that date.Date.Date() makes, which keeps Compute
// inside its time budget.

// daysFromCivil returns the day number of y-m-d.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays returns the year, month and day of day number z.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday returns the weekday of day number z (1970-01-01 was a Thursday).
func weekday(z int) time.Weekday {
	w := (z + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

func dayNum(d date.Date) int    { return int(d.DaysSinceEpoch()) }
func fromNum(z int) date.Date   { return date.NewOfDays(date.PeriodOfDays(z)) }
func ymd(y, m, d int) date.Date { return fromNum(daysFromCivil(y, m, d)) }
func yearOf(z int) int          { y, _, _ := civilFromDays(z); return y }
func isWeekend(z int) bool      { w := weekday(z); return w == time.Saturday || w == time.Sunday }
func addMonthsClamp(z, n int) (int, bool) {
	// The same day number n months later, or the last day of that month when
	// it is shorter; the bool reports that the day was clamped.
	y, m, d := civilFromDays(z)
	t := (y*12 + (m - 1)) + n
	ty, tm := floorDiv(t, 12), t-floorDiv(t, 12)*12+1
	if last := daysIn(ty, tm); d > last {
		return daysFromCivil(ty, tm, last), true
	}
	return daysFromCivil(ty, tm, d), false
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// easter returns the day number of Easter Sunday in year y (Gregorian), by
// the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
func easter(y int) int {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return daysFromCivil(y, month, day)
}
