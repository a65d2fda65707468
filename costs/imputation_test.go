package costs

import (
	"errors"
	"testing"

	"github.com/vordering/vordering"
)

func TestImputePaymentsNL(t *testing.T) {
	// Hand computation, art. 6:44 BW (costs, then interest, then principal),
	// wettelijke rente 7 % in 2024, 365-day year:
	//   2024-02-01..2024-03-31, 60 days: 1,000 × 7 % × 60/365 = 11.51
	//   payment 200 on 2024-03-31: costs 150, interest 11.51, principal 38.49
	//     → principal 961.51
	//   2024-04-01..2024-06-30, 91 days: 961.51 × 7 % × 91/365 = 16.78
	//   payment 500 on 2024-06-30: interest 16.78, principal 483.22
	//     → principal 478.29
	//   2024-07-01..2024-12-31, 184 days: 478.29 × 7 % × 184/365 = 16.88
	//   balance on 2024-12-31: 478.29 + 16.88 = 495.17
	debt := Debt{Country: vordering.NL, Kind: Statutory, Principal: tDec(t, "1000"), Costs: tDec(t, "150"), From: tDay(t, "2024-01-31")}
	pays := []Payment{
		{Date: tDay(t, "2024-06-30"), Amount: tDec(t, "500")}, // out of order on purpose
		{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "200")},
	}
	res, err := ImputePayments(debt, pays, tDay(t, "2024-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Allocations) != 2 {
		t.Fatalf("allocations: %+v", res.Allocations)
	}
	a, b := res.Allocations[0], res.Allocations[1]
	tEq(t, "1 accrued", a.InterestAccrued, "11.51")
	tEq(t, "1 to costs", a.ToCosts, "150")
	tEq(t, "1 to interest", a.ToInterest, "11.51")
	tEq(t, "1 to principal", a.ToPrincipal, "38.49")
	tEq(t, "1 principal after", a.After.Principal, "961.51")
	tEq(t, "2 accrued", b.InterestAccrued, "16.78")
	tEq(t, "2 to costs", b.ToCosts, "0")
	tEq(t, "2 to interest", b.ToInterest, "16.78")
	tEq(t, "2 to principal", b.ToPrincipal, "483.22")
	tEq(t, "2 principal after", b.After.Principal, "478.29")
	tEq(t, "final interest", res.Final.Interest, "16.88")
	tEq(t, "final total", res.Final.Total, "495.17")
	tEq(t, "overpaid", res.Overpaid, "0")
	// The input slice is left as it was.
	if pays[0].Date != tDay(t, "2024-06-30") {
		t.Error("ImputePayments reordered the caller's slice")
	}
}

func TestImputePaymentsCompoundingAndSurplus(t *testing.T) {
	// NL statutory 2 % from 2021-06-30; no payment for a year, so the year's
	// interest 1,000 × 2 % × 365/365 = 20.00 is capitalised on 2022-06-30
	// (art. 6:119 lid 2 BW). A payment of 1,030 on 2022-07-31 meets the
	// interest of 2022-07-01..31: 1,020 × 2 % × 31/365 = 1.73, then the
	// principal 1,020, leaving a surplus of 8.27.
	debt := Debt{Country: vordering.NL, Kind: Statutory, Principal: tDec(t, "1000"), From: tDay(t, "2021-06-30")}
	res, err := ImputePayments(debt, []Payment{{Date: tDay(t, "2022-07-31"), Amount: tDec(t, "1030")}}, tDay(t, "2022-08-31"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Capitalisations) != 1 || res.Capitalisations[0].Date != tDay(t, "2022-06-30") {
		t.Fatalf("capitalisations: %+v", res.Capitalisations)
	}
	tEq(t, "capitalised", res.Capitalisations[0].Added, "20")
	a := res.Allocations[0]
	tEq(t, "to interest", a.ToInterest, "1.73")
	tEq(t, "to principal", a.ToPrincipal, "1020")
	tEq(t, "surplus", a.Surplus, "8.27")
	tEq(t, "final total", res.Final.Total, "0")
}

func TestImputePaymentsBE(t *testing.T) {
	// BE legal interest 2024 5.75 %, simple. Interest before principal (art.
	// 1254 old Civil Code):
	//   2024-01-01..2024-04-30, 121 days: 2,000 × 5.75 % × 121/365 = 38.12
	//   payment 100 on 2024-04-30: interest 38.12, principal 61.88 → 1,938.12
	debt := Debt{Country: vordering.BE, Kind: Statutory, Principal: tDec(t, "2000"), From: tDay(t, "2023-12-31")}
	res, err := ImputePayments(debt, []Payment{{Date: tDay(t, "2024-04-30"), Amount: tDec(t, "100")}}, tDay(t, "2024-04-30"))
	if err != nil {
		t.Fatal(err)
	}
	a := res.Allocations[0]
	tEq(t, "to interest", a.ToInterest, "38.12")
	tEq(t, "to principal", a.ToPrincipal, "61.88")
	tEq(t, "final", res.Final.Total, "1938.12")
}

func TestImputePaymentsErrors(t *testing.T) {
	good := Debt{Country: vordering.NL, Kind: Statutory, Principal: tDec(t, "100"), From: tDay(t, "2024-01-01")}
	cases := []struct {
		name string
		debt Debt
		pays []Payment
		asOf string
		want error
	}{
		{"zero payment", good, []Payment{{Date: tDay(t, "2024-02-01"), Amount: tDec(t, "0")}}, "2024-03-01", vordering.ErrInvalidInput},
		{"payment after asOf", good, []Payment{{Date: tDay(t, "2024-04-01"), Amount: tDec(t, "1")}}, "2024-03-01", vordering.ErrInvalidInput},
		{"negative costs", Debt{Country: vordering.NL, Kind: Statutory, Principal: tDec(t, "1"), Costs: tDec(t, "-1"), From: tDay(t, "2024-01-01")}, nil, "2024-03-01", vordering.ErrInvalidInput},
		{"asOf before From", good, nil, "2023-12-01", vordering.ErrInvalidInput},
		{"uncovered", good, nil, "2027-03-01", vordering.ErrNoRuleInForce},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ImputePayments(c.debt, c.pays, tDay(t, c.asOf))
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
}
