package routes

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
	check(beIOSRegisters.Name, beIOSRegisters.Validate(), beIOSRegisters.Gaps())
	check(beIOSAccessoryCap.Name, beIOSAccessoryCap.Validate(), beIOSAccessoryCap.Gaps())
	check(beSRPCeiling.Name, beSRPCeiling.Validate(), beSRPCeiling.Gaps())
}

// The figures as the sources give them.
func TestTableFigures(t *testing.T) {
	// art. 1394/20 Ger.W.: "ten hoogste 10 %".
	if r, err := beIOSAccessoryCap.At(day(2025, 1, 1)); err != nil || !r.Value.Equal(vordering.Percent(10, 0)) {
		t.Errorf("IOS cap = %v, %v; want 0.10", r.Value, err)
	}
	// art. 1338 Ger.W.: EUR 1,860.
	if r, err := beSRPCeiling.At(day(2025, 1, 1)); err != nil || !r.Value.Equal(vordering.Euros(1860)) {
		t.Errorf("SRP ceiling = %v, %v; want 1860", r.Value, err)
	}
	// art. 1394/20 Ger.W. in force 2.7.2016; KBO only until 30.9.2018, eight registers after.
	if _, err := beIOSRegisters.At(day(2016, 7, 1)); err == nil {
		t.Error("IOS registers on 2016-07-01: want ErrNoRuleInForce")
	}
	if r, _ := beIOSRegisters.At(day(2018, 9, 30)); len(r.Value) != 1 {
		t.Errorf("registers 2018-09-30 = %v, want [BE]", r.Value)
	}
	if r, _ := beIOSRegisters.At(day(2018, 10, 1)); len(r.Value) != 8 {
		t.Errorf("registers 2018-10-01 = %v, want 8", r.Value)
	}
}
