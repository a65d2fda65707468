package planner

import (
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/ranking"
)

// TestPlanAgreesWithRankingStop: a Belgian default judgment served on 4
// March 2025 (art. 1495, 1499 Ger.W.) against a debtor whose five earlier
// collections all failed. The default ranking's collectability is then
// 100 − 5 × 20 = 0 % (a ranking assumption, documented on DefaultRanker),
// so no route recovers anything and stop ranks first. The plan must not
// propose the wage or bank garnishment or the movable seizure the flow
// allows (art. 1539, 1499 Ger.W.): each is withheld with the ranking's
// reason, and no step is recommended.
func TestPlanAgreesWithRankingStop(t *testing.T) {
	c := beB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)},
		{Kind: casefile.ActService, Date: day(2025, 3, 4)}}
	c.Profile = casefile.DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2500)}, EmployerKnown: true, BankAccountKnown: true,
		EarlierCollections: 5, FailedCollections: 5}
	p := mustNext(t, c, day(2025, 3, 10))
	if len(p.Enforcement) == 0 || p.Enforcement[0].Kind != ranking.EnforceStop {
		t.Fatalf("ranking %+v: want stop first (collectability 0 %%)", p.Enforcement)
	}
	enforce := map[casefile.ActKind]bool{casefile.ActWageGarnishment: true, casefile.ActBankGarnishment: true, casefile.ActMovableSeizure: true}
	for _, s := range p.Steps {
		if enforce[s.Act] {
			t.Errorf("step %s proposed while the ranking says stop", s.Act)
		}
	}
	for _, w := range p.Withheld {
		if enforce[w.Act] && len(w.Reasons) == 1 && w.Reasons[0].Code == casefile.ReasonRankedBelowStop && w.Reasons[0].Cite.Article != "" {
			delete(enforce, w.Act)
		}
	}
	if len(enforce) > 0 {
		t.Errorf("not withheld with reason ranked-below-stop: %v (withheld %+v)", enforce, p.Withheld)
	}
	if p.Recommended != -1 || len(p.RecommendedBecause) == 0 {
		t.Errorf("recommended %d because %v: want none, with the ranking's reason", p.Recommended, p.RecommendedBecause)
	}

	// With no failed collection the same history keeps the garnishments
	// (their expected recovery exceeds the bailiff's costs).
	c.Profile.EarlierCollections, c.Profile.FailedCollections = 0, 0
	p = mustNext(t, c, day(2025, 3, 10))
	found := false
	for _, s := range p.Steps {
		found = found || s.Act == casefile.ActWageGarnishment
	}
	if !found || p.Enforcement[0].Kind == ranking.EnforceStop {
		t.Errorf("without failed collections: wage garnishment proposed %v, ranking first %s", found, p.Enforcement[0].Kind)
	}
}
