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
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
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

// caseOfLine builds the case of one line; get returns a column's value.
// Every problem of the line is reported, each naming its column.
func caseOfLine(get func(string) string) (procedure.Case, error) {
	var c procedure.Case
	var errs []error
	fail := func(col string, err error) { errs = append(errs, fmt.Errorf("%s: %w", col, err)) }
	day := func(col string, optional bool) date.Date {
		s := get(col)
		if s == "" && optional {
			return date.Date{}
		}
		d, err := vordering.ParseDate(s)
		if err != nil {
			fail(col, fmt.Errorf("want a day YYYY-MM-DD, got %q", s))
		}
		return d
	}
	amount := func(col string, optional bool) decimal.Decimal {
		s := get(col)
		if s == "" && optional {
			return decimal.Zero
		}
		d, err := decimal.NewFromString(s)
		if err != nil {
			fail(col, fmt.Errorf("want an amount in euro, got %q", s))
		}
		return d
	}
	flag := func(col string) bool {
		s := get(col)
		if s == "" {
			return false
		}
		b, err := strconv.ParseBool(s)
		if err != nil {
			fail(col, fmt.Errorf("want true or false, got %q", s))
		}
		return b
	}
	text := func(col string, v interface{ UnmarshalText([]byte) error }) {
		if s := get(col); s != "" {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				fail(col, err)
			}
		}
	}
	text("country", &c.Country)
	if get("country") == "" {
		fail("country", errors.New("empty"))
	}
	c.Creditor = procedure.Party{Name: "creditor", Kind: vordering.Enterprise, RegisterCountry: c.Country.String(), RegisterNumber: "0000000097", Domicile: c.Country.String()}
	c.Debtor = procedure.Party{Name: get("debtor_name"), SoleTrader: flag("sole_trader"), RegisterNumber: get("debtor_register")}
	if c.Country.Valid() {
		c.Debtor.Domicile = c.Country.String()
		if c.Debtor.RegisterNumber != "" {
			c.Debtor.RegisterCountry = c.Country.String()
		}
	}
	c.Debtor.Kind = vordering.Consumer
	text("debtor_kind", &c.Debtor.Kind)
	c.Invoices = []procedure.Invoice{{
		Number:      get("invoice_number"),
		Date:        day("invoice_date", false),
		DueDate:     day("due_date", false),
		Principal:   amount("principal", false),
		Accessories: amount("accessories", true),
	}}
	if c.Invoices[0].Number == "" {
		c.Invoices[0].Number = "1"
	}
	c.WrittenDocument = flag("written_document")
	c.Contested = flag("contested")
	text("status", &c.Status)
	c.StatusSince = day("status_since", true)
	if h := get("history"); h != "" {
		for _, item := range strings.Split(h, ";") {
			a, err := parseAct(strings.TrimSpace(item))
			if err != nil {
				fail("history", err)
				continue
			}
			c.Acts = append(c.Acts, a)
		}
	}
	if len(errs) > 0 {
		return c, vordering.Invalid(strings.SplitN(errs[0].Error(), ":", 2)[0], "", errors.Join(errs...).Error())
	}
	return c, nil
}

// parseAct reads kind@YYYY-MM-DD or kind@YYYY-MM-DD:outcome.
func parseAct(s string) (procedure.Act, error) {
	var a procedure.Act
	kind, rest, ok := strings.Cut(s, "@")
	if !ok {
		return a, fmt.Errorf("act %q: want kind@YYYY-MM-DD[:outcome]", s)
	}
	if err := a.Kind.UnmarshalText([]byte(kind)); err != nil {
		return a, fmt.Errorf("act %q: %w", s, err)
	}
	ds, outcome, _ := strings.Cut(rest, ":")
	d, err := vordering.ParseDate(ds)
	if err != nil {
		return a, fmt.Errorf("act %q: want a day YYYY-MM-DD", s)
	}
	a.Date = d
	if outcome != "" {
		if err := a.Outcome.UnmarshalText([]byte(outcome)); err != nil {
			return a, fmt.Errorf("act %q: %w", s, err)
		}
	}
	return a, nil
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
