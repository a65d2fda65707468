package vordering

import (
	"fmt"
	"strings"

	"github.com/rickb777/date"
)

// Confidence says how a figure is known. Every table row carries one, and
// every answer reports the weakest it relied on (see [Assurance]).
//
// The levels are ordered from the weakest to the strongest, so that a
// comparison (a < b) reads "a is less sure than b". The zero value is not a
// level: a row without one fails [Timeline.Validate].
type Confidence uint8

// The confidence levels, weakest first.
const (
	// CarriedForward is a figure past the end of its table: the last known
	// row, used for a later date only because the caller opted in with
	// [Policy.CarryForward]. Nothing says the figure is still in force.
	CarriedForward Confidence = iota + 1
	// Supplied is a figure the caller brought, not one the library checked.
	Supplied
	// OneSource is a figure seen in one source only (a practitioner page, a
	// secondary table), with no second source or primary text to confirm it.
	OneSource
	// Derived is a figure that the law defines by a formula, computed by the
	// library from cited inputs (for example the ECB rate plus eight
	// points). It is as sure as the formula's reading and its inputs.
	Derived
	// TwoSources is a figure on which at least two independent sources
	// agree, without the primary text having been read.
	TwoSources
	// PrimaryText is a figure read in the primary publication: the Belgisch
	// Staatsblad, the Staatsblad or Staatscourant, the statute's official
	// consolidated text, or the official body that sets it.
	PrimaryText
)

// Settled is the weakest level an answer may rest on without being
// provisional: below it, [Assurance.Provisional] is true.
const Settled = TwoSources

var confidenceNames = [...]string{
	CarriedForward: "carried-forward",
	Supplied:       "supplied",
	OneSource:      "one-source",
	Derived:        "derived",
	TwoSources:     "two-sources",
	PrimaryText:    "primary-text",
}

var confidenceText = [...]string{
	CarriedForward: "last known figure carried forward past the table's end",
	Supplied:       "supplied by the caller",
	OneSource:      "one source only",
	Derived:        "derived by the statutory formula from cited inputs",
	TwoSources:     "two independent sources agree",
	PrimaryText:    "primary text read",
}

// Valid reports whether c is one of the defined levels.
func (c Confidence) Valid() bool { return c >= CarriedForward && c <= PrimaryText }

// String returns the level's name, e.g. "two-sources".
func (c Confidence) String() string {
	if c.Valid() {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// Describe returns the level in a sentence fragment for explanations, e.g.
// "one source only".
func (c Confidence) Describe() string {
	if c.Valid() {
		return confidenceText[c]
	}
	return c.String()
}

// MarshalText encodes the level by name. An undefined level is an error
// wrapping [ErrInvalidInput].
func (c Confidence) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, Invalid("Confidence", uint8(c), "not a defined level")
	}
	return []byte(confidenceNames[c]), nil
}

// UnmarshalText decodes a level by name ("one-source", "primary-text", …).
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseConfidence returns the level with the given name.
func ParseConfidence(s string) (Confidence, error) {
	for i, n := range confidenceNames {
		if i > 0 && strings.EqualFold(n, s) {
			return Confidence(i), nil
		}
	}
	return 0, Invalid("Confidence", s, "want one of carried-forward, supplied, one-source, derived, two-sources, primary-text")
}

// Policy says which figures an answer may rest on. The zero value is the
// default: the best figure the tables have, at any level, with an answer
// that rests on anything below [Settled] marked provisional; no figure is
// ever carried past the end of its table.
type Policy struct {
	// Minimum is the weakest level the caller accepts. A figure below it is
	// refused with a [NoRuleError] (wrapping [ErrNoRuleInForce]) that names
	// the row and its level. Zero accepts every level.
	Minimum Confidence `json:"minimum,omitzero"`
	// CarryForward, when true, lets a lookup for a date after the last row
	// of a table use that row, marked [CarriedForward] in the answer. It is
	// never the default: a table's figures change on dates the library does
	// not know, and the answer then says so on every line it affects.
	CarryForward bool `json:"carryForward,omitzero"`
}

// Validate checks the policy's fields.
func (p Policy) Validate() error {
	if p.Minimum != 0 && !p.Minimum.Valid() {
		return Invalid("Policy.Minimum", uint8(p.Minimum), "not a defined level")
	}
	return nil
}

// Accepts reports whether an answer may rest on a figure of level c.
func (p Policy) Accepts(c Confidence) bool { return p.Minimum == 0 || c >= p.Minimum }

// RowRef names one table row an answer relied on: the table, the row's
// period and how the row is known.
type RowRef struct {
	Table string     `json:"table"`
	From  date.Date  `json:"from"`
	Until date.Date  `json:"until,omitzero"`
	Level Confidence `json:"level"`
}

// String renders "NL wettelijke rente (art. 6:119 BW) 2026-01-01..2026-06-30 (one-source)".
func (r RowRef) String() string {
	return r.Table + " " + Period{From: r.From, Until: r.Until}.String() + " (" + r.Level.String() + ")"
}

// Assurance is how sure an answer is: the weakest level of the table rows
// it relied on, whether that makes it provisional, and the rows at that
// level. Every result of the library carries one.
//
// An answer that relied on no effective-dated figure (a rule fixed in a
// statute's text, say) has Level [PrimaryText] or the level of the rule
// table it read.
type Assurance struct {
	// Level is the weakest level relied on.
	Level Confidence `json:"level"`
	// Provisional is true when Level is below [Settled] (the answer rests on
	// a single source, a derivation, a supplied figure or a carried-forward
	// one), or when the answer depends on a period its table covers only in
	// part (a deadline across a year whose decree days are not confirmed);
	// it should then be checked before it is relied on.
	Provisional bool `json:"provisional"`
	// Weakest lists, when Level is below [Settled], the rows at that level
	// in the order they were used, each once: the figures to check before
	// relying on the answer. A settled answer lists none (its periods,
	// steps and citations name every row it used).
	Weakest []RowRef `json:"weakest,omitempty"`
}

// Sure returns an assurance for an answer that rests on no table row, only
// on rules read in the statute's text.
func Sure() Assurance { return Assurance{Level: PrimaryText} }

// Add records that the answer relied on the row ref, and returns the
// updated assurance. A zero Assurance is the start: its first Add sets the
// level. Only rows below [Settled] are listed in Weakest, since those are
// the ones a caller must check; a settled answer lists none.
func (a Assurance) Add(ref RowRef) Assurance {
	if a.Level == 0 || ref.Level < a.Level {
		a.Level = ref.Level
		if ref.Level < Settled {
			a.Weakest = append(a.Weakest[:0:0], ref)
		}
	} else if ref.Level == a.Level && ref.Level < Settled {
		for _, w := range a.Weakest {
			if w == ref {
				return a
			}
		}
		// A full slice expression: the append copies, so that two answers
		// built from one assurance never share a backing array.
		a.Weakest = append(a.Weakest[:len(a.Weakest):len(a.Weakest)], ref)
	}
	a.Provisional = a.Provisional || a.Level < Settled
	return a
}

// Join combines the assurance of a part of the answer into a, and returns
// the result.
func (a Assurance) Join(b Assurance) Assurance {
	if b.Level == 0 {
		return a
	}
	if a.Level == 0 {
		b.Weakest = append([]RowRef(nil), b.Weakest...)
		return b
	}
	if len(b.Weakest) == 0 {
		if b.Level < a.Level {
			return Assurance{Level: b.Level, Provisional: b.Provisional || b.Level < Settled}
		}
		a.Provisional = a.Provisional || b.Provisional
		return a
	}
	for _, r := range b.Weakest {
		a = a.Add(r)
	}
	a.Provisional = a.Provisional || b.Provisional
	return a
}

// String renders the assurance on one line, e.g.
// "provisional: one source only (NL … 2026-07-01..2026-12-31)".
func (a Assurance) String() string {
	if a.Level == 0 {
		return "no figure used"
	}
	var b strings.Builder
	if a.Provisional {
		b.WriteString("provisional: ")
	}
	b.WriteString(a.Level.Describe())
	for i, r := range a.Weakest {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(r.Table + " " + Period{From: r.From, Until: r.Until}.String())
		if i == len(a.Weakest)-1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}

// Uncovered is a span of an answer that could not be computed: no table row
// covers it, or the row that does is below the caller's [Policy.Minimum].
type Uncovered struct {
	Period
	// Reason is the error for the span's first day, as text.
	Reason string `json:"reason"`
}

// IncompleteError reports an answer that covers only part of what was
// asked: the function returns the part it could compute together with this
// error, so that no caller can take the part for the whole. It wraps the
// [NoRuleError] of the first uncovered day, and through it
// [ErrNoRuleInForce].
type IncompleteError struct {
	What      string      // the answer, e.g. "interest 2025-12-01..2027-01-31"
	Uncovered []Uncovered // the spans left out, in date order
	First     error       // the error for the first uncovered day
}

func (e *IncompleteError) Error() string {
	var b strings.Builder
	b.WriteString("incomplete: ")
	b.WriteString(e.What)
	b.WriteString(" could not be computed for ")
	for i, u := range e.Uncovered {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(u.Period.String())
	}
	if e.First != nil {
		b.WriteString(": ")
		b.WriteString(e.First.Error())
	}
	return b.String()
}

// Unwrap returns the error of the first uncovered day.
func (e *IncompleteError) Unwrap() error { return e.First }
