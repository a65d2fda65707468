package flow

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/internal/terms"
)

// The replay carries candidate sets forward (flow.go) instead of building,
// for every act, the list of all its candidates. These tests hold it to the
// reference it replaced: history.candidates, the full list in preference
// order, read the way the replay and the planner read it before. The
// expected values are therefore not figures of law but the answers of the
// reference on the same history.

// refReplay is the replay as it was: each act is checked against the full
// candidate list (history.explain), never against the candidate sets.
func refReplay(c casefile.Case, asOf date.Date) (*History, error) {
	h := newHistory(terms.Calendar{}, c)
	if h.f == nil {
		return nil, vordering.Invalid("casefile.Case.Country", uint8(c.Country), "not a supported country")
	}
	h.sorted = flowActs(c, asOf)
	for _, a := range h.sorted {
		node, ok := h.f.nodes[a.Kind]
		if !ok {
			return h, h.withAllowed(a, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
				Rule: "the act is not part of the " + h.c.Country.String() + " collection flow"})
		}
		if eff, err := debtor.Effects(h.c.Country, kit.StatusOn(h.c, a.Date)); err == nil {
			if r, bad := eff.Forbids(node.Step); bad {
				return h, h.withAllowed(a, &FlowError{Index: a.idx, Act: a.Kind, Problem: "status", Rule: r.Text, Cite: r.Cite})
			}
		}
		flow := false
		if !h.neutral(a.Kind) {
			var err error
			if flow, err = h.explain(a); err != nil {
				return h, h.withAllowed(a, err)
			}
		}
		h.accept(a, flow)
	}
	return h, nil
}

// refUsedAfter is the planner's old test: an act of kind k follows act from
// in the history.
func refUsedAfter(h *History, from *histAct, k casefile.ActKind) bool {
	seen := from == nil
	for i := range h.acts {
		a := &h.acts[i]
		if !seen {
			seen = a.idx == from.idx
			continue
		}
		if a.Kind == k {
			return true
		}
	}
	return false
}

// compareReplay replays c with the candidate sets and with the reference
// and reports the first difference: in the error, the acts accepted, the
// phase and title reached, and, on the history reached, in every lookup
// the planner makes (hasCandidate, firstMatch) and in passes for days from
// the last act on.
func compareReplay(c casefile.Case) error {
	fast, errF := replay(terms.Calendar{}, c, vordering.NoDate())
	ref, errR := refReplay(c, vordering.NoDate())
	if !reflect.DeepEqual(errF, errR) {
		return fmt.Errorf("error: sets %v, reference %v", errF, errR)
	}
	if fast == nil {
		return nil
	}
	if len(fast.acts) != len(ref.acts) || fast.phase != ref.phase || fast.title != ref.title {
		return fmt.Errorf("state: sets %d acts %v %v, reference %d acts %v %v", len(fast.acts), fast.phase, fast.title, len(ref.acts), ref.phase, ref.title)
	}
	for i := range fast.acts {
		if fast.acts[i].idx != ref.acts[i].idx {
			return fmt.Errorf("act %d: sets %d, reference %d", i, fast.acts[i].idx, ref.acts[i].idx)
		}
	}
	if errF != nil {
		return nil
	}
	var last date.Date
	if n := len(fast.sorted); n > 0 {
		last = fast.sorted[n-1].Date
	} else {
		last = c.Invoices[0].DueDate
	}
	for _, node := range fast.f.nodeList {
		k := node.Act
		cands := fast.candidates(k)
		if got := fast.hasCandidate(k); got != (len(cands) > 0) {
			return fmt.Errorf("%v: hasCandidate %v, %d candidates", k, got, len(cands))
		}
		for _, asOf := range []date.Date{last, last.Add(9), last.Add(40), last.Add(400)} {
			ok := func(x *match) bool {
				return x.err == nil && !(vordering.HasDate(x.latest) && x.latest.Before(kit.Later(x.earliest, asOf)))
			}
			got, found := fast.firstMatch(k, fast.latestOf(k), ok)
			var want *match
			for i := range cands {
				if x := &cands[i]; ok(x) && !refUsedAfter(fast, x.from, k) {
					want = x
					break
				}
			}
			if found != (want != nil) {
				return fmt.Errorf("%v on %v: firstMatch found %v, reference %v", k, asOf, found, want != nil)
			}
			if found && (got.edge != want.edge || got.from != want.from || got.earliest != want.earliest || got.latest != want.latest) {
				return fmt.Errorf("%v on %v: firstMatch %v from %v, reference %v from %v", k, asOf, got.edge.Rule, got.from, want.edge.Rule, want.from)
			}
		}
	}
	// passes, for days that do not go back, against "some candidate allows
	// the act on that day". A fresh replay, since passes moves the sets on.
	probe, _ := replay(terms.Calendar{}, c, vordering.NoDate())
	for _, day := range []date.Date{last, last.Add(1), last.Add(8), last.Add(20), last.Add(45), last.Add(200)} {
		for _, node := range probe.f.nodeList {
			k := node.Act
			want := false
			for _, m := range probe.candidates(k) {
				want = want || m.allows(day)
			}
			if got := probe.passes(k, day); got != want {
				return fmt.Errorf("%v on %v: passes %v, reference %v", k, day, got, want)
			}
		}
	}
	return nil
}

// randomHistory grows a history act by act on one of the test cases. Most
// acts are drawn among those the flow has a transition to from the state
// reached (so the history goes deep: execution, remedies, a second title),
// the others among every kind; an act the reference refuses is dropped,
// except now and then (so that errors are compared too). Acts come in date
// order, many on the same day, with outcomes, receipts and electronic
// letters.
func randomHistory(r *rand.Rand) casefile.Case {
	bases := []func() casefile.Case{beB2B, beConsumer, nlConsumer, nlB2B}
	c := bases[r.IntN(len(bases))]()
	if r.IntN(5) == 0 {
		c.Status = casefile.DebtorStatus(r.IntN(9))
		c.StatusSince = c.Invoices[0].DueDate.Add(date.PeriodOfDays(r.IntN(200)))
	}
	kinds := (int(casefile.ActClaimDeclaration) + 1)
	d := c.Invoices[0].DueDate.Add(1)
	n := 1 + r.IntN(40)
	for tries := 0; len(c.Acts) < n && tries < 400; tries++ {
		switch r.IntN(4) {
		case 0:
			d = d.Add(date.PeriodOfDays(r.IntN(40)))
		case 1:
			d = d.Add(date.PeriodOfDays(r.IntN(3)))
		}
		k := casefile.ActKind(1 + r.IntN(kinds-1))
		if h, err := refReplay(c, vordering.NoDate()); err == nil && r.IntN(5) != 0 {
			var next []casefile.ActKind
			for _, node := range h.f.nodeList {
				if h.hasCandidate(node.Act) {
					next = append(next, node.Act)
				}
			}
			if len(next) > 0 {
				k = next[r.IntN(len(next))]
			}
		}
		a := casefile.Act{Kind: k, Date: d, Outcome: casefile.Outcome(r.IntN(7)), Electronic: r.IntN(3) == 0}
		if r.IntN(4) == 0 {
			a.Received = d.Add(date.PeriodOfDays(r.IntN(6)))
		}
		c.Acts = append(c.Acts, a)
		if _, err := refReplay(c, vordering.NoDate()); err != nil && r.IntN(10) != 0 {
			c.Acts = c.Acts[:len(c.Acts)-1]
		}
	}
	return c
}

// TestReplayMatchesReference compares the replay with its reference on
// random histories and on the scale benchmarks' histories.
func TestReplayMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	executed, refused := 0, 0
	for i := range 800 {
		c := randomHistory(r)
		if err := compareReplay(c); err != nil {
			t.Fatalf("history %d %+v: %v", i, c.Acts, err)
		}
		if h, err := replay(terms.Calendar{}, c, vordering.NoDate()); err != nil {
			refused++
		} else if h.phase == PhaseExecution {
			executed++
		}
	}
	// The random histories reach what is compared: execution, and refusals.
	if executed < 100 || refused < 100 {
		t.Errorf("only %d histories reach execution and %d are refused", executed, refused)
	}
	for _, build := range []func(int) (casefile.Case, date.Date){scaleBEReminders, scaleNLFormalNotices, scaleSameDayExecution} {
		c, _ := build(60)
		if err := compareReplay(c); err != nil {
			t.Fatalf("%+v: %v", c.Acts, err)
		}
	}
}
