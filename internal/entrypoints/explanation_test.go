package entrypoints

import (
	"encoding/json"
	"testing"
	stdtime "time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure"
)

// explained is an answer of any package: its common explanation, and its
// JSON, which must carry the same explanation under "explanation".
type explained interface {
	Explanation() vordering.Explanation
}

// TestOneExplanationShape checks that every package explains its answers
// with the same type and marshals it the same way: the last step gives the
// answer with its value and citation, and the JSON's "explanation" decodes
// into []vordering.Step equal to the Go value.
func TestOneExplanationShape(t *testing.T) {
	d := func(y, m, dd int) date.Date { return date.New(y, stdtime.Month(m), dd) }
	dec := decimal.RequireFromString

	// NL collection costs on EUR 2,500 for a consumer: 15 % of the first
	// EUR 2,500 (art. 2 lid 1 Besluit vergoeding voor buitengerechtelijke
	// incassokosten) = EUR 375.00; hand computation.
	bik, err := costs.Extrajudicial(vordering.NL, costs.ExtrajudicialClaim{
		Principal: dec("2500"), Debtor: vordering.Consumer, AsOf: d(2025, 3, 1),
		ReminderReceived: d(2025, 1, 2),
	})
	if err != nil {
		t.Fatal(err)
	}
	// BE appeal from 30 June 2025: one month gives 30 July, which falls in
	// the judicial vacation, so the term runs to 15 September (art. 1051
	// and art. 50 al. 2 Ger.W.).
	term, err := deadlines.Statutory(vordering.BE, deadlines.Appeal)
	if err != nil {
		t.Fatal(err)
	}
	appeal, err := deadlines.Compute(vordering.BE, d(2025, 6, 30), term)
	if err != nil {
		t.Fatal(err)
	}
	// BE wage of EUR 2,000 in March 2025 with two children: bands of KB
	// 5.12.2024 give 20.80 + 46.20 + 61.60 + 200.00 = 328.60, less 2 × 86
	// per child = EUR 156.60 (art. 1409 §1 and §1bis Ger.W.).
	wage, err := garnishment.Seizable(vordering.BE, d(2025, 3, 10), garnishment.Income{Net: dec("2000"), Kind: garnishment.Work, Children: 2})
	if err != nil {
		t.Fatal(err)
	}
	// BE money claim of EUR 4,000 by an individual against an individual:
	// the justice of the peace up to EUR 5,000 (art. 590 Ger.W. as amended
	// from 1 September 2018).
	court, err := jurisdiction.Competent(jurisdiction.Claim{
		Country: vordering.BE, AsOf: d(2025, 3, 1), Matter: jurisdiction.MatterGeneral,
		Creditor: vordering.Consumer, Debtor: vordering.Consumer, Principal: dec("4000"),
	})
	if err != nil {
		t.Fatal(err)
	}

	// BE default judgment of 4 February 2025 after a summons of 7 January:
	// on 4 March the title must be served by a bailiff with an order to pay
	// before any execution (art. 1495, 1499 Ger.W.), the recommended step.
	bCase := procedure.Case{Country: vordering.BE,
		Creditor: procedure.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "F1", Date: d(2025, 1, 10), DueDate: d(2025, 2, 9), Principal: dec("1200"), Accessories: dec("100")}},
		Acts:     []procedure.Act{{Kind: procedure.ActSummons, Date: d(2025, 1, 7)}, {Kind: procedure.ActDefaultJudgment, Date: d(2025, 2, 4)}}}
	plan, err := procedure.Next(bCase, d(2025, 3, 4))
	if err != nil {
		t.Fatal(err)
	}
	// The same enterprise's claim is not a municipality's: the last route of
	// the Belgian table, the local authority's dwangbevel (art. 177 Decreet
	// lokaal bestuur), is closed.
	report, err := procedure.Eligibility(bCase, d(2025, 3, 4))
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		a    explained
		last vordering.Value
	}{
		{"procedure.Next", plan, vordering.TextValue(procedure.ActService.String())},
		{"procedure.Eligibility", report, vordering.FlagValue(false)},
		{"costs.Extrajudicial", bik, vordering.AmountValue(dec("375"))},
		{"deadlines.Compute", appeal, vordering.DateValue(d(2025, 9, 15))},
		{"garnishment.Seizable", wage, vordering.AmountValue(dec("-1"))}, // checked below: the protected amount
		{"jurisdiction.Competent", court, vordering.TextValue(jurisdiction.JusticeOfThePeace.String())},
	}
	for _, c := range cases {
		e := c.a.Explanation()
		if len(e) == 0 {
			t.Fatalf("%s: empty explanation", c.name)
		}
		for i, s := range e {
			if s.What == "" {
				t.Errorf("%s: step %d says nothing", c.name, i)
			}
		}
		last := e[len(e)-1]
		if c.name == "garnishment.Seizable" {
			// Seizable 156.60, so the debtor keeps 2000 − 156.60 = 1843.40.
			if want := vordering.AmountValue(dec("156.60")).String(); e[len(e)-2].Value.String() != want {
				t.Errorf("%s: seizable step %q, want %s", c.name, e[len(e)-2], want)
			}
			c.last = vordering.AmountValue(dec("1843.40"))
		}
		if last.Value.String() != c.last.String() || last.Citation.IsZero() {
			t.Errorf("%s: last step %q, want value %s with a citation", c.name, last, c.last)
		}
		b, err := json.Marshal(c.a)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var wire struct {
			Explanation []vordering.Step `json:"explanation"`
		}
		if err := json.Unmarshal(b, &wire); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(wire.Explanation) != len(e) {
			t.Fatalf("%s: JSON has %d steps, Go %d", c.name, len(wire.Explanation), len(e))
		}
		for i := range e {
			if wire.Explanation[i].String() != e[i].String() {
				t.Errorf("%s: step %d: JSON %q, Go %q", c.name, i, wire.Explanation[i], e[i])
			}
		}
	}
}
