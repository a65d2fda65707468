package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// checkRulebookShape checks what every rulebook table must have: a title,
// columns, rows, one cell per column, no empty cell, and a citation on every
// dated row.
func checkRulebookShape(t *testing.T, tables []vordering.RuleTable, pkg string, want int) {
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

// rbCell returns the cell in column col of the first row of table title
// that is in force on day on (or undated, when on is zero) and whose first
// cell is key.
func rbCell(t *testing.T, tables []vordering.RuleTable, title string, on date.Date, key, col string) string {
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

func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// BE: legal rate, late-payment rate, Book XIX, flat 40, roll fees,
	// indemnity bands, indemnity index; NL: statutory rate, commercial rate,
	// WIK staffel, VAT, recurring cap, 14-day letter, B2B minimum, Btag,
	// three Wgbz schedules, liquidation tariff.
	checkRulebookShape(t, tables, "costs", 19)

	cases := []struct {
		name, title string
		on          date.Date
		key, col    string
		want        string
	}{
		// nl_wik.go: 15 % of the first 2,500; at most 6,775.
		{"WIK first bracket", nlWIKScale.Name, ymd(2024, 1, 1), "up to 2,500", "rate or amount", "15 %"},
		{"WIK last bracket", nlWIKScale.Name, ymd(2024, 1, 1), "over 200,000", "rate or amount", "0.5 %"},
		{"WIK maximum", nlWIKScale.Name, ymd(2024, 1, 1), "maximum (any principal)", "rate or amount", "6,775.00 EUR"},
		// nl_interest_rates.go: handelsrente 8.25 % from 1 July 2011.
		{"NL commercial 2011 H2", nlCommercialRates.Name, ymd(2011, 9, 1), "", "yearly rate", "8.25 %"},
		// be_interest_rates.go: BE late-payment rate 2023 H1 10.50 %.
		{"BE late 2023 H1", beLatePaymentRates.Name, ymd(2023, 2, 1), "", "yearly rate", "10.5 %"},
		// be_book_xix.go: 30 plus 10 % above 150 for a balance up to 500.
		{"Book XIX second tier", beBookXIX.Name, ymd(2024, 1, 1), "over 150 up to 500", "flat damages at most", "30.00 EUR + 10 % of the part above 150"},
		// be_indemnity.go: band 2,500–5,000 has base 650.
		{"BE indemnity band", indemnityBaseTableBE.Name, ymd(2020, 1, 1), "over 2,500 up to 5,000", "base", "650.00 EUR"},
		{"BE indemnity undetermined", indemnityBaseTableBE.Name, ymd(2020, 1, 1), "undetermined value", "maximum", "10,000.00 EUR"},
		// be_indemnity.go: fifth step, 150 % from 1.11.2022.
		{"BE indemnity index", indemnityIndexBE.Name, ymd(2023, 1, 1), "", "factor on the base amounts", "150 %"},
		// be_court_fees.go: 50 at the vredegerecht from 1.2.2019.
		{"BE roll fee", roleFeeTableBE.Name, ymd(2019, 2, 1), "", "vredegerecht, politierechtbank", "50.00 EUR"},
		// nl_bailiff_fees.go: 2024 summons (sub a) 112.37.
		{"Btag 2024 summons", bailiffTariffsNL.Name, ymd(2024, 6, 1), "dagvaarding", "amount excl. VAT", "112.37 EUR"},
		// nl_court_fees.go: kanton 2022, natural person above 12,500: 693.
		{"kanton 2022", courtFeesNLKanton.Name, ymd(2022, 6, 1), "over 12,500", "natuurlijke persoon", "693.00 EUR"},
		// nl_court_fees.go: the hof column for natural persons is unconfirmed.
		{"hof natural", courtFeesNLHof.Name, ymd(2024, 6, 1), "up to 12,500", "natuurlijke persoon", "not confirmed"},
		// nl_liquidation_tariff.go: 2024 table, top band 1,628 per point, no maximum.
		{"liquidation top", liquidationKantonNL.Name, ymd(2024, 6, 1), "over 1,000,000", "tariff per point", "1,628.00 EUR"},
		{"liquidation top points", liquidationKantonNL.Name, ymd(2024, 6, 1), "over 1,000,000", "maximum points", "no maximum"},
		{"liquidation first points", liquidationKantonNL.Name, ymd(2024, 6, 1), "up to 250", "maximum points", "3"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := rbCell(t, tables, tc.title, tc.on, tc.key, tc.col); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	// Schedules give one row per line of each period.
	for _, tc := range []struct {
		title string
		want  int
	}{
		{bailiffTariffsNL.Name, len(bailiffTariffsNL.Rows) * len(BailiffActs)},
		{nlWIKScale.Name, 5 + 2},                                             // five brackets, minimum, maximum
		{indemnityBaseTableBE.Name, 13 + 1},                                  // thirteen bands and the art. 3 line
		{liquidationKantonNL.Name, len(liquidationKantonNL.Rows) * (14 + 1)}, // fourteen bands and the undetermined range
	} {
		for _, tb := range tables {
			if tb.Title == tc.title && len(tb.Rows) != tc.want {
				t.Errorf("%q: %d rows, want %d", tc.title, len(tb.Rows), tc.want)
			}
		}
	}
}

func TestRulebookFormats(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{rbMoney(vordering.Euros(1860)), "1,860.00 EUR"},
		{rbMoney(vordering.Cents(26667)), "266.67 EUR"},
		{rbMoney(vordering.Euros(1000000)), "1,000,000.00 EUR"},
		{rbAmount(vordering.Euros(100)), "100"},
		{rbAmount(decimal.RequireFromString("-1234.5")), "-1,234.50"},
		{rbRate(vordering.Percent(825, 2)), "8.25 %"},
		{rbBand(vordering.Euros(2500), vordering.Euros(5000), true, false), "over 2,500 up to 5,000"},
		{rbBand(decimal.Zero, vordering.Euros(2500), true, true), "up to 2,500"},
		{rbBand(vordering.Euros(200000), decimal.Zero, false, false), "over 200,000"},
	}
	for _, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
