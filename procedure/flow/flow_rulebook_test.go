package flow

import (
	"testing"

	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
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
		reached := map[casefile.ActKind]bool{}
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
			for _, k := range append(append([]deadlines.TermKind(nil), e.Wait...), e.Within...) {
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
