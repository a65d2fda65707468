package jurisdiction

import "github.com/vordering/vordering"

// Assessment gathers every answer this package gives about one claim: the
// competent court, whether an appeal would lie, who may appear, and the
// European cross-border routes.
type Assessment struct {
	Decision       Decision          `json:"decision"`
	Appeal         Appeal            `json:"appeal"`
	Representation Representation    `json:"representation"`
	CrossBorder    []CrossBorderNote `json:"crossBorder"`
	// Assurance is how sure the assessment is as a whole: the weakest of its
	// parts.
	Assurance vordering.Assurance `json:"assurance"`
}

// Assess runs [Competent], then [AppealOpen] for the competent court and the
// claim's value, [RepresentationBefore] for that court, and [CrossBorder]. It
// fails if any of them fails: a date that one of the tables does not cover
// gives an error wrapping [vordering.ErrNoRuleInForce] (the Belgian appeal
// table starts later than the competence table), and a caller that wants the
// court alone should call Competent.
func Assess(q Claim) (Assessment, error) { return Rules{}.Assess(q) }

// Assess is [Assess] on the rules' rule set.
func (r Rules) Assess(q Claim) (Assessment, error) {
	dec, err := r.Competent(q)
	if err != nil {
		return Assessment{}, err
	}
	ap, err := AppealOpen(dec.Court, dec.Value, q.AsOf)
	if err != nil {
		return Assessment{}, err
	}
	rep, err := RepresentationBefore(dec.Court)
	if err != nil {
		return Assessment{}, err
	}
	cb, err := CrossBorder(q)
	if err != nil {
		return Assessment{}, err
	}
	a := dec.Assurance.Join(ap.Assurance)
	for _, n := range cb {
		a = a.Join(n.Assurance)
	}
	return Assessment{Decision: dec, Appeal: ap, Representation: rep, CrossBorder: cb, Assurance: a}, nil
}
