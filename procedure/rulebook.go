package procedure

import (
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// Rulebook describes the rule tables of this package for the auditor's
// rulebook (RULES.md): the IOS and SRP conditions with figures, the
// prescription terms, the effects of each debtor status and the collection
// flow of each country.
func Rulebook() []vordering.RuleTable {
	const pkg = "procedure"
	years := func(n int) []string {
		if n == 1 {
			return []string{"1 year"}
		}
		return []string{strconv.Itoa(n) + " years"}
	}
	prescription := "How long an invoice claim stays enforceable before it is time-barred; Prescription counts it from the due date and restarts it at each interruption."
	tables := []vordering.RuleTable{
		vordering.Describe(pkg, vordering.BE, beIOSRegisters,
			"The enterprise registers in which creditor and debtor must be entered for the IOS route.",
			[]string{"registers (ISO country)"}, func(v []string) []string { return []string{strings.Join(v, ", ")} }),
		vordering.Describe(pkg, vordering.BE, beIOSAccessoryCap,
			"Interest and penalty clauses together may be recovered through IOS up to this share of the principal.",
			[]string{"cap (share of principal)"}, func(v decimal.Decimal) []string { return []string{v.Shift(2).String() + " %"} }),
		vordering.Describe(pkg, vordering.BE, beSRPCeiling,
			"The highest claim for which the summary payment order may be asked.",
			[]string{"ceiling (EUR)"}, func(v decimal.Decimal) []string { return []string{v.StringFixed(2)} }),
	}
	for _, t := range []vordering.Timeline[int]{beGeneralTerm, bePeriodicTerm, beUtilityTerm, beTraderSaleTerm} {
		tables = append(tables, vordering.Describe(pkg, vordering.BE, t, prescription, []string{"term"}, years))
	}
	for _, t := range []vordering.Timeline[int]{nlContractTerm, nlPeriodicTerm, nlConsumerSaleTerm} {
		tables = append(tables, vordering.Describe(pkg, vordering.NL, t, prescription, []string{"term"}, years))
	}
	tables = append(tables,
		statusTable(pkg, vordering.BE, "BE effects of the debtor's status", beStatusEffects),
		statusTable(pkg, vordering.NL, "NL effects of the debtor's status", nlStatusEffects))
	return append(tables, flowRulebook()...)
}

// statusTable lists the effect of each status, in the order of the
// DebtorStatus constants (never in map order, so the output is stable).
func statusTable(pkg string, c vordering.Country, title string, effects map[DebtorStatus]StatusEffect) vordering.RuleTable {
	t := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: pkg, Country: c, Title: title,
		About:   "What each status of the debtor means for the collection: who receives the letters, which steps it rules out and why, and what the creditor should do instead.",
		Columns: []string{"status", "letters to", "steps ruled out", "what to do"},
	}
	for s := StatusNone + 1; s.Valid(); s++ {
		e, ok := effects[s]
		if !ok {
			continue
		}
		var forbidden []string
		for _, r := range e.Forbidden {
			forbidden = append(forbidden, r.Step.String()+": "+r.Reason.Text)
		}
		var cite vordering.Citation
		if len(e.Citations) > 0 {
			cite = e.Citations[0]
		}
		var more []string
		for _, c := range e.Citations[min(1, len(e.Citations)):] {
			more = append(more, c.String())
		}
		t.Rows = append(t.Rows, vordering.RuleRow{
			Cells: []string{s.String(), e.Addressee.String(), strings.Join(forbidden, "\n"), strings.Join(e.Actions, "\n")},
			Cite:  cite,
			Note:  strings.Join(more, "; "),
		})
	}
	return t
}
