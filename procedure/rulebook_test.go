package procedure

import (
	"strings"
	"testing"
)

// Every table of the package is in the rulebook, with a cell per column, and
// the figures read back as the tables hold them.
func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// 3 BE IOS/SRP tables, the NL aanmaning fee, 2 public-scope tables, 4
	// BE and 3 NL prescription terms, 2 status tables, 2 flow tables, 2
	// actor tables.
	if len(tables) != 19 {
		t.Fatalf("Rulebook() has %d tables, want 19", len(tables))
	}
	cells := map[string]string{}
	for _, tb := range tables {
		if tb.Title == "" || len(tb.Columns) == 0 || len(tb.Rows) == 0 || tb.Package != "procedure" {
			t.Errorf("table %q is incomplete", tb.Title)
		}
		for i, r := range tb.Rows {
			if len(r.Cells) != len(tb.Columns) {
				t.Errorf("%s row %d: %d cells for %d columns", tb.Title, i, len(r.Cells), len(tb.Columns))
			}
			if r.Cite.Instrument == "" {
				t.Errorf("%s row %d is not cited", tb.Title, i)
			}
			if len(r.Cells) > 0 {
				cells[tb.Title+"/"+r.Cells[0]] = strings.Join(r.Cells, "|")
			}
		}
	}
	// be_srp_ceiling.go: the EUR 1,860 of art. 1338 Ger.W.
	if got := cells["BE summary payment order ceiling (art. 1338 Ger.W.)/1860.00"]; got == "" {
		t.Error("SRP ceiling 1860.00 missing from the rulebook")
	}
	// nl_prescription_terms.go: five years under art. 3:307 BW.
	if got := cells["NL prescription of contractual claims (art. 3:307 BW)/5 years"]; got == "" {
		t.Error("art. 3:307 five-year term missing from the rulebook")
	}
	// be_debtor_status.go: a collective debt settlement sends letters to the mediator.
	if got := cells["BE effects of the debtor's status/collective-debt-settlement"]; !strings.Contains(got, "mediator") {
		t.Errorf("collective debt settlement row = %q, want the mediator as addressee", got)
	}
}
