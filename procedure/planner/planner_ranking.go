package planner

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/ranking"
)

// rankEnforcement is the seam to the enforcement ranking: the options of
// [RankEnforcement] for the case's profile, ranked by r (nil: the default
// ranker), on the case Next has validated. A profile or figure the ranking
// rejects leaves the options empty and says why in the plan, rather than
// failing the plan.
func (rules Rules) rankEnforcement(c casefile.Case, asOf date.Date, r ranking.Ranker) ([]ranking.EnforcementOption, string) {
	opts, err := rules.Ranking().RankChecked(kit.Trust(c), c.Profile, asOf, r)
	if err != nil {
		return nil, "ranking not computed: " + err.Error()
	}
	return opts, ""
}
