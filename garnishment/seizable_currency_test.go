package garnishment

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Today's questions, computed by hand from the rows in force on 28.11.2026.
func TestSeizable2026(t *testing.T) {
	today := date.New(2026, 11, 28)

	// BE, work income 2,000, no children, 2026 thresholds 1,419 / 1,524 /
	// 1,682 / 1,839 (securex.be): 20 % of 105 = 21.00, 30 % of 158 = 47.40,
	// 40 % of 157 = 62.80, 100 % of 161 = 161.00; total 292.20.
	be, err := Seizable(vordering.BE, today, Income{Net: decimal.NewFromInt(2000), Kind: Work})
	if err != nil {
		t.Fatal(err)
	}
	if be.Seizable.StringFixed(2) != "292.20" {
		t.Errorf("BE seizable %s, want 292.20", be.Seizable.StringFixed(2))
	}
	if be.Assurance.Level != vordering.OneSource || !be.Assurance.Provisional || len(be.Assurance.Weakest) != 1 {
		t.Errorf("BE assurance %+v, want one-source and provisional", be.Assurance)
	}
	if last := be.Steps[len(be.Steps)-1]; !strings.HasPrefix(last, "Provisional: one source only") {
		t.Errorf("the explanation does not say the answer is provisional: %q", last)
	}

	// NL, single, income 1,500 incl. holiday pay, norm from 1.7.2026 1,419.46:
	// bvv 95 % = 1,348.487 → 1,348.49; 95 % of the income is 1,425.00, more;
	// seizable 1,500 − 1,348.49 = 151.51.
	nl, err := Seizable(vordering.NL, today, Income{Net: decimal.NewFromInt(1500), Household: Single})
	if err != nil {
		t.Fatal(err)
	}
	if nl.Seizable.StringFixed(2) != "151.51" || nl.Assurance.Level != vordering.PrimaryText || nl.Assurance.Provisional {
		t.Errorf("NL seizable %s, assurance %+v; want 151.51 from the primary text", nl.Seizable.StringFixed(2), nl.Assurance)
	}

	// A caller who wants two sources at least gets an error for BE 2026,
	// naming the level of the row it refused.
	strict := Rules{Policy: vordering.Policy{Minimum: vordering.TwoSources}}
	_, err = strict.Seizable(vordering.BE, today, Income{Net: decimal.NewFromInt(2000)})
	var nr *vordering.NoRuleError
	if !errors.As(err, &nr) || nr.Found != vordering.OneSource {
		t.Errorf("strict BE 2026: %v", err)
	}
	// Carried into 2027 only on request, and marked.
	if _, err := Seizable(vordering.BE, date.New(2027, 1, 4), Income{Net: decimal.NewFromInt(2000)}); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("2027 by default: %v", err)
	}
	carry := Rules{Policy: vordering.Policy{CarryForward: true}}
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		r, err := carry.Seizable(c, date.New(2027, 1, 4), Income{Net: decimal.NewFromInt(2000), Household: Single})
		if err != nil || r.Assurance.Level != vordering.CarriedForward {
			t.Errorf("%v carried into 2027: %v, %+v", c, err, r.Assurance)
		}
	}
}

// A missing as-of date is bad input, also for a maintenance claim, and a
// list of goods over the library's limit is refused (hardening issue).
func TestSeizableRequiresDate(t *testing.T) {
	for _, in := range []Income{{Net: decimal.NewFromInt(2000)}, {Net: decimal.NewFromInt(2000), Maintenance: true}} {
		if _, err := Seizable(vordering.BE, vordering.NoDate(), in); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("Seizable(zero date, %+v) = %v, want ErrInvalidInput", in, err)
		}
	}
	if _, err := CheckGoods(date.New(2026, 1, 5), NaturalPerson, make([]Good, vordering.MaxItems+1)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("CheckGoods with too many goods: %v", err)
	}
}
