package deadlines

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// FuzzCompute: Compute never panics; it either returns an error wrapping
// ErrInvalidInput or a deadline for which
//   - a forward term (FreeDays included) never ends before the event;
//   - a backward term never ends after the event and lands on a working day;
//   - a forward term that was rolled forward (not FreeDays, not marked
//     NoExtension, not excluded by Atw art. 4) ends on a working day;
//   - the explanation renders and has at least one step.
func FuzzCompute(f *testing.F) {
	seeds := []struct {
		c     uint8
		day   int32
		n     int
		unit  uint8
		flags uint8
	}{
		{1, int32(dayNum(d(2025, 6, 30))), 1, 3, 4},  // BE appeal in the vacation
		{1, int32(dayNum(d(2025, 1, 30))), 1, 3, 0},  // BE unsettled month end
		{2, int32(dayNum(d(2016, 2, 29))), 3, 3, 0},  // NL 29 February
		{2, int32(dayNum(d(2025, 12, 24))), 3, 1, 0}, // NL Atw art. 2
		{2, int32(dayNum(d(2025, 5, 7))), 1, 2, 1},   // NL backward summons
		{1, int32(dayNum(d(2025, 3, 3))), 8, 5, 0},   // BE free days
		{1, int32(dayNum(d(2199, 12, 30))), 1, 1, 0}, // runs off the calendar
		{2, int32(dayNum(d(1900, 1, 1))), 1, 2, 1},   // backward off the calendar
		{0, 0, 1, 1, 0},
		{1, 0, -5, 9, 255},
		{2, int32(dayNum(d(2025, 8, 31))), 200, 4, 2},
	}
	for _, s := range seeds {
		f.Add(s.c, s.day, s.n, s.unit, s.flags)
	}
	f.Fuzz(func(t *testing.T, c uint8, day int32, n int, unit uint8, flags uint8) {
		term := Term{N: n, Unit: Unit(unit)}
		term.Backward = flags&1 != 0
		term.NoExtension = flags&2 != 0
		term.AppealOrOpposition = flags&4 != 0
		term.Abroad = Abroad((flags >> 3) & 7)
		event := date.NewOfDays(date.PeriodOfDays(day))
		dl, err := Compute(vordering.Country(c), event, term)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error %v does not wrap ErrInvalidInput", err)
			}
			return
		}
		if term.Backward {
			if dl.Date.After(event) {
				t.Fatalf("backward term ends after the event: %s", dl.Explain())
			}
			if !IsWorkingDay(vordering.Country(c), dl.Date) {
				t.Fatalf("backward deadline on a non-working day: %s", dl.Explain())
			}
		} else {
			if dl.Date.Before(event) {
				t.Fatalf("forward term ends before the event: %s", dl.Explain())
			}
			rolled := term.Unit != FreeDay && !term.NoExtension &&
				!(vordering.Country(c) == vordering.NL && atwExcluded(term))
			if rolled && !IsWorkingDay(vordering.Country(c), dl.Date) {
				t.Fatalf("rolled deadline on a non-working day: %s", dl.Explain())
			}
		}
		if len(dl.Steps()) == 0 || dl.Explain() == "" || len(dl.Citations()) == 0 {
			t.Fatalf("deadline without explanation: %+v", dl)
		}
	})
}

// FuzzIsWorkingDay: never panics; outside the calendar it answers false; a
// Saturday or Sunday is never a working day.
func FuzzIsWorkingDay(f *testing.F) {
	f.Add(uint8(1), int32(dayNum(d(2025, 4, 21))))
	f.Add(uint8(2), int32(dayNum(d(2025, 4, 26))))
	f.Add(uint8(2), int32(-1<<31))
	f.Add(uint8(0), int32(0))
	f.Fuzz(func(t *testing.T, c uint8, day int32) {
		dd := date.NewOfDays(date.PeriodOfDays(day))
		got := IsWorkingDay(vordering.Country(c), dd)
		if got && isWeekend(int(day)) {
			t.Fatalf("%v is a weekend day but IsWorkingDay is true", dd)
		}
		y := yearOf(int(day))
		if got && (y < FirstYear || y > LastYear || !vordering.Country(c).Valid()) {
			t.Fatalf("IsWorkingDay(%d, %v) true outside the calendar", c, dd)
		}
	})
}

// FuzzHolidays: never panics; inside the range every holiday lies in the year
// asked and is not a working day.
func FuzzHolidays(f *testing.F) {
	f.Add(uint8(1), 2025)
	f.Add(uint8(2), 1899)
	f.Add(uint8(3), 2025)
	f.Fuzz(func(t *testing.T, c uint8, year int) {
		hs, err := Holidays(vordering.Country(c), year)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatal(err)
			}
			return
		}
		for _, h := range hs {
			if h.Date.Year() != year || IsWorkingDay(vordering.Country(c), h.Date) {
				t.Fatalf("holiday %v wrong year or a working day", h)
			}
		}
	})
}
