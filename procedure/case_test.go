package procedure

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// Bad input is an error wrapping ErrInvalidInput that names the field.
func TestValidate(t *testing.T) {
	if err := beB2B().Validate(); err != nil {
		t.Fatalf("base case: %v", err)
	}
	tests := []struct {
		field string
		edit  func(*Case)
	}{
		{"Case.Country", func(c *Case) { c.Country = 0 }},
		{"Case.Debtor.Kind", func(c *Case) { c.Debtor.Kind = 9 }},
		{"Case.Creditor.Domicile", func(c *Case) { c.Creditor.Domicile = "be" }},
		{"Case.Debtor.RegisterCountry", func(c *Case) { c.Debtor.RegisterCountry = "BEL" }},
		{"Case.Debtor.SoleTrader", func(c *Case) { c.Debtor.Kind, c.Debtor.SoleTrader = vordering.Consumer, true }},
		{"Case.Matter", func(c *Case) { c.Matter = 99 }},
		{"Case.Status", func(c *Case) { c.Status = 99 }},
		{"Case.Invoices", func(c *Case) { c.Invoices = nil }},
		{"Case.Invoices[0].Number", func(c *Case) { c.Invoices[0].Number = "" }},
		{"Case.Invoices[1].Number", func(c *Case) { c.Invoices = append(c.Invoices, c.Invoices[0]) }},
		{"Case.Invoices[0].Date", func(c *Case) { c.Invoices[0].Date = vordering.NoDate() }},
		{"Case.Invoices[0].DueDate", func(c *Case) { c.Invoices[0].DueDate = day(2024, 1, 1) }},
		{"Case.Invoices[0].DueDate", func(c *Case) { c.Invoices[0].DueDate = day(2300, 1, 1) }},
		{"Case.Invoices[0].Principal", func(c *Case) { c.Invoices[0].Principal = decimal.Zero }},
		{"Case.Invoices[0].Principal", func(c *Case) { c.Invoices[0].Principal = decimal.New(1, 999999999) }},
		{"Case.Invoices[0].Accessories", func(c *Case) { c.Invoices[0].Accessories = vordering.Euros(-1) }},
		{"Case.Invoices[0].Accessories", func(c *Case) { c.Invoices[0].Accessories = decimal.New(1, -20) }},
		{"Case.Invoices[0].Nature", func(c *Case) { c.Invoices[0].Nature = 77 }},
		{"Case.Acts[0].Kind", func(c *Case) { c.Acts = []Act{{Kind: 0, Date: day(2025, 2, 20)}} }},
		{"Case.Acts[0].Outcome", func(c *Case) { c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Outcome: 50}} }},
		{"Case.Acts[0].Date", func(c *Case) { c.Acts = []Act{{Kind: ActReminder}} }},
		{"Case.Acts[0].Received", func(c *Case) {
			c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Received: day(2025, 2, 19)}}
		}},
		{"Case.Acts[0].Invoices", func(c *Case) {
			c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Invoices: []string{"NOPE"}}}
		}},
		{"Case.StatusSince", func(c *Case) { c.StatusSince = day(1800, 1, 1) }},
	}
	for _, tt := range tests {
		c := beB2B()
		tt.edit(&c)
		err := c.Validate()
		if !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), tt.field) {
			t.Errorf("%s: got %v", tt.field, err)
		}
		if _, err := Eligibility(c, asOf2025); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s: Eligibility err = %v", tt.field, err)
		}
	}
	for _, bad := range []date.Date{{}, day(1899, 12, 31), day(2200, 1, 1)} {
		if _, err := Eligibility(beB2B(), bad); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("asOf %v: %v", bad, err)
		}
	}
}

// Every enum round-trips through its text form; undefined values fail.
func TestEnumsText(t *testing.T) {
	type textEnum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	check := func(name string, vals []textEnum, parse func([]byte) (textEnum, error), bad textEnum) {
		for _, v := range vals {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			back, err := parse(b)
			if err != nil || back != v {
				t.Errorf("%s %q: round trip gave %v, %v", name, b, back, err)
			}
		}
		if _, err := bad.MarshalText(); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s undefined MarshalText: %v", name, err)
		}
		if _, err := parse([]byte("no-such-value")); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s parse garbage: %v", name, err)
		}
	}
	var sts []textEnum
	for s := StatusNone; s <= StatusInInstitution; s++ {
		sts = append(sts, s)
	}
	check("DebtorStatus", sts, func(b []byte) (textEnum, error) { var v DebtorStatus; err := v.UnmarshalText(b); return v, err }, DebtorStatus(200))
	var rts []textEnum
	for r := RouteBEReminder; r <= RouteNLRechtbank; r++ {
		rts = append(rts, r)
	}
	check("Route", rts, func(b []byte) (textEnum, error) { var v Route; err := v.UnmarshalText(b); return v, err }, Route(0))
	var rcs []textEnum
	for r := ReasonNotInForce; r <= ReasonCourt; r++ {
		rcs = append(rcs, r)
	}
	check("ReasonCode", rcs, func(b []byte) (textEnum, error) { var v ReasonCode; err := v.UnmarshalText(b); return v, err }, ReasonCode(0))
	var aks []textEnum
	for k := ActReminder; k <= ActPayment; k++ {
		aks = append(aks, k)
	}
	check("ActKind", aks, func(b []byte) (textEnum, error) { var v ActKind; err := v.UnmarshalText(b); return v, err }, ActKind(0))
	var ocs []textEnum
	for o := OutcomeNone; o <= OutcomeUndeliverable; o++ {
		ocs = append(ocs, o)
	}
	check("Outcome", ocs, func(b []byte) (textEnum, error) { var v Outcome; err := v.UnmarshalText(b); return v, err }, Outcome(99))
	var nts []textEnum
	for n := NatureUnspecified; n <= NatureUtility; n++ {
		nts = append(nts, n)
	}
	check("Nature", nts, func(b []byte) (textEnum, error) { var v Nature; err := v.UnmarshalText(b); return v, err }, Nature(99))
	var ars []textEnum
	for a := AddresseeDebtor; a <= AddresseeNone; a++ {
		ars = append(ars, a)
	}
	check("AddresseeRole", ars, func(b []byte) (textEnum, error) { var v AddresseeRole; err := v.UnmarshalText(b); return v, err }, AddresseeRole(0))
	var acs []textEnum
	for a := AddressDomicile; a <= AddressNone; a++ {
		acs = append(acs, a)
	}
	check("AddressChoice", acs, func(b []byte) (textEnum, error) { var v AddressChoice; err := v.UnmarshalText(b); return v, err }, AddressChoice(0))
	var sps []textEnum
	for s := ActivityLetter; s <= ActivityDirectPayment; s++ {
		sps = append(sps, s)
	}
	check("Step", sps, func(b []byte) (textEnum, error) { var v Activity; err := v.UnmarshalText(b); return v, err }, Activity(0))
	if got := Route(42).String(); got != "Route(42)" {
		t.Errorf("Route(42).String() = %q", got)
	}
}

// A Case and an Assessment marshal to JSON and the case reads back equal.
func TestJSON(t *testing.T) {
	c := beB2B()
	c.Acts = []Act{{Kind: ActReminder, Date: day(2025, 2, 20), Outcome: OutcomeNoReaction}}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Case
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Errorf("round trip:\n%s\n%s", b, b2)
	}
	a := mustAssess(t, c, asOf2025)
	out, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"route":"be-ios"`, `"asOf":"2025-03-03"`, `"addressee":{"role":"debtor"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
}

// Assessment helpers.
func TestAssessmentHelpers(t *testing.T) {
	a := mustAssess(t, beB2B(), asOf2025)
	if _, ok := a.Route(RouteNLKanton); ok {
		t.Error("BE assessment has an NL route")
	}
	open := a.Open()
	if len(open) != 5 { // all BE routes but the petition
		t.Errorf("open routes %v", open)
	}
	p, acc := beB2B().Total()
	if !p.Equal(vordering.Euros(1200)) || !acc.Equal(vordering.Euros(100)) {
		t.Errorf("Total = %v, %v", p, acc)
	}
}
