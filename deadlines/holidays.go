package deadlines

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// The calendars cover the years FirstYear to LastYear, both included.
const (
	FirstYear = 1900
	LastYear  = 2199
)

// Holiday is one day on which a term does not end: a Belgian legal holiday
// (wettelijke feestdag, art. 53 Ger.W.) or a Dutch generally recognised
// holiday or day equated with one (algemeen erkende feestdag, art. 3
// Algemene termijnenwet). It is a plain value, safe to copy and compare.
type Holiday struct {
	Date date.Date `json:"date"`
	// Name is the name practitioners use, in Dutch ("Paasmaandag",
	// "Koningsdag").
	Name string `json:"name"`
	// Rule says how the date is found, e.g. "Easter Sunday + 1 day" or
	// "27 April; 26 April when the 27th is a Sunday".
	Rule string `json:"rule"`
	// Cite is the provision that makes the day a holiday for deadlines.
	Cite vordering.Citation `json:"cite"`
	// Note is set when the day is not law in force for that year but a
	// projection of a later list (see the package documentation, "Limits").
	Note string `json:"note,omitempty"`
}

// String renders "2025-04-26 Koningsdag (Algemene termijnenwet art. 3 lid 1)".
func (h Holiday) String() string {
	return h.Date.String() + " " + h.Name + " (" + h.Cite.String() + ")"
}

// holidayRule is one line of a holiday table: its name, how to find its date
// in a year, and its citation.
type holidayRule struct {
	name string
	rule string
	cite vordering.Citation
	// on returns the day number in year y, or ok=false when the rule does not
	// give a day that year.
	on func(y int) (z int, ok bool)
}

func fixed(m, d int) func(int) (int, bool) {
	return func(y int) (int, bool) { return daysFromCivil(y, m, d), true }
}

func easterPlus(n int) func(int) (int, bool) {
	return func(y int) (int, bool) { return easter(y) + n, true }
}

// Precomputed, immutable calendars. They are built once at package
// initialisation and never written afterwards, so every reader is safe for
// concurrent use.
const (
	nDays  = 109573 // days from 1900-01-01 to 2199-12-31 inclusive
	nWords = (nDays + 63) / 64
)

type calendar struct {
	closed [nWords]uint64 // bit set: Saturday, Sunday or holiday
	// decree is the table of days equated by decree this calendar was
	// built from (NL; nil for BE), and decreeKnown[y-FirstYear] whether
	// every such day of year y is known.
	decree      *vordering.Timeline[decreeDays]
	decreeKnown [LastYear - FirstYear + 1]bool
	// stamp is the stamp of the rule set the calendar belongs to; zero for
	// the built-in calendars (builtinStamp answers for them).
	stamp  vordering.Stamp
	byYear [LastYear - FirstYear + 1][]holidayEntry
	// kinds holds each distinct holiday (name, rule, citation, note) once;
	// entries refer to it by index. Keeping the per-year lists free of
	// pointers keeps some 800 KB of strings out of every garbage-collection
	// scan of a program that imports the package.
	kinds   []Holiday
	firstOf int // day number of 1900-01-01
}

var (
	beCal = buildCalendar(beHolidays)
	nlCal = buildNLCalendar(&nlDecreeTable)
)

// buildNLCalendar builds the Dutch calendar with the equated days of the
// decree table t.
func buildNLCalendar(t *vordering.Timeline[decreeDays]) *calendar {
	c := buildCalendar(func(y int) []Holiday { return nlHolidaysWith(t, y) })
	c.decree = t
	for y := FirstYear; y <= LastYear; y++ {
		row, err := t.At(ymd(y, 7, 1))
		c.decreeKnown[y-FirstYear] = err == nil && row.Value.Complete
	}
	return c
}

func buildCalendar(gen func(y int) []Holiday) *calendar {
	c := &calendar{firstOf: daysFromCivil(FirstYear, 1, 1)}
	for i := 0; i < nDays; i++ {
		if isWeekend(c.firstOf + i) {
			c.closed[i>>6] |= 1 << (uint(i) & 63)
		}
	}
	index := map[Holiday]uint16{}
	for y := FirstYear; y <= LastYear; y++ {
		hs := gen(y)
		sortHolidays(hs)
		entries := make([]holidayEntry, len(hs))
		for i, h := range hs {
			kind := h
			kind.Date = date.Date{}
			k, ok := index[kind]
			if !ok {
				k = uint16(len(c.kinds))
				index[kind] = k
				c.kinds = append(c.kinds, kind)
			}
			entries[i] = holidayEntry{day: int32(dayNum(h.Date)), kind: k}
		}
		c.byYear[y-FirstYear] = entries
		for _, h := range hs {
			i := dayNum(h.Date) - c.firstOf
			c.closed[i>>6] |= 1 << (uint(i) & 63)
		}
	}
	return c
}

// holidayEntry is one holiday of one year: its day number and the index of
// its kind in calendar.kinds.
type holidayEntry struct {
	day  int32
	kind uint16
}

// holiday materialises an entry as a Holiday value.
func (cal *calendar) holiday(e holidayEntry) Holiday {
	h := cal.kinds[e.kind]
	h.Date = fromNum(int(e.day))
	return h
}

func sortHolidays(hs []Holiday) {
	// insertion sort: at most a few dozen entries, stable by table order
	for i := 1; i < len(hs); i++ {
		for j := i; j > 0 && hs[j].Date.Before(hs[j-1].Date); j-- {
			hs[j], hs[j-1] = hs[j-1], hs[j]
		}
	}
}

func (r Rules) calendarOf(c vordering.Country) *calendar {
	switch c {
	case vordering.BE:
		return beCal
	case vordering.NL:
		if r.set != nil {
			return r.set.nl
		}
		return nlCal
	}
	return nil
}

// closedNum reports whether day number z is a Saturday, Sunday or holiday in
// cal; ok is false outside the covered years.
func (cal *calendar) closedNum(z int) (closed, ok bool) {
	i := z - cal.firstOf
	if uint(i) >= nDays {
		return false, false
	}
	return cal.closed[i>>6]&(1<<(uint(i)&63)) != 0, true
}

// IsWorkingDay reports whether d is a day on which a term of country c can
// end: not a Saturday, not a Sunday, and not a holiday of that country's
// deadline calendar (BE: the ten legal holidays of art. 53 Ger.W.; NL: the
// days of art. 3 Algemene termijnenwet, with the days equated by decree as far
// as they are confirmed).
//
// It returns false for an unsupported country and for a date outside the
// years FirstYear–LastYear: the library does not vouch for such a day. It does
// not allocate.
func IsWorkingDay(c vordering.Country, d date.Date) bool {
	var cal *calendar
	switch c {
	case vordering.BE:
		cal = beCal
	case vordering.NL:
		cal = nlCal
	default:
		return false
	}
	closed, ok := cal.closedNum(dayNum(d))
	return ok && !closed
}

// IsWorkingDay is [IsWorkingDay] on the rules' calendars.
func (r Rules) IsWorkingDay(c vordering.Country, d date.Date) bool {
	cal := r.calendarOf(c)
	if cal == nil {
		return false
	}
	closed, ok := cal.closedNum(dayNum(d))
	return ok && !closed
}

// Holidays returns the holidays of country c in year, in date order. The
// weekend is not listed. The list is precomputed; each call returns a fresh
// copy that the caller may modify.
//
// A year outside FirstYear–LastYear or an unsupported country is an error
// wrapping vordering.ErrInvalidInput.
func Holidays(c vordering.Country, year int) ([]Holiday, error) { return Rules{}.Holidays(c, year) }

// Holidays is [Holidays] on the rules' calendars.
func (r Rules) Holidays(c vordering.Country, year int) ([]Holiday, error) {
	cal := r.calendarOf(c)
	if cal == nil {
		return nil, vordering.Invalid("Country", c, "not a supported country")
	}
	if year < FirstYear || year > LastYear {
		return nil, vordering.Invalid("year", year, "outside "+strconv.Itoa(FirstYear)+"–"+strconv.Itoa(LastYear))
	}
	src := cal.byYear[year-FirstYear]
	out := make([]Holiday, len(src))
	for i, e := range src {
		out[i] = cal.holiday(e)
	}
	return out, nil
}

// holidaysOn returns the holidays of calendar cal that fall on day number z
// (usually none or one; in the Netherlands 5 May can coincide with Ascension
// Day).
func holidaysOn(cal *calendar, z int) []Holiday {
	if cal == nil {
		return nil
	}
	y := yearOf(z)
	if y < FirstYear || y > LastYear {
		return nil
	}
	var out []Holiday
	for _, e := range cal.byYear[y-FirstYear] {
		if int(e.day) == z {
			out = append(out, cal.holiday(e))
		}
	}
	return out
}
