package vordering

import (
	"errors"
	"fmt"
	"sort"

	"github.com/rickb777/date"
)

// Period is a span of days, both ends included. A zero Until means the span
// is open: still in force, with no end date known.
type Period struct {
	From  date.Date `json:"from"`
	Until date.Date `json:"until,omitzero"`
}

// Open reports whether the period has no end date.
func (p Period) Open() bool { return p.Until.IsZero() }

// Contains reports whether d lies in the period.
func (p Period) Contains(d date.Date) bool {
	return !d.Before(p.From) && (p.Until.IsZero() || !d.After(p.Until))
}

// String renders "2024-01-01..2024-06-30", or "2024-07-01.." for an open period.
func (p Period) String() string {
	if p.Until.IsZero() {
		return p.From.String() + ".."
	}
	return p.From.String() + ".." + p.Until.String()
}

// Row is one effective-dated entry of a [Timeline]: the value that applied
// from From to Until (both included; a zero Until means still in force), and
// the citation of the law or decree that set it.
type Row[T any] struct {
	From  date.Date `json:"from"`           // first day in force
	Until date.Date `json:"until,omitzero"` // last day in force; zero: still in force
	Value T         `json:"value"`          // the figure or rule
	Cite  Citation  `json:"cite"`           // where the figure comes from
	Note  string    `json:"note,omitempty"` // remarks for auditors, e.g. where sources disagree
	// Known says how the figure is known; zero takes the table's
	// [Meta.Known]. [Timeline.Validate] refuses a row left with neither.
	Known Confidence `json:"known,omitzero"`
	// Sources names the sources that confirm the figure beyond the
	// citation (abbreviations are explained in the table's legend), so
	// that the citation itself names only the instrument and where it was
	// published.
	Sources []string `json:"sources,omitempty"`
}

// Period returns the span the row is in force.
func (r Row[T]) Period() Period { return Period{From: r.From, Until: r.Until} }

// Timeline is an effective-dated table: rows sorted by date, none overlapping,
// each cited. Lookups take an as-of date; a date that no row covers returns a
// [NoRuleError] wrapping [ErrNoRuleInForce]. A Timeline is a plain value,
// never modified after it is built, so it is safe for concurrent use.
type Timeline[T any] struct {
	Name string   // what the table holds, used in errors and in RULES.md
	Rows []Row[T] // sorted by From, not overlapping
	Meta
}

// Meta is what a table says about itself as a whole: how its rows are known
// unless a row says otherwise, the day its figures were last checked against
// their sources, and why it stops where it stops.
type Meta struct {
	// Known is the level of every row that does not state its own.
	Known Confidence `json:"known,omitzero"`
	// Checked is the day the figures were last checked against their
	// sources; RULES.md prints it with the table.
	Checked date.Date `json:"checked,omitzero"`
	// Trailing explains why the table ends where it does when its last row
	// is not open, e.g. "2027: the decree is not yet published"; errors for
	// a later date repeat it.
	Trailing string `json:"trailing,omitempty"`
	// SuppliedBy names the method through which a caller can bring rows of
	// this table (e.g. "costs.Rules.WithRates"); errors name it as a way
	// forward. Empty when the table takes no supplied rows.
	SuppliedBy string `json:"suppliedBy,omitempty"`
}

// Clone returns a copy of t that shares nothing a caller can change with
// t: the rows and each row's Sources are copied. The values are copied as
// values; a T that holds slices or maps is copied by cloneValue when it is
// not nil.
func (t Timeline[T]) Clone(cloneValue func(T) T) Timeline[T] {
	rows := make([]Row[T], len(t.Rows))
	for i, r := range t.Rows {
		r.Sources = append([]string(nil), r.Sources...)
		if cloneValue != nil {
			r.Value = cloneValue(r.Value)
		}
		rows[i] = r
	}
	t.Rows = rows
	return t
}

// With returns t with its [Meta] replaced by m.
func (t Timeline[T]) With(m Meta) Timeline[T] {
	t.Meta = m
	return t
}

// Level returns how row r of the table is known: its own level, or the
// table's when the row states none.
func (t Timeline[T]) Level(r Row[T]) Confidence {
	if r.Known != 0 {
		return r.Known
	}
	return t.Known
}

// Ref names row r of the table for an answer's [Assurance].
func (t Timeline[T]) Ref(r Row[T]) RowRef {
	return RowRef{Table: t.Name, From: r.From, Until: r.Until, Level: t.Level(r)}
}

// Hit is the answer of [Timeline.Lookup]: the row used, its reference for
// the answer's [Assurance] and the last day the value applies.
type Hit[T any] struct {
	Row Row[T] // the row, with Known resolved
	Ref RowRef // the row as the answer names it
	// Until is the last day the value applies in this lookup: the row's own
	// Until, or zero when the row is open or carried forward.
	Until date.Date
	// Carried is true when the row was carried past the table's end under
	// [Policy.CarryForward].
	Carried bool
}

// Lookup returns the row in force on d under policy p. A row below
// p.Minimum is refused with a [NoRuleError] naming its level. A date after
// the last row is refused unless p.CarryForward is set; the last row is
// then returned with level [CarriedForward]. A date in a gap between rows,
// or before the first, is never carried.
func (t Timeline[T]) Lookup(d date.Date, p Policy) (Hit[T], error) {
	if i := t.index(d); i >= 0 {
		r := &t.Rows[i]
		lv := r.Known
		if lv == 0 {
			lv = t.Known
		}
		if !p.Accepts(lv) {
			e := t.noRuleFor(d, p)
			e.Found, e.FoundPeriod = lv, r.Period()
			return Hit[T]{}, e
		}
		h := Hit[T]{Row: *r, Ref: RowRef{Table: t.Name, From: r.From, Until: r.Until, Level: lv}, Until: r.Until}
		h.Row.Known = lv
		return h, nil
	}
	n := len(t.Rows)
	if !p.CarryForward || n == 0 || t.Rows[n-1].Until.IsZero() || !d.After(t.Rows[n-1].Until) || !p.Accepts(CarriedForward) {
		return Hit[T]{}, t.noRuleFor(d, p)
	}
	r := t.Rows[n-1]
	ref := t.Ref(r)
	ref.Level = CarriedForward
	r.Known = CarriedForward
	return Hit[T]{Row: r, Ref: ref, Carried: true}, nil
}

// NewTimeline returns a timeline with the given name and rows. The rows must
// be given in date order; [Timeline.Validate] checks them.
func NewTimeline[T any](name string, rows ...Row[T]) Timeline[T] {
	return Timeline[T]{Name: name, Rows: rows}
}

// At returns the row in force on d.
func (t Timeline[T]) At(d date.Date) (Row[T], error) {
	i := t.index(d)
	if i < 0 {
		var zero Row[T]
		return zero, t.noRule(d)
	}
	return t.Rows[i], nil
}

// Read returns the row in force on d under policy p and records it in the
// answer's assurance a, for code that reads many rows: under the default
// policy it reads the row in place and copies nothing (the row must not be
// changed through the pointer); under any other policy it reads a copy, as
// [Timeline.Lookup] does. until is the last day the row applies in this
// read: its own Until, or zero when it is open or carried forward.
func (t *Timeline[T]) Read(d date.Date, p Policy, a *Assurance) (row *Row[T], until date.Date, err error) {
	if p == (Policy{}) {
		i, err := t.Find(d)
		if err != nil {
			return nil, date.Date{}, err
		}
		r := &t.Rows[i]
		lv := r.Known
		if lv == 0 {
			lv = t.Known
		}
		if a.Level == 0 || lv < Settled || lv < a.Level {
			*a = a.Add(RowRef{Table: t.Name, From: r.From, Until: r.Until, Level: lv})
		}
		return r, r.Until, nil
	}
	h, err := t.Lookup(d, p)
	if err != nil {
		return nil, date.Date{}, err
	}
	*a = a.Add(h.Ref)
	return &h.Row, h.Until, nil
}

// Find returns the position in Rows of the row in force on d, or a
// [NoRuleError] wrapping [ErrNoRuleInForce]. It copies no row, for callers
// that read a row in place.
func (t *Timeline[T]) Find(d date.Date) (int, error) {
	if i := t.index(d); i >= 0 {
		return i, nil
	}
	return -1, t.noRule(d)
}

// index returns the position of the row in force on d, or -1.
func (t Timeline[T]) index(d date.Date) int {
	// The last row whose From is not after d is the only candidate.
	i := sort.Search(len(t.Rows), func(i int) bool { return t.Rows[i].From.After(d) }) - 1
	if i < 0 || !t.Rows[i].Period().Contains(d) {
		return -1
	}
	return i
}

// Between returns the rows in force on at least one day of [from, until], in
// order. It returns a [NoRuleError] for the first day of the span that no row
// covers, so a caller that splits a computation over the rows (interest over
// rate periods) never silently skips a day.
func (t Timeline[T]) Between(from, until date.Date) ([]Row[T], error) {
	if until.Before(from) {
		return nil, Invalid("until", until, "before from "+from.String())
	}
	i := t.index(from)
	if i < 0 {
		return nil, t.noRule(from)
	}
	j := i
	for {
		r := t.Rows[j]
		if r.Until.IsZero() || !r.Until.Before(until) {
			break
		}
		next := r.Until.Add(1)
		if j+1 >= len(t.Rows) || !t.Rows[j+1].From.Equal(next) {
			return nil, t.noRule(next)
		}
		j++
	}
	return t.Rows[i : j+1], nil
}

// Span returns the period the whole table covers, from the first row's start
// to the last row's end (zero Until if the last row is open). Gaps inside are
// reported by [Timeline.Gaps].
func (t Timeline[T]) Span() Period {
	if len(t.Rows) == 0 {
		return Period{}
	}
	return Period{From: t.Rows[0].From, Until: t.Rows[len(t.Rows)-1].Until}
}

// Gaps returns the spans between the first and the last row that no row
// covers. Tests use it to prove that a table has no gap the law does not
// have, or exactly the gaps that its comments explain.
func (t Timeline[T]) Gaps() []Period {
	var gaps []Period
	for i := 1; i < len(t.Rows); i++ {
		prev, cur := t.Rows[i-1], t.Rows[i]
		if prev.Until.IsZero() {
			continue // an overlap; Validate reports it
		}
		if next := prev.Until.Add(1); cur.From.After(next) {
			gaps = append(gaps, Period{From: next, Until: cur.From.Add(-1)})
		}
	}
	return gaps
}

// Validate checks the table's shape: it has a name and at least one row;
// every row has a start date, ends on or after it, and is cited (a citation
// with at least an instrument); rows are sorted and do not overlap; only the
// last row may be open. It returns every problem found, joined.
func (t Timeline[T]) Validate() error {
	var errs []error
	if t.Name == "" {
		errs = append(errs, errors.New("timeline has no name"))
	}
	if len(t.Rows) == 0 {
		errs = append(errs, fmt.Errorf("%s: no rows", t.Name))
	}
	for i, r := range t.Rows {
		if r.From.IsZero() {
			errs = append(errs, fmt.Errorf("%s: row %d has no From date", t.Name, i))
		}
		if !r.Until.IsZero() && r.Until.Before(r.From) {
			errs = append(errs, fmt.Errorf("%s: row %d ends %s before it starts %s", t.Name, i, r.Until, r.From))
		}
		if r.Cite.Instrument == "" {
			errs = append(errs, fmt.Errorf("%s: row %d (from %s) has no citation", t.Name, i, r.From))
		}
		if lv := t.Level(r); !lv.Valid() || lv == CarriedForward {
			errs = append(errs, fmt.Errorf("%s: row %d (from %s) does not say how it is known (Row.Known or Meta.Known)", t.Name, i, r.From))
		}
		if i == 0 {
			continue
		}
		prev := t.Rows[i-1]
		switch {
		case !prev.From.Before(r.From):
			errs = append(errs, fmt.Errorf("%s: row %d (from %s) is not after row %d (from %s)", t.Name, i, r.From, i-1, prev.From))
		case prev.Until.IsZero():
			errs = append(errs, fmt.Errorf("%s: row %d is open but row %d follows it", t.Name, i-1, i))
		case !prev.Until.Before(r.From):
			errs = append(errs, fmt.Errorf("%s: row %d (until %s) overlaps row %d (from %s)", t.Name, i-1, prev.Until, i, r.From))
		}
	}
	return errors.Join(errs...)
}

func (t Timeline[T]) noRule(d date.Date) error { return t.noRuleFor(d, Policy{}) }

func (t Timeline[T]) noRuleFor(d date.Date, p Policy) *NoRuleError {
	e := &NoRuleError{Table: t.Name, Date: d, Covered: t.Span(), Policy: p, SuppliedBy: t.SuppliedBy}
	if n := len(t.Rows); n > 0 && !t.Rows[n-1].Until.IsZero() && d.After(t.Rows[n-1].Until) {
		e.Trailing = t.Trailing
		e.CanCarry = true
	}
	return e
}
