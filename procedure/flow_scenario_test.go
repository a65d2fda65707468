package procedure

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// want is one expected step of a plan: the act, its earliest day, its last
// day (zero: no window), the day of the term it starts (zero: not checked),
// and the rule, by article, that gives the dates.
type want struct {
	act      ActKind
	earliest date.Date
	latest   date.Date
	then     date.Date
	rule     string
}

func mustPlan(t *testing.T, c Case, asOf date.Date) Plan {
	t.Helper()
	p, err := Next(c, asOf)
	if err != nil {
		t.Fatalf("Next(%s): %v", asOf, err)
	}
	return p
}

func stepOf(p Plan, k ActKind) (PlannedStep, bool) {
	for _, s := range p.Steps {
		if s.Act == k {
			return s, true
		}
	}
	return PlannedStep{}, false
}

// expect checks every wanted step and that none of absent is proposed.
func expect(t *testing.T, p Plan, ws []want, absent ...ActKind) {
	t.Helper()
	for _, w := range ws {
		s, ok := stepOf(p, w.act)
		if !ok {
			t.Errorf("%s: step %s not proposed (%s); steps: %v", p.AsOf, w.act, w.rule, actsOf(p))
			continue
		}
		if s.Earliest != w.earliest {
			t.Errorf("%s: %s earliest %s, want %s (%s)", p.AsOf, w.act, s.Earliest, w.earliest, w.rule)
		}
		if s.Latest != w.latest {
			t.Errorf("%s: %s latest %s, want %s (%s)", p.AsOf, w.act, s.Latest, w.latest, w.rule)
		}
		if vordering.HasDate(w.then) && s.Then.Date != w.then {
			t.Errorf("%s: %s then %s %s, want %s (%s)", p.AsOf, w.act, s.Then.Kind, s.Then.Date, w.then, w.rule)
		}
		if len(s.Citations) == 0 || s.Rule == "" {
			t.Errorf("%s: %s has no rule or citation", p.AsOf, w.act)
		}
	}
	for _, k := range absent {
		if _, ok := stepOf(p, k); ok {
			t.Errorf("%s: step %s proposed but the flow forbids it here", p.AsOf, k)
		}
	}
}

func actsOf(p Plan) []ActKind {
	out := make([]ActKind, len(p.Steps))
	for i, s := range p.Steps {
		out[i] = s.Act
	}
	return out
}

var zero date.Date

// TestScenarioBEB2BIOS walks a Belgian B2B claim from the first reminder
// through the IOS to a garnishment and a sale.
func TestScenarioBEB2BIOS(t *testing.T) {
	c := beB2B() // due 2025-02-09
	// Day after the due date: payment can be demanded (art. 1186 oud BW).
	expect(t, mustPlan(t, c, day(2025, 2, 10)), []want{
		{ActReminder, day(2025, 2, 10), zero, zero, "due 9 Feb: letters from 10 Feb"},
		{ActFormalNotice, day(2025, 2, 10), zero, zero, "ingebrekestelling once due"},
		{ActIOSSummons, day(2025, 2, 10), zero, day(2025, 3, 10), "IOS open; 1 month from service 10 Feb: counted from 11 Feb to 10 Mar (art. 54 Ger.W.)"},
	}, ActIOSNonContestation, ActService, ActWageGarnishment)

	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 10)}, {Kind: ActFormalNotice, Date: day(2025, 2, 20)}}
	p := mustPlan(t, c, day(2025, 2, 21))
	expect(t, p, []want{
		{ActIOSSummons, day(2025, 2, 21), zero, day(2025, 3, 21), "IOS after the formal notice; month from 22 Feb ends 21 Mar"},
		{ActSummons, day(2025, 2, 21), zero, day(2025, 3, 2), "dagvaarding; 8 free days (art. 707): 22 Feb–1 Mar (February has 28 days), hearing from 2 Mar"},
	})
	if s, _ := stepOf(p, ActFormalNotice); !s.DebtorCharge.Equal(vordering.Euros(40)) {
		// Law of 2 August 2002, art. 6: flat EUR 40 between enterprises.
		t.Errorf("formal notice debtor charge %s, want 40", s.DebtorCharge)
	}

	// IOS summons served Tue 4 Mar 2025: the month runs 5 Mar–4 Apr (art.
	// 54); the PV at the earliest after 8 free days, 5–12 Apr: 13 Apr.
	c.Acts = append(c.Acts, Act{Kind: ActIOSSummons, Date: day(2025, 3, 4)})
	expect(t, mustPlan(t, c, day(2025, 3, 5)), []want{
		{ActIOSNonContestation, day(2025, 4, 13), zero, zero, "art. 1394/20 ff.: 1 month + 8 days"},
	}, ActService, ActSummons)

	// PV on 14 Apr; service with order to pay on Tue 22 Apr.
	c.Acts = append(c.Acts, Act{Kind: ActIOSNonContestation, Date: day(2025, 4, 14)})
	expect(t, mustPlan(t, c, day(2025, 4, 15)), []want{
		{ActService, day(2025, 4, 15), zero, day(2025, 4, 17), "serve the enforceable PV; art. 1499: one whole day (16 Apr), seizure from 17 Apr"},
	}, ActAppeal, ActWageGarnishment)
	c.Acts = append(c.Acts, Act{Kind: ActService, Date: day(2025, 4, 22)})
	expect(t, mustPlan(t, c, day(2025, 4, 22)), []want{
		{ActWageGarnishment, day(2025, 4, 22), zero, day(2025, 5, 7), "art. 1539: on the served title; garnishee 15 days: 7 May"},
		{ActBankGarnishment, day(2025, 4, 22), zero, day(2025, 5, 7), "art. 1539; garnishee 15 days"},
		{ActMovableSeizure, day(2025, 4, 24), zero, zero, "art. 1499: served 22 Apr, 23 Apr whole day, seizure from 24 Apr"},
		{ActRealEstateSeizure, day(2025, 5, 8), zero, zero, "art. 1566: fifteen whole days after the order of 22 Apr (23 Apr–7 May), seizure from Thu 8 May"},
	}, ActAppeal, ActOpposition, ActService)

	c.Acts = append(c.Acts, Act{Kind: ActMovableSeizure, Date: day(2025, 4, 24)})
	p = mustPlan(t, c, day(2025, 4, 25))
	expect(t, p, []want{
		{ActSale, day(2025, 4, 25), zero, zero, "sale after the seizure; wait not checked"},
		{ActBankGarnishment, day(2025, 4, 25), zero, zero, "still open on the served title"},
	}, ActMovableSeizure)
	if p.Phase != PhaseExecution || p.Last != ActMovableSeizure {
		t.Errorf("phase %s last %s", p.Phase, p.Last)
	}
	if err := ValidateHistory(c); err != nil {
		t.Errorf("the walked history is lawful: %v", err)
	}
}

// TestScenarioBEConsumerJudicial walks a Belgian consumer claim through the
// Book XIX reminder, a summons, a default judgment served in the judicial
// vacation, to seizure.
func TestScenarioBEConsumerJudicial(t *testing.T) {
	c := beConsumer()
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 10)}}
	// Art. XIX.2 WER: a paper reminder of Mon 10 Feb; the 14 calendar days
	// run from the third working day after it (13 Feb), not counted: they
	// end 27 Feb, not extended; a demand with costs from 28 Feb.
	expect(t, mustPlan(t, c, day(2025, 2, 14)), []want{
		{ActFormalNotice, day(2025, 2, 28), zero, zero, "art. XIX.2: 14 days after receipt"},
		{ActSummons, day(2025, 2, 14), zero, day(2025, 2, 23), "no wait before a summons; art. 707: 8 free days 15–22 Feb, hearing 23 Feb"},
	}, ActIOSSummons)
	c.Acts = append(c.Acts, Act{Kind: ActFormalNotice, Date: day(2025, 2, 28)}, Act{Kind: ActSummons, Date: day(2025, 3, 10)})
	// Art. 707: served Mon 10 Mar; 11–18 Mar free; hearing from 19 Mar.
	expect(t, mustPlan(t, c, day(2025, 3, 11)), []want{
		{ActDefaultJudgment, day(2025, 3, 19), zero, zero, "art. 707 and 802: default at the hearing after 8 free days"},
		{ActJudgment, day(2025, 3, 19), zero, zero, "art. 707, 735"},
		{ActDefence, day(2025, 3, 19), zero, zero, "art. 747"},
	}, ActService)
	c.Acts = append(c.Acts, Act{Kind: ActDefaultJudgment, Date: day(2025, 4, 2)}, Act{Kind: ActService, Date: day(2025, 6, 30)})
	// Art. 1048 with art. 50 al. 2: served 30 Jun, the month runs 1–31 Jul,
	// both inside the vacation: extended to 15 Sep 2025 (a Monday).
	expect(t, mustPlan(t, c, day(2025, 6, 30)), []want{
		{ActOpposition, day(2025, 6, 30), day(2025, 9, 15), zero, "art. 1048 + 50 al. 2: 15 September"},
		{ActMovableSeizure, day(2025, 7, 2), zero, zero, "art. 1499: 1 Jul whole day"},
		{ActWageGarnishment, day(2025, 6, 30), zero, zero, "art. 1539"},
	}, ActAppeal)
	// An opposition on 16 Sep is too late.
	late := c
	late.Acts = append(append([]Act(nil), c.Acts...), Act{Kind: ActOpposition, Date: day(2025, 9, 16)})
	var fe *FlowError
	if err := ValidateHistory(late); !errors.As(err, &fe) || fe.Problem != "too-late" || fe.Latest != day(2025, 9, 15) || fe.Index != 5 {
		t.Errorf("late opposition: %v", err)
	}
}

// TestScenarioNLConsumer walks a Dutch consumer claim from the 14-day
// letter to a default judgment, service with bevel and garnishment.
func TestScenarioNLConsumer(t *testing.T) {
	c := nlConsumer() // due Fri 14 Feb 2025
	expect(t, mustPlan(t, c, day(2025, 2, 15)), []want{
		{ActReminder, day(2025, 2, 15), zero, zero, "art. 6:82 BW"},
		{ActFourteenDayLetter, day(2025, 2, 15), zero, day(2025, 3, 5), "art. 6:96 lid 6: posted Sat 15 Feb; Sun 16 and Mon 17 not counted, Tue 18 the first day, Wed 19 the second: presumed received 19 Feb; 14 days 20 Feb–5 Mar"},
	}, ActFormalNotice, ActService)
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}}
	// Posted Mon 17 Feb: received Wed 19 Feb (HR 25.11.2016); 14 days 20
	// Feb–5 Mar; the sommatie with costs from 6 Mar.
	p := mustPlan(t, c, day(2025, 2, 18))
	expect(t, p, []want{
		{ActFormalNotice, day(2025, 3, 6), zero, zero, "art. 6:96 lid 6 BW"},
		{ActSummons, day(2025, 2, 18), zero, zero, "art. 111 Rv"},
	})
	if s, _ := stepOf(p, ActFormalNotice); !s.DebtorCharge.Equal(vordering.Euros(120)) {
		// Besluit BIK art. 2: 15 % of the first EUR 2,500: 15 % × 800 = 120.
		t.Errorf("sommatie costs %s, want 120", s.DebtorCharge)
	}
	c.Acts = append(c.Acts, Act{Kind: ActFormalNotice, Date: day(2025, 3, 6)}, Act{Kind: ActSummons, Date: day(2025, 3, 10)})
	// Art. 114/119 Rv: served Mon 10 Mar, a week that starts the day after
	// service (11–17 Mar) and does not count the hearing day: roll date from
	// Tue 18 Mar.
	expect(t, mustPlan(t, c, day(2025, 3, 11)), []want{
		{ActDefaultJudgment, day(2025, 3, 18), zero, zero, "art. 114, 119, 139 Rv"},
		{ActDefence, day(2025, 3, 18), zero, zero, "art. 128 Rv"},
	}, ActJudgment, ActService)
	c.Acts = append(c.Acts, Act{Kind: ActDefaultJudgment, Date: day(2025, 3, 26)}, Act{Kind: ActService, Date: day(2025, 4, 3)})
	// Bevel served Thu 3 Apr: 2 days end Sat 5 Apr, moved to Mon 7 Apr (Atw
	// art. 1); movables from Tue 8 Apr. Verzet 4 weeks: Thu 1 May.
	expect(t, mustPlan(t, c, day(2025, 4, 3)), []want{
		{ActOpposition, day(2025, 4, 3), day(2025, 5, 1), zero, "art. 143 lid 2 Rv"},
		{ActMovableSeizure, day(2025, 4, 8), zero, zero, "art. 439 Rv + Atw art. 1"},
		{ActRealEstateSeizure, day(2025, 4, 8), zero, zero, "art. 502 Rv"},
		{ActWageGarnishment, day(2025, 4, 3), zero, zero, "art. 430 lid 3, 475 Rv"},
	}, ActAppeal)
	if err := ValidateHistory(c); err != nil {
		t.Errorf("lawful history: %v", err)
	}
}

// TestScenarioNLDefended follows a defended Dutch case: defence, written
// round, hearing, judgment, appeal window.
func TestScenarioNLDefended(t *testing.T) {
	c := nlB2B()
	c.Acts = []Act{
		{Kind: ActFormalNotice, Date: day(2025, 2, 20)},
		{Kind: ActSummons, Date: day(2025, 3, 10)},
		{Kind: ActDefence, Date: day(2025, 3, 19)},
	}
	expect(t, mustPlan(t, c, day(2025, 3, 20)), nil, ActDefaultJudgment)
	c.Acts = []Act{
		{Kind: ActFormalNotice, Date: day(2025, 2, 20)},
		{Kind: ActSummons, Date: day(2025, 3, 10)},
		{Kind: ActDefence, Date: day(2025, 3, 19)},
	}
	expect(t, mustPlan(t, c, day(2025, 3, 20)), []want{
		{ActWrittenRound, day(2025, 3, 20), zero, zero, "art. 132 Rv: the roll sets the date"},
		{ActHearing, day(2025, 3, 20), zero, zero, "art. 131 Rv"},
		{ActJudgment, day(2025, 3, 20), zero, day(2025, 6, 20), "art. 230 Rv; appeal 3 months (art. 339)"},
	}, ActDefaultJudgment, ActService)
	c.Acts = append(c.Acts, Act{Kind: ActHearing, Date: day(2025, 4, 15)}, Act{Kind: ActJudgment, Date: day(2025, 5, 14)})
	// Art. 339 lid 1 Rv: judgment Wed 14 May: appeal until Thu 14 Aug.
	expect(t, mustPlan(t, c, day(2025, 5, 15)), []want{
		{ActAppeal, day(2025, 5, 15), day(2025, 8, 14), zero, "art. 339 lid 1 Rv"},
		{ActService, day(2025, 5, 15), zero, day(2025, 5, 19), "art. 439: 2 days from Thu 15 May end Sat 17 May, moved to Mon 19 May"},
	}, ActOpposition)
}

// TestIOSOutcomes checks the four outcomes of the Belgian IOS summons.
func TestIOSOutcomes(t *testing.T) {
	base := beB2B()
	served := day(2025, 3, 4)
	asOf := day(2025, 4, 5)
	for _, tc := range []struct {
		name    string
		outcome Outcome
		want    []ActKind
		absent  []ActKind
		closed  bool
	}{
		// Pays: nothing left to collect.
		{"pays", OutcomePaid, nil, []ActKind{ActIOSNonContestation, ActSummons}, true},
		// Contests: the IOS stops; court proceedings (art. 1394/20 ff.).
		{"contests", OutcomeContested, []ActKind{ActSummons, ActSRPSummons}, []ActKind{ActIOSNonContestation}, false},
		// Asks for payment facilities: a plan, no PV.
		{"facilities", OutcomePaymentPlan, []ActKind{ActPaymentPlan}, []ActKind{ActIOSNonContestation}, false},
		// No reaction: the PV after 1 month + 8 days (13 Apr).
		{"no reaction", OutcomeNoReaction, []ActKind{ActIOSNonContestation}, []ActKind{ActSummons}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			c.Acts = []Act{{Kind: ActIOSSummons, Date: served, Outcome: tc.outcome}}
			p := mustPlan(t, c, asOf)
			if p.Closed != tc.closed {
				t.Errorf("closed %v", p.Closed)
			}
			for _, k := range tc.want {
				if _, ok := stepOf(p, k); !ok {
					t.Errorf("%s not proposed: %v", k, actsOf(p))
				}
			}
			expect(t, p, nil, tc.absent...)
		})
	}
	c := base
	c.Acts = []Act{{Kind: ActIOSSummons, Date: served, Outcome: OutcomeNoReaction}}
	expect(t, mustPlan(t, c, asOf), []want{{ActIOSNonContestation, day(2025, 4, 13), zero, zero, "1 month + 8 free days"}})
	// A PV on 12 Apr is too early; after a contest it is not allowed.
	c.Acts = append(c.Acts, Act{Kind: ActIOSNonContestation, Date: day(2025, 4, 12)})
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "too-early" || fe.Earliest != day(2025, 4, 13) || !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("early PV: %v", err)
	}
	c.Acts[0].Outcome = OutcomeContested
	c.Acts[1].Date = day(2025, 4, 20)
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "not-allowed" {
		t.Errorf("PV after contest: %v", err)
	}
}

// TestDebtorDiesMidProcedure: the debtor dies after the judgment; letters
// go to the estate, enforcement waits (BE: the heirs must be known and the
// title served on them).
func TestDebtorDiesMidProcedure(t *testing.T) {
	c := beConsumer()
	c.Debtor.Name = "Jan Peeters"
	c.Acts = []Act{{Kind: ActSummons, Date: day(2025, 3, 10)}, {Kind: ActDefaultJudgment, Date: day(2025, 4, 2)}}
	if _, ok := stepOf(mustPlan(t, c, day(2025, 4, 3)), ActService); !ok {
		t.Fatal("service should be proposed while the debtor lives")
	}
	c.Status, c.StatusSince = StatusDeceased, day(2025, 4, 20)
	p := mustPlan(t, c, day(2025, 5, 1))
	if p.Addressee.Role != AddresseeEstate || p.Addressee.Name != "de nalatenschap van Jan Peeters" {
		t.Errorf("addressee %+v", p.Addressee)
	}
	expect(t, p, nil, ActService, ActWageGarnishment)
	found := false
	for _, w := range p.Withheld {
		if w.Act == ActService && hasCode(w.Reasons, ReasonDeceased) {
			found = true
		}
	}
	if !found {
		t.Errorf("service not withheld for the death: %+v", p.Withheld)
	}
	// The same case replayed before the death is unchanged.
	if _, ok := stepOf(mustPlan(t, c, day(2025, 4, 10)), ActService); !ok {
		t.Error("before the death the service is lawful")
	}
	// A seizure after the death breaks the flow, naming the status rule.
	c.Acts = append(c.Acts, Act{Kind: ActService, Date: day(2025, 4, 10)}, Act{Kind: ActWageGarnishment, Date: day(2025, 5, 2)})
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "status" || fe.Index != 3 {
		t.Errorf("seizure after death: %v", err)
	}
}

// TestDebtSettlementAfterJudgment: collective debt settlement after the
// judgment stops enforcement; the claim is declared to the mediator.
func TestDebtSettlementAfterJudgment(t *testing.T) {
	for _, c := range []Case{beConsumer(), nlConsumer()} {
		c.Acts = []Act{{Kind: ActSummons, Date: day(2025, 3, 10)}, {Kind: ActDefaultJudgment, Date: day(2025, 4, 2)}, {Kind: ActService, Date: day(2025, 4, 10)}}
		c.Status, c.StatusSince = StatusCollectiveDebtSettlement, day(2025, 4, 15)
		p := mustPlan(t, c, day(2025, 4, 20))
		expect(t, p, []want{{ActClaimDeclaration, day(2025, 4, 20), zero, zero, "BE art. 1675/9; NL art. 328 Fw"}},
			ActWageGarnishment, ActBankGarnishment, ActMovableSeizure, ActRealEstateSeizure)
		if p.Addressee.Role != AddresseeMediator || len(p.Enforcement) != 0 || p.EnforcementNote == "" {
			t.Errorf("%s: addressee %v, enforcement %v %q", c.Country, p.Addressee.Role, p.Enforcement, p.EnforcementNote)
		}
		withheld := false
		for _, w := range p.Withheld {
			withheld = withheld || (w.Act == ActWageGarnishment && hasCode(w.Reasons, ReasonDebtSettlement))
		}
		if !withheld {
			t.Errorf("%s: wage garnishment not withheld: %+v", c.Country, p.Withheld)
		}
	}
}

// TestStatusPlans covers bankruptcy, reorganisation and unknown address.
func TestStatusPlans(t *testing.T) {
	c := beB2B()
	c.Status = StatusBankrupt
	p := mustPlan(t, c, day(2025, 3, 3))
	if _, ok := stepOf(p, ActClaimDeclaration); !ok || p.Addressee.Role != AddresseeCurator {
		t.Errorf("bankrupt: %v %v", actsOf(p), p.Addressee.Role)
	}
	// Reorganisation from 11 Mar, after the service: a title may be sought,
	// no realisation (art. XX.44 WER).
	c.Status, c.StatusSince = StatusJudicialReorganisation, day(2025, 3, 11)
	c.Acts = []Act{{Kind: ActSummons, Date: day(2025, 2, 10)}, {Kind: ActJudgment, Date: day(2025, 3, 3)}, {Kind: ActService, Date: day(2025, 3, 10)}}
	p = mustPlan(t, c, day(2025, 3, 12))
	expect(t, p, nil, ActWageGarnishment, ActMovableSeizure)
	if len(p.Enforcement) != 0 || p.EnforcementNote == "" {
		t.Errorf("reorganisation: enforcement %v %q", p.Enforcement, p.EnforcementNote)
	}
	c = beConsumer()
	c.Status = StatusAddressUnknown
	p = mustPlan(t, c, day(2025, 3, 3))
	if !p.Suspended || len(p.Steps) != 0 {
		t.Errorf("address unknown: suspended %v steps %v", p.Suspended, actsOf(p))
	}
}

// TestValidateHistoryErrors: acts out of the flow name the rule.
func TestValidateHistoryErrors(t *testing.T) {
	c := beB2B()
	c.Acts = []Act{{Kind: ActService, Date: day(2025, 3, 3)}}
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "not-allowed" || fe.Index != 0 {
		t.Errorf("service without title: %v", err)
	}
	// NL: a sommatie with costs 3 days after the 14-day letter is too early.
	n := nlConsumer()
	n.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: ActFormalNotice, Date: day(2025, 2, 20)}}
	if err := ValidateHistory(n); !errors.As(err, &fe) || fe.Problem != "too-early" || fe.Earliest != day(2025, 3, 6) || fe.Cite.Article != "art. 6:96 lid 6" {
		t.Errorf("early sommatie: %v", err)
	}
	// Out of order in the slice is fine: acts are taken in date order.
	n.Acts = []Act{{Kind: ActFormalNotice, Date: day(2025, 3, 6)}, {Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}}
	if err := ValidateHistory(n); err != nil {
		t.Errorf("unsorted lawful history: %v", err)
	}
	bad := n
	bad.Acts = []Act{{Kind: ActKind(200), Date: day(2025, 3, 6)}}
	if err := ValidateHistory(bad); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("undefined act: %v", err)
	}
}

// TestBookXIXInForce: the Book XIX wait binds a reminder sent from
// 1 September 2023 (Wet 4.5.2023, art. XIX.2 WER), not an older one.
func TestBookXIXInForce(t *testing.T) {
	c := beConsumer()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2023, 1, 10), day(2023, 2, 9)
	c.Acts = []Act{{Kind: ActReminder, Date: day(2023, 2, 10)}, {Kind: ActFormalNotice, Date: day(2023, 2, 13)}}
	if err := ValidateHistory(c); err != nil {
		t.Errorf("2023-02 demand three days after the reminder: %v", err)
	}
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2024, 1, 10), day(2024, 2, 9)
	c.Acts = []Act{{Kind: ActReminder, Date: day(2024, 2, 12)}, {Kind: ActFormalNotice, Date: day(2024, 2, 15)}}
	// Paper reminder Mon 12 Feb 2024: third working day Thu 15 Feb; 14 days
	// end Thu 29 Feb; earliest demand Fri 1 Mar.
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "too-early" || fe.Earliest != day(2024, 3, 1) {
		t.Errorf("2024 demand: %v", err)
	}
}

// TestSRPWindow: the Belgian SRP petition opens after the 15 days to pay
// (art. 1339) and closes 15 days later (art. 1340).
func TestSRPWindow(t *testing.T) {
	c := beB2B()
	c.Acts = []Act{{Kind: ActSRPSummons, Date: day(2025, 3, 3)}}
	// 15 days from Mon 3 Mar end Tue 18 Mar; petition from 19 Mar; its 15
	// days from 18 Mar end Wed 2 Apr.
	expect(t, mustPlan(t, c, day(2025, 3, 4)), []want{
		{ActSRPPetition, day(2025, 3, 19), day(2025, 4, 2), zero, "art. 1339, 1340 Ger.W."},
	})
	// After the window the petition is no longer proposed.
	expect(t, mustPlan(t, c, day(2025, 4, 3)), nil, ActSRPPetition)
	c.Acts = append(c.Acts, Act{Kind: ActSRPPetition, Date: day(2025, 4, 3)})
	var fe *FlowError
	if err := ValidateHistory(c); !errors.As(err, &fe) || fe.Problem != "too-late" || fe.Latest != day(2025, 4, 2) {
		t.Errorf("late petition: %v", err)
	}
}
