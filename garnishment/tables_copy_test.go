package garnishment

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// The exported tables are copies: a caller who empties one does not change
// the library's answers (design: no global mutable state).
func TestExportedTablesAreCopies(t *testing.T) {
	tl := BEWageThresholds()
	if err := tl.Validate(); err != nil {
		t.Fatal(err)
	}
	for i := range tl.Rows {
		tl.Rows[i].Value = Thresholds{}
	}
	nl := NLBijstandsnormen()
	nl.Rows = nil
	goods := BEGoodsRules()
	goods.Rows = goods.Rows[:0]
	// The 2025 worked case (KB 5.12.2024): 1,700 work income, no children:
	// 20 % × 104 + 30 % × 154 + 40 % × 54 = 88.60.
	r, err := Seizable(vordering.BE, date.New(2025, 3, 10), Income{Net: decimal.NewFromInt(1700), Kind: Work})
	if err != nil || !r.Seizable.Equal(decimal.RequireFromString("88.60")) {
		t.Errorf("after mutating a copy: Seizable = %s, %v; want 88.60", r.Seizable, err)
	}
	if len(BEWageThresholds().Rows) == 0 || BEWageThresholds().Rows[0].Value.T1.IsZero() {
		t.Error("the library's own table was changed through a copy")
	}
}
