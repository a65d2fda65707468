package vordering

import (
	"github.com/rickb777/date"
)

// RulesCheckedAsOf is the date up to which Vordering's rule tables were last
// checked against their sources. A figure published after this date is not in
// the tables yet; where a figure is set per period, a lookup for a period
// that has none returns an error wrapping [ErrNoRuleInForce]. Examples print
// this date so that a user can see how fresh the data is.
const RulesCheckedAsOf = "2026-11-28"

// RulesAsOf returns [RulesCheckedAsOf] as a date.
func RulesAsOf() date.Date { return date.New(2026, 11, 28) }

// RuleTable is one table of the auditor's rulebook (RULES.md): a title, the
// names of its value columns, and its rows with their periods and citations.
// Packages describe their tables with it; the generator in
// internal/cmd/genrules renders them.
type RuleTable struct {
	Package string    `json:"package"`          // the package that holds the table, e.g. "costs"
	Country Country   `json:"country,omitzero"` // the country the table belongs to; zero for both
	Title   string    `json:"title"`            // e.g. "NL statutory interest (art. 6:119 BW)"
	About   string    `json:"about,omitempty"`  // one or two sentences on what the table is and how it is used
	Columns []string  `json:"columns"`          // headings of the value columns (the period and source columns are added)
	Rows    []RuleRow `json:"rows"`
	// Meta is the table's own metadata: how its rows are known unless a
	// row says otherwise, when it was last checked, and why it ends where it
	// does.
	Meta Meta `json:"meta"`
	// Legend explains the source abbreviations the rows use.
	Legend []Source `json:"legend,omitempty"`
}

// Source is one entry of a table's legend: the abbreviation a row's
// Sources use, what it stands for and where to read it.
type Source struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// RuleRow is one row of a [RuleTable]. A row without a period (a rule that
// is not effective-dated, such as a statutory term) leaves From zero.
type RuleRow struct {
	From  date.Date `json:"from,omitzero"`  // first day in force; zero when the row is not dated
	Until date.Date `json:"until,omitzero"` // last day in force; zero when still in force
	Cells []string  `json:"cells"`          // one per column of the table
	Cite  Citation  `json:"cite"`
	Note  string    `json:"note,omitempty"`
	// Known is how the row is known; zero takes the table's Meta.Known.
	Known Confidence `json:"known,omitzero"`
	// Sources are the confirming sources, by the keys of the table's
	// Legend or by name.
	Sources []string `json:"sources,omitempty"`
}

// Level returns how row r of the table is known.
func (t RuleTable) Level(r RuleRow) Confidence {
	if r.Known != 0 {
		return r.Known
	}
	return t.Meta.Known
}

// Describe turns a timeline into a [RuleTable], rendering each row's value
// into cells with the given function.
func Describe[T any](pkg string, c Country, t Timeline[T], about string, columns []string, cells func(T) []string) RuleTable {
	return DescribeLines(pkg, c, t, about, columns, func(v T) [][]string { return [][]string{cells(v)} })
}

// DescribeLines is [Describe] for a timeline whose value is a schedule: each
// row becomes one rulebook row per line of its schedule, all with the row's
// period, citation and level; the row's note and sources go on its first
// line.
func DescribeLines[T any](pkg string, c Country, t Timeline[T], about string, columns []string, lines func(T) [][]string) RuleTable {
	rt := RuleTable{Package: pkg, Country: c, Title: t.Name, About: about, Columns: columns, Meta: t.Meta}
	rt.Rows = make([]RuleRow, 0, len(t.Rows))
	for _, r := range t.Rows {
		for i, cells := range lines(r.Value) {
			row := RuleRow{From: r.From, Until: r.Until, Cells: cells, Cite: r.Cite, Known: t.Level(r)}
			if i == 0 {
				row.Note = r.Note
				row.Sources = append([]string(nil), r.Sources...)
			}
			rt.Rows = append(rt.Rows, row)
		}
	}
	return rt
}
