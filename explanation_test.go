package vordering

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

// TestValueJSONRoundTrip checks the wire form documented on Value: each kind
// writes exactly its own field, numbers as decimal strings, and an
// open-ended band as "upTo": null; and each form reads back to the same
// value.
func TestValueJSONRoundTrip(t *testing.T) {
	day := date.New(2026, 3, 2)
	cases := []struct {
		v    Value
		want string
	}{
		{AmountValue(decimal.RequireFromString("1234.50")), `{"kind":"amount","amount":"1234.5"}`},
		{RateValue(decimal.RequireFromString("0.1015")), `{"kind":"rate","rate":"0.1015"}`},
		{BandValue(decimal.RequireFromString("1000"), decimal.NullDecimal{}), `{"kind":"band","from":"1000","upTo":null}`},
		{BandValue(decimal.Zero, decimal.NewNullDecimal(decimal.RequireFromString("2500"))), `{"kind":"band","from":"0","upTo":"2500"}`},
		{DateValue(day), `{"kind":"date","date":"2026-03-02"}`},
		{DaysValue(14), `{"kind":"days","days":14}`},
		{TextValue("justice-of-the-peace"), `{"kind":"text","text":"justice-of-the-peace"}`},
		{FlagValue(false), `{"kind":"flag","flag":false}`},
		{Value{}, `{"kind":"none"}`},
	}
	for _, c := range cases {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Fatalf("%v: %v", c.v, err)
		}
		if string(b) != c.want {
			t.Errorf("marshal %v = %s, want %s", c.v, b, c.want)
		}
		var back Value
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		if back.String() != c.v.String() || back.Kind != c.v.Kind || back.UpTo.Valid != c.v.UpTo.Valid {
			t.Errorf("round trip %s gave %v, want %v", b, back, c.v)
		}
	}
}

func TestValueJSONRejects(t *testing.T) {
	for _, in := range []string{
		`{"kind":"amount"}`,                   // the field the kind names is missing
		`{"kind":"amount","amount":"1e3"}`,    // exponent: not a plain decimal
		`{"kind":"amount","amount":"abc"}`,    // not a number
		`{"kind":"date","date":"2026-02-30"}`, // no such day
		`{"kind":"money","amount":"1"}`,       // no such kind
		`{"kind":"days"}`,
	} {
		var v Value
		if err := json.Unmarshal([]byte(in), &v); err == nil {
			t.Errorf("%s: accepted as %v", in, v)
		}
	}
}

// TestStepString checks the one-line rendering used by every package's
// explanation: what, value, rule and citation, each only when present.
func TestStepString(t *testing.T) {
	s := Step{
		What:     "Term ends",
		Value:    DateValue(date.New(2025, 9, 15)),
		Rule:     "move-to-working-day",
		Citation: Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 53"},
	}
	want := "Term ends: 2025-09-15 [move-to-working-day] (Gerechtelijk Wetboek art. 53)"
	if got := s.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := (Step{What: "Debtor is a consumer"}).String(); got != "Debtor is a consumer" {
		t.Errorf("bare step: %q", got)
	}
	if got := BandValue(decimal.New(1000, 0), decimal.NullDecimal{}).String(); got != "EUR 1000.00 and more" {
		t.Errorf("open band: %q", got)
	}
	if got := RateValue(decimal.RequireFromString("0.1015")).String(); got != "10.15 %" {
		t.Errorf("rate: %q", got)
	}
}

// FuzzStepJSON feeds arbitrary bytes to the decoding of an explanation
// step: never a panic, every error wraps ErrInvalidInput, and whatever
// decodes marshals again and decodes back to the same rendering.
func FuzzStepJSON(f *testing.F) {
	f.Add([]byte(`{"what":"x","value":{"kind":"band","from":"1","upTo":null},"rule":"r","citation":{"instrument":"BW"}}`))
	f.Add([]byte(`{"what":"x","value":{"kind":"date","date":"2024-02-29"}}`))
	f.Add([]byte(`{"value":{"kind":"days","days":-3}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Step
		if err := json.Unmarshal(b, &s); err != nil {
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("marshal error not ErrInvalidInput: %v", err)
			}
			return
		}
		var back Step
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s does not decode back: %v", out, err)
		}
		if back.String() != s.String() {
			t.Fatalf("round trip %q became %q", s, back)
		}
	})
}
