package deadlines

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func d(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }

func holidayDates(t *testing.T, c vordering.Country, y int) []date.Date {
	t.Helper()
	hs, err := Holidays(c, y)
	if err != nil {
		t.Fatalf("Holidays(%v, %d): %v", c, y, err)
	}
	var out []date.Date
	for _, h := range hs {
		out = append(out, h.Date)
	}
	return out
}

// Every holiday of several years against a published list.
func TestHolidaysAgainstPublishedLists(t *testing.T) {
	cases := []struct {
		c      vordering.Country
		year   int
		source string
		want   []date.Date
	}{
		// ACV-LBC (PC 216) "Wettelijke feestdagen 2016 2017 2018 2019"
		// (lbc-nvk.acv-online.be): Paasmaandag 28 maart, Hemelvaartsdag 5 mei,
		// Pinkstermaandag 16 mei 2016, the fixed days as listed.
		{vordering.BE, 2016, "ACV-LBC PC 216 list", []date.Date{d(2016, 1, 1), d(2016, 3, 28), d(2016, 5, 1), d(2016, 5, 5), d(2016, 5, 16), d(2016, 7, 21), d(2016, 8, 15), d(2016, 11, 1), d(2016, 11, 11), d(2016, 12, 25)}},
		// same list: 17 april, 25 mei, 5 juni 2017
		{vordering.BE, 2017, "ACV-LBC PC 216 list", []date.Date{d(2017, 1, 1), d(2017, 4, 17), d(2017, 5, 1), d(2017, 5, 25), d(2017, 6, 5), d(2017, 7, 21), d(2017, 8, 15), d(2017, 11, 1), d(2017, 11, 11), d(2017, 12, 25)}},
		// same list: 2 april, 10 mei, 21 mei 2018
		{vordering.BE, 2018, "ACV-LBC PC 216 list", []date.Date{d(2018, 1, 1), d(2018, 4, 2), d(2018, 5, 1), d(2018, 5, 10), d(2018, 5, 21), d(2018, 7, 21), d(2018, 8, 15), d(2018, 11, 1), d(2018, 11, 11), d(2018, 12, 25)}},
		// same list: 22 april, 30 mei, 10 juni 2019
		{vordering.BE, 2019, "ACV-LBC PC 216 list", []date.Date{d(2019, 1, 1), d(2019, 4, 22), d(2019, 5, 1), d(2019, 5, 30), d(2019, 6, 10), d(2019, 7, 21), d(2019, 8, 15), d(2019, 11, 1), d(2019, 11, 11), d(2019, 12, 25)}},
		// unique.be and wettelijke-feestdagen.be "wettelijke feestdagen 2025":
		// Paasmaandag 21 april, Hemelvaartsdag 29 mei, Pinkstermaandag 9 juni.
		{vordering.BE, 2025, "unique.be / wettelijke-feestdagen.be 2025", []date.Date{d(2025, 1, 1), d(2025, 4, 21), d(2025, 5, 1), d(2025, 5, 29), d(2025, 6, 9), d(2025, 7, 21), d(2025, 8, 15), d(2025, 11, 1), d(2025, 11, 11), d(2025, 12, 25)}},

		// NL 2018: Atw art. 3 lid 1–2 (Goede Vrijdag 30 March, Tweede Paasdag
		// 2 April, Koningsdag Friday 27 April, 5 May, Hemelvaartsdag 10 May,
		// Tweede Pinksterdag 21 May, Christmas) plus the days of the Besluit
		// van 24 oktober 2016 (BWBR0038666): 11 May, 24 and 31 December 2018.
		{vordering.NL, 2018, "Atw art. 3 + Besluit 24-10-2016 (BWBR0038666)", []date.Date{d(2018, 1, 1), d(2018, 3, 30), d(2018, 4, 2), d(2018, 4, 27), d(2018, 5, 5), d(2018, 5, 10), d(2018, 5, 11), d(2018, 5, 21), d(2018, 12, 24), d(2018, 12, 25), d(2018, 12, 26), d(2018, 12, 31)}},
		// NL 2022: wvhl.nl "Algemene termijnenwet 2022" lists Goede Vrijdag
		// 15 April, 2e Paasdag 18 April, Koningsdag 27 April, 5 mei,
		// Hemelvaartsdag 26 mei, gelijkgestelde dag 27 mei, 2e Pinksterdag
		// 6 juni, 2e Kerstdag 26 December; it leaves out Nieuwjaarsdag
		// (Saturday) and Eerste Kerstdag (Sunday), which art. 3 lid 1 lists,
		// and its "vrijdag 31 mei" is impossible (a Tuesday) and is not kept.
		{vordering.NL, 2022, "wvhl.nl 2022 + Atw art. 3 lid 1", []date.Date{d(2022, 1, 1), d(2022, 4, 15), d(2022, 4, 18), d(2022, 4, 27), d(2022, 5, 5), d(2022, 5, 26), d(2022, 5, 27), d(2022, 6, 6), d(2022, 12, 25), d(2022, 12, 26)}},
		// NL 2023: Atw art. 3 (Goede Vrijdag 7 April, Tweede Paasdag 10 April,
		// Koningsdag Thursday 27 April, 5 May, Hemelvaartsdag 18 May, Tweede
		// Pinksterdag 29 May) + Besluit gelijkstelling 2023–2025: 28 April and
		// 19 May 2023.
		{vordering.NL, 2023, "Atw art. 3 + Besluit gelijkstelling 2023–2025", []date.Date{d(2023, 1, 1), d(2023, 4, 7), d(2023, 4, 10), d(2023, 4, 27), d(2023, 4, 28), d(2023, 5, 5), d(2023, 5, 18), d(2023, 5, 19), d(2023, 5, 29), d(2023, 12, 25), d(2023, 12, 26)}},
		// NL 2025: Koningsdag on Saturday 26 April because the 27th is a Sunday
		// (gemeente.groningen.nl "Koningsdag 2025"); 30 May per the Besluit
		// gelijkstelling 2023–2025.
		{vordering.NL, 2025, "Atw art. 3 + groningen.nl + Besluit gelijkstelling 2023–2025", []date.Date{d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21), d(2025, 4, 26), d(2025, 5, 5), d(2025, 5, 29), d(2025, 5, 30), d(2025, 6, 9), d(2025, 12, 25), d(2025, 12, 26)}},
	}
	for _, tc := range cases {
		got := holidayDates(t, tc.c, tc.year)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%v %d (%s): -want +got\n%s", tc.c, tc.year, tc.source, diff)
		}
	}
}

// The King's/Queen's birthday per era (sources in nl_holidays.go).
func TestKingsDayHistory(t *testing.T) {
	cases := []struct {
		year int
		want date.Date
		why  string
	}{
		{1930, d(1930, 8, 31), "Wilhelmina, 31 August"},
		{1967, d(1967, 5, 1), "30 April 1967 is a Sunday; before 1980 → Monday 1 May"},
		{1978, d(1978, 5, 1), "30 April 1978 is a Sunday; before 1980 → Monday 1 May"},
		{1979, d(1979, 4, 30), "Monday 30 April"},
		{2006, d(2006, 4, 29), "30 April 2006 is a Sunday; from 1980 → Saturday 29 April"},
		{2013, d(2013, 4, 30), "last Koninginnedag, Tuesday"},
		{2014, d(2014, 4, 26), "27 April 2014 is a Sunday → Saturday 26 April"},
		{2025, d(2025, 4, 26), "27 April 2025 is a Sunday → Saturday 26 April"},
		{2026, d(2026, 4, 27), "Monday 27 April"},
	}
	for _, tc := range cases {
		hs, err := Holidays(vordering.NL, tc.year)
		if err != nil {
			t.Fatal(err)
		}
		var got []date.Date
		for _, h := range hs {
			if h.Name == "Koningsdag" || h.Name == "Koninginnedag" {
				got = append(got, h.Date)
			}
		}
		if len(got) != 1 || !got[0].Equal(tc.want) {
			t.Errorf("%d: King's day %v, want %v (%s)", tc.year, got, tc.want, tc.why)
		}
	}
}

// gaussEaster is an independent check of the anonymous Gregorian algorithm:
// Gauss's Easter formula with the Gregorian corrections (k, p, q, M, N) and
// the two known exceptions (26 April → 19 April; 25 April → 18 April when
// d = 28, e = 6 and (11M + 11) mod 30 < 19).
func gaussEaster(y int) date.Date {
	a, b, c := y%19, y%4, y%7
	k := y / 100
	p := (13 + 8*k) / 25
	q := k / 4
	M := (15 - p + k - q) % 30
	N := (4 + k - q) % 7
	dd := (19*a + M) % 30
	e := (2*b + 4*c + 6*dd + N) % 7
	day := 22 + dd + e // in March
	if dd == 29 && e == 6 {
		day = 50 // 19 April
	} else if dd == 28 && e == 6 && (11*M+11)%30 < 19 {
		day = 49 // 18 April
	}
	return date.New(y, time.March, day)
}

func TestEasterCrossCheck(t *testing.T) {
	for y := FirstYear; y <= LastYear; y++ {
		if got, want := fromNum(easter(y)), gaussEaster(y); !got.Equal(want) {
			t.Errorf("easter(%d) = %v, Gauss gives %v", y, got, want)
		}
	}
	// Spot checks against the published lists above: Easter Monday 2019 is
	// 22 April, 2025 is 21 April (ACV-LBC; unique.be).
	if got := fromNum(easter(2019) + 1); !got.Equal(d(2019, 4, 22)) {
		t.Errorf("Easter Monday 2019 = %v", got)
	}
	if got := fromNum(easter(2025) + 1); !got.Equal(d(2025, 4, 21)) {
		t.Errorf("Easter Monday 2025 = %v", got)
	}
}

func TestCivilRoundTrip(t *testing.T) {
	for z := daysFromCivil(FirstYear, 1, 1) - 400; z < daysFromCivil(LastYear+1, 1, 1)+400; z++ {
		y, m, dd := civilFromDays(z)
		want := fromNum(z)
		if wy, wm, wd := want.Date(); wy != y || int(wm) != m || wd != dd {
			t.Fatalf("civilFromDays(%d) = %d-%d-%d, date.Date says %v", z, y, m, dd, want)
		}
		if daysFromCivil(y, m, dd) != z {
			t.Fatalf("daysFromCivil(%d-%d-%d) != %d", y, m, dd, z)
		}
		if weekday(z) != want.Weekday() {
			t.Fatalf("weekday(%d) = %v, want %v", z, weekday(z), want.Weekday())
		}
	}
	if nDays != daysFromCivil(LastYear+1, 1, 1)-daysFromCivil(FirstYear, 1, 1) {
		t.Fatalf("nDays = %d is not the length of %d–%d", nDays, FirstYear, LastYear)
	}
}

func TestIsWorkingDay(t *testing.T) {
	cases := []struct {
		c    vordering.Country
		day  date.Date
		want bool
		why  string
	}{
		{vordering.BE, d(2025, 4, 18), true, "Good Friday is not a Belgian legal holiday (KB 18.04.1974)"},
		{vordering.NL, d(2025, 4, 18), false, "Goede Vrijdag, Atw art. 3 lid 2"},
		{vordering.NL, d(2023, 5, 5), false, "5 May counts every year, not only in lustrum years (Atw art. 3 lid 1)"},
		{vordering.BE, d(2023, 5, 5), true, "5 May is not Belgian"},
		{vordering.BE, d(2026, 11, 2), true, "All Souls' Day is not a legal holiday"},
		{vordering.BE, d(2025, 12, 26), true, "26 December is not a Belgian legal holiday"},
		{vordering.NL, d(2025, 12, 26), false, "Tweede Kerstdag"},
		{vordering.BE, d(2025, 7, 11), true, "Flemish Community day is not national"},
		{vordering.BE, d(2025, 7, 21), false, "Nationale feestdag"},
		{vordering.NL, d(2025, 4, 26), false, "Koningsdag 2025 (and a Saturday)"},
		{vordering.NL, d(2023, 4, 28), false, "equated by decree (Besluit gelijkstelling 2023–2025)"},
		{vordering.NL, d(2023, 4, 24), true, "an ordinary Monday"},
		{vordering.NL, d(2025, 4, 19), false, "Saturday"},
		{vordering.BE, d(2025, 4, 20), false, "Sunday"},
		{vordering.BE, d(1899, 12, 29), false, "outside the calendar: not vouched for"},
		{vordering.NL, d(2200, 1, 2), false, "outside the calendar: not vouched for"},
		{0, d(2025, 4, 22), false, "no country"},
	}
	for _, tc := range cases {
		if got := IsWorkingDay(tc.c, tc.day); got != tc.want {
			t.Errorf("IsWorkingDay(%v, %v) = %v, want %v: %s", tc.c, tc.day, got, tc.want, tc.why)
		}
	}
}

func TestHolidaysErrors(t *testing.T) {
	for _, tc := range []struct {
		c vordering.Country
		y int
	}{{vordering.BE, FirstYear - 1}, {vordering.NL, LastYear + 1}, {0, 2025}, {9, 2025}} {
		if _, err := Holidays(tc.c, tc.y); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("Holidays(%v, %d) error = %v, want ErrInvalidInput", tc.c, tc.y, err)
		}
	}
	// A fresh copy each call: modifying it does not change the calendar.
	a, _ := Holidays(vordering.BE, 2025)
	a[0].Name = "changed"
	b, _ := Holidays(vordering.BE, 2025)
	if b[0].Name != "Nieuwjaar" {
		t.Errorf("Holidays returned shared storage: %q", b[0].Name)
	}
}

func TestHolidayNotes(t *testing.T) {
	hs, _ := Holidays(vordering.NL, 1950)
	for _, h := range hs {
		if h.Note != nlProjectionNote {
			t.Errorf("NL 1950 %s: note %q, want the projection note", h.Name, h.Note)
		}
	}
	hs, _ = Holidays(vordering.NL, 1975)
	for _, h := range hs {
		want := ""
		if h.Date.Equal(d(1975, 5, 5)) {
			want = nlFifthMayNote
		}
		if h.Note != want {
			t.Errorf("NL 1975 %s: note %q, want %q", h.Name, h.Note, want)
		}
	}
	hs, _ = Holidays(vordering.BE, 1960)
	if hs[0].Note != beProjectionNote {
		t.Errorf("BE 1960: note %q", hs[0].Note)
	}
	hs, _ = Holidays(vordering.BE, 2025)
	for _, h := range hs {
		if h.Note != "" || h.Cite.IsZero() || h.Rule == "" {
			t.Errorf("BE 2025 %v: note %q, cite %v, rule %q", h.Date, h.Note, h.Cite, h.Rule)
		}
	}
}

// Each table: valid, and gaps exactly as explained in its comment.
func TestTables(t *testing.T) {
	check := func(name string, err error, gaps []vordering.Period, want []vordering.Period) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
		if diff := cmp.Diff(want, gaps); diff != "" {
			t.Errorf("%s: gaps -want +got\n%s", name, diff)
		}
	}
	check(beHolidayTable.Name, beHolidayTable.Validate(), beHolidayTable.Gaps(), nil)
	check(nlAtwTable.Name, nlAtwTable.Validate(), nlAtwTable.Gaps(), nil)
	check(nlKingsDayTable.Name, nlKingsDayTable.Validate(), nlKingsDayTable.Gaps(), nil)
	// The 2020–2022 decree was not found; 2020 and 2021 are the explained gap.
	check(nlDecreeTable.Name, nlDecreeTable.Validate(), nlDecreeTable.Gaps(),
		[]vordering.Period{{From: d(2020, 1, 1), Until: d(2021, 12, 31)}})
	// Every decree day lies in its row's period and is a weekday.
	for _, r := range nlDecreeTable.Rows {
		for _, x := range r.Value.Days {
			day := ymd(x.Y, x.M, x.D)
			if !r.Period().Contains(day) || isWeekend(dayNum(day)) {
				t.Errorf("decree day %v outside %v or on a weekend", day, r.Period())
			}
		}
	}
	for _, e := range statutoryTerms {
		if e.Cite.Instrument == "" || e.Cite.Article == "" || e.Event == "" {
			t.Errorf("%v %v: catalogue entry without citation or event", e.Country, e.Kind)
		}
	}
}

// The precomputed bitset agrees with Holidays and the weekend on every day of
// the calendar.
func TestBitsetMatchesHolidays(t *testing.T) {
	for _, c := range vordering.Countries() {
		closed := map[int]bool{}
		for y := FirstYear; y <= LastYear; y++ {
			hs, err := Holidays(c, y)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hs {
				closed[dayNum(h.Date)] = true
			}
		}
		first := daysFromCivil(FirstYear, 1, 1)
		for z := first; z < first+nDays; z++ {
			want := !(closed[z] || isWeekend(z))
			if got := IsWorkingDay(c, fromNum(z)); got != want {
				t.Fatalf("%v %v: IsWorkingDay %v, holidays/weekend say %v", c, fromNum(z), got, want)
			}
		}
	}
}
