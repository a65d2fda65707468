package routes

import (
	"encoding/json"

	"github.com/vordering/vordering"
)

// Explanation returns the assessment as the library's common explanation:
// the addressee of the letters, then one step per route (open or not, with
// the first reason that closes it, or the day it opens), then one step per
// invoice that is time-barred or whose term no rule covers.
func (a EligibilityReport) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(a.Routes)+len(a.Prescription)+1)
	what := "Letters go to the " + a.Addressee.Role.String()
	if a.Addressee.Name != "" {
		what += ": " + a.Addressee.Name
	}
	out = append(out, vordering.Step{What: what, Value: vordering.FlagValue(a.Addressee.Letters), Rule: "procedure.addressee", Citation: a.Addressee.Cite})
	for _, r := range a.Routes {
		s := vordering.Step{What: r.Route.String() + " open", Value: vordering.FlagValue(r.Open), Rule: "procedure.route"}
		switch {
		case len(r.Blocks) > 0:
			s.What = r.Route.String() + " closed: " + r.Blocks[0].Text
			s.Citation = r.Blocks[0].Cite
			if vordering.HasDate(r.OpensOn) {
				s.What = r.Route.String() + " opens on " + r.OpensOn.String() + ": " + r.Blocks[0].Text
			}
		case len(r.Notes) > 0:
			s.What += ": " + r.Next
			s.Citation = r.Notes[0].Cite
		default:
			s.What += ": " + r.Next
		}
		out = append(out, s)
	}
	for _, p := range a.Prescription {
		switch {
		case !p.Covered:
			out = append(out, vordering.Step{What: "Invoice " + p.Invoice + ": prescription not covered: " + p.Note, Value: vordering.FlagValue(false), Rule: "procedure.prescription", Citation: p.Rule})
		case p.Barred:
			out = append(out, vordering.Step{What: "Invoice " + p.Invoice + " time-barred after", Value: vordering.DateValue(p.LastDay), Rule: "procedure.prescription", Citation: p.Rule})
		}
	}
	return out
}

// MarshalJSON encodes the assessment with its fields and its
// [vordering.Explanation] under "explanation".
func (a EligibilityReport) MarshalJSON() ([]byte, error) {
	type plain EligibilityReport
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(a), a.Explanation()})
}
