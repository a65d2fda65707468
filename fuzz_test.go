package vordering

import (
	"errors"
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
