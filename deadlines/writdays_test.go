package deadlines

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// TestEarliestWritDay checks hand-computed cases against the calendars:
// NL art. 64 lid 2 Rv (no Sunday, no day of art. 3 Atw or equated with one;
// Saturday open) and BE art. 47 Ger.W. (no Sunday, no legal holiday; Saturday
// avoided as a precaution).
func TestEarliestWritDay(t *testing.T) {
	d := func(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }
	cases := []struct {
		name string
		c    vordering.Country
		from date.Date
		want date.Date
	}{
		// Thu 25 Dec 2025 Eerste Kerstdag, Fri 26 Tweede Kerstdag; Sat 27
		// is open in NL.
		{"NL Christmas to Saturday", vordering.NL, d(2025, 12, 25), d(2025, 12, 27)},
		// BE has one Christmas holiday: Fri 26 Dec is open.
		{"BE Christmas to 26 December", vordering.BE, d(2025, 12, 25), d(2025, 12, 26)},
		// 5 May is an Atw day every year; in BE it is an ordinary day.
		{"NL 5 May", vordering.NL, d(2025, 5, 5), d(2025, 5, 6)},
		{"BE 5 May", vordering.BE, d(2025, 5, 5), d(2025, 5, 5)},
		// Easter 2026 is 5 April: Sunday, then Easter Monday in both.
		{"NL Easter Sunday", vordering.NL, d(2026, 4, 5), d(2026, 4, 7)},
		{"BE Saturday before Easter", vordering.BE, d(2026, 4, 4), d(2026, 4, 7)},
		// Ascension 14 May 2026, Fri 15 May equated by decree, Sat 16 open.
		{"NL Ascension and the equated Friday", vordering.NL, d(2026, 5, 14), d(2026, 5, 16)},
		// New Year 2026 is a Thursday; Fri 2 January is equated by decree.
		{"NL New Year", vordering.NL, d(2026, 1, 1), d(2026, 1, 3)},
		{"BE New Year", vordering.BE, d(2026, 1, 1), d(2026, 1, 2)},
		// Good Friday 3 April 2026 is an Atw day in NL only.
		{"NL Good Friday", vordering.NL, d(2026, 4, 3), d(2026, 4, 4)},
		{"BE Good Friday", vordering.BE, d(2026, 4, 3), d(2026, 4, 3)},
	}
	for _, c := range cases {
		w, err := EarliestWritDay(c.c, c.from)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !w.Date.Equal(c.want) {
			t.Errorf("%s: %s, want %s (skipped %v)", c.name, w.Date, c.want, w.Skipped)
		}
		if got := len(w.Skipped); got != int(c.want.Sub(c.from)) {
			t.Errorf("%s: %d days skipped, want %d", c.name, got, c.want.Sub(c.from))
		}
		e := w.Explanation()
		if last := e[len(e)-1]; last.Value.Date != w.Date || last.Citation.IsZero() {
			t.Errorf("%s: explanation ends with %v", c.name, last)
		}
	}
}

// TestWritDaysEveryClosedDay goes through every day of 2024–2027: the
// earliest writ day from any day is a writ day, is never a Sunday or a
// holiday, is never a Belgian Saturday, and is the day itself when that day
// is open.
func TestWritDaysEveryClosedDay(t *testing.T) {
	for _, c := range vordering.Countries() {
		holidays := map[date.Date]string{}
		for y := 2024; y <= 2028; y++ {
			hs, err := Holidays(c, y)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hs {
				holidays[h.Date] = h.Name
			}
		}
		for day := date.New(2024, 1, 1); day.Before(date.New(2028, 1, 1)); day = day.Add(1) {
			w, err := EarliestWritDay(c, day)
			if err != nil {
				t.Fatalf("%s %s: %v", c, day, err)
			}
			got := w.Date
			if name, ok := holidays[got]; ok {
				t.Fatalf("%s from %s: %s is %s", c, day, got, name)
			}
			if got.Weekday() == time.Sunday || (c == vordering.BE && got.Weekday() == time.Saturday) {
				t.Fatalf("%s from %s: %s is a %s", c, day, got, got.Weekday())
			}
			_, closedHoliday := holidays[day]
			closed := closedHoliday || day.Weekday() == time.Sunday || (c == vordering.BE && day.Weekday() == time.Saturday)
			if closed == got.Equal(day) {
				t.Fatalf("%s from %s (closed %v): got %s", c, day, closed, got)
			}
			if IsWritDay(c, day) == closed {
				t.Fatalf("%s %s: IsWritDay disagrees with the calendar", c, day)
			}
		}
	}
}

func TestEarliestWritDayErrors(t *testing.T) {
	if _, err := EarliestWritDay(vordering.Country(9), date.New(2025, 1, 1)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad country: %v", err)
	}
	if _, err := EarliestWritDay(vordering.NL, date.New(2250, 1, 1)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("day outside the calendar: %v", err)
	}
	w, err := EarliestWritDay(vordering.BE, date.New(2025, 12, 27))
	if err != nil || !strings.Contains(w.Note, "Saturday") || w.Known != vordering.OneSource {
		t.Errorf("BE answer must say its Saturday rule is a precaution and its level: %+v %v", w, err)
	}
}

// FuzzEarliestWritDay: for any country code and day number, no panic; an
// answer is a writ day on or after the day asked, at most maxWritSkip days
// later; an error wraps ErrInvalidInput.
func FuzzEarliestWritDay(f *testing.F) {
	f.Add(uint8(1), int32(20447))
	f.Add(uint8(2), int32(-25567))
	f.Fuzz(func(t *testing.T, c uint8, days int32) {
		from := date.NewOfDays(date.PeriodOfDays(days))
		w, err := EarliestWritDay(vordering.Country(c), from)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error not ErrInvalidInput: %v", err)
			}
			return
		}
		if w.Date.Before(from) || w.Date.Sub(from) > maxWritSkip || !IsWritDay(vordering.Country(c), w.Date) {
			t.Fatalf("%d %s: %s is not a writ day within reach", c, from, w.Date)
		}
	})
}
