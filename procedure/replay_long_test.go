package procedure

import (
	"errors"
	"testing"
)

// TestReplayLongHistory: a history of 10,000 reminders is replayed, and the
// plan on the day of the last one proposes what the reference proposes for
// the same state (a formal notice between enterprises may follow a
// reminder at once: art. 1139 oud BW, the flow's rule).
func TestReplayLongHistory(t *testing.T) {
	c, asOf := scaleBEReminders(10000)
	if err := ValidateHistory(c); err != nil {
		t.Fatal(err)
	}
	p := mustPlan(t, c, asOf)
	short, _ := scaleBEReminders(3)
	short.Acts[2].Date = asOf
	q := mustPlan(t, short, asOf)
	if len(p.Steps) == 0 || len(p.Steps) != len(q.Steps) {
		t.Fatalf("steps %d, with three reminders %d", len(p.Steps), len(q.Steps))
	}
	for i := range p.Steps {
		if p.Steps[i].Act != q.Steps[i].Act || p.Steps[i].Earliest != q.Steps[i].Earliest {
			t.Errorf("step %d: %v %v, with three reminders %v %v", i, p.Steps[i].Act, p.Steps[i].Earliest, q.Steps[i].Act, q.Steps[i].Earliest)
		}
	}
	// The seizure history: every seizure follows the service of day 30,
	// the m services of day 40 being too early (art. 1499 Ger.W.: a whole
	// day after the order to pay).
	c, _ = scaleSameDayExecution(4003)
	if err := ValidateHistory(c); err != nil {
		t.Fatal(err)
	}
	// With only the service of day 40 before it, a seizure that day is too
	// early, and the error names it.
	c.Acts = []Act{c.Acts[0], c.Acts[1], {Kind: ActService, Date: c.Acts[3].Date}, {Kind: ActMovableSeizure, Date: c.Acts[3].Date}}
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "too-early" || fe.Index != 3 || !fe.Earliest.After(c.Acts[3].Date) {
		t.Errorf("seizure on the day of the order to pay: %v", err)
	}
}
