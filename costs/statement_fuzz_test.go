package costs

import (
	"errors"
	"fmt"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// fuzzLedger builds a ledger of one to three claims and two payments from
// the fuzz arguments.
func fuzzLedger(be bool, p1 uint64, costs uint16, pay1, pay2 uint32, d1, d2 uint16, sel, rate uint8) (vordering.Country, Ledger) {
	c := vordering.NL
	if be {
		c = vordering.BE
	}
	base := date.New(2022, 1, 1)
	k := 1 + int(sel%3)
	var l Ledger
	for i := 0; i < k; i++ {
		cl := LedgerClaim{
			ID:           fmt.Sprintf("C%d", i),
			Kind:         InterestKind(1 + (int(rate)>>i)&1),
			Principal:    decimal.New(int64((p1>>(i*16))%10_000_000), -2),
			Costs:        decimal.New(int64(costs>>(i*3))%50_000, -2),
			InterestFrom: base.Add(date.PeriodOfDays(int(d1)+i*37) % 1200),
		}
		switch (rate >> 3) % 4 {
		case 1:
			cl.Rate.Fixed = decimal.NewNullDecimal(decimal.New(int64(rate%25), -2))
		case 2:
			cl.Rate.Surcharge = decimal.NewNullDecimal(decimal.New(int64(rate%5), -2))
			cl.Rate.SurchargeFrom = cl.InterestFrom.Add(date.PeriodOfDays(rate))
		case 3:
			cl.Compounding = CompoundYearly
		}
		l.Claims = append(l.Claims, cl)
	}
	first := l.Claims[0].InterestFrom.Add(-1)
	for _, cl := range l.Claims {
		if d := cl.InterestFrom.Add(-1); d.Before(first) {
			first = d
		}
	}
	pd1 := first.Add(date.PeriodOfDays(d2 % 1500))
	pd2 := pd1.Add(date.PeriodOfDays(d2 >> 11))
	l.Payments = []LedgerPayment{
		{Date: pd1, Amount: decimal.New(int64(pay1%20_000_000)+1, -2)},
		{Date: pd2, Amount: decimal.New(int64(pay2%20_000_000)+1, -2)},
	}
	if sel&8 != 0 && k > 1 {
		l.Payments[0].Designation = []string{"C1"}
	}
	return c, l
}

// FuzzStatement checks that the totals always reconcile, that no balance is
// negative and that a statement of one claim agrees with ImputePayments.
func FuzzStatement(f *testing.F) {
	f.Add(false, uint64(100000), uint16(4000), uint32(50000), uint32(90000), uint16(100), uint16(400), uint8(0), uint8(0))
	f.Add(true, uint64(1)<<40|77777, uint16(999), uint32(1), uint32(19_999_999), uint16(59), uint16(3000), uint8(10), uint8(9))
	f.Add(false, uint64(5_000_000)<<16|300, uint16(0), uint32(700000), uint32(5), uint16(789), uint16(65535), uint8(2), uint8(18))
	f.Add(false, uint64(123456789), uint16(65535), uint32(12345), uint32(54321), uint16(424), uint16(900), uint8(4), uint8(27))
	asOf := date.New(2026, 6, 30)
	f.Fuzz(func(t *testing.T, be bool, p1 uint64, costs uint16, pay1, pay2 uint32, d1, d2 uint16, sel, rate uint8) {
		c, l := fuzzLedger(be, p1, costs, pay1, pay2, d1, d2, sel, rate)
		res, err := Statement(c, l, asOf)
		if err != nil {
			if errors.Is(err, vordering.ErrInvalidInput) {
				return // e.g. a payment after asOf
			}
			t.Fatal(err)
		}
		checkReconciles(t, res)
		if len(l.Claims) != 1 {
			return
		}
		cl := l.Claims[0]
		if cl.Rate.Surcharge.Valid {
			return // ImputePayments has no surcharge
		}
		debt := Debt{Country: c, Kind: cl.Kind, Principal: cl.Principal, Costs: cl.Costs, From: cl.InterestFrom.Add(-1),
			Options: InterestOptions{ContractRate: cl.Rate.Fixed, Compounding: cl.Compounding}}
		ps := make([]Payment, len(l.Payments))
		for i, p := range l.Payments {
			ps[i] = Payment{Date: p.Date, Amount: p.Amount}
		}
		imp, err := ImputePayments(debt, ps, asOf)
		if err != nil {
			t.Fatal(err)
		}
		cs := res.Claims[0]
		if cs.Balance != imp.Final && !(cs.Balance.Total.Equal(imp.Final.Total) && cs.Balance.Principal.Equal(imp.Final.Principal) &&
			cs.Balance.Interest.Equal(imp.Final.Interest) && cs.Balance.Costs.Equal(imp.Final.Costs)) {
			t.Fatalf("statement balance %+v, ImputePayments %+v", cs.Balance, imp.Final)
		}
		if !res.Totals.Overpaid.Equal(imp.Overpaid) {
			t.Fatalf("overpaid %s, ImputePayments %s", res.Totals.Overpaid, imp.Overpaid)
		}
		for i, a := range imp.Allocations {
			var got ClaimAllocation
			if al := res.Payments[i].Allocations; len(al) > 0 {
				got = al[0]
			}
			if !got.ToCosts.Equal(a.ToCosts) || !got.ToInterest.Equal(a.ToInterest) || !got.ToPrincipal.Equal(a.ToPrincipal) {
				t.Fatalf("payment %d: statement %+v, ImputePayments %+v", i, got, a)
			}
		}
	})
}
