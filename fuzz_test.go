package vordering

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
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
