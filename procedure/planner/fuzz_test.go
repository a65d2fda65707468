package planner

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/ranking"
)

// FuzzPlannerNext holds the planner, on the cases of FuzzNext (package
// procedure; the generator is copied in helpers_test.go), to the
// invariants of issue 13 besides FuzzNext's own:
//
//   - strict: no proposed step fails ValidateHistory when added on its
//     earliest day; every proposed bailiff's writ is on a writ day
//     (deadlines.IsWritDay: NL art. 64 lid 2 Rv, BE art. 47 Ger.W.); the
//     recommended step is the creditor's (Role action, never the debtor's);
//     every debtor move is in Steps with Role watch; no act of a route
//     the enforcement ranking puts below stop is proposed;
//   - lenient: never refuses a case whose only problem is an irregular act
//     (strict's *FlowError), which it reports as warnings; any other error
//     (invalid input) is strict's error; when strict plans, lenient gives
//     the same plan.
func FuzzPlannerNext(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(200), []byte{5, 3, 5, 15, 9, 0, 11, 10, 0})
	f.Add(uint8(2), uint8(1), uint8(2), uint8(0), uint8(0), uint8(1), uint8(0), int64(80000), int64(0), int32(20100), int32(30), int32(120), []byte{4, 5, 0, 2, 8, 0, 8, 9, 0, 15, 11, 0, 11, 12, 0})
	f.Add(uint8(1), uint8(1), uint8(2), uint8(3), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 15, 5, 0, 11, 6, 0})
	f.Add(uint8(2), uint8(2), uint8(2), uint8(1), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 19, 5, 0, 20, 6, 0, 22, 7, 0, 10, 9, 0})
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(90), []byte{5, 3, 3, 8, 9, 0})
	f.Add(uint8(2), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(0), int32(20100), int32(30), int32(90), []byte{15, 3, 0, 13, 5, 0})
	// Public creditors (status high bits 3: the country's public basis;
	// matter high bits: the Belgian region; nature bit 4: the Dutch power):
	// an aanmaning, a dwangbevel and its service.
	f.Add(uint8(2), uint8(1), uint8(3), uint8(0x30), uint8(0), uint8(16), uint8(0), int64(65000), int64(0), int32(20100), int32(42), int32(120), []byte{30, 7, 0, 31, 10, 0, 11, 11, 0})
	f.Add(uint8(1), uint8(1), uint8(3), uint8(0x30), uint8(16), uint8(0), uint8(0), int64(42000), int64(0), int32(20100), int32(30), int32(120), []byte{30, 6, 0, 31, 8, 0, 11, 9, 0})
	f.Add(uint8(1), uint8(1), uint8(3), uint8(0x30), uint8(48), uint8(0), uint8(0), int64(42000), int64(0), int32(20100), int32(30), int32(120), []byte{30, 6, 0, 31, 8, 0, 11, 9, 0, 32, 10, 0})
	f.Fuzz(func(t *testing.T, country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap, asOfGap int32, acts []byte) {
		c := fuzzCase(country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
		asOf := date.Date{}.Add(date.PeriodOfDays(invDay)).Add(date.PeriodOfDays(asOfGap))
		p, err := Next(c, asOf)
		lp, lerr := Planner{Lenient: true}.Next(c, asOf)
		var fe *flow.FlowError
		switch {
		case err == nil:
			if lerr != nil || !reflect.DeepEqual(p, lp) {
				t.Fatalf("lenient differs from strict on a regular history: %v", lerr)
			}
		case errors.As(err, &fe):
			if lerr != nil {
				t.Fatalf("lenient refused a case whose problem is an irregular act (%v): %v", err, lerr)
			}
			if len(lp.Warnings) == 0 || lp.Warnings[0].Index != fe.Index || lp.Warnings[0].Message != fe.Error() {
				t.Fatalf("lenient warnings %+v, strict error %v", lp.Warnings, fe)
			}
			checkPlan(t, c, asOf, lp, false)
			return
		default:
			if lerr == nil || lerr.Error() != err.Error() {
				t.Fatalf("strict error %v, lenient %v", err, lerr)
			}
			return
		}
		checkPlan(t, c, asOf, p, true)
	})
}

// checkPlan checks the invariants of a plan; strict: also that every step
// added on its earliest day passes ValidateHistory.
func checkPlan(t *testing.T, c casefile.Case, asOf date.Date, p Plan, strict bool) {
	t.Helper()
	var past []casefile.Act
	for _, a := range c.Acts {
		if !a.Date.After(asOf) {
			past = append(past, a)
		}
	}
	last := date.New(deadlines.LastYear, time.December, 31)
	if p.Recommended >= 0 {
		if s := p.Steps[p.Recommended]; s.Role != flow.RoleAction || s.Actor == flow.ActorDebtor {
			t.Fatalf("recommended %s by %s (%s)", s.Act, s.Actor, s.Role)
		}
	}
	for _, d := range p.DebtorMoves {
		if d.Actor != flow.ActorDebtor || d.Role != flow.RoleWatch {
			t.Fatalf("debtor move %s by %s (%s)", d.Act, d.Actor, d.Role)
		}
	}
	stop := false
	for _, o := range p.Enforcement {
		if o.Kind == ranking.EnforceStop {
			stop = true
			continue
		}
		if !stop {
			continue
		}
		// The plan and the ranking agree: no act of a route the ranking
		// puts below stop is proposed.
		for _, s := range p.Steps {
			if k, ok := enforcementAct[o.Kind]; ok && s.Act == k {
				t.Fatalf("%s proposed while the ranking puts stop above %s", s.Act, o.Kind)
			}
		}
	}
	for _, s := range p.Steps {
		if !s.Actor.Valid() || !s.Role.Valid() {
			t.Fatalf("%s: actor %d role %d", s.Act, s.Actor, s.Role)
		}
		if flow.IsWrit(c.Country, s.Act) && !s.Earliest.After(last) && !deadlines.IsWritDay(c.Country, s.Earliest) {
			t.Fatalf("writ %s proposed on %s, not a writ day", s.Act, s.Earliest)
		}
		if !strict || s.Earliest.After(date.New(vordering.LastYear, time.December, 31)) {
			continue
		}
		c2 := c
		c2.Acts = append(append([]casefile.Act(nil), past...), casefile.Act{Kind: s.Act, Date: s.Earliest})
		if err := flow.ValidateHistory(c2); err != nil {
			t.Fatalf("planner proposed %s on %s but the flow forbids it: %v", s.Act, s.Earliest, err)
		}
	}
}
