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

func (t Timeline[T]) noRule(d date.Date) error {
	return &NoRuleError{Table: t.Name, Date: d, Covered: t.Span()}
}
