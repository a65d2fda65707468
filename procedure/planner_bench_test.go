package procedure

import (
	"sync/atomic"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

var sinkPlan Plan

// benchCaseBE is a Belgian B2B case with an executed title: the plan has
// the execution steps, each with its costs and terms.
func benchCaseBE() Case {
	c := beB2B()
	c.Acts = []Act{
		{Kind: ActReminder, Date: day(2025, 2, 10)}, {Kind: ActFormalNotice, Date: day(2025, 2, 20)},
		{Kind: ActIOSSummons, Date: day(2025, 3, 4)}, {Kind: ActIOSNonContestation, Date: day(2025, 4, 14)},
		{Kind: ActService, Date: day(2025, 4, 22)},
	}
	return c
}

// BenchmarkNext plans one case. Target: ≤ 50 µs/op.
func BenchmarkNext(b *testing.B) {
	c := benchCaseBE()
	b.ReportAllocs()
	for b.Loop() {
		p, err := Next(c, day(2025, 4, 23))
		if err != nil {
			b.Fatal(err)
		}
		sinkPlan = p
	}
}

// BenchmarkNextNL plans one Dutch consumer case after the 14-day letter.
func BenchmarkNextNL(b *testing.B) {
	c := nlConsumer()
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}}
	b.ReportAllocs()
	for b.Loop() {
		p, err := Next(c, day(2025, 3, 7))
		if err != nil {
			b.Fatal(err)
		}
		sinkPlan = p
	}
}

// generatedCases returns n cases of both countries at every stage of the
// flow, with their as-of days, built deterministically.
func generatedCases(n int) ([]Case, []date.Date) {
	stages := []struct {
		c    func() Case
		acts []Act
		asOf date.Date
	}{
		{beB2B, nil, day(2025, 3, 3)},
		{beConsumer, []Act{{Kind: ActReminder, Date: day(2025, 2, 10)}}, day(2025, 3, 3)},
		{benchCaseBE, nil, day(2025, 4, 23)},
		{nlConsumer, []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}}, day(2025, 3, 7)},
		{nlB2B, []Act{{Kind: ActFormalNotice, Date: day(2025, 2, 20)}, {Kind: ActSummons, Date: day(2025, 3, 10)}}, day(2025, 3, 20)},
		{nlConsumer, []Act{{Kind: ActSummons, Date: day(2025, 3, 10)}, {Kind: ActDefaultJudgment, Date: day(2025, 3, 26)}, {Kind: ActService, Date: day(2025, 4, 3)}}, day(2025, 4, 9)},
	}
	cs := make([]Case, n)
	ds := make([]date.Date, n)
	for i := range cs {
		s := stages[i%len(stages)]
		c := s.c()
		if s.acts != nil {
			c.Acts = s.acts
		}
		c.Invoices = append([]Invoice(nil), c.Invoices...)
		c.Invoices[0].Principal = vordering.Euros(int64(100 + (i*37)%9000))
		cs[i], ds[i] = c, s.asOf
	}
	return cs, ds
}

// BenchmarkNextParallel plans generated cases on every core
// (b.RunParallel); the cases/s metric is the batch throughput.
func BenchmarkNextParallel(b *testing.B) {
	cs, ds := generatedCases(1024)
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(next.Add(1)) % len(cs)
			if _, err := Next(cs[i], ds[i]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cases/s")
}
