package vordering

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date"
)

func TestDescribe(t *testing.T) {
	rt := Describe("pkg", NL, testTable(), "about", []string{"value"}, func(v int) []string { return []string{strconv.Itoa(v)} })
	want := RuleTable{
		Package: "pkg", Country: NL, Title: "test rates", About: "about", Columns: []string{"value"},
		Rows: []RuleRow{
			{From: date.New(2020, 1, 1), Until: date.New(2020, 6, 30), Cells: []string{"1"}, Cite: testCite, Known: TwoSources},
			{From: date.New(2020, 7, 1), Until: date.New(2020, 12, 31), Cells: []string{"2"}, Cite: testCite, Known: TwoSources},
			{From: date.New(2022, 1, 1), Cells: []string{"3"}, Cite: testCite, Known: TwoSources},
		},
		Meta: Meta{Known: TwoSources},
	}
	if diff := cmp.Diff(want, rt); diff != "" {
		t.Errorf("Describe (-want +got):\n%s", diff)
	}
	if got := RulesAsOf().String(); got != RulesCheckedAsOf {
		t.Errorf("RulesAsOf() = %s, RulesCheckedAsOf = %s: they must agree", got, RulesCheckedAsOf)
	}
}

func TestPeriodAndErrors(t *testing.T) {
	tl := testTable()
	if got, want := tl.Span().String(), "2020-01-01.."; got != want {
		t.Errorf("Span() = %s, want %s (the last row is open)", got, want)
	}
	p := Period{From: date.New(2020, 1, 1), Until: date.New(2020, 1, 31)}
	if p.Open() || !p.Contains(date.New(2020, 1, 31)) || p.Contains(date.New(2020, 2, 1)) || p.String() != "2020-01-01..2020-01-31" {
		t.Errorf("Period %v: Open/Contains/String wrong", p)
	}
	if (Timeline[int]{Name: "empty"}).Span() != (Period{}) {
		t.Error("an empty table spans nothing")
	}
	e := &NoRuleError{Table: "t", Date: date.New(2020, 1, 1)}
	if got, want := e.Error(), "no rule in force: t has no row for 2020-01-01"; got != want {
		t.Errorf("NoRuleError = %q, want %q", got, want)
	}
	ie := Invalid("Claim.Principal", "-1", "negative")
	if got, want := ie.Error(), "invalid input: Claim.Principal = -1: negative"; got != want {
		t.Errorf("InputError = %q, want %q", got, want)
	}
}
