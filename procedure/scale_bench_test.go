package procedure

import (
	"strconv"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// The scale benchmarks run the history replay (ValidateHistory, Next) and
// Prescription over growing inputs: 100, 1,000 and 10,000 acts (and
// invoices). Their ns/op and B/op grow linearly with the input when the
// replay carries its state forward; compare the sizes with
//
//	go test -run '^$' -bench 'Scale' -benchmem ./procedure/
//
// The targets: 10,000 acts replayed in under 20 ms and 10 MB; Prescription
// over 10,000 invoices × 10,000 acts in under 1 s.

var scaleSizes = []int{100, 1000, 10000}

func benchValidate(b *testing.B, build func(int) (Case, date.Date)) {
	for _, n := range scaleSizes {
		c, _ := build(n)
		if err := ValidateHistory(c); err != nil {
			b.Fatalf("n=%d: %v", n, err)
		}
		b.Run("acts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := ValidateHistory(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchNext(b *testing.B, build func(int) (Case, date.Date)) {
	for _, n := range scaleSizes {
		c, asOf := build(n)
		b.Run("acts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := Next(c, asOf)
				if err != nil {
					b.Fatal(err)
				}
				sinkPlan = p
			}
		})
	}
}

func BenchmarkScaleValidateBEReminders(b *testing.B)     { benchValidate(b, scaleBEReminders) }
func BenchmarkScaleValidateNLFormalNotices(b *testing.B) { benchValidate(b, scaleNLFormalNotices) }
func BenchmarkScaleValidateSameDay(b *testing.B)         { benchValidate(b, scaleSameDayExecution) }
func BenchmarkScaleNextBEReminders(b *testing.B)         { benchNext(b, scaleBEReminders) }
func BenchmarkScaleNextNLFormalNotices(b *testing.B)     { benchNext(b, scaleNLFormalNotices) }
func BenchmarkScaleNextSameDay(b *testing.B)             { benchNext(b, scaleSameDayExecution) }

// scalePrescription is a Dutch B2B case with n invoices and n demands, in
// no particular date order, each demand naming one invoice (a demand
// interrupts prescription, art. 3:317 BW).
func scalePrescription(n int) Case {
	c := nlB2B()
	c.Invoices = make([]Invoice, n)
	first := day(2019, 1, 1)
	for i := range c.Invoices {
		due := first.Add(date.PeriodOfDays(i % 700))
		c.Invoices[i] = Invoice{Number: "F" + strconv.Itoa(i), Date: due.Add(-30), DueDate: due,
			Principal: vordering.Euros(100), Accessories: vordering.Euros(0)}
	}
	c.Acts = make([]Act, n)
	for i := range c.Acts {
		c.Acts[i] = Act{Kind: ActFormalNotice, Date: day(2021, 1, 1).Add(date.PeriodOfDays((i * 7919) % 1500)),
			Invoices: []string{"F" + strconv.Itoa((i*7)%n)}}
	}
	return c
}

func BenchmarkScalePrescription(b *testing.B) {
	asOf := day(2025, 6, 30)
	for _, n := range scaleSizes {
		c := scalePrescription(n)
		b.Run("invoices=acts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Prescription(c, asOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScalePrescriptionPairLimit: at MaxInvoiceActPairs, 1,000
// invoices and 1,000 demands that name none, so that each demand
// interrupts the prescription of every invoice: the largest result
// Prescription can be asked for (1,000,000 interruptions).
func BenchmarkScalePrescriptionPairLimit(b *testing.B) {
	c := scalePrescription(1000)
	for i := range c.Acts {
		c.Acts[i].Invoices = nil
	}
	if err := c.Validate(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Prescription(c, day(2025, 6, 30)); err != nil {
			b.Fatal(err)
		}
	}
}

// scaleNLIrregular is a Dutch consumer case with n formal demands, one a
// day from the day after the due date, each before the 14-day letter's term
// has run: irregular acts (art. 6:96 lid 6 BW) that lenient planning
// reports one warning each.
func scaleNLIrregular(n int) (Case, date.Date) {
	c := nlConsumer()
	c.Acts = make([]Act, n)
	first := day(2025, 2, 15)
	for i := range c.Acts {
		c.Acts[i] = Act{Kind: ActFormalNotice, Date: first.Add(date.PeriodOfDays(i))}
	}
	return c, c.Acts[n-1].Date
}

// BenchmarkScaleNextLenient plans histories of 100, 1,000 and 10,000
// irregular acts in lenient mode: the cost grows linearly with the acts.
func BenchmarkScaleNextLenient(b *testing.B) {
	for _, n := range scaleSizes {
		c, asOf := scaleNLIrregular(n)
		if err := ValidateHistory(c); err == nil {
			b.Fatalf("n=%d: the history is regular; the benchmark needs irregular acts", n)
		}
		p := Planner{Lenient: true}
		plan, err := p.Next(c, asOf)
		if err != nil || len(plan.Warnings) == 0 {
			b.Fatalf("n=%d: %v, %d warnings", n, err, len(plan.Warnings))
		}
		b.Run("acts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Next(c, asOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScaleNextAwb plans a municipality's Awb claim of n invoices with
// an aanmaning for each (n acts, each naming its invoice), so that the
// prescription of art. 4:104 Awb follows every invoice through its acts.
func BenchmarkScaleNextAwb(b *testing.B) {
	d0 := date.New(2024, 1, 8)
	for _, n := range scaleSizes {
		c := Case{Country: vordering.NL,
			Creditor: Party{Name: "Gemeente", Kind: vordering.PublicBody},
			Debtor:   Party{Name: "D", Kind: vordering.Consumer, Domicile: "NL"},
			Public:   PublicClaim{Basis: PublicNLAwb, DwangbevelPower: true}}
		for i := range n {
			num := "B" + strconv.Itoa(i)
			c.Invoices = append(c.Invoices, Invoice{Number: num, Date: d0, DueDate: d0.Add(42), Principal: vordering.Euros(100)})
			c.Acts = append(c.Acts, Act{Kind: ActAdminReminder, Date: d0.Add(50), Invoices: []string{num}})
		}
		asOf := d0.Add(70)
		if _, err := Next(c, asOf); err != nil {
			b.Fatalf("n=%d: %v", n, err)
		}
		b.Run("invoices=acts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Next(c, asOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
