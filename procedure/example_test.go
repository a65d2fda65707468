package procedure_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure"
)

// A Belgian invoice between two KBO-registered enterprises qualifies for the
// procedure for uncontested debts (IOS); the same invoice to a consumer does
// not, and the reasons say why.
func ExampleEligibility() {
	b2b := procedure.Case{
		Country:  vordering.BE,
		Creditor: procedure.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []procedure.Invoice{{
			Number: "F2025-001", Date: date.New(2025, 1, 10), DueDate: date.New(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
	}
	asOf := date.New(2025, 3, 3)
	a, err := procedure.Eligibility(b2b, asOf)
	if err != nil {
		panic(err)
	}
	ios, _ := a.Route(procedure.RouteBEIOS)
	fmt.Println("B2B:", ios.Route, "open:", ios.Open)

	b2c := b2b
	b2c.Debtor = procedure.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"}
	a, _ = procedure.Eligibility(b2c, asOf)
	ios, _ = a.Route(procedure.RouteBEIOS)
	fmt.Println("B2C:", ios.Route, "open:", ios.Open)
	for _, r := range ios.Blocks {
		fmt.Printf("  %s: %s (%s)\n", r.Code, r.Text, r.Cite)
	}
	costs, _ := a.Route(procedure.RouteBECosts)
	for _, r := range costs.Blocks {
		fmt.Printf("  costs %s (%s)\n", r.Code, r.Cite.Article)
	}
	// Output:
	// B2B: be-ios open: true
	// B2C: be-ios open: false
	//   consumer: The debtor is a consumer: IOS is for debts between enterprises only. (Gerechtelijk Wetboek art. 1394/20, 2°)
	//   costs no-prior-letter (art. XIX.2–XIX.4)
}

// A route that opens later: the SRP summons was served on 3 March 2025, so
// the petition may be filed from the day after the 15 days to pay.
func ExampleEligibility_opensLater() {
	c := procedure.Case{
		Country:         vordering.BE,
		Creditor:        procedure.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:          procedure.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"},
		WrittenDocument: true,
		Invoices: []procedure.Invoice{{
			Number: "F2025-002", Date: date.New(2025, 1, 10), DueDate: date.New(2025, 2, 9),
			Principal: vordering.Euros(900), Accessories: vordering.Euros(0),
		}},
		Acts: []procedure.Act{{Kind: procedure.ActSRPSummons, Date: date.New(2025, 3, 3)}},
	}
	a, _ := procedure.Eligibility(c, date.New(2025, 3, 10))
	srp, _ := a.Route(procedure.RouteBESRP)
	fmt.Println("open:", srp.Open, "opens on:", srp.OpensOn, "closes on:", srp.ClosesOn)
	// Output:
	// open: false opens on: 2025-03-19 closes on: 2025-04-02
}

// The letters for a deceased debtor go to the estate.
func ExampleAddresseeFor() {
	c := procedure.Case{
		Country: vordering.BE,
		Debtor:  procedure.Party{Name: "Jan Peeters", Kind: vordering.Consumer},
		Status:  procedure.StatusDeceased,
	}
	a := procedure.AddresseeFor(c)
	fmt.Println(a.Role, "|", a.Name, "|", a.Action)
	// Output:
	// estate | de nalatenschap van Jan Peeters | Trace the heirs; write to the last domicile meanwhile.
}

// A Dutch consumer sale prescribes in two years (art. 7:28 BW); a written
// demand interrupts it (art. 3:317) and a new term of the same length starts
// the next day (art. 3:319).
func ExamplePrescription() {
	c := procedure.Case{
		Country:  vordering.NL,
		Creditor: procedure.Party{Kind: vordering.Enterprise},
		Debtor:   procedure.Party{Kind: vordering.Consumer},
		Invoices: []procedure.Invoice{{
			Number: "2024-17", Date: date.New(2024, 5, 1), DueDate: date.New(2024, 5, 15),
			Principal: vordering.Euros(450), Nature: procedure.NatureGoods,
		}},
		Acts: []procedure.Act{{Kind: procedure.ActReminder, Date: date.New(2025, 9, 1)}},
	}
	res, _ := procedure.Prescription(c, date.New(2026, 1, 1))
	p := res[0]
	fmt.Println(p.Rule.Article, p.Years, "years; last day", p.LastDay, "barred:", p.Barred)
	for _, i := range p.Interruptions {
		fmt.Println("interrupted", i.Date, "by", i.Act, "under", i.Cite.Article)
	}
	// Output:
	// art. 7:28 2 years; last day 2027-09-01 barred: false
	// interrupted 2025-09-01 by reminder under art. 3:317 lid 1; art. 3:319
}

// What a bankruptcy means in Belgium.
func ExampleEffects() {
	e, _ := procedure.Effects(vordering.BE, procedure.StatusBankrupt)
	fmt.Println("addressee:", e.Addressee)
	fmt.Println("IOS allowed:", e.Allows(procedure.ActivityIOS))
	fmt.Println(e.Actions[0])
	// Output:
	// addressee: curator
	// IOS allowed: false
	// File the claim with the curator (aangifte van schuldvordering in RegSol).
}
