package garnishment_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// A Belgian wage garnishment in March 2025: EUR 2,000 net a month from work,
// two dependent children. Each band of art. 1409 §1 yields its share; the
// child reduction (EUR 86 per child in 2025) comes off the total.
func ExampleSeizable() {
	r, err := garnishment.Seizable(vordering.BE, date.New(2025, 3, 10), garnishment.Income{
		Net:      decimal.RequireFromString("2000"),
		Kind:     garnishment.Work,
		Children: 2,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range r.Brackets {
		to := b.To.StringFixed(2)
		if b.Unbounded {
			to = "      ..."
		}
		fmt.Printf("%8s – %s  %3s%%  of %7s = %7s\n", b.From.StringFixed(2), to,
			b.Rate.Shift(2).String(), b.Base.StringFixed(2), b.Seized.StringFixed(2))
	}
	fmt.Println("before children:", r.BeforeChildren.StringFixed(2))
	fmt.Println("child reduction:", r.ChildReduction.StringFixed(2))
	fmt.Println("seizable:       ", r.Seizable.StringFixed(2))
	fmt.Println("debtor keeps:   ", r.Protected.StringFixed(2))
	fmt.Println("figures set by: ", r.Citations[0].Publication)
	// Output:
	//     0.00 – 1388.00    0%  of 1388.00 =    0.00
	//  1388.00 – 1492.00   20%  of  104.00 =   20.80
	//  1492.00 – 1646.00   30%  of  154.00 =   46.20
	//  1646.00 – 1800.00   40%  of  154.00 =   61.60
	//  1800.00 –       ...  100%  of  200.00 =  200.00
	// before children: 328.60
	// child reduction: 172.00
	// seizable:        156.60
	// debtor keeps:    1843.40
	// figures set by:  KB 5.12.2024, BS 13.12.2024
}

// The Dutch beslagvrije voet for a single debtor in 2025 with EUR 2,000 net
// including holiday pay: 95 % of the norm stays free, the rest may be seized.
func ExampleSeizable_netherlands() {
	r, err := garnishment.Seizable(vordering.NL, date.New(2025, 3, 10), garnishment.Income{
		Net:       decimal.RequireFromString("2000"),
		Household: garnishment.Single,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("norm:", r.NL.Norm.StringFixed(2), "bvv:", r.NL.Bvv.StringFixed(2), "seizable:", r.Seizable.StringFixed(2))
	// Output:
	// norm: 1345.45 bvv: 1278.18 seizable: 721.82
}

// Goods found at a Belgian seizure in 2024: the professional goods stay
// exempt up to EUR 2,500 in total, each phone up to EUR 500.
func ExampleCheckGoods() {
	r, err := garnishment.CheckGoods(date.New(2024, 9, 2), garnishment.NaturalPerson, []garnishment.Good{
		{Category: garnishment.GoodProfessional, Description: "laptop", Value: decimal.RequireFromString("1800")},
		{Category: garnishment.GoodProfessional, Description: "printer", Value: decimal.RequireFromString("900")},
		{Category: garnishment.GoodMobilePhone, Description: "phone", Value: decimal.RequireFromString("350")},
		{Category: garnishment.GoodLuxury, Description: "watch", Value: decimal.RequireFromString("3000")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range r.Goods {
		fmt.Printf("%-8s exempt=%v\n", g.Good.Description, g.Exempt)
	}
	fmt.Println("objection term:", r.ObjectionDays, "days")
	// Output:
	// laptop   exempt=true
	// printer  exempt=false
	// phone    exempt=true
	// watch    exempt=false
	// objection term: 15 days
}

// Family allowances may not be seized at all (art. 1410 §2); a pension is
// seized on the replacement-income scale.
func ExampleIsUnseizable() {
	fmt.Println(garnishment.IsUnseizable(garnishment.FamilyAllowance))
	z, cite, _ := garnishment.Pension.Seizability()
	fmt.Println(z, "—", cite.Article)
	// Output:
	// true
	// replacement-scale — art. 1410 §1 with art. 1409 §1bis
}
