package vordering

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
)

// A table whose last row is closed, with one single-source row, for the
// policy tests.
func policyTable() Timeline[int] {
	return NewTimeline("policy rates",
		Row[int]{From: date.New(2024, 1, 1), Until: date.New(2024, 12, 31), Value: 1, Cite: testCite},
		Row[int]{From: date.New(2025, 1, 1), Until: date.New(2025, 12, 31), Value: 2, Cite: testCite, Known: OneSource},
	).With(Meta{Known: PrimaryText, Trailing: "2026 not yet published"})
}

func TestConfidenceOrderAndText(t *testing.T) {
	order := []Confidence{CarriedForward, Supplied, OneSource, Derived, TwoSources, PrimaryText}
	for i, c := range order {
		if !c.Valid() {
			t.Errorf("%v not valid", c)
		}
		if i > 0 && !(order[i-1] < c) {
			t.Errorf("%v should be weaker than %v", order[i-1], c)
		}
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Confidence
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("round trip %v: got %v, %v", c, back, err)
		}
	}
	if Confidence(0).Valid() || Confidence(7).Valid() {
		t.Error("0 and 7 must not be valid levels")
	}
	if _, err := Confidence(0).MarshalText(); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("MarshalText(0) = %v, want ErrInvalidInput", err)
	}
	var c Confidence
	if err := c.UnmarshalText([]byte("sure")); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("UnmarshalText(sure) = %v, want ErrInvalidInput", err)
	}
	if (Policy{Minimum: 9}).Validate() == nil {
		t.Error("Policy{Minimum: 9}.Validate() = nil")
	}
}

func TestLookupPolicy(t *testing.T) {
	tl := policyTable()
	if err := tl.Validate(); err != nil {
		t.Fatal(err)
	}
	// Default policy: the single-source row answers, its level resolved.
	h, err := tl.Lookup(date.New(2025, 3, 1), Policy{})
	if err != nil || h.Row.Value != 2 || h.Ref.Level != OneSource || h.Row.Known != OneSource || h.Carried {
		t.Fatalf("Lookup(2025-03-01) = %+v, %v", h, err)
	}
	h, err = tl.Lookup(date.New(2024, 3, 1), Policy{})
	if err != nil || h.Ref.Level != PrimaryText || !h.Until.Equal(date.New(2024, 12, 31)) {
		t.Fatalf("Lookup(2024-03-01) = %+v, %v", h, err)
	}

	// A minimum above the row's level refuses it and says so.
	_, err = tl.Lookup(date.New(2025, 3, 1), Policy{Minimum: TwoSources})
	var nr *NoRuleError
	if !errors.As(err, &nr) || !errors.Is(err, ErrNoRuleInForce) || nr.Found != OneSource {
		t.Fatalf("strict lookup: %v", err)
	}
	if !strings.Contains(err.Error(), "one source only") || !strings.Contains(err.Error(), "Policy.Minimum") {
		t.Errorf("message does not name the level and the way forward: %v", err)
	}

	// Past the end: refused by default, with the reason and the ways forward.
	_, err = tl.Lookup(date.New(2026, 11, 28), Policy{})
	if !errors.As(err, &nr) || !nr.CanCarry {
		t.Fatalf("past the end: %v", err)
	}
	for _, want := range []string{"policy rates", "2026-11-28", "2024-01-01..2025-12-31", "2026 not yet published", "CarryForward"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
	// Carried forward on opt-in, marked, open-ended.
	h, err = tl.Lookup(date.New(2026, 11, 28), Policy{CarryForward: true})
	if err != nil || !h.Carried || h.Row.Value != 2 || h.Ref.Level != CarriedForward || !h.Until.IsZero() {
		t.Fatalf("carry forward = %+v, %v", h, err)
	}
	if !h.Ref.Until.Equal(date.New(2025, 12, 31)) {
		t.Errorf("the reference must keep the row's real period, got %v", h.Ref)
	}
	// A carried figure is below any minimum.
	if _, err := tl.Lookup(date.New(2026, 11, 28), Policy{CarryForward: true, Minimum: Supplied}); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("carry with minimum supplied: %v", err)
	}
	// Never carried backwards or across a gap.
	if _, err := tl.Lookup(date.New(2023, 6, 1), Policy{CarryForward: true}); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("before the first row: %v", err)
	}
	gap := testTable()
	if _, err := gap.Lookup(date.New(2021, 6, 1), Policy{CarryForward: true}); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("inside a gap: %v", err)
	} else if !strings.Contains(err.Error(), "uncovered") {
		t.Errorf("gap message: %v", err)
	}
}

func TestAssurance(t *testing.T) {
	a := RowRef{Table: "a", From: date.New(2025, 1, 1), Level: TwoSources}
	b := RowRef{Table: "b", From: date.New(2026, 1, 1), Level: OneSource}
	c := RowRef{Table: "c", From: date.New(2026, 7, 1), Level: OneSource}

	var as Assurance
	as = as.Add(a)
	if as.Level != TwoSources || as.Provisional || len(as.Weakest) != 0 {
		t.Fatalf("after a: %+v (a settled answer lists no rows)", as)
	}
	as = as.Add(b).Add(c).Add(b).Add(a)
	if as.Level != OneSource || !as.Provisional || len(as.Weakest) != 2 || as.Weakest[0] != b || as.Weakest[1] != c {
		t.Fatalf("after a, b, c, b, a: %+v", as)
	}
	if s := as.String(); !strings.HasPrefix(s, "provisional: one source only (b 2026-01-01..") {
		t.Errorf("String() = %q", s)
	}
	// Join keeps the weaker side and does not alias the other's slice.
	sure := Sure()
	j := sure.Join(as)
	if j.Level != OneSource || len(j.Weakest) != 2 {
		t.Fatalf("Join = %+v", j)
	}
	j.Weakest[0].Table = "changed"
	if as.Weakest[0].Table != "b" {
		t.Error("Join shares the Weakest slice")
	}
	if got := as.Join(Assurance{}); got.Level != OneSource {
		t.Errorf("joining nothing changed the level: %+v", got)
	}
	if got := (Assurance{Level: TwoSources}).Join(Sure()); got.Level != TwoSources {
		t.Errorf("joining a stronger part lowered nothing, got %+v", got)
	}

	out, err := json.Marshal(as)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"level":"one-source"`) || !strings.Contains(string(out), `"provisional":true`) {
		t.Errorf("JSON = %s", out)
	}
}

// Read: in place under the default policy, a marked copy when carried
// forward; the assurance records the row either way.
func TestRead(t *testing.T) {
	tl := policyTable()
	var a Assurance
	r, until, err := tl.Read(date.New(2025, 3, 1), Policy{}, &a)
	if err != nil || r != &tl.Rows[1] || until != date.New(2025, 12, 31) || a.Level != OneSource || len(a.Weakest) != 1 {
		t.Fatalf("default read: %p %s %v %+v", r, until, err, a)
	}
	var b Assurance
	r, until, err = tl.Read(date.New(2026, 3, 1), Policy{CarryForward: true}, &b)
	if err != nil || r == &tl.Rows[1] || r.Known != CarriedForward || !until.IsZero() || b.Level != CarriedForward {
		t.Fatalf("carried read: %+v %s %v %+v", r, until, err, b)
	}
	if _, _, err := tl.Read(date.New(2026, 3, 1), Policy{}, &b); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("past the end by default: %v", err)
	}
}

// Two assurances grown from one never share their rows (a caller may change
// one answer's rows without changing another's).
func TestAssuranceNoAliasing(t *testing.T) {
	b := RowRef{Table: "b", Level: OneSource}
	base := Assurance{}.Add(b)
	base.Weakest = append(make([]RowRef, 0, 8), base.Weakest...) // spare capacity
	x := base.Add(RowRef{Table: "x", Level: OneSource})
	y := base.Add(RowRef{Table: "y", Level: OneSource})
	if x.Weakest[1].Table != "x" || y.Weakest[1].Table != "y" {
		t.Errorf("appends share a backing array: %v / %v", x.Weakest, y.Weakest)
	}
}
