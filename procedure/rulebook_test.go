package procedure

import (
	"encoding/json"
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// TestFlowTables: every edge of both flows is cited and ruled, connects acts
// of the country's node list, and names only statutory terms the deadlines
// catalogue holds for that country; every node but the neutral ones is
// reachable; the rulebook has one row per edge.
func TestFlowTables(t *testing.T) {
	rb := Rulebook()
	for i, c := range []struct {
		edges []Transition
		nodes []FlowNode
	}{{beFlow, beNodes}, {nlFlow, nlNodes}} {
		f := flows[rb[i].Country]
		if len(rb[i].Rows) != len(c.edges) {
			t.Errorf("%s: rulebook rows %d, edges %d", rb[i].Country, len(rb[i].Rows), len(c.edges))
		}
		reached := map[ActKind]bool{}
		for j, e := range c.edges {
			if e.Cite.IsZero() || e.Rule == "" {
				t.Errorf("%s edge %d (%s→%s): no citation or rule", e.Country, j, e.From, e.To)
			}
			if _, ok := f.nodes[e.To]; !ok {
				t.Errorf("%s edge %d: target %s not a node", e.Country, j, e.To)
			}
			if _, ok := f.nodes[e.From]; !ok && e.From != 0 {
				t.Errorf("%s edge %d: source %s not a node", e.Country, j, e.From)
			}
			for _, k := range append(append([]deadlines.Kind(nil), e.Wait...), e.Within...) {
				if _, err := deadlines.Lookup(e.Country, k); err != nil {
					t.Errorf("%s edge %d: %v", e.Country, j, err)
				}
			}
			reached[e.To] = true
		}
		for _, n := range c.nodes {
			if !n.Phase.Valid() && !n.Neutral {
				t.Errorf("%s: node %s has no phase", rb[i].Country, n.Act)
			}
			if !n.Neutral && !reached[n.Act] {
				t.Errorf("%s: node %s unreachable", rb[i].Country, n.Act)
			}
			if n.Then != 0 {
				if _, err := deadlines.Lookup(rb[i].Country, n.Then); err != nil {
					t.Errorf("%s node %s: %v", rb[i].Country, n.Act, err)
				}
			}
		}
	}
}

// TestFlowJSON: the tables and a plan marshal to JSON.
func TestFlowJSON(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		if _, err := json.Marshal(Flow(c)); err != nil {
			t.Errorf("%s flow: %v", c, err)
		}
		if _, err := json.Marshal(FlowNodes(c)); err != nil {
			t.Errorf("%s nodes: %v", c, err)
		}
	}
	if Flow(vordering.Country(0)) != nil || FlowNodes(vordering.Country(0)) != nil {
		t.Error("unsupported country should give nil")
	}
	p, err := Next(benchCaseBE(), day(2025, 4, 23))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(p); err != nil {
		t.Errorf("plan: %v", err)
	}
	var ph Phase
	if err := ph.UnmarshalText([]byte("execution")); err != nil || ph != PhaseExecution {
		t.Errorf("Phase text: %v %v", ph, err)
	}
	var tk TitleKind
	if err := tk.UnmarshalText([]byte("ios-pv")); err != nil || tk != IOSTitle {
		t.Errorf("TitleKind text: %v %v", tk, err)
	}
}
