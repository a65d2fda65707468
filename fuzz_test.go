package vordering

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

// FuzzUnmarshalText feeds arbitrary text to the enum decoders: they never
// panic, reject with ErrInvalidInput, and round-trip whatever they accept.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"BE", "nl", "consumer", "public-body", "", "\x00", "Enterprise"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Country
		if err := c.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("Country %q: error %v does not wrap ErrInvalidInput", s, err)
			}
		} else if b, err := c.MarshalText(); err != nil || !c.Valid() || len(b) != 2 {
			t.Fatalf("Country %q accepted as %v but does not marshal back: %q, %v", s, c, b, err)
		}
		var k PartyKind
		if err := k.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("PartyKind %q: error %v does not wrap ErrInvalidInput", s, err)
			}
		} else if b, err := k.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("PartyKind %q accepted as %v but marshals to %q, %v", s, k, b, err)
		}
	})
}

// FuzzParseDate: never panics, and every accepted string reads back as itself.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-06-30", "00000-00", "2024-02-29", "9999-12-31", "2025-13-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("ParseDate(%q): %v does not wrap ErrInvalidInput", s, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) = %s", s, d)
		}
	})
}

// FuzzPolicyJSON decodes arbitrary JSON into a Policy and a Confidence: no
// panic; a rejected level wraps ErrInvalidInput; an accepted Policy either
// validates or is rejected by Validate with ErrInvalidInput, and an
// accepted level marshals back to the name it was read from (any case).
func FuzzPolicyJSON(f *testing.F) {
	for _, s := range []string{`{"minimum":"two-sources","carryForward":true}`, `{"minimum":"sure"}`, `{}`, `{"minimum":3}`, `"one-source"`, `"PRIMARY-TEXT"`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p Policy
		if err := json.Unmarshal([]byte(s), &p); err == nil {
			if err := p.Validate(); err != nil && !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("Validate(%+v): %v wraps no sentinel", p, err)
			}
		}
		var c Confidence
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		if c == 0 {
			return // JSON null leaves the zero value
		}
		b, err := c.MarshalText()
		if err != nil || !c.Valid() {
			t.Fatalf("accepted %q as %v, which does not marshal: %v", s, c, err)
		}
		var raw string
		if err := json.Unmarshal([]byte(s), &raw); err != nil || !strings.EqualFold(raw, string(b)) {
			t.Fatalf("accepted %q as %v, marshals to %q", s, c, b)
		}
	})
}

// FuzzParseRows reads arbitrary text as a rows file of a plain and of a
// struct-valued table: no panic; an error wraps ErrInvalidInput; accepted
// rows are marked supplied and survive WriteRows/ParseRows unchanged; and
// Supply either accepts them into a table or refuses them with
// ErrInvalidInput.
func FuzzParseRows(f *testing.F) {
	f.Add("from,until,value,instrument\n2027-01-01,2027-06-30,0.05,BW\n")
	f.Add("from,until,t1,child,temporary,instrument,sources\n2027-01-01,,1450,90,true,GW,a;b\n")
	f.Add("\ufefffrom,value,instrument\n# comment\n2027-02-30,x,\"unclosed\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := ParseRows[decimal.Decimal](strings.NewReader(s))
		if err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
		} else {
			var buf bytes.Buffer
			if err := WriteRows(&buf, rows); err != nil {
				t.Fatal(err)
			}
			back, err := ParseRows[decimal.Decimal](&buf)
			if err != nil || len(back) != len(rows) {
				t.Fatalf("round trip: %v, %d rows of %d", err, len(back), len(rows))
			}
			for i := range rows {
				if rows[i].Known != Supplied || !back[i].Value.Equal(rows[i].Value) || back[i].From != rows[i].From || back[i].Cite != rows[i].Cite {
					t.Fatalf("row %d: %+v became %+v", i, rows[i], back[i])
				}
			}
			base := NewTimeline("t", Row[decimal.Decimal]{From: date.New(2020, 1, 1), Until: date.New(2020, 12, 31), Cite: testCite}).With(Meta{Known: TwoSources})
			if _, err := Supply(base, rows...); err != nil && !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("Supply: %v", err)
			}
		}
		if _, err := ParseRows[testThresholds](strings.NewReader(s)); err != nil && !errors.Is(err, ErrInvalidInput) {
			t.Fatalf("struct table: %v wraps no sentinel", err)
		}
	})
}
