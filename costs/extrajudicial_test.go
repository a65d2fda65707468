package costs

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

func TestExtrajudicialNL(t *testing.T) {
	cases := []struct {
		name   string
		claim  ExtrajudicialClaim
		due    bool
		quoted string
		amount string
		vat    string
		reason string // substring of Reason when not due
	}{
		// Worked cases of the staffel (Besluit BIK art. 2 lid 1), B2B so no
		// reminder is needed: 10,000 → 375 + 250 + 250 = 875.00.
		{name: "WIK 10,000", claim: ExtrajudicialClaim{Principal: tDec(t, "10000"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2024-01-10")},
			due: true, quoted: "875", amount: "875", vat: "0"},
		// 200,000 → 375 + 250 + 250 + 1,900 = 2,775.00.
		{name: "WIK 200,000", claim: ExtrajudicialClaim{Principal: tDec(t, "200000"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2024-01-10")},
			due: true, quoted: "2775", amount: "2775", vat: "0"},
		// 15 % of 100 is 15, below the minimum of 40 (art. 2 lid 2).
		{name: "minimum", claim: ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2024-01-10")},
			due: true, quoted: "40", amount: "40", vat: "0"},
		// 2,000,000 → 2,775 + 0.5 % × 1,800,000 = 11,775, capped at 6,775.
		{name: "maximum", claim: ExtrajudicialClaim{Principal: tDec(t, "2000000"), Debtor: vordering.PublicBody, AsOf: tDay(t, "2024-01-10")},
			due: true, quoted: "6775", amount: "6775", vat: "0"},
		// 1,234.57 × 15 % = 185.1855 → 185.19 (one half-up rounding).
		{name: "cents", claim: ExtrajudicialClaim{Principal: tDec(t, "1234.57"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2024-01-10")},
			due: true, quoted: "185.19", amount: "185.19", vat: "0"},
		// VAT uplift at 21 % from 1 October 2012: 875 × 21 % = 183.75.
		{name: "VAT 21", claim: ExtrajudicialClaim{Principal: tDec(t, "10000"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2012-10-01"), AddVAT: true},
			due: true, quoted: "875", amount: "875", vat: "183.75"},
		// VAT uplift at 19 % until 30 September 2012: 875 × 19 % = 166.25.
		{name: "VAT 19", claim: ExtrajudicialClaim{Principal: tDec(t, "10000"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2012-09-30"), AddVAT: true},
			due: true, quoted: "875", amount: "875", vat: "166.25"},
		// Consumer, letter received 1 March 2024: the 14 days run 2 to 15
		// March (art. 6:96 lid 6 BW; HR 25.11.2016), costs due from 16 March.
		{name: "consumer during the 14 days", claim: ExtrajudicialClaim{Principal: tDec(t, "500"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-15"), ReminderReceived: tDay(t, "2024-03-01")},
			due: false, quoted: "75", amount: "0", vat: "0", reason: "2024-03-16"},
		{name: "consumer after the 14 days", claim: ExtrajudicialClaim{Principal: tDec(t, "500"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-16"), ReminderReceived: tDay(t, "2024-03-01"), AddVAT: true},
			due: true, quoted: "75", amount: "75", vat: "15.75"},
		{name: "consumer without letter", claim: ExtrajudicialClaim{Principal: tDec(t, "500"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-16")},
			due: false, quoted: "75", amount: "0", vat: "0", reason: "no 14-day letter"},
		{name: "letter before default", claim: ExtrajudicialClaim{Principal: tDec(t, "500"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-04-16"), Default: tDay(t, "2024-03-05"), ReminderReceived: tDay(t, "2024-03-01")},
			due: false, quoted: "75", amount: "0", vat: "0", reason: "before the default"},
		// Small recurring consumer claim from 1 October 2024: an instalment of
		// 100 gives the minimum 40, but 120 was already charged in the six
		// months, so only 140 − 120 = 20 remains.
		{name: "recurring cap", claim: ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-11-20"), ReminderReceived: tDay(t, "2024-11-01"), Instalment: true, CostsLastSixMonths: tDec(t, "120")},
			due: true, quoted: "20", amount: "20", vat: "0"},
		{name: "recurring cap used up", claim: ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-11-20"), ReminderReceived: tDay(t, "2024-11-01"), Instalment: true, CostsLastSixMonths: tDec(t, "140")},
			due: true, quoted: "0", amount: "0", vat: "0", reason: "used up"},
		// The cap is not in force before 1 October 2024.
		{name: "recurring before cap", claim: ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-09-30"), ReminderReceived: tDay(t, "2024-09-01"), Instalment: true, CostsLastSixMonths: tDec(t, "140")},
			due: true, quoted: "40", amount: "40", vat: "0"},
		// An instalment of 266.67 or more is outside the cap.
		{name: "recurring above threshold", claim: ExtrajudicialClaim{Principal: tDec(t, "300"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-11-20"), ReminderReceived: tDay(t, "2024-11-01"), Instalment: true, CostsLastSixMonths: tDec(t, "140")},
			due: true, quoted: "45", amount: "45", vat: "0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extrajudicial(vordering.NL, c.claim)
			if err != nil {
				t.Fatal(err)
			}
			if res.Due != c.due {
				t.Errorf("Due = %v, want %v (reason %q)", res.Due, c.due, res.Reason)
			}
			tEq(t, "Quoted", res.Quoted, c.quoted)
			tEq(t, "Amount", res.Amount, c.amount)
			tEq(t, "VAT", res.VAT, c.vat)
			if c.reason != "" && !strings.Contains(res.Reason, c.reason) {
				t.Errorf("Reason = %q, want it to mention %q", res.Reason, c.reason)
			}
			if len(res.Citations) == 0 || len(res.Steps) == 0 {
				t.Errorf("result does not explain itself: %+v", res)
			}
		})
	}
}

func TestExtrajudicialBE(t *testing.T) {
	received := "2024-03-01"
	cases := []struct {
		name   string
		claim  ExtrajudicialClaim
		amount string
		maxInt string // the art. XIX.4 cap, "" when not given
	}{
		// Book XIX tiers (art. XIX.4 WER): ≤150 → 20.
		{"150", ExtrajudicialClaim{Principal: tDec(t, "150"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-20"), ReminderReceived: tDay(t, received)}, "20", "0.125"},
		// 300 → 30 + 10 % × 150 = 45.
		{"300", ExtrajudicialClaim{Principal: tDec(t, "300"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-20"), ReminderReceived: tDay(t, received)}, "45", "0.125"},
		// 1,000 → 65 + 5 % × 500 = 90.
		{"1000", ExtrajudicialClaim{Principal: tDec(t, "1000"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-20"), ReminderReceived: tDay(t, received)}, "90", "0.125"},
		// 50,000 → 65 + 5 % × 49,500 = 2,540, capped at 2,000.
		{"50000", ExtrajudicialClaim{Principal: tDec(t, "50000"), Debtor: vordering.Consumer, AsOf: tDay(t, "2025-08-20"), ReminderReceived: tDay(t, "2025-08-01")}, "2000", "0.105"},
		// Free reminder: during its 14 days nothing is due.
		{"during reminder", ExtrajudicialClaim{Principal: tDec(t, "1000"), Debtor: vordering.Consumer, AsOf: tDay(t, "2024-03-15"), ReminderReceived: tDay(t, received)}, "0", "0.125"},
		// New contract (from 1 September 2023), default in October 2023.
		{"new contract 2023", ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Consumer, AsOf: tDay(t, "2023-10-30"), Default: tDay(t, "2023-10-01"), ContractConcluded: tDay(t, "2023-09-10"), ReminderReceived: tDay(t, "2023-10-02")}, "20", "0.12"},
		// B2B: flat 40 (Act of 2 August 2002, art. 6), no reminder needed.
		{"B2B", ExtrajudicialClaim{Principal: tDec(t, "100000"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2020-01-10")}, "40", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Extrajudicial(vordering.BE, c.claim)
			if err != nil {
				t.Fatal(err)
			}
			tEq(t, "Amount", res.Amount, c.amount)
			if !res.VAT.IsZero() {
				t.Errorf("VAT = %s, want 0", res.VAT)
			}
			if c.maxInt == "" {
				if res.MaxInterestRate.Valid {
					t.Errorf("MaxInterestRate = %s, want none", res.MaxInterestRate.Decimal)
				}
			} else if !res.MaxInterestRate.Valid {
				t.Errorf("MaxInterestRate missing, want %s", c.maxInt)
			} else {
				tEq(t, "MaxInterestRate", res.MaxInterestRate.Decimal, c.maxInt)
			}
		})
	}
}

func TestExtrajudicialErrors(t *testing.T) {
	ok := ExtrajudicialClaim{Principal: tDec(t, "100"), Debtor: vordering.Enterprise, AsOf: tDay(t, "2024-01-01")}
	mod := func(f func(*ExtrajudicialClaim)) ExtrajudicialClaim { c := ok; f(&c); return c }
	cases := []struct {
		name  string
		c     vordering.Country
		claim ExtrajudicialClaim
		want  error
	}{
		{"no country", 0, ok, vordering.ErrInvalidInput},
		{"zero principal", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.Principal = tDec(t, "0") }), vordering.ErrInvalidInput},
		{"no debtor", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.Debtor = 0 }), vordering.ErrInvalidInput},
		{"no date", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.AsOf = c.AsOf.Add(-c.AsOf.DaysSinceEpoch()) }), vordering.ErrInvalidInput},
		{"negative history", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.CostsLastSixMonths = tDec(t, "-1") }), vordering.ErrInvalidInput},
		{"reminder after AsOf", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.ReminderReceived = tDay(t, "2024-02-01") }), vordering.ErrInvalidInput},
		// WIK before 1 July 2012, and a default that began before it (art. 3).
		{"WIK before 2012-07-01", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.AsOf = tDay(t, "2012-06-30") }), vordering.ErrNoRuleInForce},
		{"default before WIK", vordering.NL, mod(func(c *ExtrajudicialClaim) { c.Default = tDay(t, "2012-06-30") }), vordering.ErrNoRuleInForce},
		{"BE B2B before 2013-03-16", vordering.BE, mod(func(c *ExtrajudicialClaim) { c.AsOf = tDay(t, "2013-03-15") }), vordering.ErrNoRuleInForce},
		{"BE consumer before Book XIX", vordering.BE, mod(func(c *ExtrajudicialClaim) { c.Debtor = vordering.Consumer; c.AsOf = tDay(t, "2023-08-31") }), vordering.ErrNoRuleInForce},
		{"BE old contract Oct 2023", vordering.BE, mod(func(c *ExtrajudicialClaim) { c.Debtor = vordering.Consumer; c.AsOf = tDay(t, "2023-10-15") }), vordering.ErrNoRuleInForce},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Extrajudicial(c.c, c.claim)
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
}

// TestWIKPathsAgree checks that the integer path of the staffel and the
// decimal path give the same lines and the same amount, and likewise the
// VAT uplift.
func TestWIKPathsAgree(t *testing.T) {
	row := nlWIKScale.Rows[0]
	principals := []string{"0.01", "1", "266.66", "266.67", "266.7", "2500", "2500.01", "4999.99", "10000", "12345.67",
		"199999.99", "200000", "200000.01", "999999.99", "1000000", "1000000.01", "123456789", "0.005", "1e20"}
	for i := int64(1); i < 400; i++ {
		principals = append(principals, decimal.New(i*i*i*7919%100000000, -2).String())
	}
	for _, s := range principals {
		p := tDec(t, s)
		a1, s1 := wikCosts(&row, p, nil)
		a2, s2 := wikCostsDecimal(&row, p, nil)
		if !a1.Equal(a2) || len(s1) != len(s2) {
			t.Fatalf("principal %s: fast %s (%d lines), decimal %s (%d lines)", s, a1, len(s1), a2, len(s2))
		}
		for j := range s1 {
			if s1[j].Label != s2[j].Label || !s1[j].Base.Equal(s2[j].Base) || !s1[j].Amount.Equal(s2[j].Amount) {
				t.Fatalf("principal %s line %d: fast %+v, decimal %+v", s, j, s1[j], s2[j])
			}
		}
		for _, vr := range nlVATRate.Rows {
			if got, want := wikVATOn(a1, vr), vordering.RoundCents(a1.Mul(vr.Value), vordering.HalfUp); !got.Equal(want) {
				t.Fatalf("VAT on %s at %s: %s, want %s", a1, vr.Value, got, want)
			}
		}
	}
}

func TestResultJSON(t *testing.T) {
	res, err := Extrajudicial(vordering.NL, ExtrajudicialClaim{Principal: tDec(t, "1000"), Debtor: vordering.Consumer, AsOf: tDay(t, "2025-01-20"), ReminderReceived: tDay(t, "2025-01-02")})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"country":"NL"`, `"debtor":"consumer"`, `"due":true`, `"dueFrom":"2025-01-17"`, `"amount":"150"`, `"maxInterestRate":null`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
}

// The 14 days of art. 6:96 lid 6 BW are a statutory term, so the Algemene
// termijnenwet extends a last day that is not a working day (art. 1 lid 1
// Atw; debloggendedeurwaarder.nl: the Atw governs every statutory term).
// Hand computation per case in the comments.
func TestFourteenDayLetterAtw(t *testing.T) {
	cases := []struct {
		name     string
		received string
		dueFrom  string
	}{
		// Received Mon 3 March 2025: day 14 is Mon 17 March, a working day.
		{"working day", "2025-03-03", "2025-03-18"},
		// Received Sat 4 Jan 2025: day 14 is Sat 18 Jan; extended to Mon 20 Jan.
		{"Saturday", "2025-01-04", "2025-01-21"},
		// Received Fri 4 April 2025: day 14 is Good Friday 18 April (art. 3
		// lid 2 Atw); Sat, Sun and Easter Monday 21 April follow, so the term
		// runs to Tue 22 April.
		{"Good Friday and Easter", "2025-04-04", "2025-04-23"},
	}
	for _, c := range cases {
		claim := ExtrajudicialClaim{Principal: tDec(t, "1000"), Debtor: vordering.Consumer, AsOf: tDay(t, "2025-06-30"), ReminderReceived: tDay(t, c.received)}
		res, err := Extrajudicial(vordering.NL, claim)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := res.DueFrom.String(); got != c.dueFrom {
			t.Errorf("%s: DueFrom = %s, want %s", c.name, got, c.dueFrom)
		}
		// The day before DueFrom the costs are not yet due.
		claim.AsOf = res.DueFrom.Add(-1)
		if res, err := Extrajudicial(vordering.NL, claim); err != nil || res.Due || !res.Amount.IsZero() {
			t.Errorf("%s: on %s Due = %v, Amount = %s, err = %v; want not due", c.name, claim.AsOf, res.Due, res.Amount, err)
		}
	}
}
