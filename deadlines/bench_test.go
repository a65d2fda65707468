package deadlines

import (
	"testing"

	"github.com/vordering/vordering"
)

var sinkBool bool
var sinkDeadline Deadline

func BenchmarkIsWorkingDay(b *testing.B) {
	days := [...]int{dayNum(d(2025, 4, 21)), dayNum(d(2025, 4, 22)), dayNum(d(1950, 1, 1)), dayNum(d(2150, 7, 7))}
	var ok bool
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ok = IsWorkingDay(vordering.NL, fromNum(days[i&3]))
	}
	sinkBool = ok
}

func benchCompute(b *testing.B, c vordering.Country, t Term) {
	event := d(2025, 6, 30)
	b.ReportAllocs()
	var dl Deadline
	var err error
	for i := 0; i < b.N; i++ {
		dl, err = Compute(c, event, t)
	}
	if err != nil {
		b.Fatal(err)
	}
	sinkDeadline = dl
}

func BenchmarkComputeBEDays(b *testing.B)  { benchCompute(b, vordering.BE, Days(15)) }
func BenchmarkComputeBEWeeks(b *testing.B) { benchCompute(b, vordering.BE, Weeks(2)) }
func BenchmarkComputeBEMonths(b *testing.B) {
	benchCompute(b, vordering.BE, Months(1).ForAppealOrOpposition())
}
func BenchmarkComputeNLDays(b *testing.B)   { benchCompute(b, vordering.NL, Days(14)) }
func BenchmarkComputeNLWeeks(b *testing.B)  { benchCompute(b, vordering.NL, Weeks(4)) }
func BenchmarkComputeNLMonths(b *testing.B) { benchCompute(b, vordering.NL, Months(3)) }

// BenchmarkComputeExplain includes rendering the explanation, which happens
// only when a caller asks for it.
func BenchmarkComputeExplain(b *testing.B) {
	event := d(2025, 3, 21)
	b.ReportAllocs()
	var s string
	for i := 0; i < b.N; i++ {
		dl, _ := Compute(vordering.NL, event, Weeks(4))
		s = dl.Explain()
	}
	_ = s
}
