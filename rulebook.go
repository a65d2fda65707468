package vordering

import (
	"github.com/rickb777/date"
)

// RulesCheckedAsOf is the date up to which Vordering's rule tables were last
// checked against their sources. A figure published after this date is not in
// the tables yet; where a figure is set per period, a lookup for a period
// that has none returns an error wrapping [ErrNoRuleInForce]. Examples print
// this date so that a user can see how fresh the data is.
const RulesCheckedAsOf = "2026-11-22"

// RulesAsOf returns [RulesCheckedAsOf] as a date.
func RulesAsOf() date.Date { return date.New(2026, 11, 22) }

// RuleTable is one table of the auditor's rulebook (RULES.md): a title, the
// names of its value columns, and its rows with their periods and citations.
// Packages describe their tables with it; the generator in
// internal/cmd/genrules renders them.
type RuleTable struct {
	Package string   // the package that holds the table, e.g. "costs"
	Country Country  // the country the table belongs to; zero for both
	Title   string   // e.g. "NL statutory interest (art. 6:119 BW)"
	About   string   // one or two sentences on what the table is and how it is used
	Columns []string // headings of the value columns (the period and source columns are added)
	Rows    []RuleRow
}

// RuleRow is one row of a [RuleTable]. A row without a period (a rule that
// is not effective-dated, such as a statutory term) leaves From zero.
type RuleRow struct {
	From  date.Date // first day in force; zero when the row is not dated
	Until date.Date // last day in force; zero when still in force
	Cells []string  // one per column of the table
	Cite  Citation
	Note  string
}

// Describe turns a timeline into a [RuleTable], rendering each row's value
// into cells with the given function.
func Describe[T any](pkg string, c Country, t Timeline[T], about string, columns []string, cells func(T) []string) RuleTable {
	rt := RuleTable{Package: pkg, Country: c, Title: t.Name, About: about, Columns: columns}
	rt.Rows = make([]RuleRow, len(t.Rows))
	for i, r := range t.Rows {
		rt.Rows[i] = RuleRow{From: r.From, Until: r.Until, Cells: cells(r.Value), Cite: r.Cite, Note: r.Note}
	}
	return rt
}
