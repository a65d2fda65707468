package costs_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
)

// A Dutch debtor with two invoices between businesses (handelsrente, art.
// 6:119a BW) pays 400 designated to the second invoice and later 600
// without a designation; art. 6:43 lid 2 BW puts the second payment on the
// due claim with the higher rate first (both run the same rate, so on the
// oldest). Hand computation, 365-day year, rates 12.50 % (1.1.-30.6.2024)
// and 12.25 % (1.7.-31.12.2024):
//
//	F-002: 500 × 12.50 % × 61/365 = 10.45 (1.5.-30.6); the 400 pays 10.45
//	       interest and 389.55 principal; 110.45 × 12.25 % × 184/365 = 6.82
//	F-001: 1000 × 12.50 % × 122/365 = 41.78, × 12.25 % × 92/365 = 30.88;
//	       the 600 pays 72.66 interest and 527.34 principal;
//	       472.66 × 12.25 % × 92/365 = 14.59
//	owed: 487.25 + 117.27 = 604.52
func ExampleStatement() {
	day := func(s string) date.Date { d, _ := date.Parse("2006-01-02", s); return d }
	ledger := costs.Ledger{
		Claims: []costs.LedgerClaim{
			{ID: "F-001", Kind: costs.Commercial, Principal: decimal.NewFromInt(1000),
				Date: day("2024-01-31"), InterestFrom: day("2024-03-01")},
			{ID: "F-002", Kind: costs.Commercial, Principal: decimal.NewFromInt(500),
				Date: day("2024-03-31"), InterestFrom: day("2024-05-01")},
		},
		Payments: []costs.LedgerPayment{
			{Date: day("2024-06-30"), Amount: decimal.NewFromInt(400), Designation: []string{"F-002"}},
			{Date: day("2024-09-30"), Amount: decimal.NewFromInt(600)},
		},
	}
	st, err := costs.Statement(vordering.NL, ledger, day("2024-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range st.Claims {
		fmt.Printf("%s: interest %s, balance %s\n", c.ID, c.Interest.StringFixed(2), c.Balance.Total.StringFixed(2))
	}
	for _, p := range st.Payments {
		for _, a := range p.Allocations {
			fmt.Printf("%s %s -> %s: interest %s, principal %s (%s)\n", p.Date, p.Amount, a.Claim,
				a.ToInterest.StringFixed(2), a.ToPrincipal.StringFixed(2), a.Basis)
		}
	}
	fmt.Println("owed on", st.AsOf, st.Totals.Balance.Total.StringFixed(2))
	// Output:
	// F-001: interest 87.25, balance 487.25
	// F-002: interest 17.27, balance 117.27
	// 2024-06-30 400 -> F-002: interest 10.45, principal 389.55 (designated)
	// 2024-09-30 600 -> F-001: interest 72.66, principal 527.34 (oldest)
	// owed on 2024-12-31 604.52
}
