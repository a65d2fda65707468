package procedure

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// The replay carries candidate sets forward (flow.go) instead of building,
// for every act, the list of all its candidates. These tests hold it to the
// reference it replaced: history.candidates, the full list in preference
// order, read the way the replay and the planner read it before. The
// expected values are therefore not figures of law but the answers of the
// reference on the same history.

// refReplay is the replay as it was: each act is checked against the full
// candidate list (history.explain), never against the candidate sets.
func refReplay(c Case, asOf date.Date) (*history, error) {
	h := newHistory(c)
	if h.f == nil {
		return nil, vordering.Invalid("Case.Country", uint8(c.Country), "not a supported country")
	}
	h.sorted = flowActs(c, asOf)
	for _, a := range h.sorted {
		node, ok := h.f.nodes[a.Kind]
		if !ok {
			return h, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
				Rule: "the act is not part of the " + h.c.Country.String() + " collection flow"}
		}
		if eff, err := effects(h.c.Country, h.c.statusOn(a.Date)); err == nil {
			if r, bad := eff.forbidden(node.Step); bad {
				return h, &FlowError{Index: a.idx, Act: a.Kind, Problem: "status", Rule: r.Text, Cite: r.Cite}
			}
		}
		flow := false
		if !h.neutral(a.Kind) {
			var err error
			if flow, err = h.explain(a); err != nil {
				return h, err
			}
		}
		h.accept(a, flow)
	}
	return h, nil
}

// refUsedAfter is the planner's old test: an act of kind k follows act from
// in the history.
func refUsedAfter(h *history, from *histAct, k ActKind) bool {
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
func compareReplay(c Case) error {
	fast, errF := replay(c, vordering.NoDate())
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
				return x.err == nil && !(vordering.HasDate(x.latest) && x.latest.Before(maxDay(x.earliest, asOf)))
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
	probe, _ := replay(c, vordering.NoDate())
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
func randomHistory(r *rand.Rand) Case {
	bases := []func() Case{beB2B, beConsumer, nlConsumer, nlB2B}
	c := bases[r.IntN(len(bases))]()
	if r.IntN(5) == 0 {
		c.Status = DebtorStatus(r.IntN(9))
		c.StatusSince = c.Invoices[0].DueDate.Add(date.PeriodOfDays(r.IntN(200)))
	}
	kinds := len(actKindNames.names)
	d := c.Invoices[0].DueDate.Add(1)
	n := 1 + r.IntN(40)
	for tries := 0; len(c.Acts) < n && tries < 400; tries++ {
		switch r.IntN(4) {
		case 0:
			d = d.Add(date.PeriodOfDays(r.IntN(40)))
		case 1:
			d = d.Add(date.PeriodOfDays(r.IntN(3)))
		}
		k := ActKind(1 + r.IntN(kinds-1))
		if h, err := refReplay(c, vordering.NoDate()); err == nil && r.IntN(5) != 0 {
			var next []ActKind
			for _, node := range h.f.nodeList {
				if h.hasCandidate(node.Act) {
					next = append(next, node.Act)
				}
			}
			if len(next) > 0 {
				k = next[r.IntN(len(next))]
			}
		}
		a := Act{Kind: k, Date: d, Outcome: Outcome(r.IntN(7)), Electronic: r.IntN(3) == 0}
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
		if h, err := replay(c, vordering.NoDate()); err != nil {
			refused++
		} else if h.phase == PhaseExecution {
			executed++
		}
	}
	// The random histories reach what is compared: execution, and refusals.
	if executed < 100 || refused < 100 {
		t.Errorf("only %d histories reach execution and %d are refused", executed, refused)
	}
	for _, build := range []func(int) (Case, date.Date){scaleBEReminders, scaleNLFormalNotices, scaleSameDayExecution} {
		c, _ := build(60)
		if err := compareReplay(c); err != nil {
			t.Fatalf("%+v: %v", c.Acts, err)
		}
	}
}

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

// refPrescribe is Prescription for one invoice as it was computed before
// the act index: every act of the case, sorted for each invoice, read in
// full.
func refPrescribe(c Case, inv Invoice, asOf date.Date) PrescriptionResult {
	res := PrescriptionResult{Invoice: inv.Number}
	tl := prescriptionTerm(c, inv)
	row, err := tl.At(inv.DueDate)
	if err != nil {
		res.Note = err.Error()
		return res
	}
	res.Covered, res.Years, res.Rule = true, row.Value, row.Cite
	res.Assurance = vordering.Assurance{}.Add(tl.Ref(row))
	res.Start = inv.DueDate.Add(1)
	res.LastDay = endOfYears(res.Start, row.Value)
	original := res.LastDay
	res.Note = row.Note
	concerns := func(a Act) bool {
		for _, x := range a.Invoices {
			if x == inv.Number {
				return true
			}
		}
		return len(a.Invoices) == 0
	}
	used := false
	for _, a := range sortedActs(c.Acts) {
		if a.Date.After(asOf) || a.Date.After(res.LastDay) || !concerns(a) {
			continue
		}
		if a.Kind == ActJudgment {
			res.Note = "A judgment was obtained on " + a.Date.String() +
				"; the claim now rests on the title, whose prescription is not computed here."
			break
		}
		cite, years, floor, ok := interruption(c, a, row.Value, original, used)
		if !ok {
			continue
		}
		used = used || a.Kind == ActLawyerNotice
		start := a.Date.Add(1)
		last := endOfYears(start, years)
		if vordering.HasDate(floor) && last.Before(floor) {
			last = floor
		}
		res.Start, res.LastDay = start, last
		res.Interruptions = append(res.Interruptions, Interruption{Act: a.Kind, Date: a.Date, Cite: cite, LastDay: last})
	}
	res.Barred = res.LastDay.Before(asOf)
	return res
}

// TestPrescriptionMatchesReference compares Prescription, which reads each
// invoice's acts from one sorted index and stops at the first act after the
// last day, with the full reading, on random cases of several invoices
// whose acts name some of them, come in any order and interrupt (BE art.
// 2244, 2248; NL art. 3:316–3:318 BW) or not.
func TestPrescriptionMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	interruptions, barred := 0, 0
	kinds := []ActKind{ActReminder, ActFormalNotice, ActLawyerNotice, ActFourteenDayLetter, ActSummons, ActPetition, ActJudgment,
		ActService, ActSeizure, ActAcknowledgement, ActPaymentPlan, ActPayment}
	for i := range 2000 {
		c := []func() Case{beB2B, beConsumer, nlConsumer, nlB2B}[r.IntN(4)]()
		base := c.Invoices[0]
		c.Invoices = nil
		for j := range 1 + r.IntN(4) {
			inv := base
			inv.Number = "F" + strconv.Itoa(j)
			inv.DueDate = day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(3000)))
			inv.Date = inv.DueDate.Add(-30)
			inv.Nature = Nature(r.IntN(5))
			c.Invoices = append(c.Invoices, inv)
		}
		for range r.IntN(15) {
			a := Act{Kind: kinds[r.IntN(len(kinds))], Date: day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(5000)))}
			for range r.IntN(3) {
				a.Invoices = append(a.Invoices, c.Invoices[r.IntN(len(c.Invoices))].Number)
			}
			c.Acts = append(c.Acts, a)
		}
		asOf := day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(6000)))
		got, _ := Prescription(c, asOf)
		for _, g := range got {
			interruptions += len(g.Interruptions)
			if g.Barred {
				barred++
			}
		}
		for j, inv := range c.Invoices {
			if want := refPrescribe(c, inv, asOf); !reflect.DeepEqual(got[j], want) {
				t.Fatalf("case %d invoice %s on %v, acts %+v:\n got %+v\nwant %+v", i, inv.Number, asOf, c.Acts, got[j], want)
			}
		}
	}
	// The random cases reach what is compared: interruptions and barred
	// invoices.
	if interruptions < 1000 || barred < 100 {
		t.Errorf("only %d interruptions and %d barred invoices compared", interruptions, barred)
	}
}
