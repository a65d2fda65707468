package debtor

import (
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// Rulebook describes the tables of this package for the auditor's rulebook
// (RULES.md): the effects of each debtor status in each country.
func Rulebook() []vordering.RuleTable {
	const pkg = "procedure"
	return []vordering.RuleTable{
		statusTable(pkg, vordering.BE, "BE effects of the debtor's status", beStatusEffects),
		statusTable(pkg, vordering.NL, "NL effects of the debtor's status", nlStatusEffects),
	}
}

// statusTable lists the effect of each status, in the order of the
// DebtorStatus constants (never in map order, so the output is stable).
func statusTable(pkg string, c vordering.Country, title string, effects map[casefile.DebtorStatus]StatusEffect) vordering.RuleTable {
	t := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: pkg, Country: c, Title: title,
		About:   "What each status of the debtor means for the collection: who receives the letters, which steps it rules out and why, and what the creditor should do instead.",
		Columns: []string{"status", "letters to", "steps ruled out", "what to do"},
	}
	for s := casefile.StatusNone + 1; s.Valid(); s++ {
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
