package routes

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

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
	// The aanmaning fee has one gap, explained in its doc and RULES.md:
	// the day the higher fee went from 15 to 16 euro was not found.
	if err := nlAwbReminderFee.Validate(); err != nil {
		t.Errorf("%s: Validate: %v", nlAwbReminderFee.Name, err)
	}
	if g := nlAwbReminderFee.Gaps(); len(g) != 1 || g[0] != (vordering.Period{From: day(2016, 1, 1), Until: day(2021, 12, 31)}) {
		t.Errorf("%s: gaps %v, want 2016-01-01..2021-12-31", nlAwbReminderFee.Name, g)
	}
}

// TestAwbReminderFee checks the aanmaning fee of art. 4:113 Awb against the
// regulations that set it.
func TestAwbReminderFee(t *testing.T) {
	tests := []struct {
		name       string
		day, arose date.Date
		debt       int64
		want       int64 // euro; -1: not covered
	}{
		// Stcrt. 2024, 38002: from 1.1.2025 EUR 9 under EUR 500, EUR 20 from 500.
		{"2025 below", day(2025, 6, 2), day(2025, 1, 10), 499, 9},
		{"2025 at threshold", day(2025, 6, 2), day(2025, 1, 10), 500, 20},
		// Stcrt. 2014, 37105: threshold 500 from 2015; 2015 text: EUR 7 / 15.
		{"2015 below", day(2015, 3, 2), day(2015, 1, 5), 480, 7},
		// 2014: threshold still 454, so 480 pays the higher EUR 15.
		{"2014 above old threshold", day(2014, 3, 3), day(2014, 1, 6), 480, 15},
		// Stcrt. 2022, 34448: EUR 8 / 18 from 2023 ...
		{"2023 new debt", day(2023, 5, 1), day(2023, 2, 1), 600, 18},
		// ... but art. III keeps the old amounts for a debt that arose
		// before 2023: those of 2022, EUR 16 from 500 (replaced by that
		// regulation; the one for 2022, Stcrt. 2021, 48060, left them).
		{"2023 old debt", day(2023, 5, 1), day(2022, 11, 1), 600, 16},
		{"2022", day(2022, 3, 1), day(2021, 11, 1), 480, 7},
		// 2016-2021: the day the higher fee became 16 was not found.
		{"2019", day(2019, 3, 1), day(2019, 1, 7), 480, -1},
		// The amounts from 1.1.2026 were not found.
		{"2026", day(2026, 11, 28), day(2026, 6, 1), 600, -1},
	}
	// Bad input names its field and wraps ErrInvalidInput, before any
	// arithmetic on a hostile amount.
	for _, bad := range []struct {
		day, arose date.Date
		debt       decimal.Decimal
	}{{date.Date{}, date.Date{}, vordering.Euros(10)}, {day(2025, 1, 1), date.Date{}, decimal.New(1, 999999999)}, {day(2025, 1, 1), date.Date{}, vordering.Euros(-1)}, {day(2025, 1, 1), day(9999, 1, 1), vordering.Euros(10)}} {
		if _, _, _, err := AwbReminderFee(bad.day, bad.debt, bad.arose); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("AwbReminderFee(%s, %s, %s): %v, want ErrInvalidInput", bad.day, bad.debt, bad.arose, err)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fee, cite, ref, err := AwbReminderFee(tt.day, vordering.Euros(tt.debt), tt.arose)
			if tt.want < 0 {
				if !errors.Is(err, vordering.ErrNoRuleInForce) {
					t.Fatalf("fee %s, err %v: want ErrNoRuleInForce", fee, err)
				}
				return
			}
			if err != nil || !fee.Equal(vordering.Euros(tt.want)) || cite.Article == "" || ref.Level == 0 {
				t.Fatalf("fee %s (%v, %v), err %v: want EUR %d", fee, cite, ref, err, tt.want)
			}
		})
	}
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
