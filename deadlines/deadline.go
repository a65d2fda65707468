package deadlines

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Flags mark a Deadline whose answer rests on a reading the library chose or
// on a calendar it could not fully confirm. A zero Flags means none applies.
type Flags uint8

// The flags.
const (
	// UnsettledMonthEnd: a month term whose day number does not exist in the
	// target month (BE art. 54; see Compute), or a backward month term that
	// was clamped to a month end.
	UnsettledMonthEnd Flags = 1 << iota
	// UnsettledWaitingPeriod: a FreeDays term; whether the weekend and
	// holiday rule moves the end of a waiting period is not sourced, and the
	// library does not move it.
	UnsettledWaitingPeriod
	// UnsettledBackward: a term counted backward; it is not extended (Atw
	// art. 1 lid 2) but moved back to the previous working day when it falls
	// on a closed day (practitioners' reading), and Atw art. 2 is not applied.
	UnsettledBackward
	// CalendarProjected: the term starts in a year for which the holiday list
	// is a projection of a later law (BE before 1974; NL before the Atw took
	// effect on 1 April 1965, or before 1982 when 5 May may not yet have been
	// in art. 3).
	CalendarProjected
	// DecreeDaysUnconfirmed: NL only; the term touches a year for which the
	// days equated with a holiday by decree (art. 3 lid 3 Atw) are not all
	// known to the library, so a term ending near such a day may run longer.
	DecreeDaysUnconfirmed
)

var flagNames = [...]string{"unsettled-month-end", "unsettled-waiting-period", "unsettled-backward", "calendar-projected", "decree-days-unconfirmed"}

// Has reports whether every flag in g is set in f.
func (f Flags) Has(g Flags) bool { return f&g == g }

// Names returns the names of the flags set, in order.
func (f Flags) Names() []string {
	var out []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// String joins the names with "|", or returns "none".
func (f Flags) String() string {
	if f == 0 {
		return "none"
	}
	return strings.Join(f.Names(), "|")
}

// MarshalJSON encodes the flags as a list of names.
func (f Flags) MarshalJSON() ([]byte, error) {
	n := f.Names()
	if n == nil {
		n = []string{}
	}
	return json.Marshal(n)
}

// UnmarshalJSON decodes a list of names.
func (f *Flags) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	var v Flags
	for _, n := range names {
		found := false
		for i, m := range flagNames {
			if m == n {
				v |= 1 << i
				found = true
			}
		}
		if !found {
			return vordering.Invalid("Flags", n, "not a defined flag")
		}
	}
	*f = v
	return nil
}

// Rule is the legal rule a step of a Deadline applied.
type Rule uint8

// The rules a step can apply.
const (
	_ Rule = iota // the zero Rule names no rule
	// RuleCount: the counting rule gave the unadjusted end.
	RuleCount
	// RuleCountBackward: the term was counted back from the event.
	RuleCountBackward
	// RuleWaiting: a FreeDays waiting period gave the first day of the next act.
	RuleWaiting
	// RuleMonthEndShort: NL, the target month has no such day number; the term
	// ends on its last day.
	RuleMonthEndShort
	// RuleMonthEndUnsettled: BE, the start day's number does not exist in the
	// target month; the last day of that month was taken (unsettled).
	RuleMonthEndUnsettled
	// RuleAbroad: BE art. 55 extension.
	RuleAbroad
	// RuleVacation: BE art. 50 al. 2 judicial-vacation extension.
	RuleVacation
	// RuleTwoWorkingDays: NL Atw art. 2.
	RuleTwoWorkingDays
	// RuleRollForward: BE art. 53 / NL Atw art. 1 lid 1.
	RuleRollForward
	// RuleBackwardNotExtended: a backward term is not moved (Atw art. 1 lid 2).
	RuleBackwardNotExtended
	// RuleAtwExcluded: NL Atw art. 4, the Act does not apply to the term.
	RuleAtwExcluded
	// RuleNoExtension: the term is marked as not moving (Term.NoExtension).
	RuleNoExtension
	// RuleRollBackward: a backward deadline on a Saturday, Sunday or holiday
	// moved to the previous working day.
	RuleRollBackward
)

// ruleNames is the text form of Rule; the zero Rule has no name.
var ruleNames = enumtext.New[Rule]("Rule", []string{
	RuleCount: "count", RuleCountBackward: "count-backward", RuleWaiting: "waiting-period",
	RuleMonthEndShort: "month-end-short", RuleMonthEndUnsettled: "month-end-unsettled",
	RuleAbroad: "abroad", RuleVacation: "judicial-vacation", RuleTwoWorkingDays: "two-working-days",
	RuleRollForward: "roll-forward", RuleBackwardNotExtended: "backward-not-extended",
	RuleAtwExcluded: "atw-excluded", RuleNoExtension: "no-extension", RuleRollBackward: "roll-backward",
})

// String returns the rule's name, e.g. "roll-forward", or "Rule(n)" for an
// undefined value.
func (r Rule) String() string { return ruleNames.String(r) }

// MarshalText encodes the rule as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (r Rule) MarshalText() ([]byte, error) { return ruleNames.MarshalText(r) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput.
func (r *Rule) UnmarshalText(b []byte) error { return ruleNames.UnmarshalText(b, r) }

// maxSteps bounds the steps a Deadline records; Compute records at most six.
const maxSteps = 8

type step struct {
	rule     Rule
	from, to int32
}

// Deadline is the answer of Compute: the day, the end before any move, and
// the steps that led from one to the other. It is a plain value; the
// explanation is rendered only when asked for (Steps, Explain, String,
// MarshalJSON).
type Deadline struct {
	Country vordering.Country `json:"country"`
	Event   date.Date         `json:"event"`
	Term    Term              `json:"term"`
	// Unadjusted is the end given by the counting rule alone, before any
	// extension or move.
	Unadjusted date.Date `json:"unadjusted"`
	// Date is the answer: the last day to act (forward and backward terms),
	// or the first day of the next act (FreeDays).
	Date  date.Date `json:"date"`
	Flags Flags     `json:"flags"`

	steps [maxSteps]step
	n     uint8
	cal   *calendar // the calendar the deadline was computed on
}

func (d *Deadline) add(r Rule, from, to int) {
	if int(d.n) < maxSteps {
		d.steps[d.n] = step{rule: r, from: int32(from), to: int32(to)}
		d.n++
	}
}

// Step is one step of a Deadline's explanation.
type RuleStep struct {
	Rule Rule      `json:"rule"`
	From date.Date `json:"from"`
	To   date.Date `json:"to"`
	// Text explains the step in English, naming the days skipped (weekday or
	// holiday name) for a move.
	Text string             `json:"text"`
	Cite vordering.Citation `json:"cite"`
}

// Steps returns the steps in the order they were applied.
func (d Deadline) Steps() []RuleStep {
	out := make([]RuleStep, 0, d.n)
	for i := 0; i < int(d.n); i++ {
		s := d.steps[i]
		out = append(out, RuleStep{
			Rule: s.rule, From: fromNum(int(s.from)), To: fromNum(int(s.to)),
			Text: d.stepText(s), Cite: d.ruleCite(s.rule),
		})
	}
	return out
}

// Citations returns every source the answer used, without duplicates: the
// statutory term's article (for a catalogue term), the rules applied, and the
// holidays that moved the end.
func (d Deadline) Citations() []vordering.Citation {
	var out []vordering.Citation
	addC := func(c vordering.Citation) {
		if c.IsZero() {
			return
		}
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	}
	if c, ok := kindCite(d.Country, d.Term.Kind); ok {
		addC(c)
	}
	for i := 0; i < int(d.n); i++ {
		s := d.steps[i]
		addC(d.ruleCite(s.rule))
		if s.rule == RuleRollForward || s.rule == RuleTwoWorkingDays {
			for z := int(s.from); z <= int(s.to); z++ {
				for _, h := range holidaysOn(d.calendar(), z) {
					addC(h.Cite)
				}
			}
		}
	}
	return out
}

var (
	citeBE52   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 52"}
	citeBE53   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 53"}
	citeBE54   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 54"}
	citeBE50   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 50 al. 2", URL: "https://www.elfri.be"}
	citeNLDay  = vordering.Citation{Instrument: "Hoge Raad 20 mei 2011", Publication: "ECLI:NL:HR:2011:BP6999", URL: "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2011:BP6999"}
	citeNLMon  = vordering.Citation{Instrument: "Hoge Raad 1 september 2017", Publication: "ECLI:NL:HR:2017:2225", URL: "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2017:2225"}
	citeAtw1   = vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 1 lid 1", URL: "https://wetten.overheid.nl/BWBR0002448"}
	citeAtw12  = vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 1 lid 2", URL: "https://wetten.overheid.nl/BWBR0002448"}
	citeAtw2   = vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 2", URL: "https://wetten.overheid.nl/BWBR0002448"}
	citeAtw4   = vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 4", URL: "https://wetten.overheid.nl/BWBR0002448"}
	citeBE48   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 48"}
	citeBEFree = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 52 (waiting period)"}
)

func (d Deadline) ruleCite(r Rule) vordering.Citation {
	be := d.Country == vordering.BE
	month := d.Term.Unit == Month || d.Term.Unit == Year
	switch r {
	case RuleCountBackward:
		if be {
			return citeBE52
		}
		return citeAtw12
	case RuleCount:
		switch {
		case be && month:
			return citeBE54
		case be:
			return citeBE52
		case month:
			return citeNLMon
		default:
			return citeNLDay
		}
	case RuleWaiting:
		if be {
			return citeBEFree
		}
		return citeNLDay
	case RuleMonthEndShort:
		return citeNLMon
	case RuleMonthEndUnsettled:
		return citeBE54
	case RuleAbroad:
		return art55Cite
	case RuleVacation:
		return citeBE50
	case RuleTwoWorkingDays:
		return citeAtw2
	case RuleRollForward:
		if be {
			return citeBE53
		}
		return citeAtw1
	case RuleBackwardNotExtended, RuleRollBackward:
		if be {
			return citeBE53
		}
		return citeAtw12
	case RuleAtwExcluded:
		return citeAtw4
	case RuleNoExtension:
		if be {
			return citeBE48
		}
		return citeAtw4
	}
	return vordering.Citation{}
}

func fmtDay(z int) string {
	return fromNum(z).String() + " (" + weekdayName(z) + ")"
}

// closedReasons names why each day from..to (both included) is closed.
func (d Deadline) closedReasons(from, to int) string {
	var parts []string
	for z := from; z <= to; z++ {
		hs := holidaysOn(d.calendar(), z)
		switch {
		case len(hs) > 0:
			names := make([]string, len(hs))
			for i, h := range hs {
				names[i] = h.Name
			}
			parts = append(parts, fromNum(z).String()+" "+strings.Join(names, " and "))
		case isWeekend(z):
			parts = append(parts, fromNum(z).String()+" "+weekdayName(z))
		}
	}
	return strings.Join(parts, ", ")
}

func (d Deadline) stepText(s step) string {
	from, to := int(s.from), int(s.to)
	be := d.Country == vordering.BE
	t := d.Term
	switch s.rule {
	case RuleCount:
		switch {
		case be && (t.Unit == Month || t.Unit == Year):
			return "counting starts the day after the event, on " + fmtDay(from+1) +
				"; a term in months runs to the day before the same day number: ends " + fmtDay(to)
		case t.Unit == Month || t.Unit == Year:
			return "the event day is not counted; a term in months ends on the same day number: " + fmtDay(to)
		default:
			return "the event day " + fromNum(from).String() + " is not counted; " + t.String() + " end on " + fmtDay(to)
		}
	case RuleCountBackward:
		return "counted back from " + fromNum(from).String() + " (not counted): the whole term must lie between the act and the event, so the act must be done by " + fmtDay(to)
	case RuleWaiting:
		return strconv.Itoa(t.N) + " whole days must pass after " + fromNum(from).String() + " (neither end counted): the next act may take place from " + fmtDay(to)
	case RuleMonthEndShort:
		return "the target month is shorter than the event's day number: the term ends on its last day, " + fmtDay(to)
	case RuleMonthEndUnsettled:
		return "UNSETTLED: the start day's number does not exist in the target month; the library takes the last day of that month, " + fmtDay(to) + ", the earliest reading in use"
	case RuleAbroad:
		return "party abroad (" + t.Abroad.String() + "): +" + strconv.Itoa(t.Abroad.Days()) + " days, from " + fromNum(from).String() + " to " + fmtDay(to)
	case RuleVacation:
		return "an appeal or opposition term that starts and ends in the judicial vacation (1 July–31 August) is extended to the 15th day of the judicial year: " + fmtDay(to)
	case RuleTwoWorkingDays:
		return "the term must contain two days that are not Saturday, Sunday or holiday (closed: " + d.closedReasons(int(d.steps[0].from)+1, from) + "): extended from " + fromNum(from).String() + " to " + fmtDay(to)
	case RuleRollForward:
		return "the last day is not a working day (" + d.closedReasons(from, to-1) + "): moved to " + fmtDay(to)
	case RuleBackwardNotExtended:
		if be {
			return "a term counted backward: the day is a working day and is not moved (art. 53 concerns forward terms)"
		}
		return "a term counted backward is not extended (Atw art. 1 lid 2); the day is a working day; Atw art. 2 is not applied (UNSETTLED: not sourced)"
	case RuleRollBackward:
		return "a term counted backward is never extended, which would shorten it; the day is not a working day (" + d.closedReasons(to+1, from) +
			"): moved back to " + fmtDay(to) + " (UNSETTLED: practitioners' reading, creditexpo.nl)"
	case RuleAtwExcluded:
		return "the Algemene termijnenwet does not apply to a term of more than 90 days, 12 weeks or 3 months, or in years: no extension"
	case RuleNoExtension:
		if be {
			return "not a term that art. 53 moves (art. 48: procedural terms only, or marked as not extended)"
		}
		return "marked as excluded from the Algemene termijnenwet: no extension"
	}
	return s.rule.String()
}

// String renders the deadline on one line, e.g.
// "BE 1 month from 2025-06-30: 2025-09-15 (Monday)".
func (d Deadline) String() string {
	head := d.Country.String() + " "
	if d.Term.Kind != 0 {
		head += d.Term.Kind.String() + " "
	}
	return head + d.Term.String() + " from " + d.Event.String() + ": " + fmtDay(dayNum(d.Date))
}

// Explain renders the deadline with its steps, flags and sources on several
// lines, for a person to read.
func (d Deadline) Explain() string {
	var b strings.Builder
	b.WriteString(d.String())
	b.WriteByte('\n')
	if d.Term.Backward {
		b.WriteString("  last day to act before the event: ")
	} else if d.Term.Unit == FreeDay {
		b.WriteString("  first day the next act may take place: ")
	} else {
		b.WriteString("  last day to act: ")
	}
	b.WriteString(fmtDay(dayNum(d.Date)))
	if !d.Unadjusted.Equal(d.Date) {
		b.WriteString(" (unadjusted end ")
		b.WriteString(d.Unadjusted.String())
		b.WriteByte(')')
	}
	b.WriteByte('\n')
	for i, s := range d.Steps() {
		b.WriteString("  ")
		b.WriteString(strconv.Itoa(i + 1))
		b.WriteString(". ")
		b.WriteString(s.Text)
		if !s.Cite.IsZero() {
			b.WriteString(" [")
			b.WriteString(s.Cite.String())
			b.WriteByte(']')
		}
		b.WriteByte('\n')
	}
	if d.Flags != 0 {
		b.WriteString("  flags: ")
		b.WriteString(d.Flags.String())
		b.WriteByte('\n')
	}
	b.WriteString("  sources:")
	for _, c := range d.Citations() {
		b.WriteString("\n    - ")
		b.WriteString(c.String())
	}
	b.WriteByte('\n')
	return b.String()
}

// MarshalJSON encodes the deadline with its steps and citations.
func (d Deadline) MarshalJSON() ([]byte, error) {
	type plain Deadline
	return json.Marshal(struct {
		plain
		Steps       []RuleStep            `json:"steps"`
		Citations   []vordering.Citation  `json:"citations"`
		Assurance   vordering.Assurance   `json:"assurance"`
		Stamp       vordering.Stamp       `json:"stamp"`
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(d), d.Steps(), d.Citations(), d.Assurance(), d.Stamp(), d.Explanation()})
}

// calendar returns the calendar d was computed on (the built-in one for a
// Deadline decoded from JSON).
func (d Deadline) calendar() *calendar {
	if d.cal != nil {
		return d.cal
	}
	return Rules{}.calendarOf(d.Country)
}

// Stamp says which rules produced the deadline: the release and the digest
// of the rule set's tables.
func (d Deadline) Stamp() vordering.Stamp {
	if cal := d.calendar(); cal != nil && cal.stamp.Digest != "" {
		return cal.stamp
	}
	return builtinStamp()
}

// Assurance says how sure the deadline is. The counting rules and the
// statutory holidays are known from the statutes' text and at least two
// sources; for the Netherlands the days equated by decree (art. 3 lid 3
// Atw) of every year the term touches are named with their row. A term that
// touches a year whose decree days are not all known, or a year before the
// holiday tables begin (flags DecreeDaysUnconfirmed, CalendarProjected), is
// provisional.
func (d Deadline) Assurance() vordering.Assurance {
	a := vordering.Assurance{Level: vordering.TwoSources}
	if cal := d.calendar(); d.Country == vordering.NL && cal != nil && cal.decree != nil {
		y1, y2 := d.Event.Year(), d.Date.Year()
		if y2 < y1 {
			y1, y2 = y2, y1
		}
		for y := y1; y <= y2; y++ {
			if row, err := cal.decree.At(ymd(y, 7, 1)); err == nil {
				a = a.Add(cal.decree.Ref(row))
			}
		}
	}
	if d.Flags&(DecreeDaysUnconfirmed|CalendarProjected) != 0 {
		a.Provisional = true
	}
	if known := KnownOf(d.Country, d.Term.Kind); known < a.Level {
		a.Level, a.Provisional = known, a.Provisional || known < vordering.Settled
	}
	return a
}

// KnownOf returns how sure the catalogue's term of kind k in country c is:
// its Known level, or TwoSources when the entry does not lower it (and for
// a kind not in the catalogue, which only its caller's figures define).
func KnownOf(c vordering.Country, k TermKind) vordering.Confidence {
	if c.Valid() && k.Valid() {
		if e := catalogueIndex[c][k]; e != nil && e.Known != 0 {
			return e.Known
		}
	}
	return vordering.TwoSources
}

// Explanation returns the steps of the computation as the library's common
// explanation: one step per rule applied, its value the day it gave.
func (d Deadline) Explanation() vordering.Explanation {
	steps := d.Steps()
	out := make(vordering.Explanation, 0, len(steps)+1)
	for _, s := range steps {
		out = append(out, vordering.Step{What: s.Text, Value: vordering.DateValue(s.To), Rule: "deadlines." + s.Rule.String(), Citation: s.Cite})
	}
	what := "Last day to act"
	if d.Term.Backward {
		what = "Last day to act before the event"
	} else if d.Term.Unit == FreeDay {
		what = "First day the next act may take place"
	}
	var cite vordering.Citation
	if cs := d.Citations(); len(cs) > 0 {
		cite = cs[0]
	}
	return append(out, vordering.Step{What: what, Value: vordering.DateValue(d.Date), Rule: "deadlines.answer", Citation: cite})
}
