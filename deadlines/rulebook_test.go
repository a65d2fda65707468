package deadlines

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/internal/rulebooktest"
)

func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// BE: catalogue, holidays, art. 55; both countries: writ days; NL:
	// catalogue, Atw list, King's day, decree days.
	rulebooktest.Shape(t, tables, "deadlines", 8)

	// Every catalogued term appears once, in the catalogue of its country.
	n := 0
	for _, tb := range tables {
		if tb.Title == "BE statutory terms" || tb.Title == "NL statutory terms" {
			n += len(tb.Rows)
		}
	}
	if n != len(statutoryTerms) {
		t.Errorf("catalogue rows: %d, want %d (len(statutoryTerms))", n, len(statutoryTerms))
	}

	var zero date.Date
	cases := []struct {
		name, title string
		on          date.Date
		key, col    string
		want        string
	}{
		// statutory_terms.go: BE appeal, 1 month (art. 1051 Ger.W.),
		// eligible for the art. 50 al. 2 extension.
		{"BE appeal term", "BE statutory terms", zero, "appeal", "term", "1 month"},
		{"BE appeal article", "BE statutory terms", zero, "appeal", "article", "art. 1051 (with art. 50 al. 2)"},
		// statutory_terms.go: NL summons, one week counted back from the
		// hearing (art. 114 and 119 Rv).
		{"NL summons", "NL statutory terms", zero, "summons", "term", "1 week (backward)"},
		// be_holidays.go: Pinkstermaandag is Easter Sunday + 50 days.
		{"BE Whit Monday", "BE legal holidays (art. 53 Ger.W.)", d(2025, 6, 9), "Pinkstermaandag", "date rule", "Easter Sunday + 50 days"},
		// nl_holidays.go: from 2014, 27 April, Saturday 26 April when the
		// 27th is a Sunday.
		{"NL King's day 2025", "NL King's/Queen's birthday as celebrated", d(2025, 4, 26), "", "when it is a Sunday", "moved 1 day earlier"},
		{"NL Queen's day 1970", "NL King's/Queen's birthday as celebrated", d(1970, 4, 30), "", "when it is a Sunday", "moved 1 day later"},
		// nl_holidays.go: the decree for 2026–2028 equates 2 January 2026
		// first.
		{"NL decree 2026", "NL days equated with a holiday (art. 3 lid 3 Atw)", d(2026, 1, 2), "", "days equated with a holiday", "2026-01-02, 2026-05-15, 2027-05-07, 2028-04-28, 2028-05-26"},
		// term.go, abroadDays: other continent, 80 days (art. 55 Ger.W.).
		// writdays.go: art. 64 lid 2 Rv names Sunday and the holidays, not
		// Saturday.
		{"NL writ Saturday", "Writ days: when a bailiff may serve or enforce without leave (NL art. 64 Rv, BE art. 47 Ger.W.)", zero, "NL", "Saturday", "open (art. 64 lid 2 names Sunday and the holidays only)"},
		{"BE abroad", "BE extension for parties abroad (art. 55 Ger.W.)", zero, "other-continent", "days added", "80"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := rulebooktest.Cell(t, tables, tc.title, tc.on, tc.key, tc.col); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	// The holiday lists: one row per holiday per period of the table.
	for _, tb := range tables {
		switch tb.Title {
		case beHolidayTable.Name:
			if want := len(beHolidayTable.Rows) * len(beHolidayList); len(tb.Rows) != want {
				t.Errorf("%q: %d rows, want %d", tb.Title, len(tb.Rows), want)
			}
		case nlAtwTable.Name:
			if want := len(nlAtwTable.Rows) * len(nlFixedList); len(tb.Rows) != want {
				t.Errorf("%q: %d rows, want %d", tb.Title, len(tb.Rows), want)
			}
		}
	}
}

// TestRulebookDeterministic: two calls describe the tables identically.
func TestRulebookDeterministic(t *testing.T) {
	a, b := Rulebook(), Rulebook()
	for i := range a {
		for j := range a[i].Rows {
			for k := range a[i].Rows[j].Cells {
				if a[i].Rows[j].Cells[k] != b[i].Rows[j].Cells[k] {
					t.Fatalf("table %q row %d cell %d differs between calls", a[i].Title, j, k)
				}
			}
		}
	}
}
