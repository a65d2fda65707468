package prescription

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/kit"
)

// refPrescribe is Prescription for one invoice as it was computed before
// the act index: every act of the case, sorted for each invoice, read in
// full.
func refPrescribe(c casefile.Case, inv casefile.Invoice, asOf date.Date) PrescriptionResult {
	res := PrescriptionResult{Invoice: inv.Number}
	tl := prescriptionTerm(c, inv)
	row, err := tl.At(inv.DueDate)
	if err != nil {
		res.Note = err.Error()
		return res
	}
	res.Covered, res.Years, res.Rule = true, row.Value, row.Cite
	res.Assurance = vordering.Assurance{}.Add(tl.Ref(row))
	res.Start = inv.DueDate.Add(1)
	res.LastDay = endOfYears(res.Start, row.Value)
	original := res.LastDay
	res.Note = row.Note
	concerns := func(a casefile.Act) bool {
		for _, x := range a.Invoices {
			if x == inv.Number {
				return true
			}
		}
		return len(a.Invoices) == 0
	}
	used := false
	for _, a := range kit.SortedActs(c.Acts) {
		if a.Date.After(asOf) || a.Date.After(res.LastDay) || !concerns(a) {
			continue
		}
		if a.Kind == casefile.ActJudgment {
			res.Note = "A judgment was obtained on " + a.Date.String() +
				"; the claim now rests on the title, whose prescription is not computed here."
			break
		}
		cite, years, floor, ok := interruption(c, a, row.Value, original, used)
		if !ok {
			continue
		}
		used = used || a.Kind == casefile.ActLawyerNotice
		start := a.Date.Add(1)
		last := endOfYears(start, years)
		if vordering.HasDate(floor) && last.Before(floor) {
			last = floor
		}
		res.Start, res.LastDay = start, last
		res.Interruptions = append(res.Interruptions, Interruption{Act: a.Kind, Date: a.Date, Cite: cite, LastDay: last})
	}
	res.Barred = res.LastDay.Before(asOf)
	return res
}

// TestPrescriptionMatchesReference compares Prescription, which reads each
// invoice's acts from one sorted index and stops at the first act after the
// last day, with the full reading, on random cases of several invoices
// whose acts name some of them, come in any order and interrupt (BE art.
// 2244, 2248; NL art. 3:316–3:318 BW) or not.
func TestPrescriptionMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	interruptions, barred := 0, 0
	kinds := []casefile.ActKind{casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice, casefile.ActFourteenDayLetter, casefile.ActSummons, casefile.ActPetition, casefile.ActJudgment,
		casefile.ActService, casefile.ActSeizure, casefile.ActAcknowledgement, casefile.ActPaymentPlan, casefile.ActPayment}
	for i := range 2000 {
		c := []func() casefile.Case{beB2B, beConsumer, nlConsumer, nlB2B}[r.IntN(4)]()
		base := c.Invoices[0]
		c.Invoices = nil
		for j := range 1 + r.IntN(4) {
			inv := base
			inv.Number = "F" + strconv.Itoa(j)
			inv.DueDate = day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(3000)))
			inv.Date = inv.DueDate.Add(-30)
			inv.Nature = casefile.Nature(r.IntN(5))
			c.Invoices = append(c.Invoices, inv)
		}
		for range r.IntN(15) {
			a := casefile.Act{Kind: kinds[r.IntN(len(kinds))], Date: day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(5000)))}
			for range r.IntN(3) {
				a.Invoices = append(a.Invoices, c.Invoices[r.IntN(len(c.Invoices))].Number)
			}
			c.Acts = append(c.Acts, a)
		}
		asOf := day(2012, 1, 1).Add(date.PeriodOfDays(r.IntN(6000)))
		got, _ := Prescription(c, asOf)
		for _, g := range got {
			interruptions += len(g.Interruptions)
			if g.Barred {
				barred++
			}
		}
		for j, inv := range c.Invoices {
			if want := refPrescribe(c, inv, asOf); !reflect.DeepEqual(got[j], want) {
				t.Fatalf("case %d invoice %s on %v, acts %+v:\n got %+v\nwant %+v", i, inv.Number, asOf, c.Acts, got[j], want)
			}
		}
	}
	// The random cases reach what is compared: interruptions and barred
	// invoices.
	if interruptions < 1000 || barred < 100 {
		t.Errorf("only %d interruptions and %d barred invoices compared", interruptions, barred)
	}
}
