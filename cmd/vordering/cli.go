package main

import (
	"encoding"
	"encoding/json"
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
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
)

// cliFlags collects a question's flags. A flag's value is applied to the
// request only after the request file (--in) is read, so that a flag
// replaces the field it names whatever its place on the command line.
type cliFlags struct {
	fs      *flag.FlagSet
	pending []func() error
}

func (c *cliFlags) value(name, usage string, set func(string) error) {
	c.fs.Func(name, usage, func(s string) error {
		c.pending = append(c.pending, func() error {
			if err := set(s); err != nil {
				return fmt.Errorf("--%s: %w", name, err)
			}
			return nil
		})
		return nil
	})
}

func (c *cliFlags) boolean(name, usage string, dst *bool) {
	c.fs.BoolFunc(name, usage, func(s string) error {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return err
		}
		c.pending = append(c.pending, func() error { *dst = b; return nil })
		return nil
	})
}

func (c *cliFlags) day(name, usage string, dst *date.Date) {
	c.value(name, usage+" (YYYY-MM-DD)", func(s string) error {
		d, err := vordering.ParseDate(s)
		if err != nil {
			return err
		}
		*dst = d
		return nil
	})
}

func (c *cliFlags) amount(name, usage string, dst *decimal.Decimal) {
	c.value(name, usage+" (euro, e.g. 1250.00)", func(s string) error {
		d, err := decimal.NewFromString(s)
		if err != nil {
			return fmt.Errorf("want an amount, got %q", s)
		}
		*dst = d
		return nil
	})
}

func (c *cliFlags) text(name, usage string, dst encoding.TextUnmarshaler) {
	c.value(name, usage, func(s string) error { return dst.UnmarshalText([]byte(s)) })
}

func (c *cliFlags) integer(name, usage string, dst *int) {
	c.value(name, usage, func(s string) error {
		n, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("want a whole number, got %q", s)
		}
		*dst = n
		return nil
	})
}

// questionFlags registers the flags of question q that fill req.
func questionFlags(c *cliFlags, q *question, req any) {
	country := "country whose law applies: BE or NL"
	switch r := req.(type) {
	case *DeadlineRequest:
		c.text("country", country, &r.Country)
		c.day("event", "the day the term runs from (judgment served, letter received, hearing for a backward term)", &r.Event)
		c.value("term", "a statutory term ("+strings.Join(termKindNames(), ", ")+
			") or a term built by hand: N UNIT, e.g. \"15 days\", \"1 month\", \"8 free-days\"", func(s string) error {
			return setTerm(r, s)
		})
		c.fs.BoolFunc("backward", "count a hand-built term backward from the event", func(string) error {
			c.pending = append(c.pending, func() error {
				if r.Term == nil {
					return errors.New("--backward needs a term built by hand (--term \"N UNIT\")")
				}
				t := r.Term.CountedBackward()
				r.Term = &t
				return nil
			})
			return nil
		})
	case *InterestRequest:
		c.text("country", country, &r.Country)
		c.text("kind", "statutory or commercial", &r.Kind)
		c.amount("principal", "the principal", &r.Principal)
		c.day("from", "interest runs from the day after this day", &r.From)
		c.day("to", "up to and including this day (default: --as-of)", &r.To)
	case *CostsRequest:
		c.text("country", country, &r.Country)
		c.amount("principal", "the principal (NL: sum of the unpaid invoices; BE: the outstanding balance)", &r.Principal)
		c.text("debtor", "consumer, enterprise or public-body", &r.Debtor)
		c.day("reminder-received", "the day the consumer received the reminder (NL 14-day letter, BE free reminder)", &r.ReminderReceived)
		c.day("default", "the first day of default (the day after the due date)", &r.Default)
		c.day("contract-concluded", "BE consumer: the day the contract was concluded", &r.ContractConcluded)
		c.boolean("add-vat", "NL: the creditor adds VAT to the costs", &r.AddVAT)
	case *StatementRequest:
		c.text("country", country, &r.Country)
	case *SeizableRequest:
		c.text("country", country, &r.Country)
		c.amount("net", "net monthly income", &r.Income.Net)
		c.text("income-kind", "BE: work, replacement or combined", &r.Income.Kind)
		c.integer("children", "BE: dependent children declared", &r.Income.Children)
		c.text("household", "NL: single, single-parent, couple or couple-with-children", &r.Income.Household)
		c.amount("holiday-pay", "NL: monthly holiday allowance not included in --net", &r.Income.HolidayPay)
		c.boolean("maintenance", "the seizure is for a maintenance claim", &r.Income.Maintenance)
	case *GoodsRequest:
		c.text("owner", "natural-person or legal-person", &r.Owner)
		c.value("good", "a good found: CATEGORY=VALUE, e.g. mobile-phone=450; repeatable, in the debtor's order of choice", func(s string) error {
			cat, val, ok := strings.Cut(s, "=")
			var g garnishment.Good
			if err := g.Category.UnmarshalText([]byte(cat)); err != nil {
				return err
			}
			if ok {
				v, err := decimal.NewFromString(val)
				if err != nil {
					return fmt.Errorf("want CATEGORY=VALUE, got %q", s)
				}
				g.Value = v
			}
			r.Goods = append(r.Goods, g)
			return nil
		})
	case *jurisdiction.Claim:
		c.text("country", country, &r.Country)
		c.amount("principal", "the main sum claimed", &r.Principal)
		c.amount("interest", "interest accrued up to --as-of and claimed", &r.Interest)
		c.amount("costs", "extrajudicial costs and agreed damages claimed", &r.Costs)
		c.text("creditor", "consumer, enterprise or public-body", &r.Creditor)
		c.text("debtor", "consumer, enterprise or public-body", &r.Debtor)
		c.text("matter", "the subject matter (default general)", &r.Matter)
	}
}

// setTerm reads --term: a kind of the catalogue or N UNIT.
func setTerm(r *DeadlineRequest, s string) error {
	var k deadlines.TermKind
	if err := k.UnmarshalText([]byte(s)); err == nil {
		r.Kind, r.Term = k, nil
		return nil
	}
	f := strings.Fields(s)
	if len(f) != 2 {
		return fmt.Errorf("want a statutory term (%s) or N UNIT, got %q", strings.Join(termKindNames(), ", "), s)
	}
	n, err := strconv.Atoi(f[0])
	if err != nil || n < 1 {
		return fmt.Errorf("want a positive number of units, got %q", f[0])
	}
	var t deadlines.Term
	switch strings.TrimSuffix(strings.ToLower(f[1]), "s") {
	case "day":
		t = deadlines.Days(n)
	case "week":
		t = deadlines.Weeks(n)
	case "month":
		t = deadlines.Months(n)
	case "year":
		t = deadlines.Years(n)
	case "free-day", "free day", "freeday":
		t = deadlines.FreeDays(n)
	default:
		return fmt.Errorf("want a unit day, week, month, year or free-day, got %q", f[1])
	}
	r.Kind, r.Term = 0, &t
	return nil
}

func termKindNames() []string {
	var out []string
	for _, k := range deadlines.Kinds() {
		out = append(out, k.String())
	}
	return out
}

// commonFlags are the flags of every question.
type commonFlags struct {
	asOf    date.Date
	asJSON  bool
	in      string
	csv     string
	rules   ruleFiles
	hasAsOf bool
	lenient bool
}

// runQuestion runs the subcommand of question q.
func runQuestion(q *question, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vordering "+q.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf commonFlags
	c := &cliFlags{fs: fs}
	req := q.newRequest()
	fs.Func("as-of", "the day the question is asked, YYYY-MM-DD (default today)", func(s string) error {
		d, err := vordering.ParseDate(s)
		if err != nil {
			return err
		}
		cf.asOf, cf.hasAsOf = d, true
		return nil
	})
	fs.BoolVar(&cf.asJSON, "json", false, "print the library's JSON of the answer instead of the explanation")
	inUsage := "read the request as JSON from FILE (\"-\": standard input), the body of POST /v1/" + q.name
	if q.caseBody {
		inUsage = "read the case (procedure.Case as JSON) from FILE (\"-\": standard input); the file may also be given as the argument"
	} else {
		questionFlags(c, q, req)
	}
	fs.StringVar(&cf.in, "in", "", inUsage)
	if q.name == "plan" {
		fs.StringVar(&cf.csv, "csv", "", "plan every line of a CSV file of open invoices (see \"vordering plan -h\"); one result or error per line")
		fs.BoolVar(&cf.lenient, "lenient", false, "plan a history with irregular acts, reporting each as a warning, instead of refusing it")
	}
	cf.rules.register(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: vordering %s [flags]", q.name)
		if q.caseBody {
			fmt.Fprint(fs.Output(), " [CASE.json]")
		}
		fmt.Fprintf(fs.Output(), "\n\n%s.\n\nFlags:\n", q.summary)
		fs.PrintDefaults()
		if q.name == "plan" {
			fmt.Fprint(fs.Output(), csvLayout)
		}
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if q.caseBody && fs.NArg() == 1 && cf.in == "" && cf.csv == "" {
		cf.in = fs.Arg(0)
	} else if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "vordering %s: unexpected argument %q\n", q.name, fs.Arg(0))
		return exitUsage
	}
	if !cf.hasAsOf {
		cf.asOf = today()
	}
	e, err := cf.rules.load()
	if err != nil {
		fmt.Fprintf(stderr, "vordering %s: %v\n", q.name, err)
		return exitFailed
	}
	if cf.lenient {
		e = e.lenient()
	}
	if cf.csv != "" {
		if cf.in != "" {
			fmt.Fprintf(stderr, "vordering %s: give --csv or --in, not both\n", q.name)
			return exitUsage
		}
		return planCSV(e, cf.csv, cf.asOf, cf.asJSON, stdout, stderr)
	}
	if cf.in != "" {
		body, err := readInput(cf.in)
		if err != nil {
			fmt.Fprintf(stderr, "vordering %s: %v\n", q.name, err)
			return exitFailed
		}
		if err := vordering.DecodeJSON(body, req); err != nil {
			fmt.Fprintf(stderr, "vordering %s: %s: %v\n", q.name, cf.in, err)
			return exitFailed
		}
	} else if q.caseBody {
		fmt.Fprintf(stderr, "vordering %s: give the case as a JSON file (--in FILE or the argument)\n", q.name)
		fs.Usage()
		return exitUsage
	}
	for _, set := range c.pending {
		if err := set(); err != nil {
			fmt.Fprintf(stderr, "vordering %s: %v\n", q.name, err)
			return exitUsage
		}
	}
	res, err := q.answer(e, req, cf.asOf)
	if err != nil {
		fmt.Fprintf(stderr, "vordering %s: %v\n", q.name, err)
		if res != nil {
			fmt.Fprintf(stderr, "vordering %s: the partial answer follows\n", q.name)
			_ = printAnswer(stdout, q, res, cf)
		}
		return exitFailed
	}
	if err := printAnswer(stdout, q, res, cf); err != nil {
		fmt.Fprintf(stderr, "vordering %s: %v\n", q.name, err)
		return exitFailed
	}
	return exitOK
}

func printAnswer(w io.Writer, q *question, res any, cf commonFlags) error {
	if cf.asJSON {
		b, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	return writeText(w, q.name+" (as of "+cf.asOf.String()+")", res)
}

// readInput reads a request file, or standard input for "-", up to
// vordering.MaxJSONBytes.
func readInput(name string) ([]byte, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, vordering.MaxJSONBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > vordering.MaxJSONBytes {
		return nil, fmt.Errorf("%s: larger than %d bytes", name, vordering.MaxJSONBytes)
	}
	return b, nil
}
