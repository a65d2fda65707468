package main

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Two defences against hostile input: the plan must not run code in the
// spreadsheet that opens it, and the messages must not drive the terminal
// that shows them.

// formulaStart holds the characters that make a spreadsheet read a cell as
// a formula when the cell starts with one of them: =, +, -, @, tab and
// carriage return (OWASP, "CSV Injection").
const formulaStart = "=+-@\t\r"

// neutralise returns cell prefixed with a single quote when it starts with
// a formula character, so that a spreadsheet shows it as text; any other
// cell is returned as it is.
func neutralise(cell string) string {
	if cell != "" && strings.IndexByte(formulaStart, cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}

// numericOut marks the output columns that hold a number the program
// formats itself (a line number, an amount written with StringFixed, a
// count). They are written as they are, so that a spreadsheet reads them as
// numbers, even negative ones; every other column is neutralised.
var numericOut = func() []bool {
	numeric := map[string]bool{
		"line": true, "outstanding": true, "debtor_charge": true, "creditor_risk": true,
		"enforcement_monthly": true, "enforcement_months_to_clear": true,
	}
	m := make([]bool, len(outColumns))
	for i, c := range outColumns {
		m[i] = numeric[c]
	}
	return m
}()

// safeRow neutralises, in place, every cell of an output row but the
// numbers the program wrote (numericOut), and returns the row. Text cells
// are neutralised whatever their origin: the case reference and the
// debtor's name come from the input, and the reasons may quote it.
func safeRow(row []string) []string {
	for i := range row {
		if i >= len(numericOut) || !numericOut[i] {
			row[i] = neutralise(row[i])
		}
	}
	return row
}

// maxMessageBytes bounds one message on stderr, so that a 64 KiB value
// quoted in an error does not flood the terminal.
const maxMessageBytes = 4096

// escapeControls returns s with every rune that is not printable written
// as a Go escape, as strconv.Quote writes it: control characters (ESC
// becomes \x1b, so no terminal escape sequence survives), C1 controls, line
// and paragraph separators, bidirectional and other format characters
// (\u202e) and white space other than the ASCII space; a byte that is not
// UTF-8 becomes \xNN. The runes of keep are left as they are. A backslash
// is not escaped: the result is for a person to read, not to unquote.
func escapeControls(s, keep string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])>>4, 16))
			b.WriteString(strconv.FormatUint(uint64(s[i])&0xf, 16))
		case strconv.IsPrint(r) || strings.ContainsRune(keep, r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRune(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

// writeMessage writes msg to w as one line: the line breaks that join
// several errors become "; ", every other control character is escaped
// (escapeControls), and a message longer than maxMessageBytes is cut.
// Input cannot contain a line break (a record is one line), so every line
// break in a message is the program's own.
func writeMessage(w io.Writer, msg string) {
	msg = escapeControls(strings.ReplaceAll(msg, "\n", "; "), "")
	if len(msg) > maxMessageBytes {
		cut := maxMessageBytes
		for cut > 0 && !utf8.RuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + " [… message cut at " + strconv.Itoa(maxMessageBytes) + " bytes]"
	}
	_, _ = io.WriteString(w, msg+"\n")
}

// escapingWriter escapes control characters (escapeControls), but line
// breaks and tabs, in everything written through it. The flag package
// writes its messages, which quote the command line, through one.
type escapingWriter struct{ w io.Writer }

func (e escapingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(e.w, escapeControls(string(p), "\n\t")); err != nil {
		return 0, err
	}
	return len(p), nil
}
