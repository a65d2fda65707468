package vordering

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestCountryText(t *testing.T) {
	for _, c := range Countries() {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", c, err)
		}
		var back Country
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("round trip %v -> %q -> %v, %v", c, b, back, err)
		}
	}
	if got := NL.String(); got != "NL" {
		t.Errorf("NL.String() = %q", got)
	}
	if _, err := Country(0).MarshalText(); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("Country(0).MarshalText err = %v, want ErrInvalidInput", err)
	}
	var c Country
	if err := c.UnmarshalText([]byte("FR")); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("UnmarshalText(FR) err = %v, want ErrInvalidInput", err)
	}
	if c, err := ParseCountry("be"); err != nil || c != BE {
		t.Errorf("ParseCountry(be) = %v, %v", c, err)
	}
}

func TestPartyKindJSON(t *testing.T) {
	type wrap struct{ K PartyKind }
	for _, k := range []PartyKind{Consumer, Enterprise, PublicBody} {
		b, err := json.Marshal(wrap{k})
		if err != nil {
			t.Fatal(err)
		}
		var back wrap
		if err := json.Unmarshal(b, &back); err != nil || back.K != k {
			t.Errorf("JSON round trip of %v via %s: %v, %v", k, b, back.K, err)
		}
	}
	if got := PublicBody.String(); got != "public-body" {
		t.Errorf("PublicBody.String() = %q", got)
	}
	var k PartyKind
	err := k.UnmarshalText([]byte("merchant"))
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "PartyKind" || ie.Value != "merchant" {
		t.Errorf("UnmarshalText(merchant) err = %#v, want InputError naming field and value", err)
	}
	if PartyKind(0).Valid() || PartyKind(9).String() != "PartyKind(9)" {
		t.Error("undefined party kinds must be invalid and print their number")
	}
}

func TestRounding(t *testing.T) {
	// Hand-computed: each rule applied to the half-cent and to a negative half-cent.
	cases := []struct {
		in   string
		rule RoundingRule
		want string
	}{
		{"2.345", HalfUp, "2.35"},
		{"-2.345", HalfUp, "-2.35"},
		{"2.345", HalfEven, "2.34"},
		{"2.355", HalfEven, "2.36"},
		{"2.341", Up, "2.35"},
		{"2.349", Down, "2.34"},
	}
	for _, c := range cases {
		got := RoundCents(decimal.RequireFromString(c.in), c.rule)
		if !got.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("RoundCents(%s, %v) = %s, want %s", c.in, c.rule, got, c.want)
		}
	}
	if !Cents(4050).Equal(decimal.RequireFromString("40.50")) || !Euros(40).Equal(decimal.NewFromInt(40)) {
		t.Error("Cents/Euros literal helpers are wrong")
	}
	if !Percent(825, 2).Equal(decimal.RequireFromString("0.0825")) {
		t.Errorf("Percent(825,2) = %s, want 0.0825", Percent(825, 2))
	}
	// Div ignores the package-level DivisionPrecision of shopspring/decimal.
	old := decimal.DivisionPrecision
	decimal.DivisionPrecision = 2
	defer func() { decimal.DivisionPrecision = old }()
	if got := Div(decimal.NewFromInt(1), decimal.NewFromInt(3)); got.String() != "0.3333333333333333" {
		t.Errorf("Div(1,3) = %s", got)
	}
}

func TestCitationString(t *testing.T) {
	c := Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 53", Publication: "BS 31.10.1967"}
	if got, want := c.String(), "Gerechtelijk Wetboek art. 53 (BS 31.10.1967)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if !(Citation{}).IsZero() || c.IsZero() {
		t.Error("IsZero wrong")
	}
}

func TestRoundingRuleText(t *testing.T) {
	for _, r := range []RoundingRule{HalfUp, HalfEven, Up, Down} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back RoundingRule
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("round trip %v via %q: %v, %v", r, b, back, err)
		}
	}
	var r RoundingRule
	if err := r.UnmarshalText([]byte("bankers")); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("UnmarshalText(bankers) err = %v", err)
	}
	if _, err := RoundingRule(7).MarshalText(); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("RoundingRule(7).MarshalText err = %v", err)
	}
}

func TestParseDate(t *testing.T) {
	good := map[string]string{
		"2025-06-30": "2025-06-30",
		"2024-02-29": "2024-02-29", // leap year
		"0001-01-01": "0001-01-01",
	}
	for in, want := range good {
		d, err := ParseDate(in)
		if err != nil || d.String() != want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", in, d, err, want)
		}
	}
	// Each of these is rejected; "00000-00" makes date.ParseISO panic.
	for _, in := range []string{"", "00000-00", "2025-13-01", "2025-02-29", "2023-02-30", "2025-6-30",
		"2025/06/30", "0000-01-01", "+025-06-30", "2025-06-3x", "2025-06-30T00:00"} {
		if _, err := ParseDate(in); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("ParseDate(%q) err = %v, want ErrInvalidInput", in, err)
		}
	}
}

// One court type: both spellings that packages used decode, every court
// round-trips, and the country of each is the one of its legal system.
func TestCourt(t *testing.T) {
	for c := JusticeOfThePeace; c <= CassationCourt; c++ {
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Court
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("%v: %v %v", c, back, err)
		}
	}
	var c Court
	if c.UnmarshalText([]byte("kanton")) != nil || c != SubdistrictCourt || c.UnmarshalText([]byte("vredegerecht")) != nil || c != JusticeOfThePeace {
		t.Error("the names package costs used no longer decode")
	}
	if c.UnmarshalText([]byte("x")) == nil || Court(0).Valid() || Court(11).Valid() {
		t.Error("an unknown court is accepted")
	}
	if SubdistrictCourt.Country() != NL || PoliceCourt.Country() != BE || AppealCourt.Country() != 0 || Court(0).Country() != 0 {
		t.Error("Court.Country")
	}
}
