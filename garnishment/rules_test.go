package garnishment

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Illustrative 2027 thresholds (not the published figures): a caller who
// has the royal decree supplies them.
var example2027 = vordering.Row[Thresholds]{
	From: date.New(2027, 1, 1), Until: date.New(2027, 12, 31), Value: th(1450, 1560, 1720, 1880, 90, false),
	Cite: vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1409 §2", Publication: "the royal decree the caller holds"},
	Note: "illustrative figures",
}

func TestWithBEThresholds(t *testing.T) {
	sup, err := Rules{}.WithBEThresholds(example2027)
	if err != nil {
		t.Fatal(err)
	}
	on := date.New(2027, 3, 1)
	if _, err := Seizable(vordering.BE, on, Income{Net: decimal.NewFromInt(2000)}); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("built-in 2027: %v", err)
	}
	// Hand computation: 20 % of 110 = 22.00, 30 % of 160 = 48.00, 40 % of
	// 160 = 64.00, all above 1,880: 120.00; total 254.00.
	r, err := sup.Seizable(vordering.BE, on, Income{Net: decimal.NewFromInt(2000)})
	if err != nil || r.Seizable.StringFixed(2) != "254.00" || r.Assurance.Level != vordering.Supplied || !r.Stamp.Supplied {
		t.Fatalf("supplied 2027: %v %s %+v %+v", err, r.Seizable, r.Assurance, r.Stamp)
	}
	if d := vordering.DiffTables(Rulebook(), sup.Rulebook()); len(d) != 1 || d[0].Change != "added" {
		t.Errorf("diff = %+v", d)
	}
	bad := example2027
	bad.Value.T2 = decimal.NewFromInt(1000)
	if _, err := (Rules{}).WithBEThresholds(bad); !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), "rise") {
		t.Errorf("falling thresholds: %v", err)
	}
	file := "from,until,t1,t2,t3,t4,child,temporary,instrument,article,publication\n2027-01-01,2027-12-31,1450,1560,1720,1880,90,false,Gerechtelijk Wetboek,art. 1409 §2,the royal decree the caller holds\n"
	fromFile, err := Rules{}.WithBEThresholdsFile(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if r2, _ := fromFile.Seizable(vordering.BE, on, Income{Net: decimal.NewFromInt(2000)}); !r2.Seizable.Equal(r.Seizable) {
		t.Errorf("rows file gives %s, code gives %s", r2.Seizable, r.Seizable)
	}
	// NL: a norm for 2027 H1 (illustrative).
	nl, err := Rules{}.WithNLNorms(vordering.Row[NLNorm]{From: date.New(2027, 1, 1), Until: date.New(2027, 6, 30),
		Value: NLNorm{Single: vordering.Cents(144000), Couple: vordering.Cents(205700)}, Cite: example2027.Cite})
	if err != nil {
		t.Fatal(err)
	}
	// 95 % of 1,440.00 = 1,368.00; seizable from 1,500: 132.00 (hand).
	if r, err := nl.Seizable(vordering.NL, date.New(2027, 2, 1), Income{Net: decimal.NewFromInt(1500), Household: Single}); err != nil || r.Seizable.StringFixed(2) != "132.00" {
		t.Errorf("NL supplied: %v %s", err, r.Seizable)
	}
}

// A caller brings the next year's thresholds before a release ships them.
func ExampleRules_WithBEThresholds() {
	row := vordering.Row[Thresholds]{
		From: date.New(2027, 1, 1), Until: date.New(2027, 12, 31),
		Value: Thresholds{T1: vordering.Euros(1450), T2: vordering.Euros(1560), T3: vordering.Euros(1720), T4: vordering.Euros(1880), Child: vordering.Euros(90)},
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1409 §2", Publication: "the royal decree the caller holds"},
		Note:  "illustrative figures, not the published ones",
	}
	rules, err := Rules{}.WithBEThresholds(row)
	if err != nil {
		panic(err)
	}
	r, err := rules.Seizable(vordering.BE, date.New(2027, 3, 1), Income{Net: decimal.NewFromInt(2000)})
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Seizable.StringFixed(2), r.Assurance.Level, r.Stamp.Supplied)
	// Output:
	// 254.00 supplied true
}

// BenchmarkWithBEThresholds: building a rule set with one supplied year of
// thresholds (merge, checks, bracket cache, digest).
func BenchmarkWithBEThresholds(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Rules{}).WithBEThresholds(example2027); err != nil {
			b.Fatal(err)
		}
	}
}
