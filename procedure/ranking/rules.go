package ranking

import (
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/garnishment"
)

// Rules are the rule sets the enforcement options are figured on: the
// bailiff's tariff (package costs) and the seizable part of an income
// (package garnishment). The zero value is the built-in rule sets;
// [RankEnforcement] is the shortcut for it.
type Rules struct {
	Costs       costs.Rules
	Garnishment garnishment.Rules
}
