package planner

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// TestPlanExplanation: the explanation lists, in order, the phase, the
// irregular acts, the steps, the withheld steps and the enforcement routes,
// and ends with the recommendation; the JSON carries the same steps.
func TestPlanExplanation(t *testing.T) {
	// A Belgian default judgment served 4 March 2025 and opposed on 10
	// March: execution is suspended (art. 1397 al. 1 Ger.W.), so the
	// garnishments are withheld and no route is ranked.
	c := beB2B()
	c.Profile = casefile.DebtorProfile{BankAccountKnown: true}
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)},
		{Kind: casefile.ActService, Date: day(2025, 3, 4)}, {Kind: casefile.ActOpposition, Date: day(2025, 3, 10)}}
	p := mustNext(t, c, day(2025, 3, 12))
	e := p.Explanation()
	if want := 2 + len(p.Warnings) + len(p.Steps) + len(p.Withheld) + len(p.Enforcement); len(e) != want {
		t.Fatalf("%d steps, want %d: %v", len(e), want, e)
	}
	if e[0].Rule != "procedure.phase" || e[len(e)-1].Rule != "procedure.recommended" {
		t.Errorf("first %q, last %q", e[0], e[len(e)-1])
	}
	withheld := 0
	for _, s := range e {
		if s.Rule == "procedure.withheld" {
			withheld++
			if !strings.Contains(s.What, "suspends") || !strings.Contains(s.Citation.Article, "1397") {
				t.Errorf("withheld step %q: want the suspension of art. 1397", s)
			}
		}
	}
	if withheld == 0 {
		t.Error("no withheld step explained")
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var wire struct {
		Explanation []vordering.Step `json:"explanation"`
	}
	if err := json.Unmarshal(b, &wire); err != nil || len(wire.Explanation) != len(e) {
		t.Fatalf("JSON explanation: %d steps (%v), want %d", len(wire.Explanation), err, len(e))
	}
	// The plan decodes back from its own JSON (the explanation is output only).
	var back Plan
	if err := json.Unmarshal(b, &back); err != nil || len(back.Steps) != len(p.Steps) {
		t.Fatalf("round trip: %v", err)
	}

	// A lenient plan explains each irregular act first; a paid case says
	// it is closed.
	l := nlB2B()
	l.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2023, 10, 5)}}
	lp, err := Planner{Lenient: true}.Next(l, day(2023, 10, 20))
	if err != nil {
		t.Fatal(err)
	}
	if le := lp.Explanation(); le[1].Rule != "procedure.warning" || le[1].Value.Text != "not-allowed" {
		t.Errorf("lenient: step 1 %q, want the irregular act", le[1])
	}
	l.Acts = []casefile.Act{{Kind: casefile.ActPayment, Date: day(2023, 10, 5), Outcome: casefile.OutcomePaid}}
	if pe := mustNext(t, l, day(2023, 10, 20)).Explanation(); !strings.HasPrefix(pe[0].What, "Closed") || pe[len(pe)-1].Value.Text != "none" {
		t.Errorf("paid: %v", pe)
	}
}
