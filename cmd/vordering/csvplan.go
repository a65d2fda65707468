package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/casecsv"
	"github.com/vordering/vordering/procedure"
)

// csvLayout documents the input of plan --csv.
const csvLayout = `
CSV input (plan --csv FILE, "-" for standard input): the invoice columns of
examples/erp-batch, one open invoice per line, comma-separated, UTF-8, with a
header naming the columns in any order (unknown columns are ignored; lines
starting with # and empty lines are skipped). Required columns: country,
invoice_date, due_date, principal. Optional: case_id, debtor_name,
debtor_kind (consumer, enterprise, public-body), sole_trader,
debtor_register, invoice_number, accessories, written_document, contested,
status, status_since, history (acts "kind@YYYY-MM-DD[:outcome]" separated
by ";"). Days are YYYY-MM-DD, amounts in euro (1250.00), booleans true or
false. The creditor is an enterprise registered in the line's country.

A record is one line: a quoted field may hold a comma but not a line break,
so a malformed line costs only itself. Each line that cannot be read or
planned is reported on stderr as "line N: ..." and the others are planned.
Output: one block per line, or with --json one JSON object per line:
{"line":N,"caseId":"...","plan":{...}} or {"line":N,"caseId":"...","error":{...}}.
`

// csvRequired are the columns plan --csv needs in the header.
var csvRequired = []string{"country", "invoice_date", "due_date", "principal"}

// maxCSVLine is the longest line plan --csv reads; a longer one is an error
// for that line only.
const maxCSVLine = 64 << 10

// csvResult is one line of plan --csv --json.
type csvResult struct {
	Line   int             `json:"line"`
	CaseID string          `json:"caseId,omitempty"`
	Plan   *procedure.Plan `json:"plan,omitempty"`
	Error  *apiError       `json:"error,omitempty"`
}

// planCSV plans every line of the CSV file name. It returns exitOK when
// every line was planned, exitSkipped when some were not, exitFailed when
// the file cannot be read at all.
func planCSV(e *engine, name string, asOf date.Date, asJSON bool, stdout, stderr io.Writer) int {
	var in io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "vordering plan: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	planned, skipped, err := planLines(e, in, asOf, func(r csvResult) error {
		if r.Error != nil {
			fmt.Fprintf(stderr, "vordering plan: %s: line %d: %s\n", name, r.Line, r.Error.Message)
		}
		if asJSON {
			b, err := json.Marshal(r)
			if err != nil {
				return err
			}
			_, err = out.Write(append(b, '\n'))
			return err
		}
		if r.Plan == nil {
			return nil
		}
		return writeText(out, fmt.Sprintf("line %d %s (as of %s)", r.Line, r.CaseID, asOf), *r.Plan)
	})
	if err != nil {
		fmt.Fprintf(stderr, "vordering plan: %s: %v\n", name, err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "vordering plan: %s: %d lines planned, %d not\n", name, planned, skipped)
	if skipped > 0 {
		return exitSkipped
	}
	return exitOK
}

// planLines reads the CSV in and plans each line, passing the result or
// the error of each line to emit. The error is for an input that cannot be
// read at all (no header, a missing column, a read error).
func planLines(e *engine, in io.Reader, asOf date.Date, emit func(csvResult) error) (planned, skipped int, err error) {
	br := bufio.NewReaderSize(in, 64<<10)
	lineNo := 0
	// next returns the next line that is not empty or a comment.
	next := func() (string, int, error) {
		for {
			line, tooLong, err := readLine(br)
			if err != nil {
				return "", 0, err
			}
			lineNo++
			if lineNo == 1 {
				line = strings.TrimPrefix(line, "\ufeff")
			}
			if tooLong {
				return "", lineNo, errLineTooLong
			}
			if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			return line, lineNo, nil
		}
	}
	header, _, err := next()
	if errors.Is(err, io.EOF) {
		return 0, 0, errors.New("no header line")
	}
	if err != nil {
		return 0, 0, fmt.Errorf("line 1: %w", err)
	}
	names, err := splitCSV(header)
	if err != nil {
		return 0, 0, fmt.Errorf("header: %w", err)
	}
	idx := map[string]int{}
	for i, h := range names {
		idx[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, c := range csvRequired {
		if _, ok := idx[c]; !ok {
			return 0, 0, fmt.Errorf("header: missing column %q (required: %s)", c, strings.Join(csvRequired, ", "))
		}
	}
	for {
		line, n, err := next()
		if errors.Is(err, io.EOF) {
			return planned, skipped, nil
		}
		r := csvResult{Line: n}
		var c procedure.Case
		if err == nil {
			var rec []string
			rec, err = splitCSV(line)
			if err == nil {
				get := func(col string) string {
					if i, ok := idx[col]; ok && i < len(rec) {
						return strings.TrimSpace(rec[i])
					}
					return ""
				}
				r.CaseID = get("case_id")
				c, err = caseOfLine(get)
			}
		}
		if err != nil && !errors.Is(err, vordering.ErrInvalidInput) {
			// A line that does not read is the input's fault.
			err = vordering.Invalid("line "+strconv.Itoa(n), "", err.Error())
		}
		if err == nil {
			var p procedure.Plan
			p, err = safePlan(e, c, asOf)
			if err == nil {
				r.Plan = &p
			}
		}
		if err != nil {
			ae := classify(err)
			r.Error = &ae
			skipped++
		} else {
			planned++
		}
		if err := emit(r); err != nil {
			return planned, skipped, err
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", maxCSVLine)

// readLine reads one line without its end; a line longer than maxCSVLine
// is read to its end and reported as too long.
func readLine(br *bufio.Reader) (string, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, isPrefix, err := br.ReadLine()
		if err != nil {
			if errors.Is(err, io.EOF) && (len(buf) > 0 || tooLong) {
				break
			}
			return "", false, err
		}
		if !tooLong {
			if len(buf)+len(chunk) > maxCSVLine {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if !isPrefix {
			break
		}
	}
	if !utf8.Valid(buf) {
		return "", false, errors.New("not UTF-8")
	}
	return string(buf), tooLong, nil
}

// splitCSV reads one line as one CSV record.
func splitCSV(line string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(line))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("malformed CSV (column %d): %v", pe.Column, pe.Err)
		}
		return nil, err
	}
	if _, err := r.Read(); !errors.Is(err, io.EOF) {
		return nil, errors.New("malformed CSV: more than one record on the line")
	}
	return rec, nil
}

// safePlan plans one case, turning a panic into an error so that one case
// never stops a batch.
func safePlan(e *engine, c procedure.Case, asOf date.Date) (p procedure.Plan, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return e.planner.Next(c, asOf)
}

var errPanic = errors.New("internal error")

// caseOfLine builds the case of one line (the layout of package casecsv,
// shared with the erp-batch example): a debtor without a kind is a
// consumer, an invoice without a number is "1". Every problem of the line
// is reported, the first column named as the field.
func caseOfLine(get func(string) string) (procedure.Case, error) {
	c, err := casecsv.Case(get, casecsv.Defaults{CreditorName: "creditor", DebtorKind: vordering.Consumer, InvoiceNumber: "1"})
	if err != nil {
		return c, vordering.Invalid(strings.SplitN(err.Error(), ":", 2)[0], "", err.Error())
	}
	return c, nil
}
