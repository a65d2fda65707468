// Command genrules writes RULES.md, the auditor's rulebook, from the rule
// tables of every package. It is run by `go generate ./...` at the
// repository root (see the go:generate line in the root package's doc.go):
//
//	go run ./internal/cmd/genrules -o RULES.md
//
// The test TestRulesFresh in internal/rulebook fails when RULES.md differs
// from what this command would write, so the file cannot drift from the
// tables.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/vordering/vordering/internal/rulebook"
)

func main() {
	out := flag.String("o", "RULES.md", "file to write")
	flag.Parse()
	if err := os.WriteFile(*out, rulebook.Render(rulebook.Tables()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genrules:", err)
		os.Exit(1)
	}
}
