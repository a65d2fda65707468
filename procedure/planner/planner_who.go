package planner

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/ranking"
)

// Writ days and who acts.
//
// A bailiff may not serve a writ or enforce on a Sunday or a holiday without
// the judge's leave (NL art. 64 lid 2 Rv with art. 1077 lid 3 Rv; BE art. 47
// Ger.W.). Every step whose act the actor table of package flow marks as a
// writ ([flow.ActorInfo.Writ]: a summons, an IOS or SRP summons, the service
// of a title with the order to pay, a garnishment, a seizure, a sale) has
// its earliest day moved to the next writ day of package deadlines; a moved
// step names the days skipped and the article, and the plan's Assurance
// takes in the rule's confidence (BE: one source, so a plan in which a
// Belgian writ day was moved is provisional; a plan in which nothing moved
// is not made less sure by the rule).

// writEarliest returns the first day on or after day on which act k may be
// done in country c as far as the writ-day rule goes: for an act that is
// not a writ, day itself and writ false; for a writ, the answer of
// r.EarliestWritDay (err for a day outside the calendar's years).
func writEarliest(r deadlines.Rules, c vordering.Country, k casefile.ActKind, day date.Date) (w deadlines.WritDay, writ bool, err error) {
	if !flow.IsWrit(c, k) {
		return deadlines.WritDay{Country: c, From: day, Date: day}, false, nil
	}
	w, err = r.EarliestWritDay(c, day)
	return w, true, err
}

// writDay moves step's earliest day to a writ day when its act is a writ.
func (pc *planCtx) writDay(plan *Plan, step *PlannedStep) {
	w, writ, err := writEarliest(pc.rules.Deadlines, pc.c.Country, step.Act, step.Earliest)
	if !writ {
		return
	}
	if err != nil {
		step.Notes = append(step.Notes, "Whether "+step.Earliest.String()+" is a day on which a bailiff may act without leave could not be checked: "+err.Error())
		return
	}
	if len(w.Skipped) == 0 {
		return
	}
	step.Earliest, step.WritMoved = w.Date, true
	for _, s := range w.Skipped {
		step.Notes = append(step.Notes, "No writ or enforcement without the judge's leave on "+s+" ("+w.Cite.String()+"): moved to "+w.Date.String()+".")
	}
	if w.Note != "" {
		step.Notes = append(step.Notes, w.Note)
	}
	step.Citations = append(step.Citations, w.Cite)
	plan.Assurance = plan.Assurance.Add(vordering.RowRef{Table: pc.c.Country.String() + " writ days (" + w.Cite.Instrument + " " + w.Cite.Article + ")",
		From: w.From, Until: w.Date, Level: w.Known})
}

// who fills each step's actor and role from the actor table, lists the
// debtor's moves, and picks the creditor's recommended step.
func (pc *planCtx) who(plan *Plan) {
	for i := range plan.Steps {
		s := &plan.Steps[i]
		if a, ok := flow.ActorOf(pc.c.Country, s.Act); ok {
			s.Actor, s.Role, s.WhoCite = a.Actor, a.Role, a.Cite
		}
		if s.Actor == flow.ActorDebtor {
			plan.DebtorMoves = append(plan.DebtorMoves, *s)
		}
	}
	pc.recommend(plan)
}

// enforcementAct is the act of each enforcement route the ranking orders.
var enforcementAct = map[ranking.EnforcementKind]casefile.ActKind{
	ranking.EnforceWageGarnishment: casefile.ActWageGarnishment,
	ranking.EnforceBankGarnishment: casefile.ActBankGarnishment,
	ranking.EnforceMovableSeizure:  casefile.ActMovableSeizure,
	ranking.EnforceRealEstate:      casefile.ActRealEstateSeizure,
}

// publicStep returns, for a public creditor's claim (Case.Public), the index
// of its own route's first step not yet done (the reminder before the
// dwangbevel), and why: the route needs no court. -1 when there is none.
func (pc *planCtx) publicStep(plan *Plan) (int, string) {
	if pc.c.Public.Basis == casefile.PublicNone {
		return -1, ""
	}
	for _, k := range []casefile.ActKind{casefile.ActAdminReminder, casefile.ActDwangbevel} {
		if _, done := pc.h.LatestOf(k); done {
			continue
		}
		for i, s := range plan.Steps {
			if s.Act == k && s.Role == flow.RoleAction {
				why := "A bestuursorgaan collects a money debt under title 4.4 Awb with its own title: the aanmaning, then the dwangbevel, an executoriale titel (art. 4:112, 4:116 Awb); no court is needed."
				if pc.c.Country == vordering.BE {
					why = "A local authority collects an undisputed non-fiscal claim with its own title: the registered reminder, then the dwangbevel stamped enforceable by the college; no court is needed."
				}
				return i, why
			}
		}
	}
	return -1, ""
}

// recommend picks the creditor's recommended step (Role action, never the
// debtor's, the court's on its own motion or a third party's):
//
//  1. the declaration of the claim when the debtor's status calls for it
//     (individual enforcement is then forbidden);
//  2. none when the ranking puts stop first and the debtor's status does
//     not forbid enforcement (the ranking's economic judgment, stated);
//     the enforcement route the ranking puts first, when it is a step;
//  3. for a public creditor's claim, the first step of its own route not
//     yet done (the reminder, then the dwangbevel);
//  4. otherwise the mildest creditor step in the order of escalation of
//     the actor table that the history does not hold yet (a reminder
//     before a formal notice, a summons before a judgment, the service of
//     a title before a seizure), or, when every step was done before, the
//     mildest; a tie goes to the earlier day, then to flow order.
func (pc *planCtx) recommend(plan *Plan) {
	plan.Recommended = -1
	pick := func(i int, why ...string) {
		plan.Recommended = i
		s := plan.Steps[i]
		plan.RecommendedBecause = append(why,
			"Who acts: "+s.Actor.String()+" ("+s.WhoCite.String()+").",
			"Earliest day: "+s.Earliest.String()+" ("+s.Rule+").")
		if vordering.HasDate(s.Latest) {
			plan.RecommendedBecause = append(plan.RecommendedBecause, "Last day: "+s.Latest.String()+".")
		}
	}
	for i, s := range plan.Steps {
		if s.Act == casefile.ActClaimDeclaration && s.Role == flow.RoleAction {
			pick(i, "The debtor's status ("+pc.c.Status.String()+") forbids individual enforcement: the claim must be declared to be paid at all.")
			return
		}
	}
	if len(plan.Enforcement) > 0 && plan.Enforcement[0].Kind == ranking.EnforceStop {
		if _, forbidden := plan.Status.Forbids(debtor.ActivityEnforcement); !forbidden {
			plan.RecommendedBecause = []string{"The enforcement ranking puts stop first: no route's expected recovery pays for the costs the creditor would bear (see Enforcement[0].Why). The title stays valid; rank again when the debtor's means change. This is the ranking's assumption, not law."}
			return
		}
	}
	if len(plan.Enforcement) > 0 {
		if k, ok := enforcementAct[plan.Enforcement[0].Kind]; ok {
			for i, s := range plan.Steps {
				if s.Act == k && s.Role == flow.RoleAction {
					pick(i, "The enforcement ranking puts "+plan.Enforcement[0].Kind.String()+" first (see Enforcement[0].Why).")
					return
				}
			}
		}
	}
	if i, why := pc.publicStep(plan); i >= 0 {
		pick(i, why)
		return
	}
	best, bestDone, bestRank := -1, true, 0
	for i, s := range plan.Steps {
		if s.Role != flow.RoleAction || s.Actor == flow.ActorDebtor {
			continue
		}
		a, _ := flow.ActorOf(pc.c.Country, s.Act)
		_, done := pc.h.LatestOf(s.Act)
		better := best < 0 || (bestDone && !done) ||
			(bestDone == done && (a.Rank < bestRank || (a.Rank == bestRank && s.Earliest.Before(plan.Steps[best].Earliest))))
		if better {
			best, bestDone, bestRank = i, done, a.Rank
		}
	}
	if best < 0 {
		plan.RecommendedBecause = []string{"No step is the creditor's to take now: wait for the court or the debtor (see Steps with role watch)."}
		return
	}
	why := "The mildest creditor step not yet taken, in the order of escalation (letters, then a title, then its service, then enforcement): " + plan.Steps[best].Label + "."
	if bestDone {
		why = "Every creditor step open now was taken before; the mildest in the order of escalation is repeated: " + plan.Steps[best].Label + "."
	}
	pick(best, why)
}
