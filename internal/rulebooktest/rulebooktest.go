// Package rulebooktest holds the checks that every package's rulebook test
// shares: the shape every table of RULES.md must have, and a look-up of one
// cell for spot checks against the tables.
package rulebooktest

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Shape checks what every rulebook table must have: a title,
// columns, rows, one cell per column, no empty cell, and a citation on every
// dated row.
func Shape(t *testing.T, tables []vordering.RuleTable, pkg string, want int) {
	t.Helper()
	if len(tables) != want {
		t.Fatalf("Rulebook() returned %d tables, want %d", len(tables), want)
	}
	titles := map[string]bool{}
	for _, tb := range tables {
		if tb.Package != pkg {
			t.Errorf("%q: Package %q, want %q", tb.Title, tb.Package, pkg)
		}
		if tb.Title == "" || tb.About == "" {
			t.Errorf("table without title or about: %+v", tb)
		}
		if titles[tb.Title] {
			t.Errorf("duplicate title %q", tb.Title)
		}
		titles[tb.Title] = true
		if len(tb.Columns) == 0 || len(tb.Rows) == 0 {
			t.Errorf("%q: %d columns, %d rows; want both > 0", tb.Title, len(tb.Columns), len(tb.Rows))
		}
		for i, r := range tb.Rows {
			if len(r.Cells) != len(tb.Columns) {
				t.Errorf("%q row %d: %d cells for %d columns", tb.Title, i, len(r.Cells), len(tb.Columns))
			}
			for j, c := range r.Cells {
				if c == "" {
					t.Errorf("%q row %d: cell %d is empty", tb.Title, i, j)
				}
			}
			if !r.From.IsZero() && r.Cite.Instrument == "" {
				t.Errorf("%q row %d (from %s): no citation", tb.Title, i, r.From)
			}
			if r.From.IsZero() && r.Cite.IsZero() {
				t.Errorf("%q row %d: undated row without citation", tb.Title, i)
			}
		}
	}
}

// Cell returns the cell in column col of the first row of table title
// that is in force on day on (or undated, when on is zero) and whose first
// cell is key.
func Cell(t *testing.T, tables []vordering.RuleTable, title string, on date.Date, key, col string) string {
	t.Helper()
	for _, tb := range tables {
		if tb.Title != title {
			continue
		}
		ci := -1
		for i, c := range tb.Columns {
			if c == col {
				ci = i
			}
		}
		if ci < 0 {
			t.Fatalf("%q has no column %q", title, col)
		}
		for _, r := range tb.Rows {
			p := vordering.Period{From: r.From, Until: r.Until}
			if (on.IsZero() || p.Contains(on)) && (key == "" || r.Cells[0] == key) {
				return r.Cells[ci]
			}
		}
		t.Fatalf("%q: no row on %s with key %q", title, on, key)
	}
	t.Fatalf("no table %q", title)
	return ""
}
