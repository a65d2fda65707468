package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func BenchmarkCourtFee(b *testing.B) {
	q := CourtFeeQuery{Court: CourtCantonal, Party: CourtPartyOther, AsOf: date.New(2023, 6, 1), ClaimValue: courtEur("7345.12")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CourtFee(vordering.NL, q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBailiffFee(b *testing.B) {
	on := date.New(2024, 6, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BailiffFee(vordering.NL, BailiffAttachmentBank, on); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProceduralIndemnity(b *testing.B) {
	q := IndemnityQuery{AsOf: date.New(2024, 6, 1), ClaimValue: courtEur("123456.78")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ProceduralIndemnity(vordering.BE, q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLiquidationTariff(b *testing.B) {
	q := LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 6, 1), ClaimValue: courtEur("15000"), Points: courtEur("2.5")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LiquidationTariff(vordering.NL, q); err != nil {
			b.Fatal(err)
		}
	}
}
