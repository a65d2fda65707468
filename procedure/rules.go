package procedure

import (
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
)

// Rules are the rule sets procedure's answers are computed on: the costs of
// each step (package costs), the seizable income of a wage garnishment
// (package garnishment) and the competent court (package jurisdiction). The
// zero value is the built-in rule sets; Eligibility, Next and
// RankEnforcement are shortcuts for it. A caller who supplied a figure to
// one of those packages (costs.Rules.WithRates,
// garnishment.Rules.WithBEThresholds, jurisdiction.Rules.WithCeiling, …)
// passes the resulting rule set here, and every answer that uses the
// figure says it is supplied. The statutory terms of the flow still use the
// built-in calendars of package deadlines.
type Rules struct {
	Costs        costs.Rules
	Garnishment  garnishment.Rules
	Jurisdiction jurisdiction.Rules
}
