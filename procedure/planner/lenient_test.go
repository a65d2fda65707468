package planner

import (
	"errors"
	"strings"
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
)

// nlConsumer is a Dutch invoice of an enterprise to a consumer.
func nlConsumer() casefile.Case {
	c := nlB2B()
	c.Debtor = casefile.Party{Name: "P. de Vries", Kind: vordering.Consumer, Domicile: "NL"}
	return c
}

// TestLenientEarlyDemand: a demand that charges costs to a Dutch consumer
// may follow the 14-day letter only after the 14 days from the day after
// its receipt (art. 6:96 lid 6 BW). A demand sent three days after the
// letter makes strict Next refuse the case, naming the acts allowed there;
// a lenient planner plans from the demand as sent and warns about it.
func TestLenientEarlyDemand(t *testing.T) {
	c := nlConsumer()
	c.Acts = []casefile.Act{{Kind: casefile.ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: casefile.ActFormalNotice, Date: day(2025, 2, 20)}}
	_, err := Next(c, day(2025, 4, 1))
	var fe *flow.FlowError
	if !errors.As(err, &fe) || fe.Index != 1 || fe.Problem != "too-early" {
		t.Fatalf("strict: %v", err)
	}
	if !strings.Contains(err.Error(), "allowed there:") || len(fe.Allowed) == 0 {
		t.Fatalf("strict error does not list the acts allowed there: %v", err)
	}
	for _, k := range fe.Allowed {
		if k == casefile.ActFormalNotice {
			t.Fatalf("the early demand is listed as allowed: %v", fe.Allowed)
		}
	}
	p, err := Planner{Lenient: true}.Next(c, day(2025, 4, 1))
	if err != nil {
		t.Fatalf("lenient: %v", err)
	}
	if len(p.Warnings) != 1 {
		t.Fatalf("warnings %+v", p.Warnings)
	}
	w := p.Warnings[0]
	if w.Index != 1 || w.Act != casefile.ActFormalNotice || w.Problem != "too-early" || !strings.Contains(w.Citation.Article, "6:96 lid 6") || w.Message != fe.Error() {
		t.Fatalf("warning %+v", w)
	}
	if p.Last != casefile.ActFormalNotice {
		t.Fatalf("lenient plan's state %s, want the demand as sent", p.Last)
	}
	if _, ok := stepOfOK(p, casefile.ActSummons); !ok {
		t.Fatalf("no summons (art. 111 Rv) after the demand: %v", p.Steps)
	}
}

// TestLenientGenericJudgment: in the Netherlands a judgment after a summons
// with no defence is a default judgment (art. 139 Rv); a history that
// records a generic "judgment" right after the summons breaks the flow,
// which allows a defence (art. 128 Rv) or a default judgment there. Strict
// refuses and lists both; lenient plans the service of the judgment (art.
// 430 lid 3 Rv) and warns.
func TestLenientGenericJudgment(t *testing.T) {
	c := nlB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActJudgment, Date: day(2025, 2, 4)}}
	err := flow.ValidateHistory(c)
	var fe *flow.FlowError
	if !errors.As(err, &fe) || fe.Problem != "not-allowed" {
		t.Fatalf("strict: %v", err)
	}
	if !hasAct(fe.Allowed, casefile.ActDefaultJudgment) || !hasAct(fe.Allowed, casefile.ActDefence) {
		t.Fatalf("allowed %v, want the default judgment and the defence", fe.Allowed)
	}
	p, err := Planner{Lenient: true}.Next(c, day(2025, 2, 5))
	if err != nil {
		t.Fatalf("lenient: %v", err)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Act != casefile.ActJudgment || !hasAct(p.Warnings[0].Allowed, casefile.ActDefaultJudgment) {
		t.Fatalf("warnings %+v", p.Warnings)
	}
	if s := recommended(t, p); s.Act != casefile.ActService {
		t.Fatalf("recommended %s, want service (art. 430 lid 3 Rv)", s.Act)
	}
}

// TestLenientBadInput: lenient is no licence for bad input: an unsupported
// country is still refused.
func TestLenientBadInput(t *testing.T) {
	c := nlB2B()
	c.Country = vordering.Country(3)
	if _, err := (Planner{Lenient: true}).Next(c, day(2025, 2, 5)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Fatalf("lenient accepted an unsupported country: %v", err)
	}
}

func hasAct(ks []casefile.ActKind, k casefile.ActKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}
