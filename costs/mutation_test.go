package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/mutation"
)

// Every value this package returns is the caller's to change: scrambling
// one answer leaves the next unchanged (hardening issue).
func TestReturnedValuesAreTheCallers(t *testing.T) {
	d := func(y, m, dd int) date.Date { return ymd(y, m, dd) }
	eur := decimal.NewFromInt
	mutation.Check(t, "Rulebook", Rulebook)
	mutation.Check(t, "BailiffActs", BailiffActs)
	mutation.Check(t, "Interest", func() InterestResult {
		r, _ := Interest(vordering.NL, Statutory, eur(10000), d(2022, 10, 15), d(2026, 11, 28))
		return r
	})
	mutation.Check(t, "Interest, partial", func() InterestResult {
		r, _ := Interest(vordering.BE, Commercial, eur(10000), d(2026, 5, 31), d(2027, 2, 1))
		return r
	})
	mutation.Check(t, "Extrajudicial NL", func() ExtrajudicialCosts {
		r, _ := Extrajudicial(vordering.NL, ExtrajudicialClaim{Principal: eur(3000), Debtor: vordering.Consumer, AsOf: d(2026, 11, 28), ReminderReceived: d(2026, 10, 1), AddVAT: true})
		return r
	})
	mutation.Check(t, "Extrajudicial BE", func() ExtrajudicialCosts {
		r, _ := Extrajudicial(vordering.BE, ExtrajudicialClaim{Principal: eur(3000), Debtor: vordering.Consumer, AsOf: d(2026, 11, 28), ReminderReceived: d(2026, 10, 1)})
		return r
	})
	mutation.Check(t, "CourtFee", func() CourtFeeResult {
		r, _ := CourtFee(vordering.NL, CourtFeeQuery{Court: CourtCantonal, Party: CourtPartyOther, AsOf: d(2026, 3, 1), ClaimValue: eur(3000)})
		return r
	})
	mutation.Check(t, "BailiffFeeOf carried", func() BailiffFeeResult {
		r, _ := Rules{Policy: vordering.Policy{CarryForward: true}}.BailiffFeeOf(vordering.BE, BailiffFeeQuery{Act: BailiffSummons, AsOf: d(2026, 3, 1), ClaimValue: eur(3000)})
		return r
	})
	mutation.Check(t, "ProceduralIndemnity", func() IndemnityResult {
		r, _ := ProceduralIndemnity(vordering.BE, IndemnityQuery{AsOf: d(2026, 3, 1), ClaimValue: eur(3000)})
		return r
	})
	mutation.Check(t, "LiquidationTariff", func() LiquidationResult {
		r, _ := LiquidationTariff(vordering.NL, LiquidationQuery{Court: CourtCantonal, AsOf: d(2026, 3, 1), ClaimValue: eur(3000), Points: eur(2)})
		return r
	})
	mutation.Check(t, "ImputePayments", func() Imputation {
		r, _ := ImputePayments(Debt{Country: vordering.NL, Kind: Statutory, Principal: eur(5000), Costs: eur(500), From: d(2024, 1, 1)},
			[]Payment{{Date: d(2025, 1, 1), Amount: eur(1000)}}, d(2026, 11, 28))
		return r
	})
}
