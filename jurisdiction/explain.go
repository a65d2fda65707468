package jurisdiction

import (
	"encoding/json"

	"github.com/vordering/vordering"
)

// Explanation returns the checks made as the library's common explanation:
// one step per rule applied (its outcome as the value), then the competent
// court and the value counted.
func (d Decision) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(d.Steps)+2)
	for _, s := range d.Steps {
		out = append(out, vordering.Step{What: s.Rule, Value: vordering.TextValue(s.Result), Rule: "jurisdiction.check", Citation: s.Cite})
	}
	var cite vordering.Citation
	if len(d.Citations) > 0 {
		cite = d.Citations[0]
	}
	return append(out,
		vordering.Step{What: "Value counted for competence", Value: vordering.AmountValue(d.Value), Rule: "jurisdiction.value", Citation: cite},
		vordering.Step{What: "Competent court: " + d.Reason, Value: vordering.TextValue(d.Court.String()), Rule: "jurisdiction.court", Citation: cite})
}

// Explanation returns the decision's explanation followed by the appeal,
// representation and cross-border answers, one step each.
func (a Assessment) Explanation() vordering.Explanation {
	out := a.Decision.Explanation()
	out = append(out,
		vordering.Step{What: "Appeal lies: " + a.Appeal.Reason, Value: vordering.FlagValue(a.Appeal.Open), Rule: "jurisdiction.appeal", Citation: a.Appeal.Cite},
		vordering.Step{What: "Lawyer required: " + a.Representation.Reason, Value: vordering.FlagValue(a.Representation.LawyerRequired), Rule: "jurisdiction.representation", Citation: firstOf(a.Representation.Citations)})
	for _, n := range a.CrossBorder {
		what := n.Route.String() + " open"
		if len(n.Reasons) > 0 {
			what += ": " + n.Reasons[0]
		}
		out = append(out, vordering.Step{What: what, Value: vordering.FlagValue(n.Eligible), Rule: "jurisdiction.cross-border", Citation: firstOf(n.Citations)})
	}
	return out
}

func firstOf(cs []vordering.Citation) vordering.Citation {
	if len(cs) == 0 {
		return vordering.Citation{}
	}
	return cs[0]
}

// MarshalJSON encodes the decision with its fields and its [vordering.Explanation].
func (d Decision) MarshalJSON() ([]byte, error) {
	type plain Decision
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(d), d.Explanation()})
}
