package procedure

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// The limits come from package vordering (limits.go): amounts at most EUR
// 1,000,000,000,000 in whole cents, lists of at most MaxItems (100,000)
// elements, dates in the years 1900–2199, the zero date meaning "no date";
// children at most garnishment.MaxChildren (1,000); the profile's counts at
// most 1,000; and this package's MaxInvoiceActPairs.

// entryPoints calls every entry point that takes a case and returns the
// errors, named.
func entryPoints(c Case, asOf date.Date) map[string]error {
	_, elig := Eligibility(c, asOf)
	_, next := Next(c, asOf)
	_, presc := Prescription(c, asOf)
	_, rank := RankEnforcement(c, c.Profile, asOf, nil)
	return map[string]error{"Validate": c.Validate(), "ValidateHistory": ValidateHistory(c), "Eligibility": elig,
		"Next": next, "Prescription": presc, "RankEnforcement": rank}
}

// TestValidateFields: every field Validate reads is checked against the
// limits, and the error names it with its index.
func TestValidateFields(t *testing.T) {
	tests := []struct {
		field string
		edit  func(*Case)
	}{
		// The profile (garnishment.MaxChildren; counts 0..1000).
		{"Case.Profile.Income.Children", func(c *Case) { c.Profile.Income.Children = 1 << 40 }},
		{"Case.Profile.Income.Children", func(c *Case) { c.Profile.Income.Children = -1 }},
		{"Case.Profile.Income.Children", func(c *Case) { c.Profile.Income.Children = garnishment.MaxChildren + 1 }},
		{"Case.Profile.EarlierCollections", func(c *Case) { c.Profile.EarlierCollections = -3 }},
		{"Case.Profile.FailedCollections", func(c *Case) { c.Profile.FailedCollections = 1001 }},
		{"Case.Profile.FailedCollections", func(c *Case) { c.Profile.EarlierCollections, c.Profile.FailedCollections = 2, 3 }},
		{"Case.Profile.InsolvencyEvents", func(c *Case) { c.Profile.InsolvencyEvents = -1 }},
		{"Case.Profile.Income.Net", func(c *Case) { c.Profile.Income.Net = vordering.Euros(-1) }},
		{"Case.Profile.Income.Net", func(c *Case) { c.Profile.Income.Net = decimal.New(1, 13) }},
		{"Case.Profile.Income.Net", func(c *Case) { c.Profile.Income.Net = decimal.RequireFromString("2000.001") }},
		{"Case.Profile.Income.HolidayPay", func(c *Case) { c.Profile.Income.HolidayPay = vordering.Euros(-5) }},
		{"Case.Profile.Income.NLAdditions", func(c *Case) { c.Profile.Income.NLAdditions = decimal.New(1, 999999) }},
		{"Case.Profile.Income.NLMaximum", func(c *Case) { c.Profile.Income.NLMaximum = decimal.New(-1, 0) }},
		{"Case.Profile.Income.Kind", func(c *Case) { c.Profile.Income.Kind = 9 }},
		{"Case.Profile.Income.Household", func(c *Case) { c.Profile.Income.Household = 9 }},
		// Amounts: at most EUR 1e12, whole cents.
		{"Case.Invoices[0].Principal", func(c *Case) { c.Invoices[0].Principal = decimal.RequireFromString("1000000000000.01") }},
		{"Case.Invoices[0].Principal", func(c *Case) { c.Invoices[0].Principal = decimal.RequireFromString("10.005") }},
		{"Case.Invoices[1].Accessories", func(c *Case) {
			c.Invoices = append(c.Invoices, Invoice{Number: "F2", Date: day(2025, 1, 10), DueDate: day(2025, 2, 9), Principal: vordering.Euros(1), Accessories: decimal.New(5, 12)})
		}},
		// Dates: the zero date 1970-01-01 is "no date"; the span 1900–2199.
		{"Case.Invoices[0].DueDate", func(c *Case) { c.Invoices[0].DueDate = date.New(1970, 1, 1) }},
		{"Case.Acts[12].Date", func(c *Case) {
			for range 12 {
				c.Acts = append(c.Acts, Act{Kind: ActReminder, Date: day(2025, 2, 20)})
			}
			c.Acts = append(c.Acts, Act{Kind: ActReminder, Date: date.New(1970, 1, 1)})
		}},
		{"Case.Acts[0].Received", func(c *Case) { c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Received: day(2200, 1, 1)}} }},
		{"Case.StatusSince", func(c *Case) { c.StatusSince = day(2200, 1, 1) }},
		{"Case.Acts[0].Invoices[1]", func(c *Case) {
			c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Invoices: []string{"F1", "F9"}}}
		}},
	}
	for _, tt := range tests {
		c := beB2B()
		tt.edit(&c)
		for name, err := range entryPoints(c, asOf2025) {
			if !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), tt.field) {
				t.Errorf("%s: %s: got %v", tt.field, name, err)
			}
		}
	}
	// The bounds themselves are accepted: EUR 1e12, 1,000 children, 1,000
	// collections, a real date before 1970.
	c := beB2B()
	c.Invoices[0].Principal = decimal.New(1, 12)
	c.Profile = DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Children: garnishment.MaxChildren},
		EarlierCollections: 1000, FailedCollections: 1000, InsolvencyEvents: 1000}
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20)}}
	for name, err := range entryPoints(c, asOf2025) {
		if err != nil && !errors.Is(err, vordering.ErrNoRuleInForce) {
			t.Errorf("at the bounds: %s: %v", name, err)
		}
	}
}

// TestAsOfDate: every entry point checks its as-of date with
// vordering.CheckDate: the zero date (1970-01-01, "no date") and a date
// outside 1900–2199 are refused, a real day before 1970 is not.
func TestAsOfDate(t *testing.T) {
	for _, bad := range []date.Date{vordering.NoDate(), date.New(1970, 1, 1), day(1899, 12, 31), day(2200, 1, 1)} {
		for name, err := range entryPoints(beB2B(), bad) {
			if name == "Validate" || name == "ValidateHistory" {
				continue // no as-of date
			}
			if !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), "asOf") {
				t.Errorf("asOf %v: %s: %v", bad, name, err)
			}
		}
	}
	if _, err := Eligibility(beB2B(), day(1969, 12, 31)); err != nil {
		t.Errorf("asOf 1969-12-31: %v", err)
	}
}

// TestBefore1970: a real day before 1970 is a date like any other. Before,
// the zero date stood both for "no date" and for 1970-01-01, so a first
// act dated before 1970 was "too early" (earliest 1970-01-01) and a plan's
// first step was put on 1970-01-01. The flow allows a reminder once the
// invoice is due (art. 1139 oud BW, the flow's first rule), and a plan's
// earliest day is the as-of day when nothing else delays it (doc.go).
func TestBefore1970(t *testing.T) {
	c := beB2B()
	c.Invoices[0].Date, c.Invoices[0].DueDate = day(1965, 1, 10), day(1965, 2, 9)
	c.Acts = []Act{{Kind: ActReminder, Date: day(1965, 2, 15)}, {Kind: ActFormalNotice, Date: day(1965, 2, 20)}}
	if err := ValidateHistory(c); err != nil {
		t.Errorf("a history of 1965: %v", err)
	}
	c.Acts = nil
	asOf := day(1965, 3, 1)
	p := mustPlan(t, c, asOf)
	found := false
	for _, s := range p.Steps {
		if s.Act == ActReminder {
			found = true
			if s.Earliest != asOf {
				t.Errorf("reminder earliest %v, want the as-of day %v", s.Earliest, asOf)
			}
		}
	}
	if !found {
		t.Errorf("no reminder step in %+v", p.Steps)
	}
}

// tooMany returns n copies of a.
func tooMany[T any](n int, a T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = a
	}
	return s
}

// TestValidateTooLarge: a list beyond vordering.MaxItems, and acts that
// concern more than MaxInvoiceActPairs invoice-act pairs, are refused by
// every entry point with an error that names the list, before its
// elements are read (the error names no element). How fast: see
// BenchmarkValidateTooLarge.
func TestValidateTooLarge(t *testing.T) {
	act := Act{Kind: ActReminder, Date: day(2025, 2, 20)}
	inv := beB2B().Invoices[0]
	tests := []struct {
		field string
		edit  func(*Case)
	}{
		{"Case.Invoices", func(c *Case) { c.Invoices = tooMany(vordering.MaxItems+1, inv) }},
		{"Case.Acts", func(c *Case) { c.Acts = tooMany(vordering.MaxItems+1, Act{}) }},
		{"Case.Acts[1].Invoices", func(c *Case) {
			c.Acts = []Act{act, {Kind: ActReminder, Date: day(2025, 2, 20), Invoices: tooMany(vordering.MaxItems+1, "F1")}}
		}},
		// 1,001 invoices and 1,000 acts that name none: 1,001,000 pairs.
		{"Case.Acts", func(c *Case) {
			c.Invoices = numbered(1001, inv)
			c.Acts = tooMany(1000, act)
		}},
	}
	for _, tt := range tests {
		c := beB2B()
		tt.edit(&c)
		for name, err := range entryPoints(c, asOf2025) {
			if !errors.Is(err, vordering.ErrInvalidInput) || !strings.HasPrefix(strings.TrimPrefix(err.Error(), "invalid input: "), tt.field+" ") {
				t.Errorf("%s: %s: %v", tt.field, name, err)
			}
		}
	}
	// At the bound: 1,000 invoices and 1,000 acts that name none are
	// 1,000,000 pairs, accepted.
	c := beB2B()
	c.Invoices = numbered(1000, inv)
	c.Acts = tooMany(1000, act)
	if err := c.Validate(); err != nil {
		t.Errorf("1,000 x 1,000: %v", err)
	}
}

// numbered returns n copies of inv numbered F1, F2, ….
func numbered(n int, inv Invoice) []Invoice {
	s := make([]Invoice, n)
	for i := range s {
		s[i] = inv
		s[i].Number = "F" + strconv.Itoa(i+1)
	}
	return s
}

// BenchmarkValidateTooLarge: a case with MaxItems + 1 acts, and one whose
// acts concern too many invoice-act pairs, are refused in microseconds
// (the lengths are checked first).
func BenchmarkValidateTooLarge(b *testing.B) {
	long := beB2B()
	long.Acts = tooMany(vordering.MaxItems+1, Act{})
	pairs := beB2B()
	pairs.Invoices = numbered(vordering.MaxItems, pairs.Invoices[0])
	pairs.Acts = tooMany(vordering.MaxItems, Act{Kind: ActReminder, Date: day(2025, 2, 20)})
	for _, bc := range []struct {
		name string
		c    Case
	}{{"acts=MaxItems+1", long}, {"pairs=MaxItems^2", pairs}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Next(bc.c, asOf2025); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}

// TestNoExportedVariables: the package exports no variable (a caller could
// change what every later call reads): DefaultRanker and EnforcementKinds
// are functions.
func TestNoExportedVariables(t *testing.T) {
	fs := token.NewFileSet()
	pkgs, err := parser.ParseDir(fs, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		for name, f := range p.Files {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, s := range g.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						if n.IsExported() {
							t.Errorf("%s: exported variable %s", name, n.Name)
						}
					}
				}
			}
		}
	}
}
