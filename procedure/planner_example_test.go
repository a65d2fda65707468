package procedure_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure"
)

// A Belgian B2B invoice whose IOS summons to pay was served on 4 March 2025
// and went unanswered: the next step is the PV of non-contestation, at the
// earliest 8 days after the debtor's month.
func ExampleNext() {
	c := procedure.Case{
		Country:  vordering.BE,
		Creditor: procedure.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []procedure.Invoice{{
			Number: "F2025-001", Date: date.New(2025, 1, 10), DueDate: date.New(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
		Acts: []procedure.Act{
			{Kind: procedure.ActFormalNotice, Date: date.New(2025, 2, 20)},
			{Kind: procedure.ActIOSSummons, Date: date.New(2025, 3, 4), Outcome: procedure.OutcomeNoReaction},
		},
	}
	plan, err := procedure.Next(c, date.New(2025, 3, 20))
	if err != nil {
		panic(err)
	}
	fmt.Println("to:", plan.Addressee.Name)
	for _, s := range plan.Steps {
		fmt.Println(s.Act, "from", s.Earliest)
		fmt.Println("  rule:", s.Rule)
		fmt.Println("  cite:", s.Citations[0].Article)
	}
	// Output:
	// to: Klant BV
	// ios-non-contestation from 2025-04-13
	//   rule: IOS, no reaction: the bailiff draws up the PV of non-contestation at the earliest 8 days after the debtor's month has run out.
	//   cite: art. 1394/20 ff. (IOS: PV van niet-betwisting)
}
