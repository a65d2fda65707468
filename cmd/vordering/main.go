// Command vordering asks Vordering's questions from the command line and
// serves them as an HTTP JSON API, for programs not written in Go and for
// people who want an answer without writing one.
//
//	vordering deadline --country BE --event 2025-06-30 --term appeal
//	vordering interest --country NL --kind statutory --principal 10000 --from 2025-01-31 --to 2025-06-30
//	vordering plan --in case.json --as-of 2025-06-30 --json
//	vordering plan --csv invoices.csv
//	vordering rules list
//	vordering serve --addr 127.0.0.1:8080
//
// Every question prints the answer with its explanation (steps and
// citations) for a person, or with --json the JSON the library's answer
// marshals to. --as-of is the day the question is asked (today by default).
// Every question also reads its request as JSON with --in FILE ("-" for
// standard input): the same body as POST /v1/<question> of the API, decoded
// strictly (vordering.DecodeJSON), an error naming the field path; flags
// given next to --in replace the fields they name.
//
// Run "vordering help" for the list of commands and "vordering <command>
// -h" for the flags of one.
//
// # Exit status
//
//	0  the answer was printed
//	1  the question has no answer: invalid input, no rule in force, a file
//	   that cannot be read; the message on stderr says why
//	2  the command line is wrong
//	3  plan --csv: some lines could not be planned (each is reported on
//	   stderr with its line number); the others were
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// The exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	exitSkipped = 3
)

// command is one subcommand.
type command struct {
	name, args, summary string
	run                 func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	var cs []command
	for _, q := range questions {
		q := q
		cs = append(cs, command{name: q.name, summary: q.summary, run: func(args []string, stdout, stderr io.Writer) int {
			return runQuestion(q, args, stdout, stderr)
		}})
	}
	cs = append(cs,
		command{name: "rules", args: "list|show|validate|diff", summary: "list the rule tables, show one, validate a rows file, diff two rule sets", run: runRules},
		command{name: "serve", summary: "serve the questions as an HTTP JSON API", run: runServe},
	)
	return cs
}

// run is the program: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			for _, c := range commands() {
				if c.name == rest[0] {
					return c.run([]string{"-h"}, stdout, stdout)
				}
			}
			fmt.Fprintf(stderr, "vordering: no command %q\n", rest[0])
			return exitUsage
		}
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(rest, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "vordering: no command %q (run \"vordering help\")\n", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `vordering answers questions of Belgian and Dutch debt-collection law, with
the legal basis of every answer.

Usage:
  vordering <command> [flags]
  vordering help [command]

Questions (human-readable answer with its explanation; --json for the
library's JSON; --as-of DAY, default today; --in FILE for a JSON request):
`)
	cs := commands()
	width := 0
	for _, c := range cs {
		width = max(width, len(c.name+" "+c.args))
	}
	for _, c := range cs {
		if c.name == "rules" {
			fmt.Fprint(w, "\nOther commands:\n")
		}
		fmt.Fprintf(w, "  %-*s  %s\n", width, strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	fmt.Fprintf(w, `
Example:
  vordering deadline --country BE --event 2025-06-30 --term appeal

Run "vordering <command> -h" for the flags of a command.
`)
}
