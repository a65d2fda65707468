package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestNeutralise checks the OWASP rule (a cell starting with =, +, -, @, tab
// or carriage return gets a leading single quote) and that nothing else is
// touched: a formula character later in the cell is harmless, and a quote
// already there is kept.
func TestNeutralise(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x","y")`: `'=HYPERLINK("http://x","y")`,
		"+31 20 123":                 "'+31 20 123",
		"-2+3":                       "'-2+3",
		"@SUM(A1)":                   "'@SUM(A1)",
		"\t=1":                       "'\t=1",
		"\r=1":                       "'\r=1",
		"Jan = Piet":                 "Jan = Piet",
		"'=1":                        "'=1",
		"":                           "",
		"reminder@2025-01-10":        "reminder@2025-01-10",
	} {
		if got := neutralise(in); got != want {
			t.Errorf("neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSafeRow: the numbers the program writes stay as they are, even
// negative ones; every text cell is neutralised. The columns are named, so
// the test follows outColumns if it changes.
func TestSafeRow(t *testing.T) {
	row := make([]string, len(outColumns))
	for i, c := range outColumns {
		row[i] = "-1"
		if c == "debtor" {
			row[i] = "=1+1"
		}
	}
	safeRow(row)
	numbers := map[string]bool{"line": true, "outstanding": true, "debtor_charge": true, "creditor_risk": true,
		"enforcement_monthly": true, "enforcement_months_to_clear": true}
	for i, c := range outColumns {
		want := "'-1"
		switch {
		case numbers[c]:
			want = "-1"
		case c == "debtor":
			want = "'=1+1"
		}
		if row[i] != want {
			t.Errorf("%s: %q, want %q", c, row[i], want)
		}
	}
}

// TestEscapeControls: each kind of character a terminal acts on comes out
// as a Go escape (the spellings are strconv.QuoteRune's), printable text of
// any script is kept, and the runes of keep pass.
func TestEscapeControls(t *testing.T) {
	for _, c := range []struct{ in, keep, want string }{
		{"plain ASCII, \\ and \"quotes\"", "", "plain ASCII, \\ and \"quotes\""},
		{"Müller 東京 €", "", "Müller 東京 €"},
		{"\x1b[2J\x1b]0;title\x07", "", `\x1b[2J\x1b]0;title\a`},
		{"a\rb\nc\td\x7f", "", `a\rb\nc\td\x7f`},
		{"a\nb\tc\rd", "\n\t", "a\nb\tc\\rd"},
		{"c1 \u009b31m", "", `c1 \u009b31m`},
		{"bidi \u202eevil\u202c", "", `bidi \u202eevil\u202c`},
		{"nbsp\u00a0ls\u2028", "", `nbsp\u00a0ls\u2028`},
		{"bad \xff\xc3 utf8", "", `bad \xff\xc3 utf8`},
	} {
		if got := escapeControls(c.in, c.keep); got != c.want {
			t.Errorf("escapeControls(%q, %q) = %q, want %q", c.in, c.keep, got, c.want)
		}
	}
}

// TestWriteMessage: one line per message, joined errors separated by "; ",
// controls escaped, and a message over maxMessageBytes cut on a rune
// boundary with a note.
func TestWriteMessage(t *testing.T) {
	var b bytes.Buffer
	writeMessage(&b, "line 3: skipped: a\nb \x1b[31mred")
	if got, want := b.String(), "line 3: skipped: a; b \\x1b[31mred\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	b.Reset()
	writeMessage(&b, strings.Repeat("é", maxMessageBytes)) // 2 bytes each
	got := b.String()
	if !strings.HasSuffix(got, " [… message cut at 4096 bytes]\n") || !strings.HasPrefix(got, strings.Repeat("é", maxMessageBytes/2)+" [") {
		t.Errorf("cut message: %d bytes, ends %q", len(got), got[len(got)-40:])
	}
}
