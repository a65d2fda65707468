// Command quickstart runs Vordering's main example on built-in data: for one
// Belgian and one Dutch case it prints the answer with its legal basis.
//
// Run it from the repository root:
//
//	go run ./examples/quickstart
//
// It reads no file, clock or network: every date is written below, so the
// output is the same on every machine.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	section(w, "1. Appeal deadlines")

	// Belgium: a judgment served on 30 June 2025. The month for appeal
	// (art. 1051 Ger.W.) would end on 31 July, inside the judicial vacation,
	// so art. 50 extends it to 15 September.
	if err := appealDeadline(w, vordering.BE, date.New(2025, 6, 30)); err != nil {
		return err
	}
	// The Netherlands: a judgment of 29 August 2025. Three months (art. 339
	// Rv) end on Saturday 29 November; the Algemene termijnenwet moves the
	// last day to Monday 1 December.
	return appealDeadline(w, vordering.NL, date.New(2025, 8, 29))
}

func appealDeadline(w io.Writer, c vordering.Country, judgment date.Date) error {
	term, err := deadlines.Statutory(c, deadlines.Appeal)
	if err != nil {
		return err
	}
	d, err := deadlines.Compute(c, judgment, term)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, d.Explain())
	return nil
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
}
