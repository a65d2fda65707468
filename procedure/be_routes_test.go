package procedure

import (
	"slices"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
)

var asOf2025 = day(2025, 3, 3)

// Each IOS condition of art. 1394/20 Ger.W., negative (the route closes
// with the code) and positive (the base case, which meets all of them, is
// open; see TestIOSOpenBaseCase).
func TestIOSConditions(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Case)
		asOf date.Date
		want ReasonCode
	}{
		// art. 1394/20, 2°: debts between enterprises only; not against consumers.
		{"debtor consumer (art. 1394/20, 2°)", func(c *Case) { c.Debtor = Party{Kind: vordering.Consumer, Domicile: "BE"} }, asOf2025, ReasonConsumer},
		{"creditor consumer (art. 1394/20, 2°)", func(c *Case) { c.Creditor.Kind = vordering.Consumer }, asOf2025, ReasonNotEnterprise},
		// art. 1394/20, 1°: public bodies of art. 1412bis §1, on either side.
		{"debtor public body (art. 1394/20, 1°)", func(c *Case) { c.Debtor.Kind = vordering.PublicBody }, asOf2025, ReasonPublicBody},
		{"creditor public body (art. 1394/20, 1°)", func(c *Case) { c.Creditor.Kind = vordering.PublicBody }, asOf2025, ReasonPublicBody},
		// art. 1394/20, 2°: both registered in the KBO (or an accepted register).
		{"debtor not registered (art. 1394/20, 2°)", func(c *Case) { c.Debtor.RegisterNumber = "" }, asOf2025, ReasonNotRegistered},
		{"creditor in a register not accepted (art. 1394/20, 2°; ardent.be)", func(c *Case) { c.Creditor.RegisterCountry = "PL" }, asOf2025, ReasonNotRegistered},
		// art. 1394/20, 3°: the debt arises from the business.
		{"outside business (art. 1394/20, 3°)", func(c *Case) { c.OutsideBusiness = true }, asOf2025, ReasonOutsideBusiness},
		// art. 1394/20, 5°: non-contractual, not agreed or acknowledged.
		{"non-contractual (art. 1394/20, 5°)", func(c *Case) { c.NonContractual = true }, asOf2025, ReasonNonContractual},
		// art. 1394/20: uncontested; the flag or an act's outcome.
		{"contested flag (art. 1394/20)", func(c *Case) { c.Contested = true }, asOf2025, ReasonContested},
		{"contested by reply to a reminder (art. 1394/20)", func(c *Case) {
			c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 15), Outcome: OutcomeContested}}
		}, asOf2025, ReasonContested},
		// art. 1394/20, 4°: bankruptcy, judicial reorganisation, collective debt settlement.
		{"bankrupt (art. 1394/20, 4°)", func(c *Case) { c.Status = StatusBankrupt }, asOf2025, ReasonBankruptcy},
		{"judicial reorganisation (art. 1394/20, 4°)", func(c *Case) { c.Status = StatusJudicialReorganisation }, asOf2025, ReasonReorganisation},
		{"collective debt settlement (art. 1394/20, 4°)", func(c *Case) { c.Status = StatusCollectiveDebtSettlement }, asOf2025, ReasonDebtSettlement},
		// art. 1394/20: certain and due on the day of the summons.
		{"not yet due (art. 1394/20)", func(c *Case) { c.Invoices[0].DueDate = day(2025, 3, 31) }, asOf2025, ReasonNotDue},
		// In force from 2.7.2016 (KB 16.6.2016).
		{"before 2.7.2016", func(c *Case) {
			c.Invoices[0].Date, c.Invoices[0].DueDate = day(2016, 1, 4), day(2016, 2, 3)
		}, day(2016, 7, 1), ReasonNotInForce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := beB2B()
			tt.edit(&c)
			r := routeOf(t, mustAssess(t, c, tt.asOf), RouteBEIOS)
			if r.Open || !hasCode(r.Blocks, tt.want) {
				t.Errorf("IOS open=%v blocks=%v; want closed with %v", r.Open, codes(r.Blocks), tt.want)
			}
		})
	}
}

// Positive: the base case meets every condition of art. 1394/20 Ger.W., and
// so does a debtor in a Dutch register from 1.10.2018 (ardent.be).
func TestIOSOpenBaseCase(t *testing.T) {
	r := routeOf(t, mustAssess(t, beB2B(), asOf2025), RouteBEIOS)
	if !r.Open || len(r.Blocks) != 0 {
		t.Fatalf("IOS = %+v; want open", r)
	}
	c := beB2B()
	c.Debtor.RegisterCountry, c.Debtor.Domicile = "NL", "NL"
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS); !r.Open {
		t.Errorf("IOS with NL register in 2025: blocks %v; want open", codes(r.Blocks))
	}
	// A sole trader registered in the KBO is an enterprise too.
	c = beB2B()
	c.Debtor.SoleTrader = true
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS); !r.Open {
		t.Errorf("IOS against a KBO sole trader: blocks %v; want open", codes(r.Blocks))
	}
}

// art. 1394/20: interest and penalty clauses are recoverable up to 10 % of
// the principal. 1,200 × 10 % = 120.00: 100 is under the cap (no note); 150
// is over it (a note, the route stays open).
func TestIOSAccessoryCap(t *testing.T) {
	c := beB2B()
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS)
	if hasCode(r.Notes, ReasonCap) {
		t.Errorf("accessories 100 on 1,200: unexpected cap note %v", r.Notes)
	}
	c.Invoices[0].Accessories = vordering.Euros(150)
	r = routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS)
	if !r.Open || !hasCode(r.Notes, ReasonCap) {
		t.Fatalf("accessories 150 on 1,200: open=%v notes=%v; want open with a cap note", r.Open, codes(r.Notes))
	}
	for _, n := range r.Notes {
		if n.Code == ReasonCap && !strings.Contains(n.Text, "EUR 120.00") {
			t.Errorf("cap note %q does not state the cap of EUR 120.00", n.Text)
		}
	}
}

// Several reasons at once: a consumer debtor who contests, in collective
// debt settlement, with an invoice not yet due. Every reason is reported and,
// since not all are time-only, there is no opening date.
func TestIOSSeveralBlocks(t *testing.T) {
	c := beB2B()
	c.Debtor = Party{Name: "Jan", Kind: vordering.Consumer, Domicile: "BE"}
	c.Contested = true
	c.Status = StatusCollectiveDebtSettlement
	c.Invoices[0].DueDate = day(2025, 4, 30)
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS)
	for _, want := range []ReasonCode{ReasonConsumer, ReasonContested, ReasonDebtSettlement, ReasonNotDue} {
		if !hasCode(r.Blocks, want) {
			t.Errorf("blocks %v lack %v", codes(r.Blocks), want)
		}
	}
	if r.Open || vordering.HasDate(r.OpensOn) {
		t.Errorf("open=%v opensOn=%v; want closed with no opening date", r.Open, r.OpensOn)
	}
}

// Opening on a later date: an invoice due 31 March 2025 opens IOS on
// 1 April (the day after the due date, art. 1394/20: due on the day of the
// summons). A debtor in the Dutch register on 1 June 2018 waits for the
// foreign registers, accepted from 1 October 2018 (ardent.be, kmoinsider.be),
// and both time blocks together open on the later of the two days.
func TestIOSOpensLater(t *testing.T) {
	c := beB2B()
	c.Invoices[0].DueDate = day(2025, 3, 31)
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS)
	if r.Open || r.OpensOn != day(2025, 4, 1) {
		t.Errorf("not due: open=%v opensOn=%v; want closed until 2025-04-01", r.Open, r.OpensOn)
	}
	c = beB2B()
	c.Debtor.RegisterCountry = "NL"
	c.Invoices[0] = Invoice{Number: "F1", Date: day(2018, 5, 1), DueDate: day(2018, 6, 30), Principal: vordering.Euros(5000), Accessories: vordering.Euros(0)}
	r = routeOf(t, mustAssess(t, c, day(2018, 6, 1)), RouteBEIOS)
	if r.Open || r.OpensOn != day(2018, 10, 1) || len(r.Blocks) != 2 {
		t.Errorf("NL register in June 2018: open=%v opensOn=%v blocks=%v; want closed until 2018-10-01 by 2 time blocks", r.Open, r.OpensOn, codes(r.Blocks))
	}
}

// SRP, art. 1338–1344 Ger.W.: each condition negative; the base case positive.
func TestSRPConditions(t *testing.T) {
	c := beConsumer()
	c.Invoices[0].Principal, c.Invoices[0].Accessories = vordering.Euros(1500), vordering.Euros(60)
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBESRP); !r.Open {
		t.Fatalf("SRP base case blocks %v; want open", codes(r.Blocks))
	}
	tests := []struct {
		name string
		edit func(*Case)
		want ReasonCode
	}{
		// art. 1338: EUR 1,860, principal and accessories counted (art. 557).
		{"1,800 + 61 = 1,861 > 1,860 (art. 1338, 557)", func(c *Case) {
			c.Invoices[0].Principal, c.Invoices[0].Accessories = vordering.Euros(1800), vordering.Euros(61)
		}, ReasonAboveCeiling},
		// art. 1338: a written document emanating from the debtor.
		{"no written document (art. 1338)", func(c *Case) { c.WrittenDocument = false }, ReasonNoWrittenDocument},
		// art. 1344: domicile or residence in Belgium.
		{"debtor domiciled in France (art. 1344)", func(c *Case) { c.Debtor.Domicile = "FR" }, ReasonDomicileAbroad},
		{"debtor without known address (art. 1344)", func(c *Case) { c.Status = StatusAddressUnknown }, ReasonNoAddress},
		// Bankruptcy: the claim goes to the curator (Book XX WER).
		{"bankrupt debtor (Book XX WER)", func(c *Case) { c.Status = StatusBankrupt }, ReasonBankruptcy},
		// art. 1338: a due money claim.
		{"not yet due (art. 1338)", func(c *Case) { c.Invoices[0].DueDate = day(2025, 3, 20) }, ReasonNotDue},
		// art. 1338: only the vrederechter and the court of art. 573 hear SRP; an
		// employment claim belongs to the arbeidsrechtbank (art. 578).
		{"employment claim before the labour court (art. 1338, 578)", func(c *Case) { c.Matter = jurisdiction.MatterEmployment }, ReasonNotCompetent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := beConsumer()
			c.Invoices[0].Principal, c.Invoices[0].Accessories = vordering.Euros(1500), vordering.Euros(60)
			tt.edit(&c)
			r := routeOf(t, mustAssess(t, c, asOf2025), RouteBESRP)
			if r.Open || !hasCode(r.Blocks, tt.want) {
				t.Errorf("SRP open=%v blocks=%v; want closed with %v", r.Open, codes(r.Blocks), tt.want)
			}
		})
	}
	// Exactly at the ceiling stays open: 1,800 + 60 = 1,860 (art. 1338 "niet te boven gaat").
	c.Invoices[0].Principal, c.Invoices[0].Accessories = vordering.Euros(1800), vordering.Euros(60)
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBESRP); !r.Open {
		t.Errorf("SRP at exactly 1,860: blocks %v; want open", codes(r.Blocks))
	}
}

// The 15 + 15 days of art. 1339–1340 Ger.W. Summons served Monday
// 3 March 2025: the 15 days to pay run 4–18 March (a Tuesday, no holiday),
// the petition may be filed 19 March to 2 April (a Wednesday, no holiday):
// hand count, art. 52 (the day of the event not counted).
func TestSRPSequence(t *testing.T) {
	c := beConsumer()
	c.Acts = []Act{{Kind: ActSRPSummons, Date: day(2025, 3, 3)}}
	tests := []struct {
		asOf    date.Date
		open    bool
		opensOn date.Date
		closes  date.Date
		lapsed  bool
	}{
		{day(2025, 3, 10), false, day(2025, 3, 19), day(2025, 4, 2), false},
		{day(2025, 3, 18), false, day(2025, 3, 19), day(2025, 4, 2), false},
		{day(2025, 3, 19), true, vordering.NoDate(), day(2025, 4, 2), false},
		{day(2025, 4, 2), true, vordering.NoDate(), day(2025, 4, 2), false},
		{day(2025, 4, 3), true, vordering.NoDate(), vordering.NoDate(), true},
	}
	for _, tt := range tests {
		r := routeOf(t, mustAssess(t, c, tt.asOf), RouteBESRP)
		if r.Open != tt.open || r.OpensOn != tt.opensOn || r.ClosesOn != tt.closes || hasCode(r.Notes, ReasonTermRunning) != tt.lapsed {
			t.Errorf("%v: open=%v opensOn=%v closesOn=%v notes=%v; want %v %v %v lapsed=%v",
				tt.asOf, r.Open, r.OpensOn, r.ClosesOn, codes(r.Notes), tt.open, tt.opensOn, tt.closes, tt.lapsed)
		}
	}
}

// Book XIX WER (art. XIX.2): no cost or interest before the free first
// reminder and its 14 days. Paper reminder Monday 3 March 2025: the term
// starts on the third working day after it, Thursday 6 March, and runs to
// 20 March; costs from 21 March. Electronic: from Tuesday 4 March to
// 18 March; costs from 19 March (hand count).
func TestBook19Prerequisites(t *testing.T) {
	c := beConsumer()
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteBECosts)
	if r.Open || !hasCode(r.Blocks, ReasonNoPriorLetter) {
		t.Errorf("no reminder: blocks %v; want no-prior-letter", codes(r.Blocks))
	}
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 1)}} // before the due date of 9 Feb
	r = routeOf(t, mustAssess(t, c, asOf2025), RouteBECosts)
	if r.Open || !hasCode(r.Blocks, ReasonLetterTooEarly) {
		t.Errorf("reminder before default: blocks %v; want letter-too-early", codes(r.Blocks))
	}
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 3, 3)}}
	r = routeOf(t, mustAssess(t, c, day(2025, 3, 20)), RouteBECosts)
	if r.Open || r.OpensOn != day(2025, 3, 21) {
		t.Errorf("paper reminder: open=%v opensOn=%v; want closed until 2025-03-21", r.Open, r.OpensOn)
	}
	if r := routeOf(t, mustAssess(t, c, day(2025, 3, 21)), RouteBECosts); !r.Open {
		t.Errorf("paper reminder on 21 March: blocks %v; want open", codes(r.Blocks))
	}
	c.Acts[0].Electronic = true
	r = routeOf(t, mustAssess(t, c, day(2025, 3, 5)), RouteBECosts)
	if r.Open || r.OpensOn != day(2025, 3, 19) {
		t.Errorf("electronic reminder: open=%v opensOn=%v; want closed until 2025-03-19", r.Open, r.OpensOn)
	}
	// Before Book XIX: an invoice of 2023 in default before 1.12.2023 is not covered.
	c = beConsumer()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(2023, 6, 1), day(2023, 7, 1)
	r = routeOf(t, mustAssess(t, c, day(2024, 1, 10)), RouteBECosts)
	if r.Open || !hasCode(r.Blocks, ReasonNotInForce) {
		t.Errorf("pre-Book XIX default: blocks %v; want not-in-force", codes(r.Blocks))
	}
	// Between enterprises (Law 2.8.2002 art. 5–6): open from the day after the due date.
	if r := routeOf(t, mustAssess(t, beB2B(), asOf2025), RouteBECosts); !r.Open {
		t.Errorf("B2B costs: blocks %v; want open", codes(r.Blocks))
	}
}

// Reminder, summons and petition (art. 700, 1344bis Ger.W.).
func TestBEReminderSummonsPetition(t *testing.T) {
	a := mustAssess(t, beB2B(), asOf2025)
	if r := routeOf(t, a, RouteBEReminder); !r.Open {
		t.Errorf("reminder: %v", codes(r.Blocks))
	}
	r := routeOf(t, a, RouteBESummons)
	if !r.Open || !hasCode(r.Notes, ReasonCourt) {
		t.Errorf("summons: open=%v notes=%v; want open with the court", r.Open, codes(r.Notes))
	}
	// art. 700: no petition for an ordinary invoice.
	if r := routeOf(t, a, RouteBEPetition); r.Open || !hasCode(r.Blocks, ReasonNoPetitionRoute) {
		t.Errorf("petition for an invoice: %v; want no-petition-route", codes(r.Blocks))
	}
	// art. 1344bis: rent may be claimed by petition.
	c := beConsumer()
	c.Matter = jurisdiction.MatterLease
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEPetition); !r.Open {
		t.Errorf("petition for rent: %v; want open", codes(r.Blocks))
	}
	// Bankruptcy closes the summons (claim to the curator) and the reminder.
	c = beB2B()
	c.Status = StatusBankrupt
	a = mustAssess(t, c, asOf2025)
	if r := routeOf(t, a, RouteBESummons); r.Open || !hasCode(r.Blocks, ReasonBankruptcy) {
		t.Errorf("summons against a bankrupt: %v", codes(r.Blocks))
	}
	if r := routeOf(t, a, RouteBEReminder); r.Open {
		t.Errorf("reminder to a bankrupt: open")
	}
	// Judicial reorganisation: a title may still be sought (rdc-tbh 2013).
	c.Status = StatusJudicialReorganisation
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBESummons); !r.Open {
		t.Errorf("summons during reorganisation: %v; want open", codes(r.Blocks))
	}
	// A company whose seat is undeliverable: no reminder, a report instead.
	c = beB2B()
	c.Debtor.SeatUndeliverable = true
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEReminder); r.Open || !hasCode(r.Blocks, ReasonSeatUndeliverable) {
		t.Errorf("undeliverable seat: %v", codes(r.Blocks))
	}
}

// The routes are exactly those of the country, in order.
func TestRoutesPerCountry(t *testing.T) {
	var got []Route
	for _, r := range mustAssess(t, beB2B(), asOf2025).Routes {
		got = append(got, r.Route)
	}
	want := []Route{RouteBEReminder, RouteBECosts, RouteBEIOS, RouteBESRP, RouteBESummons, RouteBEPetition, RouteBEDwangbevel}
	if !slices.Equal(got, want) {
		t.Errorf("BE routes %v", got)
	}
	got = nil
	for _, r := range mustAssess(t, nlB2B(), asOf2025).Routes {
		got = append(got, r.Route)
	}
	want = []Route{RouteNLReminder, RouteNLCosts, RouteNLKanton, RouteNLRechtbank, RouteNLAwbReminder, RouteNLAwbDwangbevel}
	if !slices.Equal(got, want) {
		t.Errorf("NL routes %v", got)
	}
}

// Holidays through package deadlines. SRP summons served Wednesday 16 April
// 2025: the 15 days end on Thursday 1 May, a legal holiday, so on Friday
// 2 May (art. 53 Ger.W.); the petition term then ends Saturday 17 May,
// moved to Monday 19 May. Book XIX reminder posted Friday 18 April 2025:
// Easter Monday 21 April is not a working day, so the term starts on the
// third working day, Thursday 24 April, and runs to 8 May; costs from 9 May.
func TestBEHolidays(t *testing.T) {
	c := beConsumer()
	c.Acts = []Act{{Kind: ActSRPSummons, Date: day(2025, 4, 16)}}
	r := routeOf(t, mustAssess(t, c, day(2025, 4, 20)), RouteBESRP)
	if r.OpensOn != day(2025, 5, 3) || r.ClosesOn != day(2025, 5, 19) {
		t.Errorf("SRP around 1 May: opensOn=%v closesOn=%v; want 2025-05-03 and 2025-05-19", r.OpensOn, r.ClosesOn)
	}
	c = beConsumer()
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 4, 18)}}
	r = routeOf(t, mustAssess(t, c, day(2025, 4, 25)), RouteBECosts)
	if r.OpensOn != day(2025, 5, 9) {
		t.Errorf("Book XIX around Easter: opensOn=%v; want 2025-05-09", r.OpensOn)
	}
}

// Several SRP reasons at once (art. 1338, 1344 Ger.W.): above the ceiling,
// no written document and a debtor domiciled in the Netherlands; none lifts
// with time, so there is no opening date.
func TestSRPSeveralBlocks(t *testing.T) {
	c := beConsumer()
	c.Invoices[0].Principal = vordering.Euros(3000)
	c.WrittenDocument = false
	c.Debtor.Domicile = "NL"
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteBESRP)
	for _, want := range []ReasonCode{ReasonAboveCeiling, ReasonNoWrittenDocument, ReasonDomicileAbroad} {
		if !hasCode(r.Blocks, want) {
			t.Errorf("blocks %v lack %v", codes(r.Blocks), want)
		}
	}
	if r.Open || vordering.HasDate(r.OpensOn) {
		t.Errorf("open=%v opensOn=%v", r.Open, r.OpensOn)
	}
}
