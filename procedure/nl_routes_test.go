package procedure

import (
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
)

// NL collection costs, art. 6:96 lid 6 BW: for a consumer only after a
// letter sent once in default (art. 6:83 sub a: default when the due date
// passes) giving 14 days from the day after receipt.
//
// Hand count: letter posted Monday 3 March 2025, no receipt date known:
// presumed delivered on the second delivery day after posting, Tuesday 4
// (1) and Wednesday 5 March (2) (HR 25.11.2016). The 14 days run 6–19 March
// (a Wednesday); costs are due from 20 March.
func TestNLCostsFourteenDayLetter(t *testing.T) {
	c := nlConsumer()
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLCosts)
	if r.Open || !hasCode(r.Blocks, ReasonNoPriorLetter) {
		t.Errorf("no letter: %v; want no-prior-letter (art. 6:96 lid 6)", codes(r.Blocks))
	}
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 14)}} // on the due date: not yet in default
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLCosts); r.Open || !hasCode(r.Blocks, ReasonLetterTooEarly) {
		t.Errorf("letter before default: %v; want letter-too-early (art. 6:96 lid 6: 'na het intreden van het verzuim')", codes(r.Blocks))
	}
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 3, 3)}}
	r = routeOf(t, mustAssess(t, c, day(2025, 3, 19)), RouteNLCosts)
	if r.Open || r.OpensOn != day(2025, 3, 20) {
		t.Errorf("presumed delivery: open=%v opensOn=%v; want closed until 2025-03-20", r.Open, r.OpensOn)
	}
	if r := routeOf(t, mustAssess(t, c, day(2025, 3, 20)), RouteNLCosts); !r.Open {
		t.Errorf("on 20 March: %v; want open", codes(r.Blocks))
	}
	// Receipt known, Friday 7 March: 14 days run 8–21 March (a Friday); costs from 22 March.
	c.Acts[0].Received = day(2025, 3, 7)
	if r := routeOf(t, mustAssess(t, c, day(2025, 3, 20)), RouteNLCosts); r.Open || r.OpensOn != day(2025, 3, 22) {
		t.Errorf("received 7 March: open=%v opensOn=%v; want until 2025-03-22", r.Open, r.OpensOn)
	}
	// Commercial contract, art. 6:96 lid 4: EUR 40 due without reminder from the day after the due date.
	b := nlB2B()
	if r := routeOf(t, mustAssess(t, b, day(2025, 2, 14)), RouteNLCosts); r.Open || r.OpensOn != day(2025, 2, 15) {
		t.Errorf("B2B on the due date: open=%v opensOn=%v; want until 2025-02-15", r.Open, r.OpensOn)
	}
	if r := routeOf(t, mustAssess(t, b, day(2025, 2, 15)), RouteNLCosts); !r.Open {
		t.Errorf("B2B the day after: %v; want open", codes(r.Blocks))
	}
	// BIK-besluit art. 3: a default that began before 1.7.2012 is not covered.
	old := nlConsumer()
	old.Invoices[0].Date, old.Invoices[0].DueDate = day(2012, 5, 1), day(2012, 5, 31)
	if r := routeOf(t, mustAssess(t, old, day(2012, 8, 1)), RouteNLCosts); r.Open || !hasCode(r.Blocks, ReasonNotInForce) {
		t.Errorf("default before 1.7.2012: %v; want not-in-force", codes(r.Blocks))
	}
}

// Kanton or rechtbank, art. 93 Rv (EUR 25,000 from 1.7.2011, from package
// jurisdiction): exactly one of the two court routes is open.
func TestNLCourtRoutes(t *testing.T) {
	tests := []struct {
		name      string
		principal int64
		matter    jurisdiction.Matter
		want      Route
	}{
		{"800 → kanton (art. 93 sub a Rv)", 800, 0, RouteNLKanton},
		{"25,000 exactly → kanton (ceiling inclusive)", 25000, 0, RouteNLKanton},
		{"25,001 → rechtbank (art. 93 sub a Rv a contrario)", 25001, 0, RouteNLRechtbank},
		{"rent of 40,000 → kanton whatever the amount (art. 93 sub c Rv)", 40000, jurisdiction.MatterLease, RouteNLKanton},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := nlB2B()
			c.Invoices[0].Principal = vordering.Euros(tt.principal)
			c.Matter = tt.matter
			a := mustAssess(t, c, asOf2025)
			for _, r := range []Route{RouteNLKanton, RouteNLRechtbank} {
				x := routeOf(t, a, r)
				if x.Open != (r == tt.want) {
					t.Errorf("%v open=%v blocks=%v", r, x.Open, codes(x.Blocks))
				}
				if !x.Open && r != tt.want && !hasCode(x.Blocks, ReasonNotCompetent) {
					t.Errorf("%v closed without not-competent: %v", r, codes(x.Blocks))
				}
			}
		})
	}
	// Fw art. 26: during bankruptcy claims on the estate are only submitted for verification.
	c := nlB2B()
	c.Status = StatusBankrupt
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLKanton); r.Open || !hasCode(r.Blocks, ReasonBankruptcy) {
		t.Errorf("kanton against a bankrupt: %v", codes(r.Blocks))
	}
	// Fw art. 299 lid 2: the same in statutory debt rescheduling.
	c.Status = StatusCollectiveDebtSettlement
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLKanton); r.Open || !hasCode(r.Blocks, ReasonDebtSettlement) {
		t.Errorf("kanton in WSNP: %v", codes(r.Blocks))
	}
}

// Reminders (art. 6:82–6:83 BW): open after the due date; closed until then.
func TestNLReminder(t *testing.T) {
	c := nlB2B()
	r := routeOf(t, mustAssess(t, c, day(2025, 2, 1)), RouteNLReminder)
	if r.Open || r.OpensOn != day(2025, 2, 15) {
		t.Errorf("before due: open=%v opensOn=%v", r.Open, r.OpensOn)
	}
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLReminder); !r.Open {
		t.Errorf("after due: %v", codes(r.Blocks))
	}
	c.Status = StatusAddressUnknown
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLReminder); r.Open || !hasCode(r.Blocks, ReasonNoAddress) {
		t.Errorf("address unknown: %v", codes(r.Blocks))
	}
}

// The 14 days of art. 6:96 lid 6 BW are a statutory term, so package
// deadlines applies the Algemene termijnenwet: received Saturday 8 March
// 2025, the 14 days end on Saturday 22 March, extended to Monday 24 March
// (Atw art. 1); costs are due from Tuesday 25 March. Package costs counts
// the bare 14 days (due from 23 March); the route takes the later date.
func TestNLCostsAtwExtension(t *testing.T) {
	c := nlConsumer()
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 3, 6), Received: day(2025, 3, 8)}}
	r := routeOf(t, mustAssess(t, c, day(2025, 3, 23)), RouteNLCosts)
	if r.Open || r.OpensOn != day(2025, 3, 25) {
		t.Errorf("open=%v opensOn=%v blocks=%v; want closed until 2025-03-25", r.Open, r.OpensOn, codes(r.Blocks))
	}
}
