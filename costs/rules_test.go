package costs

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// An illustrative figure for a period the built-in table does not cover
// (the first half of 2027); it is not a published rate.
var example2027 = vordering.Row[decimal.Decimal]{
	From: ymd(2027, 1, 1), Until: ymd(2027, 6, 30), Value: pct(5, 0),
	Cite: vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:119, 6:120 lid 1", Publication: "the AMvB the caller holds"},
	Note: "illustrative figure",
}

func TestWithRates(t *testing.T) {
	sup, err := Rules{}.WithRates(vordering.NL, Statutory, example2027)
	if err != nil {
		t.Fatal(err)
	}
	// The built-in rule set still has no 2027 rate; the supplied one has it,
	// marked supplied: 10,000 for the 31 days of January 2027 at 5 % =
	// 42.465753 → 42.47 (hand computation).
	from, to := ymd(2026, 12, 31), ymd(2027, 1, 31)
	if _, err := Interest(vordering.NL, Statutory, decimal.NewFromInt(10000), from, to); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("built-in 2027: %v", err)
	}
	r, err := sup.Interest(vordering.NL, Statutory, decimal.NewFromInt(10000), from, to)
	if err != nil || r.Total.StringFixed(2) != "42.47" || r.Assurance.Level != vordering.Supplied || !r.Stamp.Supplied {
		t.Fatalf("supplied 2027: %v %s %+v %+v", err, r.Total, r.Assurance, r.Stamp)
	}
	if r.Stamp == (Rules{}).Stamp() || r.Stamp.Digest == "" {
		t.Errorf("the stamp does not tell the rule sets apart: %+v", r.Stamp)
	}
	// The diff lists exactly the supplied row.
	d := vordering.DiffTables(Rulebook(), sup.Rulebook())
	if len(d) != 1 || d[0].Change != "added" || d[0].Period.String() != "2027-01-01..2027-06-30" || d[0].After.Known != vordering.Supplied {
		t.Errorf("diff = %+v", d)
	}
	// Bad rows are refused with the table and the problem; the built-in set is intact.
	bad := example2027
	bad.Cite = vordering.Citation{}
	if _, err := (Rules{}).WithRates(vordering.NL, Statutory, bad); !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), "NL wettelijke rente") || !strings.Contains(err.Error(), "citation") {
		t.Errorf("uncited row: %v", err)
	}
	bad = example2027
	bad.Value = pct(150, 0)
	if _, err := (Rules{}).WithRates(vordering.NL, Statutory, bad); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("a rate of 150 %%: %v", err)
	}
	if _, err := Interest(vordering.NL, Statutory, decimal.NewFromInt(1), from, to); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Error("a refused supply changed the built-in set")
	}
	// From a rows file.
	file := "from,until,value,instrument,article,publication,url,sources,note\n2027-01-01,2027-06-30,0.05,Burgerlijk Wetboek Boek 6,\"art. 6:119, 6:120 lid 1\",the AMvB the caller holds,,,illustrative figure\n"
	fromFile, err := Rules{}.WithRatesFile(vordering.NL, Statutory, strings.NewReader(file))
	if err != nil || fromFile.Stamp().Digest != sup.Stamp().Digest {
		t.Errorf("rows file: %v; digests %s vs %s", err, fromFile.Stamp().Digest, sup.Stamp().Digest)
	}
}

// Two rule sets answer differently in the same process at the same time;
// run under the race detector.
func TestRuleSetsConcurrently(t *testing.T) {
	sup, err := Rules{}.WithRates(vordering.NL, Statutory, example2027)
	if err != nil {
		t.Fatal(err)
	}
	from, to := ymd(2026, 12, 31), ymd(2027, 1, 31)
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				if _, err := Interest(vordering.NL, Statutory, decimal.NewFromInt(10000), from, to); !errors.Is(err, vordering.ErrNoRuleInForce) {
					errs <- fmt.Errorf("built-in answered 2027: %v", err)
				}
				return
			}
			if r, err := sup.Interest(vordering.NL, Statutory, decimal.NewFromInt(10000), from, to); err != nil || r.Total.StringFixed(2) != "42.47" {
				errs <- fmt.Errorf("supplied: %v %s", err, r.Total)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// A caller brings a rate the library does not have yet: the answer uses it
// and says it is supplied.
func ExampleRules_WithRates() {
	rate := vordering.Row[decimal.Decimal]{
		From: ymd(2027, 1, 1), Until: ymd(2027, 6, 30), Value: decimal.RequireFromString("0.05"),
		Cite: vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:119", Publication: "the AMvB the caller holds"},
		Note: "illustrative figure, not a published rate",
	}
	rules, err := Rules{}.WithRates(vordering.NL, Statutory, rate)
	if err != nil {
		panic(err)
	}
	r, err := rules.Interest(vordering.NL, Statutory, decimal.NewFromInt(10000), ymd(2026, 12, 31), ymd(2027, 1, 31))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Total.StringFixed(2), r.Periods[0].Known)
	fmt.Println(r.Assurance)
	// Output:
	// 42.47 supplied
	// provisional: supplied by the caller (NL wettelijke rente (art. 6:119 BW) 2027-01-01..2027-06-30)
}

// BenchmarkWithRates: building a rule set with one supplied rate (the merge,
// the checks and the digest of the rule set's tables).
func BenchmarkWithRates(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Rules{}).WithRates(vordering.NL, Statutory, example2027); err != nil {
			b.Fatal(err)
		}
	}
}
