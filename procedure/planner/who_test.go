package planner

import (
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
)

func mustNext(t *testing.T, c casefile.Case, asOf date.Date) Plan {
	t.Helper()
	p, err := Next(c, asOf)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func recommended(t *testing.T, p Plan) PlannedStep {
	t.Helper()
	if p.Recommended < 0 || p.Recommended >= len(p.Steps) {
		t.Fatalf("no recommended step (%d); because %v", p.Recommended, p.RecommendedBecause)
	}
	s := p.Steps[p.Recommended]
	if s.Role != flow.RoleAction || s.Actor == flow.ActorDebtor || len(p.RecommendedBecause) == 0 {
		t.Fatalf("recommended %s by %s (%s), because %v", s.Act, s.Actor, s.Role, p.RecommendedBecause)
	}
	return s
}

func debtorMove(p Plan, k casefile.ActKind) (PlannedStep, bool) {
	for _, s := range p.DebtorMoves {
		if s.Act == k {
			return s, true
		}
	}
	return PlannedStep{}, false
}

// TestWhoActsBEDefaultJudgment: after a Belgian default judgment the title
// must be served by a bailiff with an order to pay before any execution
// (art. 1495, 1499 Ger.W.): the service is the bailiff's step and the one
// recommended. Once served, the debtor may oppose within one month of the
// service (art. 1048 Ger.W.): the opposition is the debtor's move, watched,
// listed in DebtorMoves with its last day, and never recommended.
func TestWhoActsBEDefaultJudgment(t *testing.T) {
	c := beB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)}}
	p := mustNext(t, c, day(2025, 3, 4))
	if s := recommended(t, p); s.Act != casefile.ActService || s.Actor != flow.ActorBailiff {
		t.Fatalf("recommended %s by %s, want service by the bailiff (art. 1495, 1499 Ger.W.)", s.Act, s.Actor)
	}
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActService, Date: day(2025, 3, 4)})
	p = mustNext(t, c, day(2025, 3, 6))
	o, ok := debtorMove(p, casefile.ActOpposition)
	if !ok || o.Actor != flow.ActorDebtor || o.Role != flow.RoleWatch || o.Latest != day(2025, 4, 4) {
		t.Fatalf("opposition (art. 1048 Ger.W.: one month from service): %+v %v", o, ok)
	}
	if s, _ := stepOfOK(p, casefile.ActOpposition); s.Role != flow.RoleWatch {
		t.Fatalf("opposition in Steps with role %s", s.Role)
	}
	if s := recommended(t, p); s.Act == casefile.ActOpposition || s.Actor != flow.ActorBailiff {
		t.Fatalf("recommended %s by %s after service; want an act of enforcement by a bailiff (art. 1499, 1539 Ger.W.)", s.Act, s.Actor)
	}
}

// TestWhoActsNLSummons: after a Dutch summons, on the roll date at least a
// week later (art. 114 Rv), the defendant may defend (art. 128 Rv: the
// debtor's move, watched) or is declared in default at the claimant's
// request (art. 139 Rv: the court gives verstek, which the creditor asks
// for, the recommended step).
func TestWhoActsNLSummons(t *testing.T) {
	c := nlB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 3, 4)}}
	p := mustNext(t, c, day(2025, 3, 12))
	if s := recommended(t, p); s.Act != casefile.ActDefaultJudgment || s.Actor != flow.ActorCourt {
		t.Fatalf("recommended %s by %s, want the default judgment (art. 139 Rv)", s.Act, s.Actor)
	}
	if d, ok := debtorMove(p, casefile.ActDefence); !ok || d.Role != flow.RoleWatch {
		t.Fatalf("defence (art. 128 Rv) not a watched debtor move: %+v", p.DebtorMoves)
	}
}

// TestWhoActsNLJudgment: after a Dutch judgment op tegenspraak, appeal lies
// within three months of the judgment (art. 339 lid 1 Rv): the debtor's
// move with its last day; the creditor serves the title with an order to
// pay (art. 430 lid 3, 439 Rv), by a bailiff.
func TestWhoActsNLJudgment(t *testing.T) {
	c := nlB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefence, Date: day(2025, 1, 21)},
		{Kind: casefile.ActJudgment, Date: day(2025, 3, 5)}}
	p := mustNext(t, c, day(2025, 3, 6))
	if a, ok := debtorMove(p, casefile.ActAppeal); !ok || a.Latest != day(2025, 6, 5) {
		t.Fatalf("appeal (art. 339 lid 1 Rv: three months): %+v %v", a, ok)
	}
	if s := recommended(t, p); s.Act != casefile.ActService || s.Actor != flow.ActorBailiff {
		t.Fatalf("recommended %s by %s, want service (art. 430 lid 3 Rv)", s.Act, s.Actor)
	}
}

// TestWhoActsStart: at the start of a Dutch collection the mildest step,
// the creditor's own reminder (art. 6:82 BW), is recommended, not a summons.
func TestWhoActsStart(t *testing.T) {
	p := mustNext(t, nlB2B(), day(2025, 3, 4))
	if s := recommended(t, p); s.Act != casefile.ActReminder || s.Actor != flow.ActorCreditor {
		t.Fatalf("recommended %s by %s at the start", s.Act, s.Actor)
	}
	if len(p.DebtorMoves) != 0 {
		t.Fatalf("debtor moves before proceedings: %+v", p.DebtorMoves)
	}
}

// TestWhoActsBankrupt: a bankrupt debtor's creditors are paid only through
// the estate (BE art. XX.155 WER; NL art. 110 Fw): the declaration of the
// claim is the recommended step.
func TestWhoActsBankrupt(t *testing.T) {
	for _, c := range []casefile.Case{beB2B(), nlB2B()} {
		c.Status = casefile.StatusBankrupt
		p := mustNext(t, c, day(2025, 3, 4))
		if s := recommended(t, p); s.Act != casefile.ActClaimDeclaration || s.Actor != flow.ActorCreditor {
			t.Fatalf("%s: recommended %s by %s for a bankrupt debtor", c.Country, s.Act, s.Actor)
		}
	}
}

func stepOfOK(p Plan, k casefile.ActKind) (PlannedStep, bool) {
	for _, s := range p.Steps {
		if s.Act == k {
			return s, true
		}
	}
	return PlannedStep{}, false
}
