package rulebook

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/letters"
	"github.com/vordering/vordering/procedure"
)

// Tables collects the rule tables of every package, in the order of the
// design doc.
func Tables() []vordering.RuleTable {
	var all []vordering.RuleTable
	for _, f := range []func() []vordering.RuleTable{
		deadlines.Rulebook,
		costs.Rulebook,
		garnishment.Rulebook,
		jurisdiction.Rulebook,
		procedure.Rulebook,
		letters.Rulebook,
	} {
		all = append(all, f()...)
	}
	return all
}
