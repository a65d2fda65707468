package procedure

import (
	"fmt"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
)

// Figures a caller supplied to another package reach procedure's answers
// through procedure.Rules, marked supplied. The figures are illustrative.
func TestRulesReachProcedure(t *testing.T) {
	on := date.New(2027, 3, 1)
	gr, err := garnishment.Rules{}.WithBEThresholds(vordering.Row[garnishment.Thresholds]{
		From: date.New(2027, 1, 1), Until: date.New(2027, 12, 31),
		Value: garnishment.Thresholds{T1: vordering.Euros(1450), T2: vordering.Euros(1560), T3: vordering.Euros(1720), T4: vordering.Euros(1880), Child: vordering.Euros(90)},
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1409 §2", Publication: "the royal decree the caller holds"},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := enfCase(vordering.BE, true, 2500, 100)
	profile := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000)}, EmployerKnown: true}
	// Built in, 2027 has no thresholds: the monthly amount is unknown.
	opts, err := RankEnforcement(c, profile, on, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o := enfFind(t, opts, EnforceWageGarnishment); !o.Monthly.IsZero() {
		t.Errorf("built-in 2027 monthly = %s, want unknown (0)", o.Monthly)
	}
	// With the supplied thresholds: 254.00 a month (hand computation in
	// garnishment's TestWithBEThresholds), marked supplied.
	opts, err = Rules{Garnishment: gr}.RankEnforcement(c, profile, on, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o := enfFind(t, opts, EnforceWageGarnishment); o.Monthly.StringFixed(2) != "254.00" || o.Assurance.Level != vordering.Supplied {
		t.Errorf("supplied: monthly %s, %+v", o.Monthly, o.Assurance)
	}

	// A supplied art. 590 ceiling of 6,000 from 2027 moves a 5,500 consumer
	// claim to the vrederechter in the assessment.
	jr, err := jurisdiction.Rules{}.WithCeiling(vordering.BE, vordering.Row[decimal.Decimal]{
		From: date.New(2027, 1, 1), Value: decimal.NewFromInt(6000),
		Cite: vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 590", Publication: "the amending law the caller holds"},
	})
	if err != nil {
		t.Fatal(err)
	}
	big := enfCase(vordering.BE, true, 5500, 0)
	a, err := Rules{Jurisdiction: jr}.Eligibility(big, on)
	if err != nil {
		t.Fatal(err)
	}
	if a.Assurance.Level != vordering.Supplied {
		t.Errorf("assessment on a supplied ceiling: %+v", a.Assurance)
	}
	p, err := Planner{Rules: Rules{Garnishment: gr, Jurisdiction: jr}}.Next(big, on)
	if err != nil {
		t.Fatal(err)
	}
	if p.Assurance.Level != vordering.Supplied {
		t.Errorf("plan on supplied rule sets: %+v", p.Assurance)
	}
}

// A caller who has next year's Belgian thresholds before a release ships
// them ranks enforcement on them.
func ExampleRules() {
	thresholds, err := garnishment.Rules{}.WithBEThresholds(vordering.Row[garnishment.Thresholds]{
		From: date.New(2027, 1, 1), Until: date.New(2027, 12, 31),
		Value: garnishment.Thresholds{T1: vordering.Euros(1450), T2: vordering.Euros(1560), T3: vordering.Euros(1720), T4: vordering.Euros(1880), Child: vordering.Euros(90)},
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1409 §2", Publication: "the royal decree the caller holds"},
		Note:  "illustrative figures, not the published ones",
	})
	if err != nil {
		panic(err)
	}
	c := Case{Country: vordering.BE,
		Creditor: Party{Name: "Creditor", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "Debtor", Kind: vordering.Consumer},
		Invoices: []Invoice{{Number: "1", Date: date.New(2026, 1, 10), DueDate: date.New(2026, 2, 10), Principal: vordering.Euros(2500)}}}
	profile := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000)}, EmployerKnown: true}
	opts, err := Rules{Garnishment: thresholds}.RankEnforcement(c, profile, date.New(2027, 3, 1), nil)
	if err != nil {
		panic(err)
	}
	for _, o := range opts {
		if o.Kind == EnforceWageGarnishment {
			fmt.Println(o.Monthly.StringFixed(2), o.Assurance.Level)
		}
	}
	// Output:
	// 254.00 supplied
}
