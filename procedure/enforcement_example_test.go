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
	// By hand: due 31.3.2024, so on 30.6.2025 one full year past due and a
	// collectability of 95 %. Wage: min(2600, 24 × 156.60) × 95 % = 2470,
	// score 1000 + 95 + 10 (17 months) + 20 (employer) = 1125. Bank: 2600 ×
	// 50 % × 95 % = 1235, 1000 + 47 + 30 + 10 = 1087. Plan: 2600 × 60 % ×
	// 95 % = 1482, 1000 + 57 + 10 − 10 (one year old) = 1057. Movables:
	// 2600 × 15 % × 95 % = 370.50, 1000 + 14 + 10 − 10 = 1014.

	// Output:
	// 1 wage-garnishment score 1125  expected EUR 2470.00  (EUR 156.60 a month, 17 months)
	// 2 bank-garnishment score 1087  expected EUR 1235.00
	// 3 payment-plan     score 1057  expected EUR 1482.00
	// 4 movable-seizure  score 1014  expected EUR 370.50
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
