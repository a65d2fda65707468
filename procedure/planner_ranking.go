package procedure

import "github.com/rickb777/date"

// rankEnforcement is the seam to the enforcement ranking: the options of
// [RankEnforcement] for the case's profile, ranked by r (nil: the default
// ranker). A profile or figure the ranking rejects leaves the options empty
// and says why in the plan, rather than failing the plan.
func (rules Rules) rankEnforcement(c Case, asOf date.Date, r Ranker) ([]EnforcementOption, string) {
	opts, err := rules.RankEnforcement(c, c.Profile, asOf, r)
	if err != nil {
		return nil, "ranking not computed: " + err.Error()
	}
	return opts, ""
}
