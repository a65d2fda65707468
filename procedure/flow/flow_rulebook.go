package flow

import (
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// Rulebook describes the collection-flow tables for the auditor's
// rulebook (RULES.md): the transition table of the collection flow of each
// country, one row per edge, in table order, read from the very tables
// ValidateHistory and Next use.
func Rulebook() []vordering.RuleTable {
	return []vordering.RuleTable{
		rbFlow(vordering.BE, "BE collection flow (amicable, IOS, SRP, dagvaarding, execution)"),
		rbFlow(vordering.NL, "NL collection flow (aanmaning, 14-dagenbrief, dagvaarding, executie)"),
	}
}

func rbFlow(c vordering.Country, title string) vordering.RuleTable {
	t := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "procedure", Country: c, Title: title,
		About: "Each row is an act the law allows after another (\"start\": the first act of a collection), with the condition on the earlier act's outcome, the debtor or the title, " +
			"the statutory wait (terms of package deadlines, chained, counted from the earlier act or its receipt) and the window by whose end the act must be done. " +
			"Payments, acknowledgements, payment arrangements and the declaration of a claim are allowed at any time; letters are allowed at any time once proceedings have begun.",
		Columns: []string{"after", "act", "condition", "wait", "window", "rule"},
	}
	for _, e := range flows[c].edges { // read in place: the rows copy what they print
		from := "start"
		if e.From != 0 {
			from = e.From.String()
		}
		var cond []string
		if len(e.Outcomes) > 0 {
			os := make([]string, len(e.Outcomes))
			for i, o := range e.Outcomes {
				os[i] = o.String()
			}
			cond = append(cond, "outcome "+strings.Join(os, "/"))
		}
		if e.ConsumerOnly {
			cond = append(cond, "consumer debtor")
		}
		if e.NonConsumerOnly {
			cond = append(cond, "non-consumer debtor")
		}
		if vordering.HasDate(e.Since) {
			cond = append(cond, "earlier act from "+e.Since.String())
		}
		if vordering.HasDate(e.Before) {
			cond = append(cond, "earlier act before "+e.Before.String())
		}
		if e.Title != AnyTitle {
			cond = append(cond, "title: "+e.Title.String())
		}
		wait := rbKinds(e.Wait)
		if wait != "" && e.WaitFromReceipt {
			wait += " (from receipt)"
		}
		t.Rows = append(t.Rows, vordering.RuleRow{
			Cells: []string{from, e.To.String(), strings.Join(cond, "; "), wait, rbKinds(e.Within), e.Rule},
			Cite:  e.Cite,
		})
	}
	return t
}

func rbKinds(ks []deadlines.TermKind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = k.String()
	}
	return strings.Join(s, " then ")
}
