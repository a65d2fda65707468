package procedure

import (
	"testing"

	"github.com/vordering/vordering"
)

// lastFirst is a test Ranker that ranks the options in reverse order.
type lastFirst struct{}

func (lastFirst) Rank(_ Case, _ DebtorProfile, opts []EnforcementOption) []EnforcementOption {
	out := make([]EnforcementOption, len(opts))
	for i, o := range opts {
		o.Rank = len(opts) - i
		o.Why = append(o.Why, "test ranker")
		out[len(opts)-1-i] = o
	}
	return out
}

// TestPlanEnforcement: with a title the plan carries the ranked options of
// RankEnforcement; a Planner's Ranker replaces the default; without a title
// there are none and the note says why.
func TestPlanEnforcement(t *testing.T) {
	c := benchCaseBE()
	c.Profile = DebtorProfile{BankAccountKnown: true, EmployerKnown: true}
	asOf := day(2025, 4, 23)
	p := mustPlan(t, c, asOf)
	want, err := RankEnforcement(c, c.Profile, asOf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Enforcement) == 0 || len(p.Enforcement) != len(want) || p.EnforcementNote != "" {
		t.Fatalf("enforcement %v note %q", p.Enforcement, p.EnforcementNote)
	}
	for i := range want {
		if p.Enforcement[i].Kind != want[i].Kind || p.Enforcement[i].Rank != i+1 {
			t.Errorf("option %d: %v rank %d, want %v rank %d", i, p.Enforcement[i].Kind, p.Enforcement[i].Rank, want[i].Kind, i+1)
		}
	}
	q, err := Planner{Ranker: lastFirst{}}.Next(c, asOf)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := RankEnforcement(c, c.Profile, asOf, lastFirst{})
	if len(q.Enforcement) != len(got) || q.Enforcement[0].Kind != got[0].Kind {
		t.Errorf("custom ranker not used: %v", q.Enforcement)
	}
	// Before the title: no ranking.
	c.Acts = c.Acts[:3]
	p = mustPlan(t, c, day(2025, 3, 20))
	if len(p.Enforcement) != 0 || p.EnforcementNote == "" {
		t.Errorf("no title: %v %q", p.Enforcement, p.EnforcementNote)
	}
	// A title in the Netherlands, too.
	n := nlConsumer()
	n.Acts = []Act{{Kind: ActSummons, Date: day(2025, 3, 10)}, {Kind: ActDefaultJudgment, Date: day(2025, 3, 26)}}
	if p := mustPlan(t, n, day(2025, 3, 27)); len(p.Enforcement) == 0 || p.Country != vordering.NL {
		t.Errorf("NL title: %v %q", p.Enforcement, p.EnforcementNote)
	}
}

// TestPlannerNilRanker: a Planner without a Ranker ranks with
// DefaultRanker(), the same as one given it explicitly; so do Next and
// RankEnforcement with a nil Ranker.
func TestPlannerNilRanker(t *testing.T) {
	c := benchCaseBE()
	c.Profile = DebtorProfile{BankAccountKnown: true, EmployerKnown: true, Vehicle: true}
	asOf := day(2025, 4, 23)
	implicit, err := Planner{Ranker: nil}.Next(c, asOf)
	if err != nil {
		t.Fatal(err)
	}
	explicit, err := Planner{Ranker: DefaultRanker()}.Next(c, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if len(implicit.Enforcement) < 2 || snapshot(t, implicit) != snapshot(t, explicit) {
		t.Errorf("nil ranker:\n%s\nDefaultRanker():\n%s", snapshot(t, implicit.Enforcement), snapshot(t, explicit.Enforcement))
	}
	if p := mustPlan(t, c, asOf); snapshot(t, p) != snapshot(t, implicit) {
		t.Error("Next differs from Planner{}.Next")
	}
	a, _ := RankEnforcement(c, c.Profile, asOf, nil)
	b, _ := RankEnforcement(c, c.Profile, asOf, DefaultRanker())
	if snapshot(t, a) != snapshot(t, b) {
		t.Error("RankEnforcement: nil ranker differs from DefaultRanker()")
	}
}
