package procedure

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Hand-counted prescription dates. A term runs from the day after the due
// date and ends the day before the same date n years later.
func TestPrescription(t *testing.T) {
	tests := []struct {
		name     string
		c        func() Case
		asOf     date.Date
		years    int
		lastDay  date.Date
		barred   bool
		nInterr  int
		wantRule string
	}{
		{"NL contract, art. 3:307: due 14.2.2025 → last day 14.2.2030", nlB2B, asOf2025, 5, day(2030, 2, 14), false, 0, "art. 3:307 lid 1"},
		{"NL consumer sale of goods, art. 7:28: two years", func() Case {
			c := nlConsumer()
			c.Invoices[0].Nature = NatureGoods
			return c
		}, asOf2025, 2, day(2027, 2, 14), false, 0, "art. 7:28"},
		{"NL 7:28 interrupted by a written demand 1.3.2026 (3:317): new 2 years from 2.3.2026 → 1.3.2028 (3:319)", func() Case {
			c := nlConsumer()
			c.Invoices[0].Nature = NatureGoods
			c.Acts = []Act{{Kind: ActReminder, Date: day(2026, 3, 1)}}
			return c
		}, day(2026, 6, 1), 2, day(2028, 3, 1), false, 1, "art. 7:28"},
		{"NL 7:28 barred: demand after the last day does not revive it", func() Case {
			c := nlConsumer()
			c.Invoices[0].Nature = NatureGoods
			c.Acts = []Act{{Kind: ActReminder, Date: day(2027, 3, 1)}}
			return c
		}, day(2027, 6, 1), 2, day(2027, 2, 14), true, 0, "art. 7:28"},
		{"NL periodic, art. 3:308", func() Case {
			c := nlB2B()
			c.Invoices[0].Nature = NaturePeriodic
			return c
		}, asOf2025, 5, day(2030, 2, 14), false, 0, "art. 3:308"},
		{"BE general, art. 2262bis: due 9.2.2025 → 9.2.2035", beB2B, asOf2025, 10, day(2035, 2, 9), false, 0, "art. 2262bis"},
		{"BE sale of goods to a consumer, art. 2272: one year", func() Case {
			c := beConsumer()
			c.Invoices[0].Nature = NatureGoods
			return c
		}, asOf2025, 1, day(2026, 2, 9), false, 0, "art. 2272"},
		{"BE 2272 with a lawyer's notice 1.2.2026 (art. 2244 §2): one year from 2.2.2026 → 1.2.2027", func() Case {
			c := beConsumer()
			c.Invoices[0].Nature = NatureGoods
			c.Acts = []Act{{Kind: ActLawyerNotice, Date: day(2026, 2, 1)}, {Kind: ActLawyerNotice, Date: day(2026, 12, 1)}}
			return c
		}, day(2026, 12, 15), 1, day(2027, 2, 1), false, 1, "art. 2272"},
		{"BE 10 years, lawyer's notice never shortens (art. 2244 §2): stays 9.2.2035", func() Case {
			c := beB2B()
			c.Acts = []Act{{Kind: ActLawyerNotice, Date: day(2026, 2, 1)}}
			return c
		}, day(2026, 3, 1), 10, day(2035, 2, 9), false, 1, "art. 2262bis"},
		{"BE summons (art. 2244 §1) restarts the full term", func() Case {
			c := beB2B()
			c.Acts = []Act{{Kind: ActSummons, Date: day(2026, 5, 4)}}
			return c
		}, day(2026, 6, 1), 10, day(2036, 5, 4), false, 1, "art. 2262bis"},
		{"BE utility, art. 2277 al. 2", func() Case {
			c := beConsumer()
			c.Invoices[0].Nature = NatureUtility
			return c
		}, asOf2025, 5, day(2030, 2, 9), false, 0, "art. 2277, tweede lid"},
		{"BE periodic, due 28.2.2024: term from 29.2.2024 ends 28.2.2029 (no 29 Feb)", func() Case {
			c := beConsumer()
			c.Invoices[0].Nature = NaturePeriodic
			c.Invoices[0].Date, c.Invoices[0].DueDate = day(2024, 2, 1), day(2024, 2, 28)
			return c
		}, asOf2025, 5, day(2029, 2, 28), false, 0, "art. 2277, eerste lid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Prescription(tt.c(), tt.asOf)
			if err != nil {
				t.Fatal(err)
			}
			p := got[0]
			if !p.Covered || p.Years != tt.years || p.LastDay != tt.lastDay || p.Barred != tt.barred || len(p.Interruptions) != tt.nInterr || !strings.Contains(p.Rule.Article, tt.wantRule) {
				t.Errorf("got years=%d last=%v barred=%v interruptions=%d rule=%q", p.Years, p.LastDay, p.Barred, len(p.Interruptions), p.Rule.Article)
			}
		})
	}
}

// Uncovered dates: an invoice due before 27.7.1998 (before art. 2262bis).
func TestPrescriptionUncovered(t *testing.T) {
	c := beB2B()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(1997, 1, 1), day(1997, 2, 1)
	got, err := Prescription(c, asOf2025)
	if !errors.Is(err, vordering.ErrNoRuleInForce) || len(got) != 1 || got[0].Covered {
		t.Errorf("got %+v, %v; want uncovered and ErrNoRuleInForce", got, err)
	}
	// Eligibility still answers.
	if _, err := Eligibility(c, asOf2025); err != nil {
		t.Errorf("Eligibility on an uncovered invoice: %v", err)
	}
}

// A barred invoice is a note on the court routes, never a block (art. 2223
// oud BW; art. 3:322 lid 1 BW), but closes IOS when every invoice is barred
// (the debt is no longer certain and due).
func TestPrescriptionNotes(t *testing.T) {
	c := beConsumer()
	c.Invoices[0].Nature = NatureGoods // one year: barred from 10.2.2026
	a := mustAssess(t, c, day(2026, 6, 1))
	r := routeOf(t, a, RouteBESummons)
	if !r.Open || !hasCode(r.Notes, ReasonPrescribed) {
		t.Errorf("summons: open=%v notes=%v", r.Open, codes(r.Notes))
	}
	b := beB2B()
	b.Invoices[0].Date, b.Invoices[0].DueDate = day(2010, 1, 1), day(2010, 1, 31)
	r = routeOf(t, mustAssess(t, b, asOf2025), RouteBEIOS)
	if r.Open || !hasCode(r.Blocks, ReasonPrescribed) {
		t.Errorf("IOS on a barred debt: %v", codes(r.Blocks))
	}
}
