package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
)

// ruleFile is one rows file (the CSV format of vordering.ParseRows) to
// supply to a table.
type ruleFile struct {
	table   string // one of ruleTables
	country vordering.Country
	kind    costs.InterestKind
	path    string
}

// ruleTables are the tables a caller can supply rows to, each with the
// Rules method that takes them.
var ruleTables = []struct{ name, method, arg string }{
	{"rates", "costs.Rules.WithRatesFile", "COUNTRY:KIND=FILE, e.g. NL:statutory=rates.csv"},
	{"be-thresholds", "garnishment.Rules.WithBEThresholdsFile", "FILE"},
	{"nl-norms", "garnishment.Rules.WithNLNormsFile", "FILE"},
	{"ceiling", "jurisdiction.Rules.WithCeilingFile", "COUNTRY=FILE, e.g. BE=ceiling.csv"},
	{"nl-equated-days", "deadlines.Rules.WithNLEquatedDays", "FILE"},
}

// ruleFiles are the rows files named on the command line, in order.
type ruleFiles []ruleFile

// register adds one flag per table to fs.
func (rf *ruleFiles) register(fs *flag.FlagSet) {
	for _, t := range ruleTables {
		fs.Func(t.name, "supply rows to the table ("+t.method+"): "+t.arg+"; repeatable", func(s string) error {
			f, err := parseRuleFile(t.name, s)
			if err != nil {
				return err
			}
			*rf = append(*rf, f)
			return nil
		})
	}
}

// parseRuleFile reads the argument of a rule-file flag of table.
func parseRuleFile(table, s string) (ruleFile, error) {
	f := ruleFile{table: table, path: s}
	switch table {
	case "rates", "ceiling":
		spec, path, ok := strings.Cut(s, "=")
		if !ok || path == "" {
			return f, fmt.Errorf("want COUNTRY%s=FILE, got %q", map[bool]string{true: ":KIND"}[table == "rates"], s)
		}
		f.path = path
		country, kind, hasKind := strings.Cut(spec, ":")
		c, err := vordering.ParseCountry(country)
		if err != nil {
			return f, err
		}
		f.country = c
		if table == "rates" {
			if !hasKind {
				return f, fmt.Errorf("want COUNTRY:KIND=FILE (KIND statutory or commercial), got %q", s)
			}
			if err := f.kind.UnmarshalText([]byte(kind)); err != nil {
				return f, err
			}
		} else if hasKind {
			return f, fmt.Errorf("want COUNTRY=FILE, got %q", s)
		}
	case "be-thresholds", "nl-norms", "nl-equated-days":
		if s == "" {
			return f, errors.New("want a file name")
		}
	default:
		return f, fmt.Errorf("no table %q", table)
	}
	return f, nil
}

// apply returns e with the rows of f supplied; the error names the file.
func (f ruleFile) apply(e *engine, r io.Reader) error {
	var err error
	switch f.table {
	case "rates":
		e.costs, err = e.costs.WithRatesFile(f.country, f.kind, r)
	case "be-thresholds":
		e.garnishment, err = e.garnishment.WithBEThresholdsFile(r)
	case "nl-norms":
		e.garnishment, err = e.garnishment.WithNLNormsFile(r)
	case "ceiling":
		e.jurisdiction, err = e.jurisdiction.WithCeilingFile(f.country, r)
	case "nl-equated-days":
		var rows []vordering.Row[deadlines.EquatedDays]
		rows, err = vordering.ParseRows[deadlines.EquatedDays](r)
		if err == nil {
			e.deadlines, err = e.deadlines.WithNLEquatedDays(rows...)
		}
	default:
		err = fmt.Errorf("no table %q", f.table)
	}
	if err != nil {
		return fmt.Errorf("--%s %s: %w", f.table, f.path, err)
	}
	e.supplied = append(e.supplied, "--"+f.table+" "+f.path)
	return nil
}

// load returns the engine of the built-in rule sets with every file
// supplied, in order.
func (rf ruleFiles) load() (*engine, error) {
	e := &engine{}
	for _, f := range rf {
		if err := f.loadInto(e); err != nil {
			return nil, err
		}
	}
	e.link()
	return e, nil
}

func (f ruleFile) loadInto(e *engine) error {
	file, err := os.Open(f.path)
	if err != nil {
		return fmt.Errorf("--%s: %w", f.table, err)
	}
	defer file.Close()
	// A rows file is a small table; refuse one that is not.
	return f.apply(e, io.LimitReader(file, vordering.MaxJSONBytes))
}
