package costs_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
)

func ExampleInterest() {
	res, err := costs.Interest(vordering.NL, costs.Statutory, decimal.NewFromInt(10000),
		date.New(2022, 10, 15), date.New(2024, 2, 15))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Periods {
		fmt.Printf("%s..%s %3d days %5s%% on %9s = %6s\n", p.From, p.Until, p.Days,
			p.Rate.Shift(2).StringFixed(2), p.Base.StringFixed(2), p.Amount.StringFixed(2))
	}
	for _, c := range res.Capitalisations {
		fmt.Printf("capitalised on %s: %s\n", c.Date, c.Added.StringFixed(2))
	}
	fmt.Println("total", res.Total.StringFixed(2))
	// Output:
	// 2022-10-16..2022-12-31  77 days  2.00% on  10000.00 =  42.19
	// 2023-01-01..2023-06-30 181 days  4.00% on  10000.00 = 198.36
	// 2023-07-01..2023-10-15 107 days  6.00% on  10000.00 = 175.89
	// 2023-10-16..2023-12-31  77 days  6.00% on  10416.44 = 131.85
	// 2024-01-01..2024-02-15  46 days  7.00% on  10416.44 =  91.89
	// capitalised on 2023-10-15: 416.44
	// total 640.18
}

func ExampleExtrajudicial() {
	claim := costs.ExtrajudicialClaim{
		Principal:        decimal.NewFromInt(10000),
		Debtor:           vordering.Consumer,
		AsOf:             date.New(2025, 3, 20),
		AddVAT:           true,
		ReminderReceived: date.New(2025, 3, 3), // the 14-day letter
	}
	res, err := costs.Extrajudicial(vordering.NL, claim)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Steps {
		fmt.Printf("%-66s %8s\n", s.Label, s.Amount.StringFixed(2))
	}
	fmt.Println("due from", res.DueFrom, "amount", res.Amount.StringFixed(2), "VAT", res.VAT.StringFixed(2), "total", res.Total().StringFixed(2))
	// Output:
	// staffel 15 %                                                         375.00
	// staffel 10 %                                                         250.00
	// staffel 5 %                                                          250.00
	// VAT uplift (art. 2 lid 3 Besluit BIK), after minimum and maximum     183.75
	// due from 2025-03-18 amount 875.00 VAT 183.75 total 1058.75
}

func ExampleImputePayments() {
	debt := costs.Debt{
		Country:   vordering.NL,
		Kind:      costs.Statutory,
		Principal: decimal.NewFromInt(1000),
		Costs:     decimal.NewFromInt(150),
		From:      date.New(2024, 1, 31),
	}
	payments := []costs.Payment{
		{Date: date.New(2024, 3, 31), Amount: decimal.NewFromInt(200)},
		{Date: date.New(2024, 6, 30), Amount: decimal.NewFromInt(500)},
	}
	res, err := costs.ImputePayments(debt, payments, date.New(2024, 12, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res.Allocations {
		fmt.Printf("%s paid %s: costs %s, interest %s, principal %s; owed %s\n", a.Payment.Date,
			a.Payment.Amount.StringFixed(2), a.ToCosts.StringFixed(2), a.ToInterest.StringFixed(2),
			a.ToPrincipal.StringFixed(2), a.After.Total.StringFixed(2))
	}
	fmt.Println("owed on", res.AsOf, res.Final.Total.StringFixed(2))
	// Output:
	// 2024-03-31 paid 200.00: costs 150.00, interest 11.51, principal 38.49; owed 961.51
	// 2024-06-30 paid 500.00: costs 0.00, interest 16.78, principal 483.22; owed 478.29
	// owed on 2024-12-31 495.17
}

// A Dutch consumer invoice of 1,200 fell due on 14 February 2025; the
// 14-day letter was received on 3 March 2025. On 30 June 2025: the
// collection costs (due from 18 March) and the statutory interest.
func Example_dutchConsumerInvoice() {
	claim := costs.ExtrajudicialClaim{Principal: decimal.NewFromInt(1200), Debtor: vordering.Consumer,
		AsOf: date.New(2025, 6, 30), ReminderReceived: date.New(2025, 3, 3)}
	bik, err := costs.Extrajudicial(vordering.NL, claim)
	if err != nil {
		fmt.Println(err)
		return
	}
	rente, err := costs.Interest(vordering.NL, costs.Statutory, claim.Principal, date.New(2025, 2, 14), claim.AsOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("costs due from", bik.DueFrom, "amount", bik.Amount.StringFixed(2))
	fmt.Println("interest", rente.Days, "days:", rente.Total.StringFixed(2))
	fmt.Println("total", claim.Principal.Add(bik.Total()).Add(rente.Total).StringFixed(2))
	// Output:
	// costs due from 2025-03-18 amount 180.00
	// interest 136 days: 26.83
	// total 1406.83
}

// An agreed rate of 12 % a year replaces the statutory one, and the actual
// length of the year is used as the divisor. Hand computation: 1,000 × 12 %
// × 30 / 365 = 9.863 → 9.86 (2025 is not a leap year).
func ExampleInterestWith() {
	r, err := costs.InterestWith(vordering.NL, costs.Commercial, decimal.NewFromInt(1000),
		date.New(2025, 1, 31), date.New(2025, 3, 2), costs.InterestOptions{
			DayCount:     costs.ActualYear,
			ContractRate: decimal.NullDecimal{Decimal: decimal.RequireFromString("0.12"), Valid: true},
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Days, "days, contractual:", r.Contractual, "total:", r.Total.StringFixed(2))
	// Output: 30 days, contractual: true total: 9.86
}
