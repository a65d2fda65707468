package costs

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/rulebooktest"
	"github.com/vordering/vordering/internal/rulefmt"
)

func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// BE: legal rate, late-payment rate, Book XIX, flat 40, roll fees,
	// indemnity bands, indemnity index, bailiff classes; NL: statutory rate,
	// commercial rate, ECB series, WIK staffel, VAT, recurring cap, 14-day
	// letter, B2B minimum, Btag, three Wgbz schedules, liquidation tariff.
	rulebooktest.Shape(t, tables, "costs", 21)

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
			if got := rulebooktest.Cell(t, tables, tc.title, tc.on, tc.key, tc.col); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	// Schedules give one row per line of each period.
	for _, tc := range []struct {
		title string
		want  int
	}{
		{bailiffTariffsNL.Name, len(bailiffTariffsNL.Rows) * len(BailiffActs())},
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
		{rulefmt.Money(vordering.Euros(1860)), "1,860.00 EUR"},
		{rulefmt.Money(vordering.Cents(26667)), "266.67 EUR"},
		{rulefmt.Money(vordering.Euros(1000000)), "1,000,000.00 EUR"},
		{rulefmt.Amount(vordering.Euros(100)), "100"},
		{rulefmt.Amount(decimal.RequireFromString("-1234.5")), "-1,234.50"},
		{rulefmt.Rate(vordering.Percent(825, 2)), "8.25 %"},
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
