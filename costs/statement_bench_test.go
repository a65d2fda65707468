package costs

import (
	"fmt"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// benchLedger is n claims and m payments over ten years (2015–2024), NL
// statutory and commercial interest (compounded), every fifth claim with a
// surcharge, every third payment designated.
func benchLedger(n, m int) Ledger {
	var l Ledger
	start := date.New(2015, 1, 1)
	for i := 0; i < n; i++ {
		cl := LedgerClaim{ID: fmt.Sprintf("F%06d", i), Kind: InterestKind(1 + i%2),
			Principal: decimal.New(int64(10_000+i*137), -1), Costs: decimal.New(int64(4000+i), -2),
			InterestFrom: start.Add(date.PeriodOfDays(i * 3650 / n))}
		if i%5 == 0 {
			cl.Rate.Surcharge = decimal.NewNullDecimal(decimal.New(2, -2))
		}
		l.Claims = append(l.Claims, cl)
	}
	for j := 0; j < m; j++ {
		p := LedgerPayment{Date: start.Add(date.PeriodOfDays(30 + j*3650/m)), Amount: decimal.New(int64(50_000+j*311), -2)}
		if j%3 == 0 {
			p.Designation = []string{l.Claims[j*n/m/2].ID}
		}
		l.Payments = append(l.Payments, p)
	}
	return l
}

// BenchmarkStatement: the target is 100 claims with 50 payments over ten
// years in under 5 ms; the sizes 200×100 and 400×200 show how the cost
// grows with claims + payments.
func BenchmarkStatement(b *testing.B) {
	asOf := date.New(2025, 6, 30)
	for _, sz := range [][2]int{{100, 50}, {200, 100}, {400, 200}} {
		l := benchLedger(sz[0], sz[1])
		b.Run(fmt.Sprintf("claims=%d/payments=%d", sz[0], sz[1]), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Statement(vordering.NL, l, asOf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStatementLinear doubles claims and payments together and reports
// the time per item (claim or payment): a flat ns/item shows that the cost
// grows linearly in claims + payments.
func BenchmarkStatementLinear(b *testing.B) {
	asOf := date.New(2025, 6, 30)
	for _, sz := range [][2]int{{100, 50}, {200, 100}, {400, 200}, {800, 400}} {
		c, p := sz[0], sz[1]
		l := benchLedger(c, p)
		b.Run(fmt.Sprintf("claims=%d/payments=%d", c, p), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Statement(vordering.NL, l, asOf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(c+p)), "ns/item")
		})
	}
}
