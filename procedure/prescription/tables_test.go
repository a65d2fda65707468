package prescription

import (
	"testing"

	"github.com/vordering/vordering"
)

// Every table is sorted, cited and without overlap; the only gap allowed is
// none (each table is one contiguous span).
func TestTimelinesValid(t *testing.T) {
	check := func(name string, err error, gaps []vordering.Period) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
		if len(gaps) != 0 {
			t.Errorf("%s: unexplained gaps %v", name, gaps)
		}
	}
	for _, tl := range []vordering.Timeline[int]{beGeneralTerm, bePeriodicTerm, beUtilityTerm, beTraderSaleTerm, nlContractTerm, nlPeriodicTerm, nlConsumerSaleTerm} {
		check(tl.Name, tl.Validate(), tl.Gaps())
	}
}

// The figures as the sources give them.
func TestTableFigures(t *testing.T) {
	// Prescription terms: 2262bis 10, 2277 5, 2272 1; 3:307 5, 3:308 5, 7:28 2.
	for _, x := range []struct {
		tl   vordering.Timeline[int]
		want int
	}{{beGeneralTerm, 10}, {bePeriodicTerm, 5}, {beUtilityTerm, 5}, {beTraderSaleTerm, 1}, {nlContractTerm, 5}, {nlPeriodicTerm, 5}, {nlConsumerSaleTerm, 2}} {
		if r, err := x.tl.At(day(2024, 6, 1)); err != nil || r.Value != x.want {
			t.Errorf("%s = %v, %v; want %d", x.tl.Name, r.Value, err, x.want)
		}
	}
}
