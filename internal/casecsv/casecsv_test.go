package casecsv

import (
	"strings"
	"testing"

	"github.com/vordering/vordering"
)

func row(m map[string]string) func(string) string {
	return func(col string) string { return m[col] }
}

// TestCaseDefaultsAndErrors: the defaults fill only what the row leaves
// out, and every bad column is reported by name.
func TestCaseDefaultsAndErrors(t *testing.T) {
	d := Defaults{CreditorName: "C", DebtorKind: vordering.Consumer, InvoiceNumber: "1"}
	c, err := Case(row(map[string]string{"country": "BE", "invoice_date": "2025-01-10", "due_date": "2025-02-09",
		"principal": "1200.00", "history": "reminder@2025-02-20", "children": "2"}), d)
	if err != nil {
		t.Fatal(err)
	}
	if c.Debtor.Kind != vordering.Consumer || c.Invoices[0].Number != "1" || c.Creditor.Name != "C" ||
		len(c.Acts) != 1 || c.Profile.Income.Children != 2 || c.Debtor.Domicile != "BE" {
		t.Errorf("case %+v", c)
	}
	c, err = Case(row(map[string]string{"country": "NL", "debtor_kind": "enterprise", "invoice_number": "F9",
		"invoice_date": "2025-01-10", "due_date": "2025-02-30", "principal": "x", "history": "reminder"}), d)
	if err == nil {
		t.Fatal("bad row accepted")
	}
	for _, want := range []string{"due_date: want a calendar day", "principal: want an amount", `history: act "reminder"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if c.Debtor.Kind != vordering.Enterprise || c.Invoices[0].Number != "F9" {
		t.Errorf("row values must win over defaults: %+v", c)
	}
}
