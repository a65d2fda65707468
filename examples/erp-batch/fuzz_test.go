package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rickb777/date"
)

// FuzzRun feeds arbitrary bytes to the batch planner and checks what the
// package comment promises, for every input:
//
//   - it never panics;
//   - an error that stops the run wraps errHeader, errEncoding, errRead or
//     errWrite, and every skipped row's error wraps errMalformed,
//     errInvalidRow or errUnplannable;
//   - every record is counted: the lines that are neither empty nor a
//     comment, after the header, are exactly the rows planned plus the
//     rows skipped (counted here from the raw bytes, independently of the
//     reader);
//   - each skipped row is reported on stderr, one printable line each,
//     "line N: skipped: …", N being a record line;
//   - the plan is valid CSV with one row per planned case, in input order,
//     each from a record line that was not skipped;
//   - no text cell starts with a formula character (it is neutralised
//     with a leading quote), and the numeric cells are plain numbers.
func FuzzRun(f *testing.F) {
	header := strings.Join(columns, ",")
	f.Add([]byte(header + "\n"))
	f.Add([]byte(header + "\n" + strings.Repeat(",", len(columns)-1) + "\n"))
	f.Add([]byte("not,a,header\n1,2,3\n"))
	f.Add([]byte(header + "\n\"unterminated\n"))
	f.Add(sample)
	// The hardening issue's cases, on a good row of the sample.
	good := sampleGood(f)
	row := strings.TrimSuffix(encode(good[0]), "\n")
	f.Add([]byte(utf8BOM + header + "\r\n" + row + "\r\n"))
	f.Add([]byte(header + "\n\"" + row + "\n" + row + "\n"))
	f.Add([]byte(header + "\n" + strings.Replace(row, "Inge", "=HYPERLINK(\"x\")", 1) + "\n"))
	f.Add([]byte(header + "\n" + strings.Replace(row, "C00001", "-1+2", 1) + "\n"))
	f.Add([]byte(header + "\n" + strings.Replace(row, "NL", "\x1b[2J\u202e", 1) + "\n"))
	f.Add([]byte("# c\n\n" + header + ",extra\n" + row + ",x\n" + row + "\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errw bytes.Buffer
		var skipped []*rowError
		st, err := plan(bytes.NewReader(in), &out, date.New(2025, 6, 30), func(e *rowError) {
			skipped = append(skipped, e)
			writeMessage(&errw, e.Error()) // as run does
		})
		if err != nil {
			if !isAny(err, errHeader, errEncoding, errRead, errWrite) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		records := recordLines(in)
		if len(records) == 0 {
			t.Fatal("a header was read but no record line was found")
		}
		records = records[1:] // the header
		if st.planned+st.skipped != len(records) || len(skipped) != st.skipped {
			t.Fatalf("%d record lines, but %d planned + %d skipped (%d reported)", len(records), st.planned, st.skipped, len(skipped))
		}
		skippedLines := map[int]bool{}
		for _, e := range skipped {
			if !isAny(e, errMalformed, errInvalidRow, errUnplannable) {
				t.Fatalf("skipped row's error wraps no sentinel: %v", e)
			}
			if _, ok := slices.BinarySearch(records, e.line); !ok || skippedLines[e.line] {
				t.Fatalf("skipped line %d is not a record line, or skipped twice", e.line)
			}
			skippedLines[e.line] = true
		}
		msgs := strings.Split(strings.TrimSuffix(errw.String(), "\n"), "\n")
		if st.skipped == 0 {
			msgs = nil
		}
		if len(msgs) != st.skipped {
			t.Fatalf("%d rows skipped but %d lines on stderr", st.skipped, len(msgs))
		}
		for i, m := range msgs {
			if !strings.HasPrefix(m, "line "+strconv.Itoa(skipped[i].line)+": skipped: ") {
				t.Fatalf("stderr line %q does not name line %d", m, skipped[i].line)
			}
			if !utf8.ValidString(m) || strings.ContainsFunc(m, func(r rune) bool { return !strconv.IsPrint(r) }) {
				t.Fatalf("stderr line holds an unprintable rune: %q", m)
			}
		}
		recs, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatalf("the plan is not valid CSV: %v", err)
		}
		if len(recs) != st.planned+1 || !slices.Equal(recs[0], outColumns) {
			t.Fatalf("%d planned but %d output records", st.planned, len(recs))
		}
		last := 0
		for _, rec := range recs[1:] {
			n, err := strconv.Atoi(rec[0])
			if _, ok := slices.BinarySearch(records, n); err != nil || !ok || skippedLines[n] || n <= last {
				t.Fatalf("output row from line %q: not a planned record line after %d", rec[0], last)
			}
			last = n
			for i, cell := range rec {
				if numericOut[i] {
					if cell != "" && !number.MatchString(cell) {
						t.Fatalf("%s: %q is not a number", outColumns[i], cell)
					}
				} else if cell != "" && strings.IndexByte(formulaStart, cell[0]) >= 0 {
					t.Fatalf("%s: %q starts with a formula character", outColumns[i], cell)
				}
			}
		}
	})
}

// number is how the program writes a number: digits, an optional sign and
// optional decimals (StringFixed, strconv.Itoa).
var number = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func isAny(err error, targets ...error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

// recordLines returns the numbers of the lines of in that hold a record,
// in order: every line but the empty ones and the comments ('#' first),
// after a UTF-8 BOM at the start and one CR before each line end are
// dropped. It is written from the package comment, not from the reader.
func recordLines(in []byte) []int {
	in = bytes.TrimPrefix(in, []byte(utf8BOM))
	var lines []int
	for i, l := range bytes.Split(in, []byte("\n")) {
		l = bytes.TrimSuffix(l, []byte("\r"))
		if len(l) > 0 && l[0] != '#' {
			lines = append(lines, i+1)
		}
	}
	return lines
}
