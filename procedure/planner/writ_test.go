package planner

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
)

// closedDays returns every Sunday and every holiday of country c's
// calendar (package deadlines) from 2024 to 2027, and the Saturdays of
// 2025 (BE: avoided as a precaution; NL: writ days).
func closedDays(t *testing.T, c vordering.Country) []date.Date {
	t.Helper()
	var out []date.Date
	for d := day(2024, 1, 1); d.Year() <= 2027; d = d.Add(1) {
		if d.Weekday() == time.Sunday || (d.Year() == 2025 && d.Weekday() == time.Saturday) {
			out = append(out, d)
		}
	}
	for y := 2024; y <= 2027; y++ {
		hs, err := deadlines.Holidays(c, y)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			out = append(out, h.Date)
		}
	}
	return out
}

// writArticle is the article each country's writ-day rule must name.
var writArticle = map[vordering.Country]string{vordering.NL: "art. 64", vordering.BE: "art. 47"}

// TestWritEarliestEveryClosedDay: for every Sunday and holiday of 2024–2027
// (and the Saturdays of 2025) and every act the actor table marks as a
// bailiff's writ, the earliest day is a writ day (NL art. 64 lid 2 Rv with
// art. 1077 lid 3 Rv; BE art. 47 Ger.W.), not before the unmoved day, and
// moved exactly when the day is closed to writs; an act that is not a writ
// is never moved.
func TestWritEarliestEveryClosedDay(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		var writs, others []casefile.ActKind
		for _, n := range flow.FlowNodes(c) {
			if flow.IsWrit(c, n.Act) {
				writs = append(writs, n.Act)
			} else {
				others = append(others, n.Act)
			}
		}
		if len(writs) < 7 {
			t.Fatalf("%s: only %d writ acts: %v", c, len(writs), writs)
		}
		for _, d := range closedDays(t, c) {
			closed := !deadlines.IsWritDay(c, d)
			if d.Weekday() == time.Sunday && !closed {
				t.Fatalf("%s %s: a Sunday is a writ day", c, d)
			}
			if hs, _ := deadlines.Holidays(c, d.Year()); c == vordering.NL && d.Weekday() == time.Saturday && closed && !isHoliday(hs, d) {
				t.Fatalf("NL Saturday %s closed to writs (art. 64 lid 2 Rv names only Sundays and holidays)", d)
			}
			for _, k := range writs {
				w, writ, err := writEarliest(deadlines.Rules{}, c, k, d)
				if err != nil || !writ {
					t.Fatalf("%s %s %s: writ %v err %v", c, k, d, writ, err)
				}
				if !deadlines.IsWritDay(c, w.Date) || w.Date.Before(d) {
					t.Fatalf("%s %s from %s: %s is not a writ day on or after it", c, k, d, w.Date)
				}
				if closed != w.Date.After(d) {
					t.Fatalf("%s %s from %s: closed %v but moved to %s", c, k, d, closed, w.Date)
				}
				if !strings.Contains(w.Cite.Article, writArticle[c]) {
					t.Fatalf("%s: cite %s does not name %s", c, w.Cite, writArticle[c])
				}
			}
			for _, k := range others {
				if w, writ, _ := writEarliest(deadlines.Rules{}, c, k, d); writ || w.Date != d {
					t.Fatalf("%s %s is not a writ but was moved from %s to %s", c, k, d, w.Date)
				}
			}
		}
	}
}

func isHoliday(hs []deadlines.Holiday, d date.Date) bool {
	for _, h := range hs {
		if h.Date == d {
			return true
		}
	}
	return false
}

// TestNextWritOnClosedDay plans, on every Sunday and holiday of 2024–2027,
// a case whose next bailiff acts fall on that day: the service of a default
// judgment (BE art. 1495, 1499 Ger.W.; NL art. 430 lid 3, 439 Rv) and, from
// a fresh case, the summons (BE art. 700 Ger.W.; NL art. 111 Rv) and the
// IOS summons (BE art. 1394/20 ff.), and a public creditor's dwangbevel
// to serve or served (NL art. 4:123 Awb; BE art. 177 Decreet lokaal
// bestuur). Every proposed writ is on a writ day,
// not before the as-of day; a moved step names the article; a Belgian move
// makes the plan provisional (the rule is known from one source), a Dutch
// one does not.
func TestNextWritOnClosedDay(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		base := beB2B
		if c == vordering.NL {
			base = nlB2B
		}
		moved := 0
		for _, d := range closedDays(t, c) {
			judged := base()
			judged.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: d.Add(-60)}, {Kind: casefile.ActDefaultJudgment, Date: d.Add(-20)}}
			// A public creditor's dwangbevel to serve (NL art. 4:123 Awb; BE
			// art. 177 DLB), and one served ten days before (garnishments
			// and seizures follow).
			public := nlAwbCase()
			if c == vordering.BE {
				public = beLocalCase(casefile.RegionFlanders)
			}
			public.Invoices[0].Date, public.Invoices[0].DueDate = d.Add(-150), d.Add(-120)
			public.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: d.Add(-100)}, {Kind: casefile.ActDwangbevel, Date: d.Add(-20)}}
			served := public
			served.Acts = append(slices.Clone(public.Acts), casefile.Act{Kind: casefile.ActService, Date: d.Add(-10)})
			for _, k := range []casefile.Case{judged, base(), public, served} {
				p, err := Next(k, d)
				if err != nil {
					t.Fatalf("%s %s: %v", c, d, err)
				}
				n := 0
				for _, s := range p.Steps {
					if !flow.IsWrit(c, s.Act) {
						continue
					}
					n++
					if s.Actor != flow.ActorBailiff {
						t.Errorf("%s %s: writ %s acted by %s", c, d, s.Act, s.Actor)
					}
					if !deadlines.IsWritDay(c, s.Earliest) || s.Earliest.Before(d) {
						t.Fatalf("%s %s: %s proposed on %s, not a writ day", c, d, s.Act, s.Earliest)
					}
					closed := !deadlines.IsWritDay(c, d)
					if s.Earliest == d && closed {
						t.Fatalf("%s %s: %s left on a closed day", c, d, s.Act)
					}
					if s.WritMoved && !closed {
						t.Fatalf("%s %s: %s moved from a writ day", c, d, s.Act)
					}
					if s.WritMoved {
						moved++
						if !notesName(s.Notes, writArticle[c]) || !citesName(s.Citations, writArticle[c]) {
							t.Fatalf("%s %s: moved %s does not name %s: %v", c, d, s.Act, writArticle[c], s.Notes)
						}
						if c == vordering.BE && !p.Assurance.Provisional {
							t.Fatalf("BE %s: a moved writ day did not make the plan provisional: %v", d, p.Assurance)
						}
					}
				}
				if n == 0 {
					t.Fatalf("%s %s: no writ proposed; steps %v", c, d, p.Steps)
				}
			}
		}
		if moved < 400 {
			t.Fatalf("%s: only %d writ steps moved", c, moved)
		}
	}
}

// TestNextWritUnmovedKeepsAssurance: on an ordinary Tuesday no writ moves,
// and the one-source Belgian writ rule does not weaken the plan.
func TestNextWritUnmovedKeepsAssurance(t *testing.T) {
	c := beB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)}}
	p, err := Next(c, day(2025, 3, 4))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.Steps {
		if s.WritMoved {
			t.Fatalf("%s moved on a Tuesday", s.Act)
		}
	}
	for _, w := range p.Assurance.Weakest {
		if strings.Contains(w.Table, "writ days") {
			t.Fatalf("unmoved plan relies on the writ rule: %v", p.Assurance)
		}
	}
	// Saturday 8 March 2025: BE avoids it (art. 47 Ger.W., precaution),
	// NL serves on it (art. 64 lid 2 Rv names only Sundays and holidays).
	p, err = Next(c, day(2025, 3, 8))
	if err != nil {
		t.Fatal(err)
	}
	if s := stepOf(p, casefile.ActService); s.Earliest != day(2025, 3, 10) || !s.WritMoved {
		t.Fatalf("BE Saturday service: %s moved %v", s.Earliest, s.WritMoved)
	}
	n := nlB2B()
	n.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)}}
	p, err = Next(n, day(2025, 3, 8))
	if err != nil {
		t.Fatal(err)
	}
	if s := stepOf(p, casefile.ActService); s.Earliest != day(2025, 3, 8) || s.WritMoved {
		t.Fatalf("NL Saturday service: %s moved %v", s.Earliest, s.WritMoved)
	}
}

func stepOf(p Plan, k casefile.ActKind) PlannedStep {
	for _, s := range p.Steps {
		if s.Act == k {
			return s
		}
	}
	return PlannedStep{}
}

func notesName(ns []string, art string) bool {
	for _, n := range ns {
		if strings.Contains(n, art) {
			return true
		}
	}
	return false
}

func citesName(cs []vordering.Citation, art string) bool {
	for _, c := range cs {
		if strings.Contains(c.Article, art) {
			return true
		}
	}
	return false
}
