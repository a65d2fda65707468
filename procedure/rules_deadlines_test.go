package procedure

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// TestRulesDeadlinesInPlan: procedure.Rules.Deadlines is the calendar the
// flow's terms are counted on. A Dutch consumer claim is planned on
// Wednesday 2 May 2029: the 14-day letter posted that day is presumed
// delivered on Friday 4 May (second delivery day, HR 25.11.2016), and its
// 14 days end on Friday 18 May on the built-in calendar. On a rule set
// that equates 18 May 2029 with a holiday (art. 3 lid 3 Atw, a supplied
// decree) the term runs to the next working day (art. 1 lid 1 Atw):
// Tuesday 22 May, Saturday 19, Sunday 20 and Whit Monday 21 May being
// closed. Both answers come from the same process, one after the other.
func TestRulesDeadlinesInPlan(t *testing.T) {
	c := nlConsumer()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2029, 3, 1), day(2029, 3, 31)
	asOf := day(2029, 5, 2)
	term := func(p Planner) date.Date {
		t.Helper()
		plan, err := p.Next(c, asOf)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range plan.Steps {
			if s.Act == ActFourteenDayLetter {
				if s.Then.Kind != deadlines.FourteenDayLetter {
					t.Fatalf("14-day letter starts %v", s.Then.Kind)
				}
				return s.Then.Date
			}
		}
		t.Fatalf("no 14-day letter in %+v", plan.Steps)
		return date.Date{}
	}
	if got, want := term(Planner{}), day(2029, 5, 18); got != want {
		t.Errorf("built-in: term ends %s, want %s", got, want)
	}
	sup, err := deadlines.Rules{}.WithNLEquatedDays(vordering.Row[deadlines.EquatedDays]{
		From: day(2029, 1, 1), Until: day(2029, 12, 31),
		Value: deadlines.EquatedDays{Days: []date.Date{day(2029, 5, 18)}, Complete: true},
		Cite:  vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 3 lid 3", Publication: "the decree the caller holds"},
		Note:  "illustrative",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := term(Planner{Rules: Rules{Deadlines: sup}}), day(2029, 5, 22); got != want {
		t.Errorf("supplied: term ends %s, want %s", got, want)
	}
	// The built-in answer is unchanged afterwards.
	if got, want := term(Planner{}), day(2029, 5, 18); got != want {
		t.Errorf("built-in again: term ends %s, want %s", got, want)
	}
}
