package planner

import (
	"errors"
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/routes"
)

// The public creditors' own routes, one scenario per route and country,
// from the first letter to enforcement. Every day is counted by hand from
// the article the assertion cites.

// nlAwbCase is a municipality's claim under a decision (beschikking) of
// 2 March 2026 to repay EUR 650, payable within six weeks of its notice
// (art. 4:87 lid 1 Awb): the last day is Monday 13 April 2026.
func nlAwbCase() casefile.Case {
	return casefile.Case{
		Country:  vordering.NL,
		Creditor: casefile.Party{Name: "Gemeente Utrecht", Kind: vordering.PublicBody},
		Debtor:   casefile.Party{Name: "P. de Vries", Kind: vordering.Consumer, Domicile: "NL"},
		Invoices: []casefile.Invoice{{Number: "B-2026-17", Date: day(2026, 3, 2), DueDate: day(2026, 4, 13), Principal: vordering.Euros(650), Accessories: vordering.Euros(0)}},
		Public:   casefile.PublicClaim{Basis: casefile.PublicNLAwb, DwangbevelPower: true},
		Profile:  casefile.DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2400), Household: garnishment.Single}, EmployerKnown: true, BankAccountKnown: true},
	}
}

func mustStep(t *testing.T, p Plan, k casefile.ActKind) PlannedStep {
	t.Helper()
	s, ok := stepOfOK(p, k)
	if !ok {
		t.Fatalf("no %s step; steps %v, withheld %+v", k, actsOf(p.Steps), p.Withheld)
	}
	return s
}

func actsOf(ss []PlannedStep) []casefile.ActKind {
	out := make([]casefile.ActKind, len(ss))
	for i, s := range ss {
		out[i] = s.Act
	}
	return out
}

func withheldFor(p Plan, k casefile.ActKind, code casefile.ReasonCode) bool {
	for _, w := range p.Withheld {
		if w.Act != k {
			continue
		}
		for _, r := range w.Reasons {
			if r.Code == code && !r.Cite.IsZero() {
				return true
			}
		}
	}
	return false
}

// TestScenarioNLAwb follows a bestuursorgaan's money debt under title 4.4
// Awb from the aanmaning to the garnishment.
func TestScenarioNLAwb(t *testing.T) {
	c := nlAwbCase()

	// On the last day of the payment term nothing is due yet; the debtor
	// is in default without notice from the next day, Tuesday 14 April
	// (art. 4:97 Awb), and the aanmaning may be sent then (art. 4:112).
	p := mustNext(t, c, day(2026, 4, 13))
	s := mustStep(t, p, casefile.ActAdminReminder)
	if s.Earliest != day(2026, 4, 14) || s.Actor != flow.ActorCreditor || s.Role != flow.RoleAction {
		t.Errorf("aanmaning: earliest %s by %s (%s); want 2026-04-14 by the creditor (art. 4:97, 4:112 Awb)", s.Earliest, s.Actor, s.Role)
	}
	if r := recommended(t, p); r.Act != casefile.ActAdminReminder {
		t.Errorf("recommended %s, want the aanmaning (the public route needs no court, art. 4:116 Awb)", r.Act)
	}
	// The aanmaning starts two weeks from the day after sending (art.
	// 4:112 lid 1): sent 14 April, they end Tuesday 28 April.
	if s.Then.Kind != deadlines.AdminReminder || s.Then.Date != day(2026, 4, 28) {
		t.Errorf("aanmaning term %+v, want admin-reminder ending 2026-04-28 (art. 4:112 lid 1 Awb)", s.Then)
	}
	// Its fee (art. 4:113) for 2026 was not found: the line says so.
	if len(s.Costs) != 1 || s.Costs[0].Covered || !s.Uncovered {
		t.Errorf("aanmaning fee 2026 %+v: want one uncovered line (amounts from 1.1.2026 not found)", s.Costs)
	}

	// Aanmaning sent Monday 20 April 2026: its two weeks run 21 April to
	// Monday 4 May; the dwangbevel may be issued from Tuesday 5 May (art.
	// 4:112 lid 1, 4:117 lid 1 Awb).
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2026, 4, 20)}}
	p = mustNext(t, c, day(2026, 4, 21))
	if s := mustStep(t, p, casefile.ActDwangbevel); s.Earliest != day(2026, 5, 5) {
		t.Errorf("dwangbevel earliest %s, want 2026-05-05 (art. 4:117 lid 1 Awb)", s.Earliest)
	}
	if r := recommended(t, p); r.Act != casefile.ActDwangbevel {
		t.Errorf("recommended %s, want the dwangbevel", r.Act)
	}
	// Without a statutory power the body has no dwangbevel (art. 4:115).
	np := c
	np.Public.DwangbevelPower = false
	if p := mustNext(t, np, day(2026, 5, 5)); !withheldFor(p, casefile.ActDwangbevel, casefile.ReasonNoPower) {
		t.Errorf("no power: dwangbevel not withheld with no-power (art. 4:115 Awb); withheld %+v", p.Withheld)
	}

	// Dwangbevel issued Wednesday 6 May: a bailiff serves it (art. 4:123
	// Awb); the Awb has no verzet, so no debtor move has a window.
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActDwangbevel, Date: day(2026, 5, 6)})
	p = mustNext(t, c, day(2026, 5, 6))
	if s := mustStep(t, p, casefile.ActService); s.Actor != flow.ActorBailiff || s.Earliest != day(2026, 5, 6) {
		t.Errorf("service by %s on %s, want the bailiff on 2026-05-06 (art. 4:123 Awb)", s.Actor, s.Earliest)
	}
	if len(p.DebtorMoves) != 0 {
		t.Errorf("debtor moves %v: the Awb has no verzet (executiegeschil, art. 438 Rv)", actsOf(p.DebtorMoves))
	}

	// Served with the order to pay on Thursday 7 May. Garnishment at once
	// (art. 475 Rv), served on the debtor within eight days: Friday 15 May,
	// the day after Ascension, is equated with a holiday by decree (art. 3
	// lid 3 Atw), so by Monday 18 May (art. 475i lid 1 Rv). Seizure of movables after the two days of
	// art. 439 Rv: they end Saturday 9 May, moved to Monday 11 May (art. 1
	// Algemene termijnenwet), so from Tuesday 12 May.
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActService, Date: day(2026, 5, 7)})
	p = mustNext(t, c, day(2026, 5, 7))
	g := mustStep(t, p, casefile.ActWageGarnishment)
	if g.Earliest != day(2026, 5, 7) || g.Then.Kind != deadlines.GarnishmentService || g.Then.Date != day(2026, 5, 18) {
		t.Errorf("wage garnishment %s, then %+v; want 2026-05-07 and service on the debtor by 2026-05-18 (art. 475i Rv, art. 3 Atw)", g.Earliest, g.Then)
	}
	if m := mustStep(t, p, casefile.ActMovableSeizure); m.Earliest != day(2026, 5, 12) {
		t.Errorf("movable seizure %s, want 2026-05-12 (art. 439 Rv, art. 1 Atw)", m.Earliest)
	}
	if len(p.Enforcement) == 0 {
		t.Errorf("no enforcement ranking on a served dwangbevel (an executoriale titel, art. 4:116 Awb): %s", p.EnforcementNote)
	}

	// The garnishee declares once four weeks have passed since the
	// garnishment of 8 May: they end Friday 5 June; not before Saturday 6
	// June (art. 476a lid 1 Rv). An earlier declaration breaks the flow.
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActWageGarnishment, Date: day(2026, 5, 8)}, casefile.Act{Kind: casefile.ActGarnisheeDeclaration, Date: day(2026, 6, 1)})
	var fe *flow.FlowError
	if _, err := Next(c, day(2026, 6, 2)); !errors.As(err, &fe) || fe.Problem != "too-early" || fe.Earliest != day(2026, 6, 6) {
		t.Errorf("declaration of 1 June: %v; want too-early, earliest 2026-06-06 (art. 476a lid 1 Rv)", err)
	}
}

// TestNLAwbPrescription: five years after the payment term, renewed by each
// aanmaning (art. 4:104, 4:106, 4:110 Awb); once complete the body may no
// longer send an aanmaning nor issue a dwangbevel (art. 4:104 lid 2).
func TestNLAwbPrescription(t *testing.T) {
	c := nlAwbCase()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2019, 1, 7), day(2019, 2, 18)
	// The five years run from 19 February 2019 to 18 February 2024.
	a, err := routes.Eligibility(c, day(2024, 2, 19))
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := a.Route(routes.RouteNLAwbReminder); r.Open || !hasCode(r.Blocks, casefile.ReasonPrescribed) {
		t.Errorf("aanmaning on 2024-02-19: open %v, blocks %+v; want prescribed (art. 4:104 lid 2 Awb)", r.Open, r.Blocks)
	}
	if r, _ := a.Route(routes.RouteNLAwbReminder); len(routes.ForAct(vordering.NL, casefile.ActAdminReminder)) != 1 || r.Route != routes.RouteNLAwbReminder {
		t.Errorf("route table: %v", routes.ForAct(vordering.NL, casefile.ActAdminReminder))
	}
	// An aanmaning of 10 January 2022 starts five new years (art. 4:106,
	// 4:110): open on 19 February 2024.
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2022, 1, 10)}}
	a, err = routes.Eligibility(c, day(2024, 2, 19))
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := a.Route(routes.RouteNLAwbReminder); !r.Open {
		t.Errorf("after an interrupting aanmaning: blocks %+v; want open (art. 4:106, 4:110 Awb)", r.Blocks)
	}
}

func hasCode(rs []casefile.Reason, code casefile.ReasonCode) bool {
	for _, r := range rs {
		if r.Code == code {
			return true
		}
	}
	return false
}

// beLocalCase is a Flemish municipality's unpaid childcare fees (a non-fiscal
// claim), invoiced 15 January 2026 and due 14 February 2026.
func beLocalCase(region casefile.Region) casefile.Case {
	return casefile.Case{
		Country:  vordering.BE,
		Creditor: casefile.Party{Name: "Gemeente Haacht", Kind: vordering.PublicBody},
		Debtor:   casefile.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"},
		Invoices: []casefile.Invoice{{Number: "R-2026-3", Date: day(2026, 1, 15), DueDate: day(2026, 2, 14), Principal: vordering.Euros(420), Accessories: vordering.Euros(0)}},
		Public:   casefile.PublicClaim{Basis: casefile.PublicBELocal, Region: region},
		Profile:  casefile.DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2300)}, EmployerKnown: true, BankAccountKnown: true, RealEstate: true},
	}
}

// TestScenarioBEFlanders follows a Flemish municipality's non-fiscal claim
// from the registered reminder to the seizure (art. 177 Decreet lokaal
// bestuur).
func TestScenarioBEFlanders(t *testing.T) {
	c := beLocalCase(casefile.RegionFlanders)

	// Due 14 February: the registered reminder from the 15th (art. 177:
	// a due claim, debtor reminded by registered letter first).
	p := mustNext(t, c, day(2026, 2, 20))
	if r := recommended(t, p); r.Act != casefile.ActAdminReminder || r.Earliest != day(2026, 2, 20) {
		t.Errorf("recommended %s on %s, want the registered reminder (art. 177 DLB)", r.Act, r.Earliest)
	}
	// The dwangbevel needs the reminder first (art. 177).
	if _, ok := stepOfOK(p, casefile.ActDwangbevel); ok {
		t.Error("dwangbevel proposed before the registered reminder (art. 177 DLB)")
	}

	// Reminder sent Monday 23 February: the decree sets no wait, so the
	// dwangbevel may follow (art. 177), and it is recommended.
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2026, 2, 23)}}
	p = mustNext(t, c, day(2026, 2, 24))
	if s := mustStep(t, p, casefile.ActDwangbevel); s.Earliest != day(2026, 2, 24) || s.Actor != flow.ActorCreditor {
		t.Errorf("dwangbevel %s by %s; want 2026-02-24 by the creditor's financial director (art. 177 DLB)", s.Earliest, s.Actor)
	}
	// A disputed claim is not collected by dwangbevel ("onbetwiste", art. 177).
	cc := c
	cc.Contested = true
	if p := mustNext(t, cc, day(2026, 2, 24)); !withheldFor(p, casefile.ActDwangbevel, casefile.ReasonContested) {
		t.Errorf("contested: dwangbevel not withheld with contested (art. 177 DLB); withheld %+v", p.Withheld)
	}

	// Dwangbevel 16 March, served by a bailiff Friday 20 March 2026 (art. 177).
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActDwangbevel, Date: day(2026, 3, 16)})
	p = mustNext(t, c, day(2026, 3, 16))
	if s := mustStep(t, p, casefile.ActService); s.Actor != flow.ActorBailiff {
		t.Errorf("service by %s, want a bailiff (art. 177 DLB)", s.Actor)
	}
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActService, Date: day(2026, 3, 20)})
	p = mustNext(t, c, day(2026, 3, 20))

	// The debtor may oppose within a month of service: until Monday 20
	// April 2026 (art. 177 DLB); one source, so the plan is provisional.
	o, ok := debtorMove(p, casefile.ActAdminOpposition)
	if !ok || o.Latest != day(2026, 4, 20) || o.Role != flow.RoleWatch {
		t.Errorf("opposition %+v (%v): want a debtor move until 2026-04-20 (art. 177 DLB)", o, ok)
	}
	if !p.Assurance.Provisional || p.Assurance.Level > vordering.OneSource {
		t.Errorf("assurance %+v: the opposition term rests on one source", p.Assurance)
	}
	// Seizure of movables one whole day after the order (art. 1499
	// Ger.W.): 21 March whole, Sunday 22 March no writ day (art. 47), so
	// Monday 23 March.
	if m := mustStep(t, p, casefile.ActMovableSeizure); m.Earliest != day(2026, 3, 23) || !m.WritMoved {
		t.Errorf("movable seizure %s (moved %v), want 2026-03-23 (art. 1499, 47 Ger.W.)", m.Earliest, m.WritMoved)
	}
	// Seizure of immovables fifteen whole days after the order (art. 1566):
	// 21 March–4 April; Sunday 5 April (Easter) and Monday 6 April (Easter
	// Monday) are no writ days (art. 47), so Tuesday 7 April.
	if m := mustStep(t, p, casefile.ActRealEstateSeizure); m.Earliest != day(2026, 4, 7) {
		t.Errorf("immovable seizure %s, want 2026-04-07 (art. 1566, 47 Ger.W.)", m.Earliest)
	}
	if w := mustStep(t, p, casefile.ActWageGarnishment); w.Earliest != day(2026, 3, 20) {
		t.Errorf("wage garnishment %s, want 2026-03-20 (art. 1539 Ger.W.: on the served title)", w.Earliest)
	}
}

// TestScenarioBEWallonia: a Walloon commune's contrainte (art. L1124-40 §1,
// 1° CDLD), and no rule before the sources show it in force.
func TestScenarioBEWallonia(t *testing.T) {
	c := beLocalCase(casefile.RegionWallonia)
	c.Creditor.Name = "Commune de Donceel"
	// The mise en demeure by registered letter first (L1124-40).
	p := mustNext(t, c, day(2026, 2, 20))
	if r := recommended(t, p); r.Act != casefile.ActAdminReminder {
		t.Errorf("recommended %s, want the mise en demeure (art. L1124-40 CDLD)", r.Act)
	}
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2026, 2, 23)}, {Kind: casefile.ActDwangbevel, Date: day(2026, 3, 2)},
		{Kind: casefile.ActService, Date: day(2026, 3, 10)}}
	p = mustNext(t, c, day(2026, 3, 10))
	// Recours within the month of the service of Tuesday 10 March: until
	// Friday 10 April 2026 (art. L1124-40 §1, 1° CDLD).
	if o, ok := debtorMove(p, casefile.ActAdminOpposition); !ok || o.Latest != day(2026, 4, 10) {
		t.Errorf("recours %+v (%v): want until 2026-04-10 (art. L1124-40 CDLD)", o, ok)
	}
	if s := mustStep(t, p, casefile.ActBankGarnishment); s.Earliest != day(2026, 3, 10) {
		t.Errorf("bank garnishment %s, want 2026-03-10 (art. 1539 Ger.W.)", s.Earliest)
	}
	// Before 17 February 2023 the library holds no Walloon rule.
	old := beLocalCase(casefile.RegionWallonia)
	old.Invoices[0].Date, old.Invoices[0].DueDate = day(2022, 5, 2), day(2022, 6, 1)
	a, err := routes.Eligibility(old, day(2022, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := a.Route(routes.RouteBEDwangbevel); r.Open || !hasCode(r.Blocks, casefile.ReasonNotInForce) {
		t.Errorf("Wallonia 2022: open %v, blocks %+v; want not-in-force", r.Open, r.Blocks)
	}
}

// TestScenarioBEBrussels: a Brussels commune's dwangbevel (art. 137bis
// Nieuwe Gemeentewet): the opposition term was not found, so the debtor's
// opposition is watched without a window, and the route is one-source.
func TestScenarioBEBrussels(t *testing.T) {
	c := beLocalCase(casefile.RegionBrussels)
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2026, 2, 23)}, {Kind: casefile.ActDwangbevel, Date: day(2026, 3, 2)},
		{Kind: casefile.ActService, Date: day(2026, 3, 10)}}
	p := mustNext(t, c, day(2026, 3, 10))
	o, ok := debtorMove(p, casefile.ActAdminOpposition)
	if !ok || vordering.HasDate(o.Latest) {
		t.Errorf("opposition %+v (%v): want a move without a last day (term of art. 137bis not found)", o, ok)
	}
	if !p.Assurance.Provisional {
		t.Errorf("assurance %+v: want provisional (art. 137bis known from one source)", p.Assurance)
	}
}

// TestPublicActsNeedPublicClaim: an enterprise's case cannot hold a
// dwangbevel: strict planning refuses it, lenient planning warns and goes on.
func TestPublicActsNeedPublicClaim(t *testing.T) {
	c := nlB2B()
	c.Acts = []casefile.Act{{Kind: casefile.ActAdminReminder, Date: day(2023, 10, 5)}}
	var fe *flow.FlowError
	if _, err := Next(c, day(2023, 10, 20)); !errors.As(err, &fe) || fe.Problem != "not-allowed" {
		t.Fatalf("aanmaning of an enterprise: %v, want not-allowed", err)
	}
	p, err := Planner{Lenient: true}.Next(c, day(2023, 10, 20))
	if err != nil || len(p.Warnings) != 1 {
		t.Fatalf("lenient: %v, warnings %+v", err, p.Warnings)
	}
	// Case.Validate: a public basis needs a public creditor of its country.
	bad := nlB2B()
	bad.Public = casefile.PublicClaim{Basis: casefile.PublicBELocal, Region: casefile.RegionFlanders}
	if err := bad.Validate(); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Validate: %v", err)
	}
}

// TestBEOppositionSuspends: a Belgian default judgment of 4 February 2025,
// served 4 March. No rule stops execution during the month for opposing:
// the garnishment may follow the service at once (art. 1539 Ger.W.). Once
// the debtor opposes (10 March, within the month of art. 1048), execution
// is suspended until the opposition is decided (art. 1397 al. 1 Ger.W.):
// no act of enforcement is proposed, each is withheld with the reason, and
// no route is ranked.
func TestBEOppositionSuspends(t *testing.T) {
	c := beB2B()
	c.Profile = casefile.DebtorProfile{BankAccountKnown: true}
	c.Acts = []casefile.Act{{Kind: casefile.ActSummons, Date: day(2025, 1, 7)}, {Kind: casefile.ActDefaultJudgment, Date: day(2025, 2, 4)},
		{Kind: casefile.ActService, Date: day(2025, 3, 4)}}
	p := mustNext(t, c, day(2025, 3, 5))
	if s := mustStep(t, p, casefile.ActBankGarnishment); s.Earliest != day(2025, 3, 5) {
		t.Errorf("bank garnishment %s, want 2025-03-05: the month for opposing does not stop execution", s.Earliest)
	}
	c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActOpposition, Date: day(2025, 3, 10)})
	p = mustNext(t, c, day(2025, 3, 12))
	for _, s := range p.Steps {
		if s.Act == casefile.ActBankGarnishment || s.Act == casefile.ActWageGarnishment || s.Act == casefile.ActMovableSeizure {
			t.Errorf("%s proposed while the opposition suspends execution (art. 1397 Ger.W.)", s.Act)
		}
	}
	if !withheldFor(p, casefile.ActBankGarnishment, casefile.ReasonSuspended) || len(p.Enforcement) != 0 {
		t.Errorf("withheld %+v, enforcement %v: want the garnishment withheld as suspended and no ranking", p.Withheld, p.Enforcement)
	}
}
