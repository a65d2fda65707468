package deadlines

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Compute returns the deadline of term t that runs from event in country c.
//
// For a forward term, Deadline.Date is the last day on which the act can still
// validly be done; for a FreeDays term it is the first day on which the next
// act may take place; for a term counted backward (Term.Backward) it is the
// last day on which the act can be done before the event. The day of the
// event is never counted.
//
// Belgium (Gerechtelijk Wetboek):
//   - art. 52: counting starts the day after the event; every calendar day
//     counts. A term of n days ends on event + n.
//   - art. 54: a term in months or years runs "from the nth to the day before
//     the nth": counting starts on the day after the event, and the term ends
//     the day before the same day number n months later (served 30 June →
//     runs from 1 July → ends 31 July; served 28 February → ends 31 March).
//     Unsettled case: when the start day's number does not exist in the
//     target month (counting starts 31 January, one month), the library takes
//     the last day of the target month (28/29 February), the earliest of the
//     readings in use, so an act done by then is in time under any reading.
//     The Deadline then carries UnsettledMonthEnd and a step that says so.
//   - art. 55: Term.Abroad adds 15, 30 or 80 days to the end.
//   - art. 50 al. 2: an appeal or opposition term (Term.AppealOrOpposition)
//     that starts and ends between 1 July and 31 August is extended to
//     15 September (the 15th day of the judicial year). "Ends" is the end
//     after art. 54 and art. 55, before art. 53.
//   - art. 53: a last day on a Saturday, Sunday or legal holiday moves to the
//     next working day (not for Term.NoExtension or FreeDays; backward terms
//     move to the previous working day, see below).
//
// Netherlands:
//   - days and weeks: the event day is not counted (HR 20 May 2011,
//     ECLI:NL:HR:2011:BP6999), so n days end on event + n and n weeks on the
//     same weekday n weeks later;
//   - months: the term ends on the same day number n months after the event,
//     or on the last day of a shorter month (HR 1 September 2017,
//     ECLI:NL:HR:2017:2225: judgment 31 August + 3 months → 30 November);
//   - Atw art. 2: a term of at least three days is extended until it contains
//     two days that are not a Saturday, Sunday or holiday;
//   - Atw art. 1 lid 1: a last day on a Saturday, Sunday or holiday moves to
//     the next day that is none of these;
//   - Atw art. 1 lid 2: a term counted backward is not extended. A backward
//     deadline that falls on a Saturday, Sunday or holiday is moved to the
//     previous working day, the practitioners' reading (creditexpo.nl) that
//     keeps the whole term intact; Atw art. 2 is not applied to it (not
//     sourced either way). Flagged UnsettledBackward. The same is done for a
//     Belgian backward term, for which art. 53 says nothing.
//   - Atw art. 4: terms of more than 90 days, 12 weeks or 3 months, and terms
//     in years, are not extended; Term.NoExtension excludes others.
//
// Errors (all wrapping vordering.ErrInvalidInput): an unsupported country; a
// term of zero or negative length or an undefined unit; no event date (the
// zero date); an event or a result outside FirstYear–LastYear; an art. 55 or art. 50 option on a Dutch term.
// Compute does not allocate.
func Compute(c vordering.Country, event date.Date, t Term) (Deadline, error) {
	return Rules{}.Compute(c, event, t)
}

// Compute is [Compute] on the rules' calendars.
func (r Rules) Compute(c vordering.Country, event date.Date, t Term) (Deadline, error) {
	var d Deadline
	cal := r.calendarOf(c)
	if cal == nil {
		return d, vordering.Invalid("Country", c, "not a supported country")
	}
	if err := t.validate(); err != nil {
		return d, err
	}
	if event.IsZero() {
		return d, vordering.Invalid("event", "no date", "the event date is required (the zero date means none was given)")
	}
	ev := dayNum(event)
	if _, ok := cal.closedNum(ev); !ok {
		return d, vordering.Invalid("event", event, "outside the calendar years 1900–2199")
	}
	if c == vordering.NL && t.Abroad != Domestic {
		return d, vordering.Invalid("Term.Abroad", t.Abroad.String(), "art. 55 Ger.W. is Belgian; Dutch terms for parties abroad are separate kinds (e.g. VerzetEightWeeks)")
	}
	if c == vordering.NL && t.AppealOrOpposition {
		return d, vordering.Invalid("Term.AppealOrOpposition", true, "the judicial vacation of art. 50 Ger.W. is Belgian")
	}
	d.Country, d.Event, d.Term, d.cal = c, event, t, cal

	if t.Backward {
		return d.backward(cal, ev)
	}

	var end int
	switch t.Unit {
	case Day:
		end = ev + t.N
		d.add(RuleCount, ev, end)
	case Week:
		end = ev + 7*t.N
		d.add(RuleCount, ev, end)
	case FreeDay:
		end = ev + t.N + 1
		d.add(RuleWaiting, ev, end)
		d.Flags |= UnsettledWaitingPeriod
	case Month, Year:
		months := t.N
		if t.Unit == Year {
			months *= 12
		}
		if c == vordering.BE {
			// art. 54: from the start day (event + 1) to the day before the
			// same day number `months` later.
			nth, clamped := addMonthsClamp(ev+1, months)
			if clamped {
				end = nth // the last day of the target month
				d.add(RuleCount, ev, end)
				d.add(RuleMonthEndUnsettled, ev+1, end)
				d.Flags |= UnsettledMonthEnd
			} else {
				end = nth - 1
				d.add(RuleCount, ev, end)
			}
		} else {
			var clamped bool
			end, clamped = addMonthsClamp(ev, months)
			d.add(RuleCount, ev, end)
			if clamped {
				d.add(RuleMonthEndShort, ev, end)
			}
		}
	}
	d.Unadjusted = fromNum(end)
	if _, ok := cal.closedNum(end); !ok {
		return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
	}

	extend := !t.NoExtension && t.Unit != FreeDay
	if c == vordering.BE {
		if t.Abroad != Domestic {
			to := end + t.Abroad.Days()
			d.add(RuleAbroad, end, to)
			end = to
		}
		if t.AppealOrOpposition {
			y := yearOf(ev + 1)
			vs, ve := daysFromCivil(y, 7, 1), daysFromCivil(y, 8, 31)
			if ev+1 >= vs && end <= ve && end >= vs {
				to := daysFromCivil(y, 9, 15)
				d.add(RuleVacation, end, to)
				end = to
			}
		}
	} else {
		if atwExcluded(t) {
			d.add(RuleAtwExcluded, end, end)
			extend = false
		}
		if extend && end-ev >= 3 {
			// Atw art. 2: at least two days that are not Saturday, Sunday or
			// holiday inside the term.
			n := 0
			for z := ev + 1; z <= end && n < 2; z++ {
				if closed, _ := cal.closedNum(z); !closed {
					n++
				}
			}
			if n < 2 {
				z := end
				for n < 2 {
					z++
					closed, ok := cal.closedNum(z)
					if !ok {
						return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
					}
					if !closed {
						n++
					}
				}
				d.add(RuleTwoWorkingDays, end, z)
				end = z
			}
		}
	}
	if extend {
		z := end
		for {
			closed, ok := cal.closedNum(z)
			if !ok {
				return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
			}
			if !closed {
				break
			}
			z++
		}
		if z != end {
			d.add(RuleRollForward, end, z)
			end = z
		}
	} else if t.NoExtension {
		d.add(RuleNoExtension, end, end)
	}
	if _, ok := cal.closedNum(end); !ok {
		return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
	}
	d.Date = fromNum(end)
	d.setCalendarFlags(ev, end)
	return d, nil
}

// atwExcluded reports whether art. 4 sub a Atw takes the term out of the Act:
// more than 90 days, more than twelve weeks, more than three months, or one or
// more years.
func atwExcluded(t Term) bool {
	switch t.Unit {
	case Day:
		return t.N > 90
	case Week:
		return t.N > 12
	case Month:
		return t.N > 3
	case Year:
		return true
	}
	return false
}

func (d Deadline) backward(cal *calendar, ev int) (Deadline, error) {
	t := d.Term
	anchor := ev - 1 // the last day of the term: the event day is not counted
	var at int
	switch t.Unit {
	case Day, FreeDay:
		at = anchor - t.N
	case Week:
		at = anchor - 7*t.N
	case Month, Year:
		months := t.N
		if t.Unit == Year {
			months *= 12
		}
		var clamped bool
		at, clamped = addMonthsClamp(anchor, -months)
		if clamped {
			d.Flags |= UnsettledMonthEnd
		}
	}
	if _, ok := cal.closedNum(at); !ok {
		return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
	}
	d.add(RuleCountBackward, ev, at)
	d.Unadjusted = fromNum(at)
	d.Flags |= UnsettledBackward
	// Not extended (Atw art. 1 lid 2): moving later would shorten the term.
	// Practitioners count further back to the previous working day instead
	// (creditexpo.nl, "Algemene termijnenwet: rechter gaat de fout in").
	z := at
	for {
		closed, ok := cal.closedNum(z)
		if !ok {
			return Deadline{}, vordering.Invalid("Term", t.String(), "the deadline falls outside the calendar years 1900–2199")
		}
		if !closed {
			break
		}
		z--
	}
	if z != at {
		d.add(RuleRollBackward, at, z)
	} else {
		d.add(RuleBackwardNotExtended, at, at)
	}
	d.Date = fromNum(z)
	d.setCalendarFlags(at, ev)
	return d, nil
}

// Years before these dates use a projected holiday list (see the tables).
var (
	beProjectedBefore = daysFromCivil(1974, 1, 1)
	nlProjectedBefore = daysFromCivil(1982, 1, 1)
)

func (d *Deadline) setCalendarFlags(from, to int) {
	if d.Country == vordering.BE {
		if from < beProjectedBefore {
			d.Flags |= CalendarProjected
		}
		return
	}
	if from < nlProjectedBefore {
		d.Flags |= CalendarProjected
	}
	y1, y2 := yearOf(from), yearOf(to)
	for y := y1; y <= y2; y++ {
		if y >= FirstYear && y <= LastYear && !d.cal.decreeKnown[y-FirstYear] {
			d.Flags |= DecreeDaysUnconfirmed
			break
		}
	}
}

// weekdayName is used by the explanation.
func weekdayName(z int) string { return weekday(z).String() }
