package jurisdiction

import (
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Step is one check made on the way to an answer: the rule applied, what it
// gave, and its source.
type Check struct {
	Rule   string             `json:"rule"`
	Result string             `json:"result"`
	Cite   vordering.Citation `json:"cite"`
}

// Decision is the competent first-instance court for a claim, with the
// reason, the value counted, the citations of every rule applied and the
// steps taken.
type Decision struct {
	Country vordering.Country `json:"country"`
	Court   Court             `json:"court"`
	// Value is the amount counted for competence (see [Claim]).
	Value decimal.Decimal `json:"value"`
	// Ceiling is the general value ceiling of the lowest court on the
	// claim's date (BE vrederechter, art. 590; NL kantonrechter, art. 93 sub
	// a), whether or not the decision turned on it.
	Ceiling decimal.Decimal `json:"ceiling"`
	// Reason says in one sentence why Court is competent.
	Reason string `json:"reason"`
	// Citations lists the sources of the rules that decided, the deciding
	// one first.
	Citations []vordering.Citation `json:"citations"`
	Steps     []Check              `json:"steps"`
	// Alternative is a court the claimant may choose instead (BE art. 573
	// al. 2 Ger.W.: a non-enterprise suing an enterprise), or zero.
	Alternative Court `json:"alternative,omitzero"`
	// AlternativeReason explains Alternative; empty when there is none.
	AlternativeReason string `json:"alternativeReason,omitempty"`
	// LawyerRequired reports whether the parties must be represented by a
	// lawyer before Court ([Representation] gives the details).
	LawyerRequired bool `json:"lawyerRequired"`
	// Assurance is how sure the decision is: the weakest level of the table
	// rows it read.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the decision.
	Stamp vordering.Stamp `json:"stamp"`
}

// decider accumulates steps and citations.
type decider struct {
	steps  []Check
	cites  []vordering.Citation
	assure vordering.Assurance
}

// use records that the decision read a table row.
func (x *decider) use(r vordering.RowRef) { x.assure = x.assure.Add(r) }

func (x *decider) step(rule, result string, c vordering.Citation) {
	x.steps = append(x.steps, Check{Rule: rule, Result: result, Cite: c})
}

// decide records the deciding rule and returns the decision skeleton.
func (x *decider) decide(country vordering.Country, court Court, reason string, c vordering.Citation) Decision {
	cites := make([]vordering.Citation, 0, len(x.cites)+1)
	cites = append(cites, c)
	for _, o := range x.cites {
		if o != c {
			cites = append(cites, o)
		}
	}
	return Decision{Country: country, Court: court, Reason: reason, Citations: cites, Steps: x.steps, Assurance: x.assure}
}

func (x *decider) cite(c vordering.Citation) {
	for _, o := range x.cites {
		if o == c {
			return
		}
	}
	x.cites = append(x.cites, c)
}
