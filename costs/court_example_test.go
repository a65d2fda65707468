package costs_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
)

// A company sues for EUR 1,850 before the Dutch kantonrechter, first roll
// date in March 2022.
func ExampleCourtFee() {
	r, err := costs.CourtFee(vordering.NL, costs.CourtFeeQuery{
		Court:      costs.CourtCantonal,
		Party:      costs.CourtPartyOther,
		AsOf:       date.New(2022, 3, 1),
		ClaimValue: decimal.RequireFromString("1850"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("griffierecht:", r.Amount.StringFixed(2))
	fmt.Println("band:", r.Band)
	fmt.Println("source:", r.Citations[0].Instrument)
	// Output:
	// griffierecht: 365.00
	// band: 1500.00 < claim ≤ 2500.00
	// source: Wet griffierechten burgerlijke zaken (Wgbz)
}

// The Dutch bailiff tariff of a summons served in 2024.
func ExampleBailiffFee() {
	r, err := costs.BailiffFee(vordering.NL, costs.BailiffSummons, date.New(2024, 4, 15))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Act, r.Amount.StringFixed(2), "excl. VAT")
	// Output: dagvaarding 112.37 excl. VAT
}

// The Belgian procedural indemnity for a claim of EUR 7,500 decided in 2024.
func ExampleProceduralIndemnity() {
	r, err := costs.ProceduralIndemnity(vordering.BE, costs.IndemnityQuery{
		AsOf:       date.New(2024, 9, 2),
		ClaimValue: decimal.RequireFromString("7500"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("base", r.Base.StringFixed(2), "min", r.Min.StringFixed(2), "max", r.Max.StringFixed(2))
	for _, s := range r.Steps {
		fmt.Println(s)
	}
	// Output:
	// base 1350.00 min 750.00 max 3000.00
	// band (BE rechtsplegingsvergoeding, base amounts (KB 26.10.2007 art. 2-3)): 5000.00 < claim ≤ 10000.00 → base 900.00, min 500.00, max 2000.00 at 100 %
	// index factor 1.5 in force 2022-11-01..2025-02-28
	// indexed, rounded half-up to the cent: base 1350.00, min 750.00, max 3000.00
}

// The salary of the authorised representative in a Dutch kanton case of
// EUR 3,000: summons and one written submission, two points.
func ExampleLiquidationTariff() {
	r, err := costs.LiquidationTariff(vordering.NL, costs.LiquidationQuery{
		Court:      costs.CourtCantonal,
		AsOf:       date.New(2024, 6, 10),
		ClaimValue: decimal.RequireFromString("3000"),
		Points:     decimal.NewFromInt(2),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Points, "points ×", r.PerPoint.StringFixed(2), "=", r.Amount.StringFixed(2))
	// Output: 2 points × 238.00 = 476.00
}
