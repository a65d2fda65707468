package garnishment

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/internal/rulebooktest"
)

func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// BE: thresholds, band shares, goods, income sources; NL: norms, 95 %.
	rulebooktest.Shape(t, tables, "garnishment", 6)

	var zero date.Date
	cases := []struct {
		name, title string
		on          date.Date
		key, col    string
		want        string
	}{
		// be_wage_brackets.go: 2025 figures, KB 5.12.2024: T1 1,388, child 86.
		{"BE T1 2025", beWageThresholds.Name, date.New(2025, 3, 1), "", "T1", "1,388.00 EUR"},
		{"BE child 2025", beWageThresholds.Name, date.New(2025, 3, 1), "", "per dependent child", "86.00 EUR"},
		// be_wage_brackets.go: the energy-crisis row of 1.1–31.3.2023 is temporary.
		{"BE 2023 Q1 temporary", beWageThresholds.Name, date.New(2023, 2, 1), "", "kind", "temporary increase"},
		// seizable.go / be_seizable.go: replacement income, T2–T3 at 40 %.
		{"BE replacement band", "BE share seizable per band (art. 1409 §1 and §1bis Ger.W.)", zero, "over T2 up to T3", "replacement income", "40 %"},
		{"BE work band", "BE share seizable per band (art. 1409 §1 and §1bis Ger.W.)", zero, "over T2 up to T3", "work income", "30 %"},
		// be_exempt_goods.go: from 25.6.2023 a phone up to 500 and 15 days.
		{"BE phone cap", beGoodsRules.Name, date.New(2024, 1, 1), "", "mobile phone cap, each", "500.00 EUR"},
		{"BE objection 2010", beGoodsRules.Name, date.New(2010, 1, 1), "", "objection term (days)", "5"},
		// be_exempt_income.go: the leefloon is on the art. 1410 §2 list.
		{"BE leefloon", "BE income sources and their seizability (art. 1409–1410 Ger.W.)", zero, "leefloon", "seizability", "unseizable"},
		{"BE pension", "BE income sources and their seizability (art. 1409–1410 Ger.W.)", zero, "pension", "seizability", "replacement-scale"},
		// nl_beslagvrije_voet.go: norms per 1.1.2025, 1,345.45 / 1,922.07.
		{"NL single 2025", nlBijstandsnormen.Name, date.New(2025, 2, 1), "", "single, single parent", "1,345.45 EUR"},
		{"NL couple 2025", nlBijstandsnormen.Name, date.New(2025, 2, 1), "", "couple, couple with children", "1,922.07 EUR"},
		// nl_beslagvrije_voet.go: bvvRate, 95 % (art. 475da Rv).
		{"NL share", "NL share of the norm left to the debtor (art. 475da Rv)", zero, "", "share", "95 %"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := rulebooktest.Cell(t, tables, tc.title, tc.on, tc.key, tc.col); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	// Every unseizable source of the catalogue is marked so, and only those.
	for _, tb := range tables {
		if tb.Title != "BE income sources and their seizability (art. 1409–1410 Ger.W.)" {
			continue
		}
		n := 0
		for _, r := range tb.Rows {
			if r.Cells[1] == Unseizable.String() {
				n++
			}
		}
		if n != len(UnseizableIncomes()) {
			t.Errorf("%d unseizable rows, want %d (UnseizableIncomes())", n, len(UnseizableIncomes()))
		}
	}
}
