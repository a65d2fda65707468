package planner

import (
	"slices"
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/internal/terms"
	"github.com/vordering/vordering/procedure/ranking"
	"github.com/vordering/vordering/procedure/routes"
)

// Plan is the answer of [Next]: the lawful next steps of a case on a day,
// the steps the law or the debtor's status withholds, and, once the case
// holds an enforceable title, the ranked enforcement routes.
type Plan struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"asOf"`
	// Phase is the phase the collection has reached; zero before any act.
	Phase flow.Phase `json:"phase,omitzero"`
	// Last is the latest act that moved the collection forward (the state
	// of the flow); zero before any act.
	Last casefile.ActKind `json:"last,omitzero"`
	// Closed is true when nothing remains to collect (the debtor paid in
	// full); ClosedBy says by which act.
	Closed   bool   `json:"closed,omitempty"`
	ClosedBy string `json:"closedBy,omitempty"`
	// Suspended is true when no letter or writ can reach the debtor (address
	// unknown, struck from the register): the collection waits and the
	// registers are checked again; Addressee.Action says what to do.
	Suspended bool `json:"suspended,omitempty"`
	// Steps are the lawful next steps, in flow order: the creditor's
	// (Role action) and, so that their windows are watched, the court's and
	// the debtor's (Role watch).
	Steps []PlannedStep `json:"steps"`
	// Recommended is the index in Steps of the creditor's recommended next
	// step, -1 when the plan has none; it is never a step of the debtor,
	// the court or a third party (always Role action). RecommendedBecause
	// says why, with the articles relied on.
	Recommended        int      `json:"recommended"`
	RecommendedBecause []string `json:"recommendedBecause,omitempty"`
	// DebtorMoves are the debtor's possible moves (a defence, an opposition,
	// an appeal) with their windows: copies of the steps of Steps whose
	// Actor is the debtor, which stay in Steps with Role watch.
	DebtorMoves []PlannedStep `json:"debtorMoves,omitempty"`
	// Withheld are the steps the flow would allow but the debtor's status or
	// a route's conditions rule out, each with its reasons.
	Withheld []WithheldStep `json:"withheld,omitempty"`
	// Addressee is who receives the letters and writs.
	Addressee debtor.Addressee `json:"addressee"`
	// Status is what the debtor's status means for the collection.
	Status debtor.StatusEffect `json:"status"`
	// Enforcement is the ranked list of enforcement routes, filled when the
	// case holds an enforceable title and the status allows enforcement;
	// EnforcementNote says why it is empty otherwise.
	Enforcement     []ranking.EnforcementOption `json:"enforcement,omitempty"`
	EnforcementNote string                      `json:"enforcementNote,omitempty"`
	// Assurance is how sure the plan is: the weakest level of every table
	// row it relied on (the assessment, each step's costs, the enforcement
	// options' figures, the writ-day rule where it moved a step).
	Assurance vordering.Assurance `json:"assurance"`
	// Warnings are, in a lenient plan ([Planner.Lenient]), the irregular
	// acts of the history, each with the rule it breaks and the acts that
	// would have been allowed in its place; a strict plan has none.
	Warnings []flow.Warning `json:"warnings,omitempty"`
}

// PlannedStep is one lawful next step.
type PlannedStep struct {
	Act   casefile.ActKind `json:"act"`
	Label string           `json:"label"`
	// Actor is who performs the step and Role whether it is the creditor's
	// to take (action) or one to watch for (watch), from the actor table of
	// package flow ([flow.ActorOf]); WhoCite is that row's source.
	Actor   flow.Actor         `json:"actor"`
	Role    flow.Role          `json:"role"`
	WhoCite vordering.Citation `json:"whoCite,omitzero"`
	// Earliest is the first day the step may be done (never before the
	// plan's as-of day). For a bailiff's writ or act of enforcement it is a
	// writ day (deadlines.EarliestWritDay: NL art. 64 lid 2 Rv, BE art. 47
	// Ger.W.); WritMoved is then true when the day was moved past a Sunday or
	// a holiday, and the step's Notes and Citations say so.
	Earliest  date.Date `json:"earliest"`
	WritMoved bool      `json:"writMoved,omitempty"`
	// Latest is the last day the step may be done, where the law sets a
	// window (an opposition, an appeal, the SRP petition); zero otherwise.
	Latest date.Date `json:"latest,omitzero"`
	// Then is the statutory term that starts to run with the step, computed
	// as if the step were done on Earliest; zero Kind when none.
	Then TermAfter `json:"then,omitzero"`
	// Addressee is who the letter or writ is addressed to.
	Addressee debtor.Addressee `json:"addressee"`
	// Costs are the cost lines of the step. DebtorCharge sums the covered
	// lines that may be charged to the debtor; CreditorRisk those the
	// creditor advances and bears if collection fails. Uncovered is true when
	// a line has no figure for the date (see its Note).
	Costs        []CostLine      `json:"costs,omitempty"`
	DebtorCharge decimal.Decimal `json:"debtorCharge"`
	CreditorRisk decimal.Decimal `json:"creditorRisk"`
	Uncovered    bool            `json:"uncovered,omitempty"`
	// Rule is the rule of the flow that allows the step; Citations its
	// source first, then those of the route, the term and the costs.
	Rule      string               `json:"rule"`
	Citations []vordering.Citation `json:"citations"`
	// Notes are limits and warnings (the court, a capped accessory, a term
	// the library does not check).
	Notes []string `json:"notes,omitempty"`
}

// TermAfter is a statutory term that starts with a step.
type TermAfter struct {
	Kind deadlines.TermKind `json:"kind"`
	// Date is the term's Date (package deadlines): the last day to act, or
	// for a waiting term of free days the first day of the next act.
	Date  date.Date          `json:"date"`
	Event string             `json:"event,omitempty"`
	Cite  vordering.Citation `json:"cite"`
}

// CostLine is one cost of a step.
type CostLine struct {
	Label string `json:"label"`
	// Amount is the figure in euro (zero when not Covered).
	Amount decimal.Decimal `json:"amount"`
	// Covered is false when package costs has no figure for the date.
	Covered bool `json:"covered"`
	// Debtor is true when the cost may be charged to the debtor;
	// CreditorIfUnpaid when the creditor advances it and bears it if the
	// debtor does not pay.
	Debtor           bool                 `json:"debtor"`
	CreditorIfUnpaid bool                 `json:"creditorIfUnpaid"`
	Note             string               `json:"note,omitempty"`
	Citations        []vordering.Citation `json:"citations,omitempty"`
	// Assurance is how sure the amount is (package costs); zero when not
	// Covered.
	Assurance vordering.Assurance `json:"assurance,omitzero"`
}

// WithheldStep is a step the flow would allow but something rules out.
type WithheldStep struct {
	// Act is the act withheld; zero when the whole collection is.
	Act     casefile.ActKind  `json:"act,omitzero"`
	Reasons []casefile.Reason `json:"reasons"`
}

// Planner plans the next steps of cases. The zero value is ready to use.
// A Planner holds no state and is safe for concurrent use if its Ranker is.
type Planner struct {
	// Ranker orders the enforcement routes; nil uses the default ranking
	// ([DefaultRanker]).
	Ranker ranking.Ranker
	// Rules are the rule sets the plan is computed on; the zero value is the
	// built-in ones.
	Rules Rules
	// Lenient plans a history with irregular acts (a demand sent too early,
	// a judgment where the flow expects a default judgment, an act the
	// debtor's status forbade) instead of refusing it: each such act is
	// taken into account as done and reported in Plan.Warnings. The default,
	// strict, returns the *FlowError of the first irregular act. Invalid
	// input (a case that fails Case.Validate, an unsupported country, a bad
	// as-of day) is an error in both modes.
	Lenient bool
}

// Next returns the lawful next steps of case c on asOf with the default
// ranking; see [Planner.Next].
func Next(c casefile.Case, asOf date.Date) (Plan, error) { return Planner{}.Next(c, asOf) }

// Next returns the lawful next steps of case c on asOf: every act that the
// flow of the case's country ([Flow]) allows after the acts done on or
// before asOf, that the debtor's status does not forbid ([Effects]) and
// whose route [Eligibility] finds open or opening on a known day. Each step
// has its earliest day (the statutory wait, the route's opening day, asOf),
// its window where the law sets one, the term it starts, the addressee
// ([AddresseeFor]), its costs (package costs; a figure not covered for the
// date is reported on the line, not as an error) and its citations.
//
// The debtor's status shapes the plan: a deceased debtor's letters go to
// the estate or heirs and enforcement waits; collective debt settlement or
// bankruptcy forbid enforcement and add the declaration of the claim;
// judicial reorganisation lets a title be sought but not executed; an
// unknown address suspends the plan. When the case holds an enforceable
// title and enforcement is allowed, the plan carries the enforcement routes
// ranked by the Planner's Ranker.
//
// Acts dated after asOf are ignored. The error wraps
// [vordering.ErrInvalidInput] for an invalid case or date, or is the
// *FlowError of [ValidateHistory] when the history breaks the flow.
func (p Planner) Next(c casefile.Case, asOf date.Date) (Plan, error) {
	if err := kit.CheckAsOf(asOf); err != nil {
		return Plan{}, err
	}
	a, err := p.Rules.Eligibility(c, asOf)
	if err != nil {
		return Plan{}, err
	}
	var h *flow.History
	var warns []flow.Warning
	if p.Lenient {
		h, warns, err = flow.ReplayLenient(kit.Trust(c), terms.Calendar{Rules: p.Rules.Deadlines}, asOf)
	} else {
		h, err = flow.Replay(kit.Trust(c), terms.Calendar{Rules: p.Rules.Deadlines}, asOf)
	}
	if err != nil {
		return Plan{}, err
	}
	cs := c
	cs.Status = kit.StatusOn(c, asOf)
	plan := Plan{Country: c.Country, AsOf: asOf, Phase: h.Phase(), Addressee: a.Addressee, Status: a.Status, Steps: []PlannedStep{}, Recommended: -1, Assurance: a.Assurance, Warnings: warns}
	if last, ok := h.Last(); ok {
		plan.Last = last.Kind
	}
	if x, ok := h.Paid(); ok {
		plan.Closed, plan.ClosedBy = true, x.Kind.String()+" of "+x.Date.String()
	}
	if plan.Closed {
		plan.EnforcementNote = "The debtor paid in full: nothing remains to collect."
		return plan, nil
	}
	if !a.Addressee.Letters {
		plan.Suspended = true
		plan.EnforcementNote = "Collection suspended: " + a.Addressee.Action
		for _, r := range a.Status.Forbidden {
			plan.Withheld = append(plan.Withheld, WithheldStep{Act: 0, Reasons: []casefile.Reason{r.Reason}})
		}
		return plan, nil
	}
	pc := &planCtx{rules: p.Rules, cal: terms.Calendar{Rules: p.Rules.Deadlines}, c: cs, asOf: asOf, a: &a, h: h}
	pc.suspended = suspension(c.Country, h)
	for n := range h.Nodes() {
		if n.Neutral || (kit.IsLetter(n.Act) && h.Phase() > flow.PhaseAmicable) {
			continue
		}
		if n.Act == casefile.ActGarnisheeDeclaration || n.Act == casefile.ActSeizure {
			continue // the garnishee's act, and the unspecified seizure, are not proposed
		}
		if c.Country == vordering.NL && n.Act == casefile.ActPetition {
			continue // the Dutch petition route is not modelled by Eligibility
		}
		pc.consider(&plan, n)
	}
	pc.arrangement(&plan)
	pc.statusSteps(&plan)
	p.enforcement(&plan, c, asOf, h)
	if pc.suspended.Code != 0 {
		plan.Enforcement, plan.EnforcementNote = nil, "Enforcement is suspended: "+pc.suspended.Text+" ("+pc.suspended.Cite.String()+")"
	}
	agree(&plan)
	pc.who(&plan)
	for _, s := range plan.Steps {
		for _, l := range s.Costs {
			plan.Assurance = plan.Assurance.Join(l.Assurance)
		}
	}
	for _, o := range plan.Enforcement {
		plan.Assurance = plan.Assurance.Join(o.Assurance)
	}
	return plan, nil
}

// planCtx holds what the planning of one case needs.
type planCtx struct {
	rules Rules
	cal   terms.Calendar
	c     casefile.Case
	asOf  date.Date
	a     *routes.EligibilityReport
	h     *flow.History
	// suspended is the reason the execution of the title is suspended (an
	// opposition pending); zero Code when it is not.
	suspended casefile.Reason
}

// citeBE1397 is the rule that an opposition suspends the execution of a
// Belgian default judgment.
var citeBE1397 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1397 al. 1",
	Publication: "Wet 19.10.2015 (Potpourri I), BS 22.10.2015; for cases brought from 1.11.2015",
	URL:         "https://www.advocaten-leuven.be/wijzigingen-i-v-m-uitvoerbaarheid-voorraad/"}

// suspension returns why the execution of the title is suspended: in
// Belgium an opposition against a default judgment suspends it, unless the
// judge decided otherwise, until the opposition is decided (art. 1397 al. 1
// Ger.W.; an appeal no longer does for cases brought from 1 November 2015,
// al. 2). The month for opposing does not itself stop execution: no rule
// saying so was found. Sources: four law-firm pages that agree (one other
// names the amending act "Potpourri V"; the date and Staatsblad it gives
// with the others are those of Potpourri I). The Dutch verzet and appeal suspend only a judgment
// not declared provisionally enforceable, which the case does not say: not
// modelled.
func suspension(c vordering.Country, h *flow.History) casefile.Reason {
	if c != vordering.BE || h.Title() != flow.DefaultTitle {
		return casefile.Reason{}
	}
	o, ok := h.LatestOf(casefile.ActOpposition)
	if !ok {
		return casefile.Reason{}
	}
	if j, ok := h.LatestOf(casefile.ActJudgment); ok && !j.Date.Before(o.Date) {
		return casefile.Reason{}
	}
	return casefile.Reason{Code: casefile.ReasonSuspended, Cite: citeBE1397,
		Text: "The opposition of " + o.Date.String() + " suspends the execution of the default judgment until it is decided, unless the judge ordered otherwise."}
}

// consider adds act n to the plan as a step or a withheld step, or leaves it
// out when the flow does not allow it now.
func (pc *planCtx) consider(plan *Plan, n flow.FlowNode) {
	if pc.suspended.Code != 0 && n.Step == debtor.ActivityEnforcement && n.Act != casefile.ActGarnisheeDeclaration {
		if pc.h.HasCandidate(n.Act) {
			plan.Withheld = append(plan.Withheld, WithheldStep{Act: n.Act, Reasons: []casefile.Reason{pc.suspended}})
		}
		return
	}
	if r, bad := pc.a.Status.Forbids(n.Step); bad {
		if pc.h.HasCandidate(n.Act) {
			plan.Withheld = append(plan.Withheld, WithheldStep{Act: n.Act, Reasons: []casefile.Reason{r}})
		}
		return
	}
	// The first candidate whose term is computable, whose window has not
	// closed, and that no act of the same kind already follows (the same
	// step from the same predecessor is not proposed twice): an act before
	// the latest act of kind n.Act is followed by it.
	m, ok := pc.h.Next(n.Act, pc.asOf)
	if !ok {
		return
	}
	step := PlannedStep{Act: n.Act, Label: n.Label, Earliest: kit.Later(m.Earliest, pc.asOf), Latest: m.Latest,
		Addressee: pc.a.Addressee, Rule: m.Rule, Citations: []vordering.Citation{m.Cite},
		DebtorCharge: decimal.Zero, CreditorRisk: decimal.Zero}
	pc.termSources(plan, &step, m.Terms)
	if governing := routes.ForAct(pc.c.Country, n.Act); len(governing) > 0 {
		var open *routes.RouteResult
		var blocks []casefile.Reason
		for _, r := range governing {
			rr, ok := pc.a.Route(r)
			if !ok {
				continue
			}
			if rr.Open || vordering.HasDate(rr.OpensOn) {
				open = &rr
				break
			}
			blocks = append(blocks, rr.Blocks...)
		}
		if open == nil {
			plan.Withheld = append(plan.Withheld, WithheldStep{Act: n.Act, Reasons: blocks})
			return
		}
		step.Earliest = kit.Later(step.Earliest, open.OpensOn)
		for _, nt := range open.Notes {
			step.Notes = append(step.Notes, nt.Text)
			if !nt.Cite.IsZero() {
				step.Citations = append(step.Citations, nt.Cite)
			}
		}
		for _, b := range open.Blocks {
			step.Notes = append(step.Notes, "Opens "+open.OpensOn.String()+": "+b.Text)
			step.Citations = append(step.Citations, b.Cite)
		}
	}
	pc.writDay(plan, &step)
	if vordering.HasDate(step.Latest) && step.Latest.Before(step.Earliest) {
		return
	}
	pc.then(&step, n)
	pc.costs(&step)
	plan.Steps = append(plan.Steps, step)
}

// then fills the term the step starts.
func (pc *planCtx) then(step *PlannedStep, n flow.FlowNode) {
	k := n.Then
	if k == 0 || (k == deadlines.ConsumerReminder && pc.c.Debtor.Kind != vordering.Consumer) {
		return
	}
	ev := step.Earliest
	event := "counted from the day the step is done"
	if n.ThenFromReceipt {
		ev = pc.cal.ReceiptOf(pc.c.Country, casefile.Act{Kind: n.Act, Date: step.Earliest})
		event = "counted from the day the letter is received (presumed " + ev.String() + ")"
	}
	e, err := deadlines.Lookup(pc.c.Country, k)
	if err != nil {
		return
	}
	end, err := pc.cal.End(pc.c.Country, ev, k)
	if err != nil {
		step.Notes = append(step.Notes, "The "+k.String()+" term could not be computed: "+err.Error())
		return
	}
	step.Then = TermAfter{Kind: k, Date: end, Event: event + "; " + e.Event, Cite: e.Cite}
	step.Citations = append(step.Citations, e.Cite)
}

// statusSteps adds the steps a debtor status calls for.
func (pc *planCtx) statusSteps(plan *Plan) {
	switch pc.c.Status {
	case casefile.StatusCollectiveDebtSettlement, casefile.StatusBankrupt:
	default:
		return
	}
	for _, x := range pc.c.Acts {
		if x.Kind == casefile.ActClaimDeclaration && !x.Date.After(pc.asOf) {
			return
		}
	}
	cite := vordering.Citation{}
	if len(pc.a.Status.Citations) > 0 {
		cite = pc.a.Status.Citations[0]
	}
	label := "declare the claim to the " + pc.a.Addressee.Role.String()
	plan.Steps = append(plan.Steps, PlannedStep{Act: casefile.ActClaimDeclaration, Label: label, Earliest: pc.asOf,
		Addressee: pc.a.Addressee, Rule: pc.a.Addressee.Action, Citations: []vordering.Citation{cite},
		DebtorCharge: decimal.Zero, CreditorRisk: decimal.Zero, Notes: slices.Clone(pc.a.Status.Actions)})
}

// enforcement fills the ranked enforcement routes when the case holds a
// title and the status allows enforcement.
func (p Planner) enforcement(plan *Plan, c casefile.Case, asOf date.Date, h *flow.History) {
	if h.Title() == flow.AnyTitle {
		plan.EnforcementNote = "No enforceable title yet: enforcement routes are ranked once a judgment or an enforceable PV exists."
		return
	}
	if r, bad := plan.Status.Forbids(debtor.ActivityEnforcement); bad {
		plan.EnforcementNote = "Enforcement is not allowed: " + r.Text
		return
	}
	opts, note := p.Rules.rankEnforcement(c, asOf, p.Ranker)
	plan.Enforcement, plan.EnforcementNote = opts, note
}

// arrangement proposes to record a payment arrangement when the latest act's
// outcome is a request for one (BE IOS: the debtor asks for payment
// facilities within the month) and none was recorded after it.
func (pc *planCtx) arrangement(plan *Plan) {
	ar, ok := pc.h.Arrangement()
	if !ok {
		return
	}
	plan.Steps = append(plan.Steps, PlannedStep{Act: casefile.ActPaymentPlan, Label: ar.Label, Earliest: pc.asOf,
		Addressee: pc.a.Addressee, Rule: ar.Rule, Citations: []vordering.Citation{ar.Cite}, DebtorCharge: decimal.Zero, CreditorRisk: decimal.Zero})
}

// agree makes the steps follow the enforcement ranking: an act of
// enforcement whose route the ranking puts below stopping (its expected
// recovery does not pay for the costs the creditor bears) is withheld, with
// the ranking's reason, rather than proposed. The ranking is an assumption
// about practice, not law; the reason says so.
func agree(plan *Plan) {
	stop := -1
	for i, o := range plan.Enforcement {
		if o.Kind == ranking.EnforceStop {
			stop = i
			break
		}
	}
	if stop < 0 {
		return
	}
	below := func(k casefile.ActKind) (ranking.EnforcementOption, bool) {
		for _, o := range plan.Enforcement[stop+1:] {
			if enforcementAct[o.Kind] == k || (k == casefile.ActSeizure && o.Kind == ranking.EnforceMovableSeizure) {
				return o, true
			}
		}
		return ranking.EnforcementOption{}, false
	}
	kept := plan.Steps[:0]
	for _, s := range plan.Steps {
		o, ok := below(s.Act)
		if !ok {
			kept = append(kept, s)
			continue
		}
		cite := vordering.Citation{}
		if len(o.Cites) > 0 {
			cite = o.Cites[0]
		}
		plan.Withheld = append(plan.Withheld, WithheldStep{Act: s.Act, Reasons: []casefile.Reason{{Code: casefile.ReasonRankedBelowStop,
			Text: "The enforcement ranking puts stop (rank " + strconv.Itoa(plan.Enforcement[stop].Rank) + ") above " + o.Kind.String() +
				" (rank " + strconv.Itoa(o.Rank) + "): its expected recovery EUR " + o.ExpectedRecovery.StringFixed(2) +
				" does not pay for the EUR " + o.CreditorCosts.StringFixed(2) + " the creditor bears if it fails. This is the ranking's assumption, not law: the act stays lawful.",
			Cite: cite}}})
	}
	plan.Steps = kept
}

// termSources cites each statutory term the step's day or window was
// counted with, and lowers the plan's assurance to the term's where the
// catalogue knows it from fewer than two sources.
func (pc *planCtx) termSources(plan *Plan, step *PlannedStep, ks []deadlines.TermKind) {
	for _, k := range ks {
		e, err := deadlines.Lookup(pc.c.Country, k)
		if err != nil {
			continue
		}
		if !slices.Contains(step.Citations, e.Cite) {
			step.Citations = append(step.Citations, e.Cite)
		}
		if lvl := deadlines.KnownOf(pc.c.Country, k); lvl < vordering.TwoSources {
			// The catalogue's terms carry no period: the row is named as
			// applied on the plan's day.
			plan.Assurance = plan.Assurance.Add(vordering.RowRef{Table: "deadlines catalogue: " + pc.c.Country.String() + " " + k.String(), From: pc.asOf, Until: pc.asOf, Level: lvl})
			step.Notes = append(step.Notes, "The "+k.String()+" term rests on "+lvl.String()+" ("+e.Note+").")
		}
	}
}
