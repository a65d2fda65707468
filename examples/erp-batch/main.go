// Command erp-batch shows how an ERP or collection product plans its open
// invoices with Vordering in one batch: it reads a CSV of open invoices and
// their debtors, builds a procedure.Case per row, asks procedure.Next for the
// lawful next steps on one as-of day, and writes a CSV of next steps with
// their dates, costs and reasons, and the best enforcement route where the
// case already holds a title.
//
// Run it from the repository root:
//
//	go run ./examples/erp-batch [-asof 2025-06-30] [-o plan.csv] [file.csv]
//
// Without a file it plans the shipped sample (testdata/sample.csv, a few
// hundred generated Belgian and Dutch invoices; regenerate it with
// `go test ./examples/erp-batch -run TestSample -update`). The as-of day is
// a flag, never the clock, so the output is the same on every machine.
// Malformed rows are reported on stderr with their line number and skipped;
// the rest is processed. A summary line on stderr counts both. The exit
// status is 1 only when the file cannot be read or the plan not written.
//
// # Input
//
// One row per open invoice, comma-separated, with this header (columns in
// any order; lines starting with # are comments):
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
// # Output
//
// A header and one row per planned case: the input line, the case, its
// outstanding amount (principal + accessories) and phase, the first lawful
// next step with its earliest and latest day, addressee, the costs it may
// charge to the debtor and those the creditor risks, whether a cost figure
// is missing for the date, the other lawful acts, the best-ranked
// enforcement route with its monthly amount, months to clear and the
// ranking's reasons factor by factor, and the reason: the rule behind the
// step, or why nothing can be done.
package main

import (
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
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
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
	"other_acts", "enforcement", "enforcement_monthly", "enforcement_months_to_clear", "enforcement_reason", "reason",
}

func main() {
	asOfFlag := flag.String("asof", "2025-06-30", "the day to plan for, YYYY-MM-DD")
	outFlag := flag.String("o", "", "write the plan to this file instead of stdout")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: erp-batch [-asof YYYY-MM-DD] [-o out.csv] [file.csv]")
		flag.PrintDefaults()
	}
	flag.Parse()
	asOf, err := parseDay(*asOfFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "erp-batch: -asof:", err)
		os.Exit(2)
	}
	var in io.Reader = strings.NewReader(string(sample))
	if flag.NArg() > 0 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "erp-batch:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	var out io.Writer = os.Stdout
	if *outFlag != "" {
		f, err := os.Create(*outFlag)
		if err != nil {
			fmt.Fprintln(os.Stderr, "erp-batch:", err)
			os.Exit(1)
		}
		defer f.Close()
		out = f
	}
	stats, err := run(in, out, os.Stderr, asOf)
	fmt.Fprintf(os.Stderr, "erp-batch: %d cases planned, %d rows skipped\n", stats.planned, stats.skipped)
	if err != nil {
		fmt.Fprintln(os.Stderr, "erp-batch:", err)
		os.Exit(1)
	}
}

// stats counts the rows planned and skipped.
type stats struct{ planned, skipped int }

// run plans every row of in on asOf and writes the plan to out; malformed
// rows are reported on errw and skipped. The error is for a file that cannot
// be read at all (no header, a missing column) or an output that fails.
func run(in io.Reader, out, errw io.Writer, asOf date.Date) (stats, error) {
	var st stats
	r := csv.NewReader(in)
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		return st, fmt.Errorf("reading the header: %w", err)
	}
	idx := make(map[string]int, len(header))
	for i, h := range header {
		idx[strings.TrimSpace(h)] = i
	}
	for _, c := range columns {
		if _, ok := idx[c]; !ok {
			return st, fmt.Errorf("header: missing column %q", c)
		}
	}
	w := csv.NewWriter(out)
	if err := w.Write(outColumns); err != nil {
		return st, err
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Fprintf(errw, "line %d: skipped: %v\n", pe.Line, pe.Err)
			st.skipped++
			continue
		}
		if err != nil {
			return st, err
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			fmt.Fprintf(errw, "line %d: skipped: %d fields, the header has %d\n", line, len(rec), len(header))
			st.skipped++
			continue
		}
		row := func(col string) string { return strings.TrimSpace(rec[idx[col]]) }
		c, err := parseCase(row)
		if err == nil {
			var plan procedure.Plan
			plan, err = procedure.Next(c, asOf)
			if err == nil {
				if err := w.Write(planRow(line, row("case_id"), c, plan)); err != nil {
					return st, err
				}
				st.planned++
				continue
			}
		}
		fmt.Fprintf(errw, "line %d: skipped: %s\n", line, strings.ReplaceAll(err.Error(), "\n", "; "))
		st.skipped++
	}
	w.Flush()
	return st, w.Error()
}

// parseCase builds the case of one row; get returns a column's value.
func parseCase(get func(string) string) (procedure.Case, error) {
	var c procedure.Case
	var errs []error
	fail := func(col string, err error) { errs = append(errs, fmt.Errorf("%s: %w", col, err)) }
	day := func(col string, optional bool) date.Date {
		s := get(col)
		if s == "" && optional {
			return date.Date{}
		}
		d, err := parseDay(s)
		if err != nil {
			fail(col, err)
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
	count := func(col string) int {
		s := get(col)
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			fail(col, fmt.Errorf("want a whole number, got %q", s))
		}
		return n
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
	c.Creditor = procedure.Party{Name: "ERP creditor", Kind: vordering.Enterprise, RegisterCountry: c.Country.String(), RegisterNumber: "0000000097", Domicile: c.Country.String()}
	c.Debtor = procedure.Party{Name: get("debtor_name"), SoleTrader: flag("sole_trader"), RegisterNumber: get("debtor_register")}
	if c.Country.Valid() {
		c.Debtor.Domicile = c.Country.String()
		if c.Debtor.RegisterNumber != "" {
			c.Debtor.RegisterCountry = c.Country.String()
		}
	}
	text("debtor_kind", &c.Debtor.Kind)
	c.Invoices = []procedure.Invoice{{
		Number:      get("invoice_number"),
		Date:        day("invoice_date", false),
		DueDate:     day("due_date", false),
		Principal:   amount("principal", false),
		Accessories: amount("accessories", true),
	}}
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
	p := &c.Profile
	p.Income.Net = amount("net_income", true)
	text("income_kind", &p.Income.Kind)
	p.Income.Children = count("children")
	text("household", &p.Income.Household)
	p.EmployerKnown = flag("employer_known")
	p.BankAccountKnown = flag("bank_account_known")
	p.Vehicle = flag("vehicle")
	p.RealEstate = flag("real_estate")
	p.AddressProblems = flag("address_problems")
	p.EarlierCollections = count("earlier_collections")
	p.FailedCollections = count("failed_collections")
	p.InsolvencyEvents = count("insolvency_events")
	return c, errors.Join(errs...)
}

// parseDay reads a calendar day written YYYY-MM-DD with vordering.ParseDate,
// which rejects impossible days (2025-13-01) and never panics on malformed
// text (date.ParseISO of the pinned date module does, on "00000-00").
func parseDay(s string) (date.Date, error) {
	d, err := vordering.ParseDate(s)
	if err != nil {
		return date.Date{}, fmt.Errorf("want a calendar day YYYY-MM-DD, got %q", s)
	}
	return d, nil
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
	d, err := parseDay(ds)
	if err != nil {
		return a, fmt.Errorf("act %q: %w", s, err)
	}
	a.Date = d
	if outcome != "" {
		if err := a.Outcome.UnmarshalText([]byte(outcome)); err != nil {
			return a, fmt.Errorf("act %q: %w", s, err)
		}
	}
	return a, nil
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
	return append(row, reason)
}
