package costs

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// The Belgian graduated fee by class (KB 18.5.2024 as described by creno.be
// and plusmagazine.be: A up to 2,000 → 125; B up to 5,000 → 175; C above →
// 250; utility claims always A; undetermined value C).
func TestBailiffFeeBE(t *testing.T) {
	on := date.New(2024, 11, 15)
	cases := []struct {
		name  string
		q     BailiffFeeQuery
		class string
		want  string
	}{
		{"2,000 is still class A", BailiffFeeQuery{ClaimValue: courtEur("2000")}, "A", "125.00"},
		{"2,000.01 is class B", BailiffFeeQuery{ClaimValue: courtEur("2000.01")}, "B", "175.00"},
		{"5,000 is still class B", BailiffFeeQuery{ClaimValue: courtEur("5000")}, "B", "175.00"},
		{"10,000 is class C", BailiffFeeQuery{ClaimValue: courtEur("10000")}, "C", "250.00"},
		{"an energy claim of 10,000 is class A", BailiffFeeQuery{ClaimValue: courtEur("10000"), Basic: true}, "A", "125.00"},
		{"a family matter is class B", BailiffFeeQuery{ClaimValue: courtEur("100"), Family: true}, "B", "175.00"},
		{"undetermined value is class C", BailiffFeeQuery{Undetermined: true}, "C", "250.00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.q.Act, c.q.AsOf = BailiffSummons, on
			r, err := BailiffFeeOf(vordering.BE, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if r.Class != c.class || r.Amount.StringFixed(2) != c.want || r.Assurance.Level != vordering.TwoSources {
				t.Errorf("class %s, %s (%v); want %s, %s", r.Class, r.Amount.StringFixed(2), r.Assurance.Level, c.class, c.want)
			}
		})
	}
	if _, err := BailiffFee(vordering.BE, BailiffSummons, on); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("no claim value: %v, want ErrInvalidInput", err)
	}
	// 2026: the indexed amounts are unknown. The error says why and what the
	// caller can do; carrying the 2024 amount forward is an explicit choice.
	today := date.New(2026, 11, 28)
	q := BailiffFeeQuery{Act: BailiffCommand, AsOf: today, ClaimValue: courtEur("3000")}
	_, err := BailiffFeeOf(vordering.BE, q)
	if !errors.Is(err, vordering.ErrNoRuleInForce) || !strings.Contains(err.Error(), "indexed on 1 January 2025") || !strings.Contains(err.Error(), "CarryForward") {
		t.Errorf("2026: %v", err)
	}
	r, err := Rules{Policy: vordering.Policy{CarryForward: true}}.BailiffFeeOf(vordering.BE, q)
	if err != nil || r.Amount.StringFixed(2) != "175.00" || r.Assurance.Level != vordering.CarriedForward ||
		!strings.Contains(strings.Join(r.Steps, "\n"), "carried forward") {
		t.Errorf("carried: %v, %+v", err, r)
	}
}
