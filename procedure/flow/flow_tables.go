package flow

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// edgeSet is a group of transitions that share their conditions: one edge
// from each From to each To.
type edgeSet struct {
	from, to []casefile.ActKind
	t        Transition
}

// edges builds an edgeSet (a table-writing helper).
func edges(from, to []casefile.ActKind, t Transition) edgeSet {
	return edgeSet{from: from, to: to, t: t}
}

// flowTable expands edge sets into the transitions of country c, in order.
func flowTable(c vordering.Country, sets ...edgeSet) []Transition {
	var out []Transition
	for _, s := range sets {
		for _, f := range s.from {
			for _, t := range s.to {
				e := s.t
				e.Country, e.From, e.To = c, f, t
				out = append(out, e)
			}
		}
	}
	return out
}
