package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vordering/vordering"
)

const rulesUsage = `Usage:
  vordering rules list [--json] [rows-file flags]
      one line per table of the rule set: number, package, country, title,
      rows and span; --json prints the whole rulebook ([]vordering.RuleTable),
      the input of "rules diff"
  vordering rules show [--json] [rows-file flags] TABLE
      one table with every row, its period, figures, level and citation;
      TABLE is its number in "rules list" or words of its title
  vordering rules validate --table NAME [--country BE|NL] [--kind statutory|commercial] FILE
      check a rows file (the CSV of vordering.ParseRows) as the library
      would on loading it, and list the rows it changes; NAME is one of
      rates (needs --country and --kind), be-thresholds, nl-norms,
      ceiling (needs --country), nl-equated-days
  vordering rules diff [rows-file flags]
  vordering rules diff OLD.json NEW.json
      the rows that differ (vordering.DiffTables): between the built-in
      rules and those with the rows files supplied, or between two
      rulebooks saved with "rules list --json"

Rows-file flags (also on every question and on serve):
`

func runRules(args []string, stdout, stderr io.Writer) int {
	help := func(w io.Writer) {
		fmt.Fprint(w, rulesUsage)
		fs := flag.NewFlagSet("rules", flag.ContinueOnError)
		fs.SetOutput(w)
		var rf ruleFiles
		rf.register(fs)
		fs.PrintDefaults()
	}
	if len(args) == 0 {
		help(stderr)
		return exitUsage
	}
	sub, rest := args[0], args[1:]
	fs := flag.NewFlagSet("vordering rules "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { help(fs.Output()) }
	var rf ruleFiles
	var asJSON bool
	switch sub {
	case "-h", "-help", "--help", "help":
		help(stdout)
		return exitOK
	case "list", "show", "diff":
		fs.BoolVar(&asJSON, "json", false, "print JSON")
		rf.register(fs)
	case "validate":
		return rulesValidate(rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "vordering rules: no subcommand %q\n", sub)
		help(stderr)
		return exitUsage
	}
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "vordering rules %s: %v\n", sub, err)
		return exitFailed
	}
	if sub == "diff" && fs.NArg() == 2 {
		if len(rf) > 0 {
			fmt.Fprintln(stderr, "vordering rules diff: give two rulebooks or rows-file flags, not both")
			return exitUsage
		}
		a, err := readRulebook(fs.Arg(0))
		if err != nil {
			return fail(err)
		}
		b, err := readRulebook(fs.Arg(1))
		if err != nil {
			return fail(err)
		}
		return printDiff(stdout, vordering.DiffTables(a, b), asJSON)
	}
	e, err := rf.load()
	if err != nil {
		return fail(err)
	}
	book := e.rulebook()
	switch sub {
	case "list":
		if fs.NArg() != 0 {
			fmt.Fprintf(stderr, "vordering rules list: unexpected argument %q\n", fs.Arg(0))
			return exitUsage
		}
		if asJSON {
			return printJSON(stdout, stderr, book)
		}
		for i, t := range book {
			country := "BE+NL"
			if t.Country != 0 {
				country = t.Country.String()
			}
			fmt.Fprintf(stdout, "%3d  %-12s %-5s %s (%d rows%s)\n", i+1, t.Package, country, t.Title, len(t.Rows), span(t))
		}
		return exitOK
	case "show":
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "vordering rules show: name the table (its number in \"rules list\" or words of its title)")
			return exitUsage
		}
		t, err := findTable(book, strings.Join(fs.Args(), " "))
		if err != nil {
			return fail(err)
		}
		if asJSON {
			return printJSON(stdout, stderr, t)
		}
		if err := writeText(stdout, "", t); err != nil {
			return fail(err)
		}
		return exitOK
	default: // diff
		if fs.NArg() != 0 {
			fmt.Fprintln(stderr, "vordering rules diff: give two rulebook files (OLD.json NEW.json) or rows-file flags")
			return exitUsage
		}
		if len(rf) == 0 {
			fmt.Fprintln(stderr, "vordering rules diff: give two rulebook files (OLD.json NEW.json) or rows-file flags")
			return exitUsage
		}
		return printDiff(stdout, vordering.DiffTables(newEngine().rulebook(), book), asJSON)
	}
}

// span renders the period a table's rows cover.
func span(t vordering.RuleTable) string {
	if len(t.Rows) == 0 {
		return ""
	}
	first, last := t.Rows[0], t.Rows[len(t.Rows)-1]
	until := "open"
	if !last.Until.IsZero() {
		until = last.Until.String()
	}
	return ", " + first.From.String() + " to " + until
}

// findTable finds a table by its number or by words of its title.
func findTable(book []vordering.RuleTable, name string) (vordering.RuleTable, error) {
	if n, err := strconv.Atoi(name); err == nil {
		if n < 1 || n > len(book) {
			return vordering.RuleTable{}, fmt.Errorf("no table %d (there are %d)", n, len(book))
		}
		return book[n-1], nil
	}
	var found []vordering.RuleTable
	for _, t := range book {
		if strings.EqualFold(t.Title, name) {
			return t, nil
		}
		if strings.Contains(strings.ToLower(t.Title), strings.ToLower(name)) {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return vordering.RuleTable{}, fmt.Errorf("no table's title holds %q (see \"vordering rules list\")", name)
	case 1:
		return found[0], nil
	}
	var titles []string
	for _, t := range found {
		titles = append(titles, "  "+t.Title)
	}
	return vordering.RuleTable{}, fmt.Errorf("%d tables' titles hold %q:\n%s", len(found), name, strings.Join(titles, "\n"))
}

func readRulebook(name string) ([]vordering.RuleTable, error) {
	b, err := readInput(name)
	if err != nil {
		return nil, err
	}
	var book []vordering.RuleTable
	if err := vordering.DecodeJSON(b, &book); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return book, nil
}

func printDiff(w io.Writer, changes []vordering.RowChange, asJSON bool) int {
	if asJSON {
		if changes == nil {
			changes = []vordering.RowChange{}
		}
		return printJSON(w, w, changes)
	}
	if len(changes) == 0 {
		fmt.Fprintln(w, "no differences")
		return exitOK
	}
	for _, c := range changes {
		line := ""
		if c.Line != "" {
			line = " " + c.Line
		}
		fmt.Fprintf(w, "%s: %s %s%s\n", c.Change, c.Table, c.Period, line)
		if c.Before != nil {
			fmt.Fprintf(w, "  before: %s\n", rowText(*c.Before))
		}
		if c.After != nil {
			fmt.Fprintf(w, "  after:  %s\n", rowText(*c.After))
		}
	}
	return exitOK
}

func rowText(r vordering.RuleRow) string {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Sprint(r)
	}
	return string(b)
}

func printJSON(stdout, stderr io.Writer, v any) int {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "vordering: %v\n", err)
		return exitFailed
	}
	stdout.Write(append(b, '\n'))
	return exitOK
}

// rulesValidate checks a rows file by supplying it to its table.
func rulesValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vordering rules validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var table, country, kind string
	var asJSON bool
	var names []string
	for _, t := range ruleTables {
		names = append(names, t.name)
	}
	fs.StringVar(&table, "table", "", "the table the rows are for: "+strings.Join(names, ", "))
	fs.StringVar(&country, "country", "", "BE or NL (rates, ceiling)")
	fs.StringVar(&kind, "kind", "", "statutory or commercial (rates)")
	fs.BoolVar(&asJSON, "json", false, "print the rows the file changes as JSON")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: vordering rules validate --table NAME [--country BE|NL] [--kind statutory|commercial] FILE\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() != 1 || table == "" {
		fs.Usage()
		return exitUsage
	}
	spec := fs.Arg(0)
	switch table {
	case "rates":
		spec = country + ":" + kind + "=" + fs.Arg(0)
	case "ceiling":
		spec = country + "=" + fs.Arg(0)
	}
	f, err := parseRuleFile(table, spec)
	if err != nil {
		fmt.Fprintf(stderr, "vordering rules validate: %v\n", err)
		return exitUsage
	}
	e := &engine{}
	if err := f.loadInto(e); err != nil {
		fmt.Fprintf(stderr, "vordering rules validate: invalid: %v\n", err)
		return exitFailed
	}
	e.link()
	changes := vordering.DiffTables(newEngine().rulebook(), e.rulebook())
	if asJSON {
		return printDiff(stdout, changes, true)
	}
	fmt.Fprintf(stdout, "%s: valid rows for %s; %d rows of the built-in rules change\n", fs.Arg(0), table, len(changes))
	return printDiff(stdout, changes, false)
}
