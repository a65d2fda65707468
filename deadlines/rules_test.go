package deadlines

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// An illustrative decree for 2029 (no decree for 2029 was published when
// the tables were checked): Friday 11 May 2029, the day after Ascension.
var example2029 = vordering.Row[EquatedDays]{
	From: date.New(2029, 1, 1), Until: date.New(2029, 12, 31),
	Value: EquatedDays{Days: []date.Date{date.New(2029, 5, 11)}, Complete: true},
	Cite:  vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 3 lid 3", Publication: "the decree the caller holds"},
	Note:  "illustrative",
}

func TestWithNLEquatedDays(t *testing.T) {
	sup, err := Rules{}.WithNLEquatedDays(example2029)
	if err != nil {
		t.Fatal(err)
	}
	// 14 days from 27 April 2029 end on Friday 11 May (hand count). Built
	// in, that day is open and the year is flagged unconfirmed; on the
	// supplied calendar it is closed, so the term runs to Monday 14 May
	// (art. 1 lid 1 Atw).
	built, err := Compute(vordering.NL, date.New(2029, 4, 27), Days(14))
	if err != nil {
		t.Fatal(err)
	}
	if built.Date != date.New(2029, 5, 11) || !built.Flags.Has(DecreeDaysUnconfirmed) {
		t.Errorf("built-in: %s %v", built.Date, built.Flags.Names())
	}
	d, err := sup.Compute(vordering.NL, date.New(2029, 4, 27), Days(14))
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != date.New(2029, 5, 14) || d.Flags.Has(DecreeDaysUnconfirmed) {
		t.Errorf("supplied: %s %v", d.Date, d.Flags.Names())
	}
	if a := d.Assurance(); a.Level != vordering.Supplied || !a.Provisional || !d.Stamp().Supplied {
		t.Errorf("assurance %+v, stamp %+v", a, d.Stamp())
	}
	if !strings.Contains(d.Explain(), "gelijkgestelde dag") {
		t.Errorf("the explanation does not name the supplied day:\n%s", d.Explain())
	}
	if sup.IsWorkingDay(vordering.NL, date.New(2029, 5, 11)) || !IsWorkingDay(vordering.NL, date.New(2029, 5, 11)) {
		t.Error("IsWorkingDay does not follow the rule set")
	}
	if diff := vordering.DiffTables(Rulebook(), sup.Rulebook()); len(diff) != 1 || diff[0].Change != "added" {
		t.Errorf("diff = %+v", diff)
	}
	bad := example2029
	bad.Value = EquatedDays{Days: []date.Date{date.New(2029, 5, 12)}}
	if _, err := (Rules{}).WithNLEquatedDays(bad); !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), "Saturday") {
		t.Errorf("a Saturday: %v", err)
	}
	bad = example2029
	bad.Until = date.New(2029, 6, 30)
	if _, err := (Rules{}).WithNLEquatedDays(bad); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("half a year: %v", err)
	}
}

// A caller brings a decree the library does not have yet.
func ExampleRules_WithNLEquatedDays() {
	decree := vordering.Row[EquatedDays]{
		From: date.New(2029, 1, 1), Until: date.New(2029, 12, 31),
		Value: EquatedDays{Days: []date.Date{date.New(2029, 5, 11)}, Complete: true},
		Cite:  vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 3 lid 3", Publication: "the decree the caller holds"},
		Note:  "illustrative, not a published decree",
	}
	rules, err := Rules{}.WithNLEquatedDays(decree)
	if err != nil {
		panic(err)
	}
	d, err := rules.Compute(vordering.NL, date.New(2029, 4, 27), Days(14))
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Date, d.Assurance().Level)
	// Output:
	// 2029-05-14 supplied
}

// BenchmarkWithNLEquatedDays: building a rule set with one supplied decree,
// which builds the rule set's own Dutch calendar for 1900-2199.
func BenchmarkWithNLEquatedDays(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Rules{}).WithNLEquatedDays(example2029); err != nil {
			b.Fatal(err)
		}
	}
}
