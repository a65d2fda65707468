package deadlines

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// TestPresumedDelivery: the second day after posting, Sundays, Mondays and
// Atw holidays not counted (HR 25.11.2016, ECLI:NL:HR:2016:2704); hand
// computations on the calendar.
func TestPresumedDelivery(t *testing.T) {
	d := func(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }
	for _, c := range []struct{ posted, want date.Date }{
		{d(2025, 4, 4), d(2025, 4, 8)},     // Fri: Sat counts (1), Sun, Mon skipped, Tue (2)
		{d(2026, 11, 28), d(2026, 12, 2)},  // Sat: Sun, Mon skipped, Tue (1), Wed (2)
		{d(2025, 4, 24), d(2025, 4, 29)},   // Thu: Fri (1), Sat 26 April is Koningsdag, Sun, Mon skipped, Tue (2)
		{d(2025, 12, 23), d(2025, 12, 27)}, // Tue: Wed (1), 25 and 26 Christmas, Sat 27 (2)
	} {
		got, err := PresumedDelivery(c.posted)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("posted %s: %s %v, want %s", c.posted, got, err, c.want)
		}
	}
	if _, err := PresumedDelivery(d(2199, 12, 31)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("past the calendar: %v", err)
	}
}

// TestNthWorkingDayAfter: Book XIX WER starts a paper reminder's 14 days on
// the third working day after sending (art. 53 Ger.W. calendar); hand
// computations.
func TestNthWorkingDayAfter(t *testing.T) {
	d := func(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }
	for _, c := range []struct {
		c    vordering.Country
		day  date.Date
		n    int
		want date.Date
	}{
		{vordering.BE, d(2026, 11, 28), 3, d(2026, 12, 2)},  // Sat: Mon 30, Tue 1, Wed 2
		{vordering.BE, d(2025, 12, 24), 1, d(2025, 12, 26)}, // 25 December is a legal holiday
		{vordering.NL, d(2025, 12, 24), 1, d(2025, 12, 29)}, // 25, 26 December, then the weekend
	} {
		got, err := NthWorkingDayAfter(c.c, c.day, c.n)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("%s %s +%d: %s %v, want %s", c.c, c.day, c.n, got, err, c.want)
		}
	}
	for _, bad := range []struct {
		c vordering.Country
		n int
	}{{vordering.Country(9), 1}, {vordering.BE, 0}, {vordering.BE, 99}} {
		if _, err := NthWorkingDayAfter(bad.c, d(2025, 1, 1), bad.n); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%v: %v", bad, err)
		}
	}
	if !IsHoliday(vordering.NL, d(2026, 5, 15)) || IsHoliday(vordering.BE, d(2026, 5, 15)) {
		t.Error("15 May 2026 is equated with a holiday in NL only")
	}
}
