package routes

import (
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/jurisdiction"
)

// Rules are the rule sets the route conditions are checked on: the
// collection costs and their terms (package costs), the competent court
// (package jurisdiction) and the statutory terms and working days (package
// deadlines). The zero value is the built-in rule sets; [Eligibility] is
// the shortcut for it.
type Rules struct {
	Costs        costs.Rules
	Jurisdiction jurisdiction.Rules
	Deadlines    deadlines.Rules
}
