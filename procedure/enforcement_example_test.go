package procedure_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/procedure"
)

// A Belgian consumer owes 2,600 euro under a judgment; the collector knows
// his employer (net 2,000 euro a month, two dependent children) and his
// bank account.
func ExampleRankEnforcement() {
	c := procedure.Case{
		Country:  vordering.BE,
		Creditor: procedure.Party{Name: "Leverancier NV", Kind: vordering.Enterprise},
		Debtor:   procedure.Party{Name: "Jan Peeters", Kind: vordering.Consumer},
		Invoices: []procedure.Invoice{{Number: "F-1", Date: date.New(2024, 3, 1), DueDate: date.New(2024, 3, 31),
			Principal: vordering.Euros(2500), Accessories: vordering.Euros(100)}},
	}
	p := procedure.DebtorProfile{
		Income:           garnishment.Income{Net: vordering.Euros(2000), Children: 2},
		EmployerKnown:    true,
		BankAccountKnown: true,
	}
	opts, err := procedure.RankEnforcement(c, p, date.New(2025, 6, 30), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range opts {
		fmt.Printf("%d %-16s score %4d  expected EUR %s", o.Rank, o.Kind, o.Score, o.ExpectedRecovery.StringFixed(2))
		if o.Kind == procedure.EnforceWageGarnishment {
			fmt.Printf("  (EUR %s a month, %d months)", o.Monthly.StringFixed(2), o.MonthsToClear)
		}
		fmt.Println()
	}
	// Output:
	// 1 wage-garnishment score 1130  expected EUR 2600.00  (EUR 156.60 a month, 17 months)
	// 2 bank-garnishment score 1090  expected EUR 1300.00
	// 3 payment-plan     score 1070  expected EUR 1560.00
	// 4 movable-seizure  score 1015  expected EUR 390.00
}

// DefaultRanker scores options factor by factor. Against a debt of 1,000
// euro owed by a company, a bank garnishment expected to recover 500 euro
// at no confirmed cost scores 1000 (it pays for itself) + 50 (half the
// debt) + 30 (speed) + 10 (an account is known) = 1090; a seizure of
// movables expected to recover 200 euro for 300 euro of costs scores
// −1000 + 20 + 10 (speed) + 0 (a company's assets) = −970, below stop (0).
func ExampleDefaultRanker() {
	c := procedure.Case{
		Country:  vordering.BE,
		Creditor: procedure.Party{Name: "Leverancier NV", Kind: vordering.Enterprise},
		Debtor:   procedure.Party{Name: "Klant BV", Kind: vordering.Enterprise},
		Invoices: []procedure.Invoice{{Number: "F-1", Date: date.New(2024, 3, 1), DueDate: date.New(2024, 3, 31),
			Principal: vordering.Euros(1000), Accessories: vordering.Euros(0)}},
	}
	options := []procedure.EnforcementOption{
		{Kind: procedure.EnforceMovableSeizure, ExpectedRecovery: vordering.Euros(200), CreditorCosts: vordering.Euros(300)},
		{Kind: procedure.EnforceBankGarnishment, ExpectedRecovery: vordering.Euros(500), CreditorCosts: vordering.Euros(0)},
		{Kind: procedure.EnforceStop, ExpectedRecovery: vordering.Euros(0), CreditorCosts: vordering.Euros(0)},
	}
	for _, o := range procedure.DefaultRanker().Rank(c, procedure.DebtorProfile{BankAccountKnown: true}, options) {
		fmt.Printf("%d %-16s score %5d\n", o.Rank, o.Kind, o.Score)
	}
	// Output:
	// 1 bank-garnishment score  1090
	// 2 stop             score     0
	// 3 movable-seizure  score  -970
}
