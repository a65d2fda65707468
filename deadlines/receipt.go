package deadlines

import (
	"strconv"
	"time"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// The days a letter's term starts from, shared by the procedure packages
// and package letters: the n-th working day after sending (BE, Book XIX
// WER: the third working day after a paper reminder) and the Dutch
// presumption of delivery (HR 25 November 2016).

// maxReceiptScan bounds the day-by-day scans below: no run of closed days in
// either calendar comes near it, and a day at the edge of the calendar
// (where no day is a working day) cannot loop.
const maxReceiptScan = 31

// IsHoliday reports whether d is a holiday of country c's deadline calendar
// (BE: art. 53 Ger.W.; NL: art. 3 Algemene termijnenwet, with the days
// equated with one). It is false for an unsupported country and outside the
// calendar's years. It does not allocate.
func IsHoliday(c vordering.Country, d date.Date) bool { return Rules{}.IsHoliday(c, d) }

// IsHoliday is [IsHoliday] on the rules' calendars.
func (r Rules) IsHoliday(c vordering.Country, d date.Date) bool {
	cal := r.calendarOf(c)
	return cal != nil && holidayName(cal, dayNum(d)) != ""
}

// NthWorkingDayAfter returns the n-th working day of country c after day
// (day itself not counted). Errors wrap [vordering.ErrInvalidInput] for an
// unsupported country, an n outside 1–maxReceiptScan, or no such day within
// the calendar's years.
func NthWorkingDayAfter(c vordering.Country, day date.Date, n int) (date.Date, error) {
	return Rules{}.NthWorkingDayAfter(c, day, n)
}

// NthWorkingDayAfter is [NthWorkingDayAfter] on the rules' calendars.
func (r Rules) NthWorkingDayAfter(c vordering.Country, day date.Date, n int) (date.Date, error) {
	cal := r.calendarOf(c)
	if cal == nil {
		return vordering.NoDate(), vordering.Invalid("country", c, "working days are known for BE and NL")
	}
	if n < 1 || n > maxReceiptScan {
		return vordering.NoDate(), vordering.Invalid("n", n, "want 1 to "+strconv.Itoa(maxReceiptScan))
	}
	z := dayNum(day)
	for i, scanned := 0, 0; i < n; scanned++ {
		if scanned >= maxReceiptScan {
			return vordering.NoDate(), vordering.Invalid("day", day, "no working day within the calendar's years")
		}
		z++
		if closed, ok := cal.closedNum(z); ok && !closed {
			i++
		}
	}
	return fromNum(z), nil
}

// PresumedDelivery returns the day a Dutch letter posted on posted may be
// presumed delivered: the second day after posting, a Sunday, a Monday or a
// holiday of art. 3 Algemene termijnenwet counting neither as an
// intervening day nor as the day of delivery (HR 25 November 2016,
// ECLI:NL:HR:2016:2704, accepting the presumption in default cases). A
// Saturday counts. Errors wrap [vordering.ErrInvalidInput] when no such day
// lies within the calendar's years.
func PresumedDelivery(posted date.Date) (date.Date, error) { return Rules{}.PresumedDelivery(posted) }

// PresumedDelivery is [PresumedDelivery] on the rules' Dutch calendar (a
// supplied equated day does not count either).
func (r Rules) PresumedDelivery(posted date.Date) (date.Date, error) {
	cal := r.calendarOf(vordering.NL)
	z := dayNum(posted)
	for n, scanned := 0, 0; n < 2; scanned++ {
		if scanned >= maxReceiptScan {
			return vordering.NoDate(), vordering.Invalid("posted", posted, "no delivery day within the calendar's years")
		}
		z++
		if _, ok := cal.closedNum(z); !ok {
			return vordering.NoDate(), vordering.Invalid("posted", posted, "outside the calendar's years "+strconv.Itoa(FirstYear)+"–"+strconv.Itoa(LastYear))
		}
		if wd := weekday(z); wd == time.Sunday || wd == time.Monday || holidayName(cal, z) != "" {
			continue
		}
		n++
	}
	return fromNum(z), nil
}
