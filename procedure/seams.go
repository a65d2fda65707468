package procedure

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// This file is the seam to package deadlines: every statutory term and
// working-day question of this package goes through it.

// computeTerm returns the last day of the statutory term k of country c that
// runs from event (the event day not counted), with the term's citation.
func computeTerm(c vordering.Country, event date.Date, k deadlines.Kind) (date.Date, vordering.Citation, error) {
	e, err := deadlines.Lookup(c, k)
	if err != nil {
		return vordering.NoDate(), vordering.Citation{}, err
	}
	dl, err := deadlines.Compute(c, event, e.Term)
	if err != nil {
		return vordering.NoDate(), e.Cite, err
	}
	return dl.Date, e.Cite, nil
}

// isWorkingDay reports whether d is a working day of country c's deadline
// calendar (not a Saturday, Sunday or holiday). Outside the calendar's years
// it is false.
func isWorkingDay(c vordering.Country, d date.Date) bool { return deadlines.IsWorkingDay(c, d) }

// maxScan bounds the day-by-day scans below, so that a date at the edge of
// the calendar (where no day is a working day) cannot loop for ever.
const maxScan = 31

// nthWorkingDayAfter returns the n-th working day after day (day itself not
// counted), and false if none is found within maxScan days.
func nthWorkingDayAfter(c vordering.Country, day date.Date, n int) (date.Date, bool) {
	d := day
	for i, scanned := 0, 0; i < n; scanned++ {
		if scanned >= maxScan {
			return vordering.NoDate(), false
		}
		d = d.Add(1)
		if isWorkingDay(c, d) {
			i++
		}
	}
	return d, true
}

// isHoliday reports whether d is a holiday of country c's deadline calendar.
func isHoliday(c vordering.Country, d date.Date) bool {
	hs, err := deadlines.Holidays(c, d.Year())
	if err != nil {
		return false
	}
	for _, h := range hs {
		if h.Date == d {
			return true
		}
	}
	return false
}
