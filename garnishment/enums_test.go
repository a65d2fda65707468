package garnishment

import (
	"encoding"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

type textEnum interface {
	encoding.TextMarshaler
	String() string
}

// Every defined value round-trips through MarshalText/UnmarshalText and
// String; an undefined value fails to marshal and a wrong name to unmarshal.
func TestEnumsRoundTrip(t *testing.T) {
	check := func(name string, v textEnum, back func([]byte) (textEnum, error)) {
		b, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if string(b) != v.String() {
			t.Errorf("%s: MarshalText %q != String %q", name, b, v.String())
		}
		got, err := back(b)
		if err != nil || got != v {
			t.Errorf("%s: round trip gave %v, %v", name, got, err)
		}
	}
	for k := Work; k <= Combined; k++ {
		check("IncomeKind", k, func(b []byte) (textEnum, error) { var x IncomeKind; err := x.UnmarshalText(b); return x, err })
	}
	for h := Single; h <= CoupleWithChildren; h++ {
		check("Household", h, func(b []byte) (textEnum, error) { var x Household; err := x.UnmarshalText(b); return x, err })
	}
	for s := Wage; s <= CareReimbursement; s++ {
		check("IncomeSource", s, func(b []byte) (textEnum, error) { var x IncomeSource; err := x.UnmarshalText(b); return x, err })
	}
	for z := SeizableWorkScale; z <= Unseizable; z++ {
		check("Seizability", z, func(b []byte) (textEnum, error) { var x Seizability; err := x.UnmarshalText(b); return x, err })
	}
	for g := GoodHousehold; g <= GoodOther; g++ {
		check("GoodCategory", g, func(b []byte) (textEnum, error) { var x GoodCategory; err := x.UnmarshalText(b); return x, err })
	}
	for p := NaturalPerson; p <= LegalPerson; p++ {
		check("Person", p, func(b []byte) (textEnum, error) { var x Person; err := x.UnmarshalText(b); return x, err })
	}
	bad := []textEnum{IncomeKind(9), Household(9), IncomeSource(0), Seizability(9), GoodCategory(0), Person(3)}
	for _, v := range bad {
		if _, err := v.MarshalText(); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s: marshal of undefined value: %v", v, err)
		}
		if !strings.Contains(v.String(), "(") {
			t.Errorf("undefined value prints as %q", v.String())
		}
	}
	var k IncomeKind
	var h Household
	var g GoodCategory
	for _, err := range []error{k.UnmarshalText([]byte("salary")), h.UnmarshalText([]byte("trio")), g.UnmarshalText([]byte("yacht"))} {
		if !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("unmarshal of a wrong name: %v", err)
		}
	}
	// The zero Household marshals as "" so that Belgian incomes encode.
	if b, err := Household(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero household: %q %v", b, err)
	}
}

// Results and inputs marshal to JSON and back.
func TestJSON(t *testing.T) {
	in := Income{Net: eur("2000"), Kind: Replacement, Children: 2}
	r, err := Seizable(vordering.BE, date.New(2025, 3, 1), in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"country":"BE"`, `"kind":"replacement"`, `"seizable":"172"`, `"asOf":"2025-03-01"`, `"rounding":"half-up"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("JSON lacks %s: %s", s, b)
		}
	}
	var back Income
	ib, _ := json.Marshal(in)
	if err := json.Unmarshal(ib, &back); err != nil || !back.Net.Equal(in.Net) || back.Kind != in.Kind || back.Children != 2 {
		t.Errorf("Income round trip: %+v %v (%s)", back, err, ib)
	}
	g, err := CheckGoods(date.New(2024, 1, 1), NaturalPerson, []Good{{Category: GoodMobilePhone, Value: eur("100")}})
	if err != nil {
		t.Fatal(err)
	}
	if b, err := json.Marshal(g); err != nil || !strings.Contains(string(b), `"category":"mobile-phone"`) {
		t.Errorf("goods JSON: %s %v", b, err)
	}
}
