package planner

import (
	"encoding/json"
	"strconv"

	"github.com/vordering/vordering"
)

// Explanation returns the plan as the library's common explanation: the
// phase reached, each irregular act of a lenient plan, each lawful next
// step (its earliest day, who acts, the rule and its first citation), each
// step withheld with its first reason, each enforcement route in rank
// order, and last the recommended step, or why there is none.
func (p Plan) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, 2+len(p.Warnings)+len(p.Steps)+len(p.Withheld)+len(p.Enforcement))
	phase := "none"
	if p.Phase != 0 {
		phase = p.Phase.String()
	}
	what := "Phase reached"
	switch {
	case p.Closed:
		what = "Closed: paid by " + p.ClosedBy
	case p.Suspended:
		what = "Suspended: " + p.EnforcementNote
	}
	out = append(out, vordering.Step{What: what, Value: vordering.TextValue(phase), Rule: "procedure.phase", Citation: p.Addressee.Cite})
	for _, w := range p.Warnings {
		out = append(out, vordering.Step{What: "Irregular act, taken as done: " + w.Message, Value: vordering.TextValue(w.Problem), Rule: "procedure.warning", Citation: w.Citation})
	}
	for _, s := range p.Steps {
		out = append(out, vordering.Step{What: s.Label + " (" + s.Actor.String() + ", " + s.Role.String() + "), from: " + s.Rule,
			Value: vordering.DateValue(s.Earliest), Rule: "procedure.step", Citation: first(s.Citations)})
	}
	for _, w := range p.Withheld {
		s := vordering.Step{What: "Withheld: " + w.Act.String(), Value: vordering.FlagValue(false), Rule: "procedure.withheld"}
		if w.Act == 0 {
			s.What = "Withheld: the whole collection"
		}
		if len(w.Reasons) > 0 {
			s.What += ": " + w.Reasons[0].Text
			s.Citation = w.Reasons[0].Cite
		}
		out = append(out, s)
	}
	for _, o := range p.Enforcement {
		out = append(out, vordering.Step{What: "Enforcement rank " + strconv.Itoa(o.Rank) + ": " + o.Kind.String() + ", expected recovery",
			Value: vordering.AmountValue(o.ExpectedRecovery), Rule: "procedure.enforcement", Citation: first(o.Cites)})
	}
	rec := vordering.Step{What: "No step recommended", Value: vordering.TextValue("none"), Rule: "procedure.recommended"}
	if p.Recommended >= 0 && p.Recommended < len(p.Steps) {
		s := p.Steps[p.Recommended]
		rec = vordering.Step{What: "Recommended: " + s.Label, Value: vordering.TextValue(s.Act.String()), Rule: "procedure.recommended", Citation: first(s.Citations)}
	}
	if len(p.RecommendedBecause) > 0 {
		rec.What += ", because " + p.RecommendedBecause[0]
	}
	return append(out, rec)
}

func first(cs []vordering.Citation) vordering.Citation {
	if len(cs) == 0 {
		return vordering.Citation{}
	}
	return cs[0]
}

// MarshalJSON encodes the plan with its fields and its
// [vordering.Explanation] under "explanation".
func (p Plan) MarshalJSON() ([]byte, error) {
	type plain Plan
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(p), p.Explanation()})
}
