// Command erp-batch shows how an ERP or collection product plans its open
// invoices with Vordering in one batch: it reads a CSV of open invoices and
// their debtors, builds a procedure.Case per row, asks procedure.Next for the
// lawful next steps on one as-of day, and writes a CSV of next steps with
// their dates, costs and reasons, and the best enforcement route where the
// case already holds a title.
//
// Run it from the repository root:
//
//	go run ./examples/erp-batch [-asof 2025-06-30] [-o plan.csv] [-allow-skipped] [-lenient] [file.csv]
//
// Without a file it plans the shipped sample (testdata/sample.csv, a few
// hundred generated Belgian and Dutch invoices, four of them deliberately
// malformed; regenerate it with
// `go test ./examples/erp-batch -run TestSample -update`). The as-of day is
// a flag, never the clock, so the output is the same on every machine.
//
// The input is read as a stream, one line at a time, so a file of any
// length is planned in the same small memory. A row that cannot be planned
// (a malformed CSV record, a wrong number of fields, a value that does not
// read, a case the law does not allow to plan) is reported on stderr with
// its line number, and skipped; reading goes on at the next line. A
// summary line on stderr counts the rows planned and skipped.
//
// # Exit status
//
//	0  every row was planned (or rows were skipped and -allow-skipped is set)
//	1  the input cannot be read (no header, a missing or doubled column, a
//	   UTF-16 file, a read error) or the plan cannot be written
//	2  the command line is wrong (an unknown flag, a bad -asof, more than
//	   one file, -o naming the input file)
//	3  the plan of every good row was written, but one row or more was
//	   skipped; -allow-skipped makes this 0
//
// (go run prints a program's non-zero status as "exit status 3" and then
// exits with 1 itself: build the command to pass its status to a script.)
//
// # Input
//
// One row per open invoice, comma-separated, with this header (columns in
// any order; other columns are ignored; lines starting with # are comments,
// empty lines are passed over):
//
//	case_id             the ERP's reference of the row
//	country             BE or NL: the law that governs the collection
//	debtor_name         name of the debtor
//	debtor_kind         consumer, enterprise or public-body
//	sole_trader         true for a natural person trading in his own name
//	debtor_register     enterprise number (KBO / KvK); empty if none
//	invoice_number      the invoice's number
//	invoice_date        YYYY-MM-DD
//	due_date            YYYY-MM-DD
//	principal           euro, e.g. 1250.00
//	accessories         euro of interest, clause and costs claimed so far
//	written_document    true when an order form or contract signed by the debtor exists
//	contested           true when the debtor disputes the invoice
//	status              debtor status: empty or none, deceased, under-administration,
//	                    collective-debt-settlement, judicial-reorganisation, bankrupt,
//	                    struck-from-register, address-unknown, in-institution
//	status_since        YYYY-MM-DD the status began; may be empty
//	history             acts done, ";"-separated, each kind@YYYY-MM-DD or
//	                    kind@YYYY-MM-DD:outcome, e.g.
//	                    reminder@2025-01-10;formal-notice@2025-02-03:no-reaction
//	                    (kinds and outcomes as in package procedure: reminder,
//	                    formal-notice, summons, judgment, service…; paid, contested…)
//	net_income          net monthly income in euro when known; empty otherwise
//	income_kind         work, replacement or combined (BE); empty is work
//	children            dependent children (BE)
//	household           single, single-parent, couple, couple-with-children (NL; required with an NL income)
//	employer_known, bank_account_known, vehicle, real_estate, address_problems
//	                    true or false (empty is false)
//	earlier_collections, failed_collections, insolvency_events
//	                    counts (empty is 0)
//
// Booleans accept what strconv.ParseBool accepts. The creditor is the ERP's
// own company, an enterprise registered in the row's country.
//
// The file is UTF-8, with or without a byte-order mark, and lines end in
// LF or CRLF. A record is one line, at most 64 KiB long: a field may be
// quoted to hold a comma or a quote (written twice: "a""b"), but it cannot
// hold a line break, so a stray quote costs its own row and never the rows
// after it. White space around a field is dropped.
//
// # Output
//
// A header and one row per planned case: the input line, the case, its
// outstanding amount (principal + accessories) and phase, the first lawful
// next step with its earliest and latest day, addressee, the costs it may
// charge to the debtor and those the creditor risks, whether a cost figure
// is missing for the date, the other lawful acts, the best-ranked
// enforcement route with its monthly amount, months to clear and the
// ranking's reasons factor by factor, the reason: the rule behind the
// step, or why nothing can be done, and in lenient mode the warnings: each
// irregular act of the history with the rule it breaks ("; "-separated).
//
// The plan is meant to be opened in a spreadsheet, so no cell of it can be
// a formula. The columns line, outstanding, debtor_charge, creditor_risk,
// enforcement_monthly and enforcement_months_to_clear hold numbers the
// program formats itself and are written as they are (a negative amount
// stays a number). Every other cell is text, much of it from the input
// (the case reference, the debtor's name, and the reasons, which may quote
// it): a text cell that starts with =, +, -, @, a tab or a carriage return
// is written with a single quote in front ('=A1), as OWASP advises against
// CSV injection. The plan is comma-separated: open it with the comma as
// separator (a spreadsheet that splits it on semicolons, as Belgian and
// Dutch Excel does by default, reads other cells than the ones written).
//
// # Messages
//
// Messages on stderr quote the input, so every control character in them
// (a terminal escape sequence, a carriage return, a bidirectional override)
// is written as a Go escape such as \x1b or \u202e, a byte that is not
// UTF-8 as \xNN, and a message is cut at 4 KiB: no input can drive the
// terminal or flood it.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/internal/casecsv"
	"github.com/vordering/vordering/procedure"
)

//go:embed testdata/sample.csv
var sample []byte

// columns are the input columns, each required in the header.
var columns = []string{
	"case_id", "country", "debtor_name", "debtor_kind", "sole_trader", "debtor_register",
	"invoice_number", "invoice_date", "due_date", "principal", "accessories",
	"written_document", "contested", "status", "status_since", "history",
	"net_income", "income_kind", "children", "household",
	"employer_known", "bank_account_known", "vehicle", "real_estate", "address_problems",
	"earlier_collections", "failed_collections", "insolvency_events",
}

// outColumns are the output columns.
var outColumns = []string{
	"line", "case_id", "country", "debtor", "status", "outstanding", "phase",
	"next_act", "earliest", "latest", "addressee", "debtor_charge", "creditor_risk", "costs_uncovered",
	"other_acts", "enforcement", "enforcement_monthly", "enforcement_months_to_clear", "enforcement_reason", "reason", "warnings",
}

// The exit statuses (see the package comment).
const (
	exitOK      = 0
	exitFatal   = 1
	exitUsage   = 2
	exitSkipped = 3
)

// Every error of a run wraps one of these sentinels. The first four stop
// the run (run returns them); the last three skip one row (run reports them
// as a *rowError and goes on).
var (
	errHeader   = errors.New("header")            // no header line, a column missing or doubled
	errEncoding = errors.New("encoding")          // the file is UTF-16, not UTF-8
	errRead     = errors.New("reading the input") // the input failed
	errWrite    = errors.New("writing the plan")  // the output failed

	errMalformed   = errors.New("malformed CSV record")   // a line that is not a well-formed record, or has the wrong number of fields
	errInvalidRow  = errors.New("invalid value")          // a field that does not read (a day, an amount, an act)
	errUnplannable = errors.New("case cannot be planned") // procedure.Next refused the case
)

func main() { os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr)) }

// usage is the command's help; the flags follow it.
const usage = `usage: erp-batch [-asof YYYY-MM-DD] [-o out.csv] [-allow-skipped] [-lenient] [file.csv]

Plans every row of file.csv (the shipped sample without one) and writes the
plan as CSV. Rows that cannot be planned are reported on stderr by line.
Exit status: 0 all rows planned; 1 input unreadable or output failed;
2 bad command line; 3 rows skipped (0 with -allow-skipped).
`

// cli runs the command with its arguments (without the program name) and
// returns the exit status.
func cli(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("erp-batch", flag.ContinueOnError)
	fs.SetOutput(escapingWriter{stderr})
	asOfFlag := fs.String("asof", "2025-06-30", "the day to plan for, YYYY-MM-DD")
	outFlag := fs.String("o", "", "write the plan to this file instead of stdout")
	allowSkipped := fs.Bool("allow-skipped", false, "exit with status 0 even when rows were skipped")
	lenient := fs.Bool("lenient", false, "plan histories with irregular acts, listing each in the warnings column")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	fail := func(status int, msg string) int {
		writeMessage(stderr, "erp-batch: "+msg)
		return status
	}
	asOf, err := casecsv.Day(*asOfFlag)
	if err != nil {
		return fail(exitUsage, "-asof: "+err.Error())
	}
	if fs.NArg() > 1 {
		return fail(exitUsage, fmt.Sprintf("one input file at most, got %d", fs.NArg()))
	}
	var in io.Reader = bytes.NewReader(sample)
	var inInfo os.FileInfo
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fail(exitFatal, err.Error())
		}
		defer f.Close()
		if inInfo, err = f.Stat(); err != nil {
			return fail(exitFatal, err.Error())
		}
		in = f
	}
	out := stdout
	var outFile *os.File
	if *outFlag != "" {
		if inInfo != nil {
			if oi, err := os.Stat(*outFlag); err == nil && os.SameFile(inInfo, oi) {
				return fail(exitUsage, fmt.Sprintf("-o %s is the input file: refusing to overwrite it", *outFlag))
			}
		}
		if outFile, err = os.Create(*outFlag); err != nil {
			return fail(exitFatal, err.Error())
		}
		defer outFile.Close() // a second Close after the checked one below is harmless
		out = outFile
	}
	st, err := runWith(procedure.Planner{Lenient: *lenient}, in, out, stderr, asOf)
	if err == nil && outFile != nil {
		if cerr := outFile.Close(); cerr != nil {
			err = fmt.Errorf("%w: %w", errWrite, cerr)
		}
	}
	writeMessage(stderr, fmt.Sprintf("erp-batch: %d cases planned, %d rows skipped", st.planned, st.skipped))
	switch {
	case err != nil:
		return fail(exitFatal, err.Error())
	case st.skipped > 0 && !*allowSkipped:
		return fail(exitSkipped, fmt.Sprintf("%d rows skipped: exit status %d (-allow-skipped accepts them)", st.skipped, exitSkipped))
	}
	return exitOK
}

// stats counts the rows planned and skipped.
type stats struct{ planned, skipped int }

// rowError reports a row that was skipped: its line and why.
// It wraps its class (errMalformed, errInvalidRow or errUnplannable) and
// the error itself.
type rowError struct {
	line  int
	class error
	err   error
}

func (e *rowError) Error() string { return fmt.Sprintf("line %d: skipped: %v", e.line, e.err) }

func (e *rowError) Unwrap() []error { return []error{e.class, e.err} }

// run plans every row of in on asOf and writes the plan to out; each row
// it skips is reported on errw, one line each (see plan).
func run(in io.Reader, out, errw io.Writer, asOf date.Date) (stats, error) {
	return runWith(procedure.Planner{}, in, out, errw, asOf)
}

// runWith is run with planner p (strict or lenient).
func runWith(p procedure.Planner, in io.Reader, out, errw io.Writer, asOf date.Date) (stats, error) {
	return planWith(p, in, out, asOf, func(e *rowError) { writeMessage(errw, e.Error()) })
}

// plan plans every row of in on asOf and writes the plan to out, row by
// row: the memory it takes does not grow with the input. Each row it
// cannot plan is passed to skip and counted. The error, which wraps
// errHeader, errEncoding, errRead or errWrite, is for an input that cannot
// be read at all or an output that fails; the plan written so far is then
// incomplete.
func plan(in io.Reader, out io.Writer, asOf date.Date, skip func(*rowError)) (stats, error) {
	return planWith(procedure.Planner{}, in, out, asOf, skip)
}

// planWith is plan with planner pl.
func planWith(pl procedure.Planner, in io.Reader, out io.Writer, asOf date.Date, skip func(*rowError)) (stats, error) {
	var st stats
	r := newRecordReader(in)
	header, line, err := r.next()
	switch {
	case errors.Is(err, io.EOF):
		return st, fmt.Errorf("%w: no header line (the file is empty or holds only comments)", errHeader)
	case errors.Is(err, errMalformed):
		return st, fmt.Errorf("%w: line %d: %w", errHeader, line, err)
	case err != nil:
		return st, err
	}
	idx := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.TrimSpace(h)
		if j, dup := idx[h]; dup && h != "" {
			return st, fmt.Errorf("%w: line %d: column %q appears twice (fields %d and %d)", errHeader, line, h, j+1, i+1)
		}
		idx[h] = i
		r.names = append(r.names, h)
	}
	var missing []string
	for _, c := range columns {
		if _, ok := idx[c]; !ok {
			missing = append(missing, strconv.Quote(c))
		}
	}
	if len(missing) > 0 {
		hint := ""
		if len(header) == 1 && strings.Contains(header[0], ";") {
			hint = " (the header is one field holding semicolons: save the file comma-separated)"
		}
		noun := "column"
		if len(missing) > 1 {
			noun = "columns"
		}
		return st, fmt.Errorf("%w: line %d: missing %s %s%s", errHeader, line, noun, strings.Join(missing, ", "), hint)
	}
	w := csv.NewWriter(out)
	if err := w.Write(outColumns); err != nil {
		return st, fmt.Errorf("%w: %w", errWrite, err)
	}
	for {
		rec, line, err := r.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil && !errors.Is(err, errMalformed) {
			w.Flush()
			return st, err
		}
		if err == nil && len(rec) != len(header) {
			err = fmt.Errorf("%d fields, the header has %d", len(rec), len(header))
		}
		if err != nil { // a *syntaxError or the count above: both malformed
			skip(&rowError{line: line, class: errMalformed, err: err})
			st.skipped++
			continue
		}
		row := func(col string) string { return strings.TrimSpace(rec[idx[col]]) }
		c, err := casecsv.Case(row, csvDefaults)
		if err != nil {
			skip(&rowError{line: line, class: errInvalidRow, err: err})
			st.skipped++
			continue
		}
		p, err := pl.Next(c, asOf)
		if err != nil {
			skip(&rowError{line: line, class: errUnplannable, err: err})
			st.skipped++
			continue
		}
		if err := w.Write(safeRow(planRow(line, row("case_id"), c, p))); err != nil {
			return st, fmt.Errorf("%w: %w", errWrite, err)
		}
		st.planned++
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return st, fmt.Errorf("%w: %w", errWrite, err)
	}
	return st, nil
}

// planRow renders the plan of one case as an output row.
func planRow(line int, id string, c procedure.Case, p procedure.Plan) []string {
	pr, acc := c.Total()
	phase := "none"
	if p.Phase != 0 {
		phase = p.Phase.String()
	}
	row := []string{strconv.Itoa(line), id, c.Country.String(), c.Debtor.Name, c.Status.String(),
		pr.Add(acc).StringFixed(2), phase}
	reason := ""
	if len(p.Steps) > 0 {
		s := p.Steps[0]
		latest := ""
		if !s.Latest.IsZero() {
			latest = s.Latest.String()
		}
		uncovered := "false"
		if s.Uncovered {
			uncovered = "true"
		}
		others := make([]string, 0, len(p.Steps)-1)
		for _, o := range p.Steps[1:] {
			others = append(others, o.Act.String()+"@"+o.Earliest.String())
		}
		row = append(row, s.Act.String(), s.Earliest.String(), latest, s.Addressee.Role.String(),
			s.DebtorCharge.StringFixed(2), s.CreditorRisk.StringFixed(2), uncovered, strings.Join(others, ";"))
		reason = s.Rule
	} else {
		row = append(row, "", "", "", p.Addressee.Role.String(), "", "", "", "")
		switch {
		case p.EnforcementNote != "":
			reason = p.EnforcementNote
		case len(p.Withheld) > 0 && len(p.Withheld[0].Reasons) > 0:
			reason = p.Withheld[0].Reasons[0].Text
		default:
			reason = "no lawful next step on this day"
		}
	}
	if len(p.Enforcement) > 0 {
		e := p.Enforcement[0]
		months := ""
		if e.MonthsToClear > 0 {
			months = strconv.Itoa(e.MonthsToClear)
		}
		monthly := ""
		if e.Kind == procedure.EnforceWageGarnishment && e.Monthly.IsPositive() {
			monthly = e.Monthly.StringFixed(2)
		}
		row = append(row, e.Kind.String(), monthly, months, strings.Join(e.Why, "; "))
	} else {
		row = append(row, "", "", "", "")
	}
	warns := make([]string, len(p.Warnings))
	for i, w := range p.Warnings {
		warns[i] = w.Message
	}
	return append(row, reason, strings.Join(warns, "; "))
}

// csvDefaults fills what a row of the batch does not give: the creditor's
// name. A row must name its debtor's kind.
var csvDefaults = casecsv.Defaults{CreditorName: "ERP creditor"}
