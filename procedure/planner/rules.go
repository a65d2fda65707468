package planner

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/ranking"
	"github.com/vordering/vordering/procedure/routes"
)

// Rules are the rule sets procedure's answers are computed on: the costs of
// each step (package costs), the seizable income of a wage garnishment
// (package garnishment) and the competent court (package jurisdiction). The
// zero value is the built-in rule sets; Eligibility, Next and
// RankEnforcement are shortcuts for it. A caller who supplied a figure to
// one of those packages (costs.Rules.WithRates,
// garnishment.Rules.WithBEThresholds, jurisdiction.Rules.WithCeiling, …)
// passes the resulting rule set here, and every answer that uses the
// figure says it is supplied. The statutory terms and working days of the
// flow are counted on Deadlines (deadlines.Rules.WithNLEquatedDays, …).
type Rules struct {
	Costs        costs.Rules
	Garnishment  garnishment.Rules
	Jurisdiction jurisdiction.Rules
	// Deadlines is the rule set of package deadlines that every statutory
	// term and working day of the flow is counted on (the reminder terms of
	// Eligibility, the waits and windows of the flow, the term a planned
	// step starts); the zero value is the built-in calendars.
	Deadlines deadlines.Rules
}

// Routes returns the rule sets of package routes within r.
func (r Rules) Routes() routes.Rules {
	return routes.Rules{Costs: r.Costs, Jurisdiction: r.Jurisdiction, Deadlines: r.Deadlines}
}

// Ranking returns the rule sets of package ranking within r.
func (r Rules) Ranking() ranking.Rules {
	return ranking.Rules{Costs: r.Costs, Garnishment: r.Garnishment}
}

// Eligibility is [routes.Eligibility] on the rule sets r.
func (r Rules) Eligibility(c casefile.Case, asOf date.Date) (routes.EligibilityReport, error) {
	return r.Routes().Eligibility(c, asOf)
}

// RankEnforcement is [ranking.RankEnforcement] on the rule sets r.
func (r Rules) RankEnforcement(c casefile.Case, p casefile.DebtorProfile, asOf date.Date, rk ranking.Ranker) ([]ranking.EnforcementOption, error) {
	return r.Ranking().RankEnforcement(c, p, asOf, rk)
}

// ValidateHistory is [flow.ValidateHistory] with the terms counted on
// r.Deadlines.
func (r Rules) ValidateHistory(c casefile.Case) error {
	return flow.ValidateHistoryOn(r.Deadlines, c)
}
