package deadlines

import (
	"strconv"
	"time"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// Writ days: the days on which a bailiff may serve a writ or enforce
// without a judge's leave. They differ from the days on which a term may
// end (IsWorkingDay): a Dutch bailiff may serve on a Saturday.
//
//   - NL, art. 64 lid 2 Rv: no exploot on a Sunday or an "algemeen erkende
//     feestdag", which art. 1077 lid 3 Rv defines as the days of art. 3
//     Algemene termijnenwet and the days equated with them (Good Friday, the
//     days equated by decree): the holidays of this package's Dutch
//     calendar. Saturday is not named and is a writ day. Leave to serve on
//     any day: art. 64 lid 3 Rv. Hours (not between 20:00 and 07:00, lid 1)
//     are outside a day-level library.
//   - BE, art. 47 Ger.W.: no service or enforcement on a Sunday or a legal
//     holiday without the judge's leave. The current wording of art. 47 was
//     not read for this release (it could not be found in the sources at
//     hand): whether it also names Saturday is not confirmed, so the library
//     treats a Saturday as closed to writs as a precaution (a writ moved from
//     a Saturday to the next working day is never unlawful) and says so in
//     every answer.

// writRule is one country's rule on writ days: whether a Saturday is
// closed to writs (Sundays and the calendar's holidays always are), the
// provision, how it is known and what an answer should tell the reader.
type writRule struct {
	saturdayClosed bool
	saturday       string // what the rule says of Saturday, for the rulebook
	leave          string // who may allow a writ on a closed day
	cite           vordering.Citation
	known          vordering.Confidence
	note           string
}

// writRuleOf returns the writ-day rule of country c; ok is false for an
// unsupported country.
func writRuleOf(c vordering.Country) (writRule, bool) {
	switch c {
	case vordering.NL:
		return writRule{
			saturday: "open (art. 64 lid 2 names Sunday and the holidays only)",
			leave:    "the voorzieningenrechter, or the kantonrechter in a kanton case (art. 64 lid 3 Rv)",
			cite: vordering.Citation{
				Instrument: "Wetboek van Burgerlijke Rechtsvordering",
				Article:    "art. 64 lid 2 and 3; art. 1077 lid 3 (algemeen erkende feestdagen: art. 3 Algemene termijnenwet)",
				URL:        "https://wetten.overheid.nl/BWBR0001827",
			},
			known: vordering.TwoSources,
			note:  "Text of art. 64 Rv read in its 2015 version; practitioners' lists of 2019 and 2021 describe the same rule.",
		}, true
	case vordering.BE:
		return writRule{
			saturdayClosed: true,
			saturday:       "avoided as a precaution (not confirmed)",
			leave:          "the judge (art. 47 Ger.W.)",
			cite: vordering.Citation{
				Instrument: "Gerechtelijk Wetboek",
				Article:    "art. 47 (Sundays and legal holidays; Saturday not confirmed)",
				URL:        "https://www.ejustice.just.fgov.be/eli/wet/1967/10/10/1967101052/justel",
			},
			known: vordering.OneSource,
			note:  beWritSaturdayNote,
		}, true
	}
	return writRule{}, false
}

const beWritSaturdayNote = "Belgium: art. 47 Ger.W. forbids service and enforcement on a Sunday or a legal holiday without the judge's leave; " +
	"whether its current text also names Saturday is not confirmed, so Saturdays are avoided as a precaution."

// maxWritSkip bounds the days EarliestWritDay looks ahead; no run of closed
// days in either calendar is half as long.
const maxWritSkip = 14

// WritDay is the answer of [EarliestWritDay]: the first day on or after From
// on which a bailiff may serve a writ or enforce without the judge's leave.
type WritDay struct {
	Country vordering.Country `json:"country"`
	From    date.Date         `json:"from"`
	Date    date.Date         `json:"date"`
	// Skipped names every day passed over and why, e.g.
	// "2025-12-25 Thursday: Kerstmis".
	Skipped []string           `json:"skipped,omitempty"`
	Cite    vordering.Citation `json:"cite"`
	// Known says how sure the rule is: Dutch art. 64 Rv was read (2015
	// text, confirmed by later practitioners' lists); the Belgian rule is
	// known from one source and its Saturday rule is a precaution.
	Known vordering.Confidence `json:"known"`
	Note  string               `json:"note,omitempty"`
}

// Explanation returns the days skipped and the writ day as the library's
// common explanation.
func (w WritDay) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(w.Skipped)+1)
	for _, s := range w.Skipped {
		out = append(out, vordering.Step{What: "No writ without leave on " + s, Rule: "deadlines.writ-day.closed", Citation: w.Cite})
	}
	return append(out, vordering.Step{What: "Earliest day for a writ", Value: vordering.DateValue(w.Date), Rule: "deadlines.writ-day", Citation: w.Cite})
}

// IsWritDay reports whether a bailiff may serve a writ or enforce on d in
// country c without a judge's leave (see [EarliestWritDay] for the rules).
// It is false for an unsupported country or a day outside the calendar.
func IsWritDay(c vordering.Country, d date.Date) bool { return Rules{}.IsWritDay(c, d) }

// IsWritDay is [IsWritDay] on the rules' calendars.
func (r Rules) IsWritDay(c vordering.Country, d date.Date) bool {
	cal := r.calendarOf(c)
	rule, known := writRuleOf(c)
	if cal == nil || !known {
		return false
	}
	_, open, ok := writClosed(rule, cal, dayNum(d))
	return ok && open
}

// EarliestWritDay returns the first day on or after from on which a bailiff
// may serve a writ (a summons, the service of a judgment, an order to pay)
// or do an act of enforcement in country c without the judge's leave:
//
//   - NL (art. 64 lid 2 Rv with art. 1077 lid 3 Rv): not a Sunday, not a
//     day of art. 3 Algemene termijnenwet or equated with one (Good Friday,
//     the days equated by decree); Saturday is a writ day.
//   - BE (art. 47 Ger.W.): not a Sunday and not one of the ten legal
//     holidays; a Saturday is avoided as a precaution (see [WritDay.Note]).
//
// Errors wrap [vordering.ErrInvalidInput] for an unsupported country or a
// day outside the calendar's years (FirstYear–LastYear).
func EarliestWritDay(c vordering.Country, from date.Date) (WritDay, error) {
	return Rules{}.EarliestWritDay(c, from)
}

// EarliestWritDay is [EarliestWritDay] on the rules' calendars (a Dutch rule
// set with supplied equated days closes those days to writs too).
func (r Rules) EarliestWritDay(c vordering.Country, from date.Date) (WritDay, error) {
	cal := r.calendarOf(c)
	rule, known := writRuleOf(c)
	if cal == nil || !known {
		return WritDay{}, vordering.Invalid("country", c, "writ days are known for BE and NL")
	}
	w := WritDay{Country: c, From: from, Cite: rule.cite, Known: rule.known}
	if rule.saturdayClosed {
		w.Note = rule.note
	}
	z := dayNum(from)
	for i := 0; i <= maxWritSkip; i++ {
		why, open, ok := writClosed(rule, cal, z+i)
		if !ok {
			return WritDay{}, vordering.Invalid("from", from, "outside the calendar's years "+strconv.Itoa(FirstYear)+"–"+strconv.Itoa(LastYear))
		}
		if open {
			w.Date = fromNum(z + i)
			return w, nil
		}
		w.Skipped = append(w.Skipped, fromNum(z+i).String()+" "+weekdayName(z+i)+": "+why)
	}
	// Unreachable with the built-in calendars; a supplied decree could in
	// theory close a long run of days.
	return WritDay{}, vordering.Invalid("from", from, "no writ day within "+strconv.Itoa(maxWritSkip)+" days")
}

// writClosed reports why day z is closed to writs under rule (empty when
// open), whether it is open, and ok=false outside the calendar.
func writClosed(rule writRule, cal *calendar, z int) (why string, open, ok bool) {
	closed, ok := cal.closedNum(z)
	if !ok {
		return "", false, false
	}
	if !closed {
		return "", true, true
	}
	if name := holidayName(cal, z); name != "" {
		return name, false, true
	}
	switch weekday(z) {
	case time.Sunday:
		return "Sunday", false, true
	case time.Saturday:
		if !rule.saturdayClosed {
			return "", true, true
		}
		return "Saturday (precaution: art. 47 Ger.W. not confirmed for Saturdays)", false, true
	}
	return "closed", false, true
}

// holidayName returns the name of the holiday on day z, or "".
func holidayName(cal *calendar, z int) string {
	y := fromNum(z).Year()
	if y < FirstYear || y > LastYear {
		return ""
	}
	for _, e := range cal.byYear[y-FirstYear] {
		if int(e.day) == z {
			return cal.kinds[e.kind].Name
		}
	}
	return ""
}
