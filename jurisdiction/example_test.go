package jurisdiction_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
)

// A Belgian supplier sues a consumer for an invoice of EUR 4,800 with EUR 250
// of interest accrued before the summons: EUR 5,050 counts (art. 557
// Ger.W.), above the vrederechter's EUR 5,000.
func ExampleCompetent() {
	dec, err := jurisdiction.Competent(jurisdiction.Claim{
		Country:   vordering.BE,
		AsOf:      date.New(2025, time.March, 3),
		Matter:    jurisdiction.MatterGeneral,
		Creditor:  vordering.Enterprise,
		Debtor:    vordering.Consumer,
		Principal: decimal.RequireFromString("4800"),
		Interest:  decimal.RequireFromString("250"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dec.Court)
	fmt.Println(dec.Reason)
	fmt.Println(dec.Citations[0])
	// Output:
	// rechtbank-van-eerste-aanleg
	// The claim of EUR 5050.00 exceeds the vrederechter's ceiling of EUR 5000.00; the rechtbank van eerste aanleg has the residual competence (art. 568).
	// Gerechtelijk Wetboek art. 568
}

// A Dutch judgment on a claim of EUR 1,750 is given in last resort (art. 332
// Rv).
func ExampleAppealOpen() {
	a, err := jurisdiction.AppealOpen(jurisdiction.SubdistrictCourt, decimal.RequireFromString("1750"), date.New(2025, time.March, 3))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Open)
	fmt.Println(a.Reason)
	// Output:
	// false
	// No appeal: the kantonrechter decides a claim of at most EUR 1750.00 in last resort; this claim is EUR 1750.00 (art. 332 lid 1).
}

func ExampleRepresentationBefore() {
	r, err := jurisdiction.RepresentationBefore(jurisdiction.DistrictCourt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.LawyerRequired, r.Representatives)
	fmt.Println(r.Reason)
	// Output:
	// true [lawyer]
	// Before the rechtbank (not kanton) parties cannot act in person but only through an advocaat (art. 79 lid 2).
}

// A Dutch company claims EUR 6,000 from a French company.
func ExampleCrossBorder() {
	notes, err := jurisdiction.CrossBorder(jurisdiction.Claim{
		Country:        vordering.NL,
		AsOf:           date.New(2025, time.March, 3),
		Matter:         jurisdiction.MatterGeneral,
		Creditor:       vordering.Enterprise,
		Debtor:         vordering.Enterprise,
		DebtorDomicile: "FR",
		Principal:      decimal.RequireFromString("6000"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range notes {
		fmt.Println(n.Route, n.Eligible)
		fmt.Println(" ", n.Reasons[0])
	}
	// Output:
	// european-order-for-payment true
	//   Cross-border case (the debtor is domiciled in FR, another Member State bound by the regulation); the European order for payment has no ceiling on the amount.
	// european-small-claims false
	//   The claim of EUR 6000.00, without interest, expenses and disbursements, exceeds the ceiling of EUR 5000.00 (art. 2(1)).
}

// Two Belgian enterprises, an invoice of EUR 900 in 2025: the
// ondernemingsrechtbank whatever the amount; no appeal under EUR 2,500.
func ExampleAssess() {
	a, err := jurisdiction.Assess(jurisdiction.Claim{
		Country:   vordering.BE,
		AsOf:      date.New(2025, time.March, 3),
		Matter:    jurisdiction.MatterGeneral,
		Creditor:  vordering.Enterprise,
		Debtor:    vordering.Enterprise,
		Principal: decimal.RequireFromString("900"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Decision.Court, "-", a.Decision.Reason)
	fmt.Println("appeal:", a.Appeal.Open, "-", a.Appeal.Reason)
	fmt.Println("lawyer required:", a.Representation.LawyerRequired)
	// Output:
	// ondernemingsrechtbank - A dispute between enterprises belongs to the ondernemingsrechtbank whatever its amount (art. 573).
	// appeal: false - No appeal: the ondernemingsrechtbank decides a claim of at most EUR 2500.00 in last resort; this claim is EUR 900.00 (art. 617).
	// lawyer required: false
}
