package procedure

import "github.com/rickb777/date"

// rankEnforcement is the seam to the enforcement ranking.
func rankEnforcement(c Case, asOf date.Date, r Ranker) ([]EnforcementOption, string) {
	_, _, _ = c, asOf, r
	return nil, "ranking not computed: the enforcement ranking is not part of this build."
}
