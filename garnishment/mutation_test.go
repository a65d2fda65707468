package garnishment

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/mutation"
)

// Every value this package returns is the caller's to change (hardening
// issue): scrambling one answer leaves the next unchanged.
func TestReturnedValuesAreTheCallers(t *testing.T) {
	mutation.Check(t, "Rulebook", Rulebook)
	mutation.Check(t, "UnseizableIncomes", UnseizableIncomes)
	mutation.Check(t, "BEWageThresholds", BEWageThresholds)
	mutation.Check(t, "NLBijstandsnormen", NLBijstandsnormen)
	mutation.Check(t, "BEGoodsRules", BEGoodsRules)
	mutation.Check(t, "Seizable BE", func() Seizure {
		r, _ := Seizable(vordering.BE, date.New(2026, 11, 28), Income{Net: decimal.NewFromInt(2000), Children: 1})
		return r
	})
	mutation.Check(t, "Seizable NL", func() Seizure {
		r, _ := Seizable(vordering.NL, date.New(2026, 11, 28), Income{Net: decimal.NewFromInt(2000), Household: Couple})
		return r
	})
	mutation.Check(t, "CheckGoods", func() GoodsResult {
		r, _ := CheckGoods(date.New(2026, 11, 28), NaturalPerson, []Good{{Category: GoodHousehold, Value: decimal.NewFromInt(300)}, {Category: GoodLuxury}})
		return r
	})
}
