package flow

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
)

// Rulebook describes the collection-flow tables for the auditor's
// rulebook (RULES.md): the transition table of the collection flow of each
// country, one row per edge, in table order, read from the very tables
// ValidateHistory and Next use; and the actor table of each country, one
// row per act.
func Rulebook() []vordering.RuleTable {
	return []vordering.RuleTable{
		rbFlow(vordering.BE, "BE collection flow (amicable, IOS, SRP, dagvaarding, local-authority dwangbevel, execution)"),
		rbFlow(vordering.NL, "NL collection flow (aanmaning, 14-dagenbrief, dagvaarding, Awb-dwangbevel, executie)"),
		rbActors(vordering.BE, "BE who acts"),
		rbActors(vordering.NL, "NL who acts"),
	}
}

// rbActors is the actor table of country c, in the order of escalation.
func rbActors(c vordering.Country, title string) vordering.RuleTable {
	t := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 28)},
		Package: "procedure", Country: c, Title: title,
		About: "Who performs each act of the flow, whether the creditor takes it (action) or can only watch for it (watch), whether it is a bailiff's writ " +
			"that may not be done on a Sunday or a holiday without leave (so its earliest day is a writ day), and its rank in the order of escalation the planner recommends from.",
		Columns: []string{"act", "actor", "role", "writ", "rank", "why"},
	}
	for _, r := range actorRows {
		cite := r.be
		if c == vordering.NL {
			cite = r.nl
		}
		if cite.IsZero() {
			continue
		}
		writ := "no"
		if r.writ {
			writ = "yes"
		}
		t.Rows = append(t.Rows, vordering.RuleRow{Cells: []string{r.act.String(), r.actor.String(), r.role.String(), writ, strconv.Itoa(r.rank), r.why}, Cite: cite})
	}
	return t
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
		known := vordering.Confidence(0)
		if e.PublicOnly {
			cond = append(cond, "public creditor's claim (Case.Public)")
		}
		if e.Region != 0 {
			cond = append(cond, "region "+e.Region.String())
			if e.Region == casefile.RegionBrussels {
				known = vordering.OneSource
			}
		}
		for _, k := range slices.Concat(e.Wait, e.Within) {
			if l := deadlines.KnownOf(c, k); l < vordering.TwoSources && (known == 0 || l < known) {
				known = l
			}
		}
		wait := rbKinds(e.Wait)
		if wait != "" && e.WaitFromReceipt {
			wait += " (from receipt)"
		}
		t.Rows = append(t.Rows, vordering.RuleRow{
			Cells: []string{from, e.To.String(), strings.Join(cond, "; "), wait, rbKinds(e.Within), e.Rule},
			Cite:  e.Cite, Known: known,
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
