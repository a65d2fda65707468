package terms

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
)

// This file is the seam to package deadlines: every statutory term and
// working-day question of the procedure packages goes through a Calendar.

// Calendar answers the statutory-term and working-day questions of the
// procedure packages on a rule set of package deadlines; the zero value is
// the built-in calendars.
type Calendar struct {
	Rules deadlines.Rules
}

// Term returns the last day of the statutory term k of country c that runs
// from event (the event day not counted), with the term's citation.
func (cal Calendar) Term(c vordering.Country, event date.Date, k deadlines.TermKind) (date.Date, vordering.Citation, error) {
	e, err := deadlines.Lookup(c, k)
	if err != nil {
		return vordering.NoDate(), vordering.Citation{}, err
	}
	dl, err := cal.Rules.Compute(c, event, e.Term)
	if err != nil {
		return vordering.NoDate(), e.Cite, err
	}
	return dl.Date, e.Cite, nil
}

// IsWorkingDay reports whether d is a working day of country c's deadline
// calendar (not a Saturday, Sunday or holiday). Outside the calendar's years
// it is false.
func (cal Calendar) IsWorkingDay(c vordering.Country, d date.Date) bool {
	return cal.Rules.IsWorkingDay(c, d)
}

// NthWorkingDayAfter returns the n-th working day after day (day itself not
// counted), and false if none is found within the calendar
// ([deadlines.Rules.NthWorkingDayAfter]).
func (cal Calendar) NthWorkingDayAfter(c vordering.Country, day date.Date, n int) (date.Date, bool) {
	d, err := cal.Rules.NthWorkingDayAfter(c, day, n)
	return d, err == nil
}

// IsHoliday reports whether d is a holiday of country c's deadline calendar.
func (cal Calendar) IsHoliday(c vordering.Country, d date.Date) bool {
	return cal.Rules.IsHoliday(c, d)
}

// PresumedDelivery returns the day a Dutch letter posted on posted may be
// presumed delivered (HR 25 November 2016, ECLI:NL:HR:2016:2704;
// [deadlines.Rules.PresumedDelivery]), and false past the calendar.
func (cal Calendar) PresumedDelivery(posted date.Date) (date.Date, bool) {
	d, err := cal.Rules.PresumedDelivery(posted)
	return d, err == nil
}

// ReceiptOf is the day from which a letter's term runs. Netherlands: the
// given receipt, or else the presumed delivery of a paper letter (second
// delivery day, HR 25 November 2016) and the sending day of an electronic
// one. Belgium (art. XIX.2 WER, as Eligibility reads it): the third working
// day after a paper letter, the working day after an electronic one; the
// given receipt is not used, the law deeming the day.
func (cal Calendar) ReceiptOf(c vordering.Country, a casefile.Act) date.Date {
	if c == vordering.BE {
		n := 3
		if a.Electronic {
			n = 1
		}
		if d, ok := cal.NthWorkingDayAfter(vordering.BE, a.Date, n); ok {
			return d
		}
		return a.Date
	}
	if vordering.HasDate(a.Received) {
		return a.Received
	}
	if !a.Electronic {
		if d, ok := cal.PresumedDelivery(a.Date); ok {
			return d
		}
	}
	return a.Date
}

// End returns the Date of statutory term k of country c from event. For a
// term counted backward (the Dutch summons term, counted back from the
// hearing), it returns the earliest hearing day whose term still allows
// service on event.
func (cal Calendar) End(c vordering.Country, event date.Date, k deadlines.TermKind) (date.Date, error) {
	e, err := deadlines.Lookup(c, k)
	if err != nil {
		return vordering.NoDate(), err
	}
	if !e.Term.Backward {
		dl, err := cal.Rules.Compute(c, event, e.Term)
		return dl.Date, err
	}
	for h := event.Add(1); h.Before(event.Add(60)); h = h.Add(1) {
		dl, err := cal.Rules.Compute(c, h, e.Term)
		if err != nil {
			return vordering.NoDate(), err
		}
		if !dl.Date.Before(event) {
			return h, nil
		}
	}
	return vordering.NoDate(), vordering.Invalid("event", event, "no hearing day found for the summons term")
}

// After is the first day after term k that ended (or, for a free-days or
// backward term, that gave) end.
func After(c vordering.Country, k deadlines.TermKind, end date.Date) date.Date {
	e, err := deadlines.Lookup(c, k)
	if err == nil && (e.Term.Unit == deadlines.FreeDay || e.Term.Backward) {
		return end
	}
	return end.Add(1)
}
