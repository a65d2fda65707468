package procedure

import (
	"errors"
	"strings"
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
)

// TestStepCosts: the cost lines come from package costs; a figure it does
// not cover is a line marked not covered, not a failed plan.
func TestStepCosts(t *testing.T) {
	n := nlConsumer()
	n.Invoices[0].Date, n.Invoices[0].DueDate = day(2024, 1, 15), day(2024, 2, 14)
	n.Acts = []Act{{Kind: ActSummons, Date: day(2024, 3, 11)}, {Kind: ActDefaultJudgment, Date: day(2024, 3, 27)}}
	p := mustPlan(t, n, day(2024, 3, 28))
	s, ok := stepOf(p, ActService)
	if !ok {
		t.Fatal("service not proposed")
	}
	// The expected figure is the one package costs holds for the act on the
	// day (Btag art. 2 lid 1 sub b); the planner must pass it through and
	// count it on both sides.
	fee, err := costs.BailiffFee(vordering.NL, costs.BailiffServiceOfTitle, s.Earliest)
	if err != nil {
		t.Fatalf("costs: %v", err)
	}
	if fee.Amount.IsZero() || len(s.Costs) != 1 || !s.Costs[0].Covered || !s.Costs[0].Amount.Equal(fee.Amount) ||
		!s.DebtorCharge.Equal(fee.Amount) || !s.CreditorRisk.Equal(fee.Amount) || s.Uncovered {
		t.Errorf("NL service costs %+v debtor %s risk %s", s.Costs, s.DebtorCharge, s.CreditorRisk)
	}

	// The same step a year later, where the tariff table ends: reported.
	n.Acts = []Act{{Kind: ActSummons, Date: day(2025, 3, 11)}, {Kind: ActDefaultJudgment, Date: day(2025, 3, 27)}}
	s, _ = stepOf(mustPlan(t, n, day(2025, 3, 28)), ActService)
	if !s.Uncovered || s.Costs[0].Covered || !strings.Contains(s.Costs[0].Note, "not covered") {
		t.Errorf("NL 2025 service costs %+v", s.Costs)
	}

	b := benchCaseBE()
	p = mustPlan(t, b, day(2025, 4, 23))
	s, _ = stepOf(p, ActWageGarnishment)
	// BE bailiff tariff: not covered by package costs (KB 30.11.1976 not
	// confirmed).
	if !s.Uncovered || len(s.Costs) != 1 || s.Costs[0].Covered || !strings.Contains(s.Costs[0].Note, "not covered") || !s.CreditorRisk.IsZero() {
		t.Errorf("BE garnishment costs %+v", s.Costs)
	}

	// A summons: bailiff's fee and court fee lines, each covered or said not
	// to be, and the totals only from the covered ones.
	c := beB2B()
	p = mustPlan(t, c, day(2025, 3, 3))
	s, _ = stepOf(p, ActSummons)
	if len(s.Costs) != 2 {
		t.Fatalf("summons costs %+v", s.Costs)
	}
	sum := s.DebtorCharge.Sub(s.DebtorCharge)
	for _, l := range s.Costs {
		if l.Covered {
			sum = sum.Add(l.Amount)
		} else if l.Note == "" {
			t.Errorf("uncovered line without a note: %+v", l)
		}
	}
	if !sum.Equal(s.CreditorRisk) {
		t.Errorf("creditor risk %s, covered lines %s", s.CreditorRisk, sum)
	}
}

// TestFlowErrorText: the error names the act, the problem, the rule and the
// article.
func TestFlowErrorText(t *testing.T) {
	n := nlConsumer()
	n.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: ActFormalNotice, Date: day(2025, 2, 20)}}
	err := ValidateHistory(n)
	var fe *FlowError
	if !errors.As(err, &fe) {
		t.Fatalf("got %v", err)
	}
	msg := err.Error()
	for _, want := range []string{"Case.Acts[1]", "formal-notice", "too-early", "14 days", "art. 6:96 lid 6", "2025-03-06"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
}
