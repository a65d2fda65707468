package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

func BenchmarkExtrajudicial(b *testing.B) {
	claim := ExtrajudicialClaim{Principal: decimal.NewFromInt(12345), Debtor: vordering.Consumer, AsOf: date.New(2025, 3, 20),
		AddVAT: true, ReminderReceived: date.New(2025, 3, 3)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extrajudicial(vordering.NL, claim); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInterest10Years: NL commercial interest over ten years
// (2015-06-15..2025-06-15): about 20 rate periods and 10 compounding steps.
func BenchmarkInterest10Years(b *testing.B) {
	p := decimal.NewFromInt(25000)
	from, to := date.New(2015, 6, 15), date.New(2025, 6, 15)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Interest(vordering.NL, Commercial, p, from, to); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImputePayments(b *testing.B) {
	debt := Debt{Country: vordering.NL, Kind: Statutory, Principal: decimal.NewFromInt(5000), Costs: decimal.NewFromInt(400), From: date.New(2020, 1, 31)}
	var pays []Payment
	for m := 0; m < 24; m++ {
		pays = append(pays, Payment{Date: date.New(2020, 3, 1).AddDate(0, m, 0), Amount: decimal.NewFromInt(150)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ImputePayments(debt, pays, date.New(2024, 12, 31)); err != nil {
			b.Fatal(err)
		}
	}
}
