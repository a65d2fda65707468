package costs

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// randLedger is a ledger crowded with ties: few distinct dates, rates,
// surcharges and ranks, costs owed later, claims not yet due, zero
// principals, designations and payments on one day.
func randLedger(rng *rand.Rand, n, m int) Ledger {
	var l Ledger
	start := date.New(2019, 1, 1)
	day := func(span int) date.Date { return start.Add(date.PeriodOfDays(rng.Intn(span))) }
	for i := 0; i < n; i++ {
		d := day(1500)
		if rng.Intn(3) == 0 {
			d = start.Add(date.PeriodOfDays(30 * rng.Intn(4))) // shared dates: pro rata
		}
		cl := LedgerClaim{ID: fmt.Sprintf("C%04d", i), Kind: InterestKind(1 + rng.Intn(2)),
			Principal: decimal.New(int64(rng.Intn(5)*rng.Intn(200_000)), -2), Date: d,
			Rank: rng.Intn(3)}
		cl.Due = d.Add(date.PeriodOfDays(rng.Intn(3) * 30))
		cl.InterestFrom = cl.Due.Add(1)
		if rng.Intn(3) == 0 {
			cl.Costs = decimal.New(int64(rng.Intn(50_000)), -2)
			cl.CostsDue = d.Add(date.PeriodOfDays(rng.Intn(400)))
		}
		switch rng.Intn(6) {
		case 0:
			cl.Rate.Fixed = decimal.NewNullDecimal(decimal.New(int64(rng.Intn(4)*3), -2))
		case 1:
			cl.Rate.Surcharge = decimal.NewNullDecimal(decimal.New(int64(rng.Intn(3)), -2))
			if rng.Intn(2) == 0 {
				cl.Rate.SurchargeFrom = cl.InterestFrom.Add(date.PeriodOfDays(rng.Intn(700)))
			}
		case 2:
			cl.Compounding = CompoundYearly
		}
		l.Claims = append(l.Claims, cl)
	}
	pd := start.Add(10)
	for j := 0; j < m; j++ {
		if rng.Intn(4) != 0 {
			pd = pd.Add(date.PeriodOfDays(rng.Intn(2000 / m * 2)))
		}
		p := LedgerPayment{Date: pd, Amount: decimal.New(int64(1+rng.Intn(3_000_000)), -2)}
		if rng.Intn(5) == 0 {
			if k := rng.Intn(n); !l.Claims[k].Date.After(pd) {
				p.Designation = []string{l.Claims[k].ID}
			}
		}
		l.Payments = append(l.Payments, p)
	}
	return l
}

// TestStatementHeapsMatchScan checks that the heaps of the imputer give
// exactly the statement of the linear scan over all open claims.
func TestStatementHeapsMatchScan(t *testing.T) {
	rng := rand.New(rand.NewSource(43))
	asOf := date.New(2025, 6, 30)
	runs := 300
	if testing.Short() {
		runs = 60
	}
	bases := map[ImputationBasis]int{}
	fails := 0
	for i := 0; i < runs; i++ {
		l := randLedger(rng, 1+rng.Intn(40), 1+rng.Intn(30))
		c := vordering.Country(vordering.NL)
		if i%2 == 1 {
			c = vordering.BE
		}
		opts := StatementOptions{Onerous: Onerous(i % 3)}
		got, err := StatementWith(c, l, asOf, opts)
		want, werr := Rules{}.statementWith(c, l, asOf, opts, true)
		if (err == nil) != (werr == nil) {
			t.Fatalf("run %d: heaps err %v, scan err %v", i, err, werr)
		}
		if err != nil {
			fails++
			continue
		}
		for _, p := range got.Payments {
			for _, a := range p.Allocations {
				bases[a.Basis]++
			}
		}
		if !reflect.DeepEqual(got, want) {
			for p := range got.Payments {
				if !reflect.DeepEqual(got.Payments[p], want.Payments[p]) {
					t.Fatalf("run %d (%v, %v) payment %d:\nheaps %+v\nscan  %+v", i, c, opts.Onerous, p, got.Payments[p], want.Payments[p])
				}
			}
			t.Fatalf("run %d: statements differ", i)
		}
	}
	// The ledgers must reach every step of the order, or the test proves
	// little.
	for _, b := range []ImputationBasis{BasisDesignated, BasisDue, BasisOnerous, BasisOldest, BasisProRata, BasisOnly} {
		if bases[b] == 0 {
			t.Errorf("no allocation with basis %s (%v)", b, bases)
		}
	}
	if fails > runs/4 {
		t.Errorf("%d of %d ledgers refused", fails, runs)
	}
	t.Logf("bases %v, %d refused", bases, fails)
}
