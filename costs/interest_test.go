package costs

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

type wantPeriod struct {
	from, until string
	days        int
	rate, base  string
	amount      string
}

func TestInterestWorkedCases(t *testing.T) {
	cases := []struct {
		name      string
		c         vordering.Country
		k         Kind
		principal string
		from, to  string
		opts      InterestOptions
		periods   []wantPeriod
		caps      []string // capitalisation dates
		total     string
	}{
		{
			// Multi-year NL case across rate changes (2 % → 4 % → 6 % → 7 %)
			// and one compounding anniversary (art. 6:119 lid 2 BW). Hand
			// computation, 365-day year, each period rounded half-up:
			//   10,000.00 × 2 % ×  77/365 =  42.19  (2022-10-16..2022-12-31)
			//   10,000.00 × 4 % × 181/365 = 198.36  (2023-01-01..2023-06-30)
			//   10,000.00 × 6 % × 107/365 = 175.89  (2023-07-01..2023-10-15)
			//   anniversary 2023-10-15: base + 416.44 = 10,416.44
			//   10,416.44 × 6 % ×  77/365 = 131.85  (2023-10-16..2023-12-31)
			//   10,416.44 × 7 % ×  46/365 =  91.89  (2024-01-01..2024-02-15)
			//   total 640.18
			name: "NL statutory 2022-2024", c: vordering.NL, k: Statutory, principal: "10000",
			from: "2022-10-15", to: "2024-02-15",
			periods: []wantPeriod{
				{"2022-10-16", "2022-12-31", 77, "0.02", "10000", "42.19"},
				{"2023-01-01", "2023-06-30", 181, "0.04", "10000", "198.36"},
				{"2023-07-01", "2023-10-15", 107, "0.06", "10000", "175.89"},
				{"2023-10-16", "2023-12-31", 77, "0.06", "10416.44", "131.85"},
				{"2024-01-01", "2024-02-15", 46, "0.07", "10416.44", "91.89"},
			},
			caps:  []string{"2023-10-15"},
			total: "640.18",
		},
		{
			// BE B2B across two semesters (Act of 2 August 2002): 10.50 % in
			// 2023 H1 (BS 17.03.2023), 12.00 % in 2023 H2; simple interest.
			//   5,000 × 10.5 % × 30/365 =  43.15  (2023-06-01..2023-06-30)
			//   5,000 × 12 %   × 62/365 = 101.92  (2023-07-01..2023-08-31)
			name: "BE commercial 2023 H1-H2", c: vordering.BE, k: Commercial, principal: "5000",
			from: "2023-05-31", to: "2023-08-31",
			periods: []wantPeriod{
				{"2023-06-01", "2023-06-30", 30, "0.105", "5000", "43.15"},
				{"2023-07-01", "2023-08-31", 62, "0.12", "5000", "101.92"},
			},
			total: "145.07",
		},
		{
			// BE legal interest, one rate per calendar year, simple across the
			// year boundary and past the anniversary (no compounding):
			//   1,000 × 5.75 % × 366/365 = 57.66 (2024-01-01..2024-12-31)
			//   1,000 × 4.50 % ×  31/365 =  3.82 (2025-01-01..2025-01-31)
			name: "BE legal 2024-2025", c: vordering.BE, k: Statutory, principal: "1000",
			from: "2023-12-31", to: "2025-01-31",
			periods: []wantPeriod{
				{"2024-01-01", "2024-12-31", 366, "0.0575", "1000", "57.66"},
				{"2025-01-01", "2025-01-31", 31, "0.045", "1000", "3.82"},
			},
			total: "61.48",
		},
		{
			// BE legal interest across the 2014/2015 change (2.75 % → 2.50 %):
			//   1,000 × 2.75 % × 30/365 = 2.26 (2014-12-02..2014-12-31)
			//   1,000 × 2.50 % × 31/365 = 2.12 (2015-01-01..2015-01-31)
			name: "BE legal 2014-2015", c: vordering.BE, k: Statutory, principal: "1000",
			from: "2014-12-01", to: "2015-01-31",
			periods: []wantPeriod{
				{"2014-12-02", "2014-12-31", 30, "0.0275", "1000", "2.26"},
				{"2015-01-01", "2015-01-31", 31, "0.025", "1000", "2.12"},
			},
			total: "4.38",
		},
		{
			// Actual/actual day count: 2024 is a leap year, so
			//   1,000 × 7 % × 60/366 = 11.48 (and 11.51 on a 365-day year).
			name: "NL actual year", c: vordering.NL, k: Statutory, principal: "1000",
			from: "2024-01-31", to: "2024-03-31", opts: InterestOptions{DayCount: ActualYear},
			periods: []wantPeriod{{"2024-02-01", "2024-03-31", 60, "0.07", "1000", "11.48"}},
			total:   "11.48",
		},
		{
			// Contractual 12 % (art. 6:119 lid 3 BW), simple by default, one
			// period across the 2023 anniversary:
			//   2,000 × 12 % × 730/365 = 480.00
			name: "NL contractual", c: vordering.NL, k: Statutory, principal: "2000",
			from: "2022-01-01", to: "2024-01-01",
			opts: InterestOptions{ContractRate: decimal.NewNullDecimal(decimal.RequireFromString("0.12"))},
			periods: []wantPeriod{
				{"2022-01-02", "2023-01-01", 365, "0.12", "2000", "240"},
				{"2023-01-02", "2024-01-01", 365, "0.12", "2000", "240"},
			},
			total: "480",
		},
		{
			// Anniversary of 29 February: in 2025 it falls on 28 February.
			// NL commercial, 1,000 from 2024-02-29:
			//   1,000 × 12.50 % × 122/365 = 41.78 (2024-03-01..2024-06-30)
			//   1,000 × 12.25 % × 184/365 = 61.75 (2024-07-01..2024-12-31)
			//   1,000 × 11.15 % ×  59/365 = 18.02 (2025-01-01..2025-02-28)
			//   anniversary 2025-02-28: base 1,121.55
			//   1,121.55 × 11.15 % × 31/365 = 10.62 (2025-03-01..2025-03-31)
			name: "NL 29 February anniversary", c: vordering.NL, k: Commercial, principal: "1000",
			from: "2024-02-29", to: "2025-03-31",
			periods: []wantPeriod{
				{"2024-03-01", "2024-06-30", 122, "0.125", "1000", "41.78"},
				{"2024-07-01", "2024-12-31", 184, "0.1225", "1000", "61.75"},
				{"2025-01-01", "2025-02-28", 59, "0.1115", "1000", "18.02"},
				{"2025-03-01", "2025-03-31", 31, "0.1115", "1121.55", "10.62"},
			},
			caps:  []string{"2025-02-28"},
			total: "132.17",
		},
		{
			// Interest from 1 March 2022 (from = 28 February 2022, a common
			// year). Art. 6:119 lid 2 BW counts each year from the first day
			// of interest: 1 March 2022..28 February 2023, then 1 March
			// 2023..29 February 2024, so the leap day belongs to the second
			// year and the base grows at the end of 29 February 2024 (issue
			// 14; the library used to capitalise on 28 February 2024).
			// Hand computation, NL statutory, 365-day year:
			//   1,000.00 × 2 % × 306/365 = 16.77 (2022-03-01..2022-12-31)
			//   1,000.00 × 4 % ×  59/365 =  6.47 (2023-01-01..2023-02-28)
			//   capitalised 2023-02-28: 1,000 + 23.24 = 1,023.24
			//   1,023.24 × 4 % × 122/365 = 13.68 (2023-03-01..2023-06-30)
			//   1,023.24 × 6 % × 184/365 = 30.95 (2023-07-01..2023-12-31)
			//   1,023.24 × 7 % ×  60/365 = 11.77 (2024-01-01..2024-02-29)
			//   capitalised 2024-02-29: 1,023.24 + 56.40 = 1,079.64
			//   1,079.64 × 7 % ×  31/365 =  6.42 (2024-03-01..2024-03-31)
			//   total 86.06
			name: "NL year from 1 March across 29 February", c: vordering.NL, k: Statutory, principal: "1000",
			from: "2022-02-28", to: "2024-03-31",
			periods: []wantPeriod{
				{"2022-03-01", "2022-12-31", 306, "0.02", "1000", "16.77"},
				{"2023-01-01", "2023-02-28", 59, "0.04", "1000", "6.47"},
				{"2023-03-01", "2023-06-30", 122, "0.04", "1023.24", "13.68"},
				{"2023-07-01", "2023-12-31", 184, "0.06", "1023.24", "30.95"},
				{"2024-01-01", "2024-02-29", 60, "0.07", "1023.24", "11.77"},
				{"2024-03-01", "2024-03-31", 31, "0.07", "1079.64", "6.42"},
			},
			caps:  []string{"2023-02-28", "2024-02-29"},
			total: "86.06",
		},
		{
			// A year that begins on 29 February ends on 28 February of the
			// next year (the day before 1 March), and in the next leap year
			// also on 28 February: interest from 29 February 2024 (from =
			// 28 February 2024), NL statutory, 1,000, to 29 February 2028
			// would be long; the anniversaries alone are checked in
			// TestAnniversary. Here: to 2025-03-31.
			//   1,000.00 × 7 % × 307/365 = 58.88 (2024-02-29..2024-12-31)
			//   1,000.00 × 6 % ×  59/365 =  9.70 (2025-01-01..2025-02-28)
			//   capitalised 2025-02-28: 1,068.58
			//   1,068.58 × 6 % ×  31/365 =  5.45 (2025-03-01..2025-03-31)
			name: "NL year from 29 February", c: vordering.NL, k: Statutory, principal: "1000",
			from: "2024-02-28", to: "2025-03-31",
			periods: []wantPeriod{
				{"2024-02-29", "2024-12-31", 307, "0.07", "1000", "58.88"},
				{"2025-01-01", "2025-02-28", 59, "0.06", "1000", "9.70"},
				{"2025-03-01", "2025-03-31", 31, "0.06", "1068.58", "5.45"},
			},
			caps:  []string{"2025-02-28"},
			total: "74.03",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := InterestWith(c.c, c.k, tDec(t, c.principal), tDay(t, c.from), tDay(t, c.to), c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Periods) != len(c.periods) {
				t.Fatalf("got %d periods, want %d: %+v", len(res.Periods), len(c.periods), res.Periods)
			}
			sumDays := 0
			for i, w := range c.periods {
				p := res.Periods[i]
				if p.From != tDay(t, w.from) || p.Until != tDay(t, w.until) || p.Days != w.days {
					t.Errorf("period %d: %s..%s (%d days), want %s..%s (%d)", i, p.From, p.Until, p.Days, w.from, w.until, w.days)
				}
				tEq(t, "rate", p.Rate, w.rate)
				tEq(t, "base", p.Base, w.base)
				tEq(t, "amount", p.Amount, w.amount)
				if p.Cite.IsZero() {
					t.Errorf("period %d has no citation", i)
				}
				sumDays += p.Days
			}
			if sumDays != res.Days {
				t.Errorf("periods count %d days, result %d", sumDays, res.Days)
			}
			if len(res.Capitalisations) != len(c.caps) {
				t.Fatalf("capitalisations %+v, want on %v", res.Capitalisations, c.caps)
			}
			for i, cd := range c.caps {
				if res.Capitalisations[i].Date != tDay(t, cd) {
					t.Errorf("capitalisation %d on %s, want %s", i, res.Capitalisations[i].Date, cd)
				}
			}
			tEq(t, "Total", res.Total, c.total)
		})
	}
}

func TestInterestErrors(t *testing.T) {
	nl, be := vordering.NL, vordering.BE
	cases := []struct {
		name     string
		c        vordering.Country
		k        Kind
		p        string
		from, to string
		opts     InterestOptions
		want     error
	}{
		{"no country", 0, Statutory, "1", "2020-01-01", "2020-02-01", InterestOptions{}, vordering.ErrInvalidInput},
		{"no kind", nl, 0, "1", "2020-01-01", "2020-02-01", InterestOptions{}, vordering.ErrInvalidInput},
		{"negative", nl, Statutory, "-1", "2020-01-01", "2020-02-01", InterestOptions{}, vordering.ErrInvalidInput},
		{"to before from", nl, Statutory, "1", "2020-02-01", "2020-01-01", InterestOptions{}, vordering.ErrInvalidInput},
		{"bad day count", nl, Statutory, "1", "2020-01-01", "2020-02-01", InterestOptions{DayCount: 9}, vordering.ErrInvalidInput},
		{"negative contract rate", nl, Statutory, "1", "2020-01-01", "2020-02-01", InterestOptions{ContractRate: decimal.NewNullDecimal(decimal.NewFromInt(-1))}, vordering.ErrInvalidInput},
		{"too long", nl, Statutory, "1", "1900-01-01", "2020-02-01", InterestOptions{ContractRate: decimal.NewNullDecimal(decimal.Zero)}, vordering.ErrInvalidInput},
		// Before the tables start, and in the gaps the tables explain.
		{"NL before 2002", nl, Statutory, "1", "2001-06-01", "2002-02-01", InterestOptions{}, vordering.ErrNoRuleInForce},
		{"NL commercial 2004 H1 conflict", nl, Commercial, "1", "2003-12-01", "2004-02-01", InterestOptions{}, vordering.ErrNoRuleInForce},
		{"NL 2027 unknown", nl, Statutory, "1", "2026-12-01", "2027-01-01", InterestOptions{}, vordering.ErrNoRuleInForce},
		{"BE legal before 1996-09", be, Statutory, "1", "1996-08-01", "1997-01-05", InterestOptions{}, vordering.ErrNoRuleInForce},
		{"BE legal 2027", be, Statutory, "1", "2026-12-01", "2027-01-05", InterestOptions{}, vordering.ErrNoRuleInForce},
		{"BE late 2015 Q1", be, Commercial, "1", "2015-01-01", "2015-04-01", InterestOptions{}, vordering.ErrNoRuleInForce},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := InterestWith(c.c, c.k, tDec(t, c.p), tDay(t, c.from), tDay(t, c.to), c.opts)
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
}

func TestInterestZeroSpan(t *testing.T) {
	res, err := Interest(vordering.NL, Statutory, tDec(t, "100"), tDay(t, "2024-05-01"), tDay(t, "2024-05-01"))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Total.IsZero() || len(res.Periods) != 0 || res.Days != 0 {
		t.Errorf("zero span: %+v", res)
	}
}

func TestInterestJSON(t *testing.T) {
	res, err := Interest(vordering.NL, Commercial, tDec(t, "1000"), tDay(t, "2024-01-15"), tDay(t, "2025-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"kind":"commercial"`, `"country":"NL"`, `"dayCount":"365"`, `"from":"2024-01-15"`, `"total":"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
}

func TestEnumsText(t *testing.T) {
	for _, k := range []Kind{Statutory, Commercial} {
		b, err := k.MarshalText()
		var back Kind
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("Kind %v round trip failed: %q %v", k, b, err)
		}
	}
	for _, dc := range []DayCount{Days365, ActualYear} {
		b, err := dc.MarshalText()
		var back DayCount = 7
		if err != nil || back.UnmarshalText(b) != nil || back != dc {
			t.Errorf("DayCount %v round trip failed: %q %v", dc, b, err)
		}
	}
	for _, c := range []Compounding{CompoundByLaw, CompoundYearly, CompoundNever} {
		b, err := c.MarshalText()
		var back Compounding = 7
		if err != nil || back.UnmarshalText(b) != nil || back != c {
			t.Errorf("Compounding %v round trip failed: %q %v", c, b, err)
		}
	}
	if _, err := Kind(9).MarshalText(); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Kind(9).MarshalText err = %v", err)
	}
	var k Kind
	if err := k.UnmarshalText([]byte("x")); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Kind.UnmarshalText(x) err = %v", err)
	}
	if Kind(9).String() != "Kind(9)" || DayCount(9).String() != "DayCount(9)" || Compounding(9).String() != "Compounding(9)" {
		t.Error("String of undefined enum values")
	}
}

// TestInterestCentsPaths checks that the integer fast path and the decimal
// computation agree, including on halves and on operands too large for the
// fast path.
func TestInterestCentsPaths(t *testing.T) {
	cases := []struct {
		base, rate  string
		days, denom int64
	}{
		{"10000", "0.02", 77, 365},
		{"10416.44", "0.06", 77, 365},
		{"0.01", "0.5", 1, 1},     // exactly half a cent → rounds up
		{"0.03", "0.5", 1, 1},     // 1.5 cents → 2
		{"1", "0.0001", 365, 365}, // 0.01 % of 1 → 0.0001 → 0.00
		{"123456789012345.67", "0.1115", 36500, 365},
		{"99999999999999999999", "0.12", 365, 366},
		{"5", "1234567890.123456789", 3, 7},
	}
	for _, c := range cases {
		b, r := tDec(t, c.base), tDec(t, c.rate)
		want := b.Mul(r).Mul(decimal.NewFromInt(c.days)).DivRound(decimal.NewFromInt(c.denom), 2)
		got := interestCents(b, r, c.days, c.denom)
		if !got.Equal(want) {
			t.Errorf("interestCents(%s, %s, %d, %d) = %s, want %s", c.base, c.rate, c.days, c.denom, got, want)
		}
	}
}

// TestAnniversary checks the last day of each year of interest (art. 6:119
// lid 2 BW: a year counted from the first day of interest), by hand:
// a year from 1 March ends on the last day of February; a year from
// 29 February ends on 28 February; any other day ends on the day before
// the same date a year later.
func TestAnniversary(t *testing.T) {
	cases := []struct {
		from string // the day before the first day of interest
		n    int
		want string
	}{
		{"2022-02-28", 1, "2023-02-28"}, // 1.3.2022..28.2.2023
		{"2022-02-28", 2, "2024-02-29"}, // 1.3.2023..29.2.2024 (issue 14)
		{"2022-02-28", 3, "2025-02-28"},
		{"2024-02-28", 1, "2025-02-28"}, // 29.2.2024..28.2.2025
		{"2024-02-28", 4, "2028-02-28"}, // 1.3.2027..28.2.2028; year 5 from 29.2.2028
		{"2024-02-29", 1, "2025-02-28"}, // 1.3.2024..28.2.2025
		{"2024-02-29", 4, "2028-02-29"}, // 1.3.2027..29.2.2028
		{"2023-10-15", 1, "2024-10-15"}, // 16.10.2023..15.10.2024
		{"2023-12-31", 2, "2025-12-31"}, // 1.1.2024..31.12.2025
	}
	for _, c := range cases {
		if got := anniversary(tDay(t, c.from), c.n); got.String() != c.want {
			t.Errorf("anniversary(%s, %d) = %s, want %s", c.from, c.n, got, c.want)
		}
	}
}
