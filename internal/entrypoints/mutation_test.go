package entrypoints

import (
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/internal/mutation"
	"github.com/vordering/vordering/letters"
	"github.com/vordering/vordering/procedure"
	"github.com/vordering/vordering/procedure/flow"
)

// TestNewAnswersAreTheCallers: scrambling everything a caller can reach
// from an answer of this release's new entry points (and its explanation)
// changes no later answer.
func TestNewAnswersAreTheCallers(t *testing.T) {
	today := date.New(2026, 11, 28)
	ledger := func() costs.Ledger {
		return costs.Ledger{
			Claims: []costs.LedgerClaim{
				{ID: "A", Kind: costs.Statutory, Principal: vordering.Euros(1000), Costs: vordering.Euros(40), InterestFrom: date.New(2025, 11, 1)},
				{ID: "B", Kind: costs.Commercial, Principal: vordering.Euros(500), InterestFrom: date.New(2026, 2, 1)},
			},
			Payments: []costs.LedgerPayment{{Date: date.New(2026, 3, 2), Amount: vordering.Euros(300)}, {Date: date.New(2026, 5, 4), Amount: vordering.Euros(100), Designation: []string{"B"}}},
		}
	}
	facts := letters.Facts{Country: vordering.NL, Kind: letters.NLFourteenDayLetter, Creditor: letters.Party{Name: "C BV", Kind: vordering.Enterprise},
		Debtor: letters.Party{Name: "D", Kind: vordering.Consumer}, Claim: "F1", Principal: vordering.Euros(1000), DueDate: date.New(2026, 10, 31), Sent: today}
	plan := procedure.Case{Country: vordering.BE,
		Creditor: procedure.Party{Name: "C", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "D", Kind: vordering.Consumer, Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "F1", Date: date.New(2026, 9, 1), DueDate: date.New(2026, 10, 1), Principal: vordering.Euros(1200)}}}

	mutation.Check(t, "costs.Statement", func() costs.StatementResult {
		r, err := costs.Statement(vordering.NL, ledger(), today)
		if err != nil {
			t.Fatal(err)
		}
		return r
	})
	mutation.Check(t, "costs.Statement explanation", func() vordering.Explanation {
		r, _ := costs.Statement(vordering.NL, ledger(), today)
		return r.Explanation()
	})
	mutation.Check(t, "deadlines.EarliestWritDay", func() deadlines.WritDay {
		w, _ := deadlines.EarliestWritDay(vordering.BE, today)
		return w
	})
	mutation.Check(t, "letters.Build", func() letters.Letter {
		l, err := letters.Build(facts)
		if err != nil {
			t.Fatal(err)
		}
		return l
	})
	mutation.Check(t, "letters.Requirements", func() []letters.Element { return letters.Requirements(letters.BEIOSSummons) })
	mutation.Check(t, "lenient plan", func() procedure.Plan {
		p, err := procedure.Planner{Lenient: true}.Next(plan, today)
		if err != nil {
			t.Fatal(err)
		}
		return p
	})
	public := procedure.Case{Country: vordering.BE,
		Creditor: procedure.Party{Name: "Gemeente", Kind: vordering.PublicBody},
		Debtor:   procedure.Party{Name: "D", Kind: vordering.Consumer, Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "R1", Date: date.New(2026, 9, 1), DueDate: date.New(2026, 10, 1), Principal: vordering.Euros(420)}},
		Acts: []procedure.Act{{Kind: procedure.ActAdminReminder, Date: date.New(2026, 10, 12)}, {Kind: procedure.ActDwangbevel, Date: date.New(2026, 10, 26)},
			{Kind: procedure.ActService, Date: date.New(2026, 11, 2)}},
		Public: procedure.PublicClaim{Basis: procedure.PublicBELocal, Region: procedure.RegionFlanders}}
	mutation.Check(t, "public plan", func() procedure.Plan {
		p, err := procedure.Next(public, today)
		if err != nil {
			t.Fatal(err)
		}
		return p
	})
	mutation.Check(t, "public eligibility", func() procedure.EligibilityReport {
		a, err := procedure.Eligibility(public, today)
		if err != nil {
			t.Fatal(err)
		}
		return a
	})
	mutation.Check(t, "flow.Flow", func() []flow.Transition { return flow.Flow(vordering.BE) })
	mutation.Check(t, "procedure.Rulebook", func() []vordering.RuleTable { return procedure.Rulebook() })
}
