package jurisdiction

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
	q := Claim{Country: vordering.BE, AsOf: date.New(2026, 11, 28), Matter: MatterGeneral,
		Creditor: vordering.Enterprise, Debtor: vordering.Consumer, Principal: decimal.NewFromInt(4800), DebtorDomicile: "FR"}
	mutation.Check(t, "Rulebook", Rulebook)
	mutation.Check(t, "Courts", Courts)
	mutation.Check(t, "Matters", Matters)
	mutation.Check(t, "Competent", func() Decision { d, _ := Competent(q); return d })
	mutation.Check(t, "AppealOpen", func() Appeal {
		a, _ := AppealOpen(JusticeOfThePeace, decimal.NewFromInt(3000), date.New(2026, 11, 28))
		return a
	})
	mutation.Check(t, "RepresentationBefore", func() Representation { r, _ := RepresentationBefore(DistrictCourt); return r })
	mutation.Check(t, "CrossBorder", func() []CrossBorderNote { n, _ := CrossBorder(q); return n })
	mutation.Check(t, "Assess", func() Assessment { a, _ := Assess(q); return a })
}
