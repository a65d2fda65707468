package procedure

import "testing"

var sinkAssessment EligibilityReport

// BenchmarkEligibility: one Belgian B2B case with a reminder in its history.
// Target: ≤ 20 µs/op.
func BenchmarkEligibility(b *testing.B) {
	c := beB2B()
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 15)}, {Kind: ActSRPSummons, Date: day(2025, 2, 20)}}
	b.ReportAllocs()
	for b.Loop() {
		a, err := Eligibility(c, asOf2025)
		if err != nil {
			b.Fatal(err)
		}
		sinkAssessment = a
	}
}

// BenchmarkEligibilityNL: one Dutch consumer case after a 14-day letter.
func BenchmarkEligibilityNL(b *testing.B) {
	c := nlConsumer()
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 20)}}
	b.ReportAllocs()
	for b.Loop() {
		a, err := Eligibility(c, asOf2025)
		if err != nil {
			b.Fatal(err)
		}
		sinkAssessment = a
	}
}
