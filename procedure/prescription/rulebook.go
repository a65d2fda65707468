package prescription

import (
	"strconv"

	"github.com/vordering/vordering"
)

// Rulebook describes the tables of this package for the auditor's rulebook
// (RULES.md): the prescription terms of each country.
func Rulebook() []vordering.RuleTable {
	const pkg = "procedure"
	years := func(n int) []string {
		if n == 1 {
			return []string{"1 year"}
		}
		return []string{strconv.Itoa(n) + " years"}
	}
	prescription := "How long an invoice claim stays enforceable before it is time-barred; Prescription counts it from the due date and restarts it at each interruption."
	var tables []vordering.RuleTable
	for _, t := range []vordering.Timeline[int]{beGeneralTerm, bePeriodicTerm, beUtilityTerm, beTraderSaleTerm} {
		tables = append(tables, vordering.Describe(pkg, vordering.BE, t, prescription, []string{"term"}, years))
	}
	for _, t := range []vordering.Timeline[int]{nlContractTerm, nlPeriodicTerm, nlConsumerSaleTerm} {
		tables = append(tables, vordering.Describe(pkg, vordering.NL, t, prescription, []string{"term"}, years))
	}
	return tables
}
