package costs

import (
	"errors"
	"strings"
	"testing"

	"github.com/vordering/vordering"
)

// Interest for today's dates, each case computed by hand from the rates in
// the tables (365-day years, each period rounded half-up to the cent).
func TestInterest2026(t *testing.T) {
	cases := []struct {
		name      string
		c         vordering.Country
		k         Kind
		from, to  string
		total     string
		level     vordering.Confidence
		periods   int
		weakestAt string // From of the first weakest row
	}{
		// 10,000 from 1.12.2025: 31 days at 6 % = 50.958904 → 50.96; 332 days
		// at 4 % (2026) = 363.835616 → 363.84; no anniversary before 28.11.2026.
		{"NL wettelijke rente across 1.1.2026", vordering.NL, Statutory, "2025-11-30", "2026-11-28", "414.80", vordering.TwoSources, 2, ""},
		// 91 days at 10.15 % = 253.054795 → 253.05; 151 days at 10.40 % =
		// 430.246575 → 430.25.
		{"NL handelsrente 2026 H1 and H2", vordering.NL, Commercial, "2026-03-31", "2026-11-28", "683.30", vordering.TwoSources, 2, ""},
		// 30 days at 10.50 % = 86.301370 → 86.30; 151 days at the derived
		// 10.50 % = 434.383562 → 434.38.
		{"BE late payment 2026, H2 derived", vordering.BE, Commercial, "2026-05-31", "2026-11-28", "520.68", vordering.Derived, 2, "2026-07-01"},
		// 332 days at 4.50 % = 409.315068 → 409.32 (one calendar-year row).
		{"BE legal interest 2026", vordering.BE, Statutory, "2025-12-31", "2026-11-28", "409.32", vordering.TwoSources, 1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Interest(c.c, c.k, tDec(t, "10000"), tDay(t, c.from), tDay(t, c.to))
			if err != nil {
				t.Fatal(err)
			}
			if res.Total.StringFixed(2) != c.total || len(res.Periods) != c.periods {
				t.Errorf("total %s over %d periods, want %s over %d", res.Total.StringFixed(2), len(res.Periods), c.total, c.periods)
			}
			if res.Assurance.Level != c.level || res.Assurance.Provisional != (c.level < vordering.Settled) {
				t.Errorf("assurance %+v, want level %v", res.Assurance, c.level)
			}
			if c.weakestAt != "" && (len(res.Assurance.Weakest) == 0 || res.Assurance.Weakest[0].From.String() != c.weakestAt) {
				t.Errorf("weakest rows %v, want the row from %s", res.Assurance.Weakest, c.weakestAt)
			}
			for _, p := range res.Periods {
				if !p.Known.Valid() {
					t.Errorf("period %s..%s has no level", p.From, p.Until)
				}
			}
		})
	}
}

// A caller who needs certainty refuses the derived Belgian 2026 H2 rate: the
// June days are computed (30 days at 10.50 % on 10,000 = 86.30, by hand),
// July to 28 November are named as uncovered, and the error says so.
func TestInterestPolicyMinimum(t *testing.T) {
	r := Rules{Policy: vordering.Policy{Minimum: vordering.TwoSources}}
	res, err := r.Interest(vordering.BE, Commercial, tDec(t, "10000"), tDay(t, "2026-05-31"), tDay(t, "2026-11-28"))
	var inc *vordering.IncompleteError
	if !errors.As(err, &inc) || !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Fatalf("err = %v, want an IncompleteError wrapping ErrNoRuleInForce", err)
	}
	var nr *vordering.NoRuleError
	if !errors.As(err, &nr) || nr.Found != vordering.Derived {
		t.Errorf("the cause should name the derived row: %v", err)
	}
	if !res.Partial || res.Total.StringFixed(2) != "86.30" || len(res.Uncovered) != 1 ||
		res.Uncovered[0].Period.String() != "2026-07-01..2026-11-28" {
		t.Errorf("partial = %v, total %s, uncovered %v", res.Partial, res.Total, res.Uncovered)
	}
	// The default policy answers the same question in full, provisionally.
	full, err := Interest(vordering.BE, Commercial, tDec(t, "10000"), tDay(t, "2026-05-31"), tDay(t, "2026-11-28"))
	if err != nil || full.Partial || !full.Assurance.Provisional {
		t.Errorf("default policy: %v, partial %v, %+v", err, full.Partial, full.Assurance)
	}
	if _, err := (Rules{Policy: vordering.Policy{Minimum: 42}}).Interest(vordering.BE, Commercial, tDec(t, "1"), tDay(t, "2026-01-01"), tDay(t, "2026-02-01")); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad policy: %v", err)
	}
}

// Spans that are partly uncovered return the part that could be computed.
func TestInterestPartial(t *testing.T) {
	cases := []struct {
		name      string
		c         vordering.Country
		k         Kind
		from, to  string
		total     string
		uncovered []string
	}{
		// Simple interest: December 2026 at 4.50 % (31 days on 10,000 =
		// 38.219178 → 38.22); January 2027 has no rate yet.
		{"BE legal into 2027", vordering.BE, Statutory, "2026-11-30", "2027-01-31", "38.22", []string{"2027-01-01..2027-01-31"}},
		// Before the first row and then covered: 16.3–1.4.2015 is 17 days at
		// 8.50 % = 39.589041 → 39.59.
		{"BE late from before the table", vordering.BE, Commercial, "2015-01-01", "2015-04-01", "39.59", []string{"2015-01-02..2015-03-15"}},
		// Compounding (NL): the computation stops at the first uncovered day.
		// December 2026 at 4 %: 31 days = 33.972603 → 33.97.
		{"NL statutory into 2027", vordering.NL, Statutory, "2026-11-30", "2027-03-31", "33.97", []string{"2027-01-01..2027-03-31"}},
		// The 2004 H1 gap inside the NL commercial table; compounding stops
		// there. December 2003 at 9.10 %: 31 days = 77.287671 → 77.29.
		{"NL commercial across the 2004 gap", vordering.NL, Commercial, "2003-11-30", "2004-08-31", "77.29", []string{"2004-01-01..2004-08-31"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Interest(c.c, c.k, tDec(t, "10000"), tDay(t, c.from), tDay(t, c.to))
			var inc *vordering.IncompleteError
			if !errors.As(err, &inc) || !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("err = %v, want IncompleteError", err)
			}
			if !res.Partial || res.Total.StringFixed(2) != c.total {
				t.Errorf("partial %v total %s, want %s", res.Partial, res.Total.StringFixed(2), c.total)
			}
			var got []string
			for _, u := range res.Uncovered {
				got = append(got, u.Period.String())
			}
			if len(got) != len(c.uncovered) || got[0] != c.uncovered[0] {
				t.Errorf("uncovered %v, want %v", got, c.uncovered)
			}
			if len(inc.Uncovered) != len(res.Uncovered) {
				t.Errorf("the error lists %d spans, the result %d", len(inc.Uncovered), len(res.Uncovered))
			}
		})
	}
}

// Carrying the last figure forward is an explicit opt-in, and every period
// it affects says so. 4 % carried into January 2027: 31 days on 10,000 =
// 33.972603 → 33.97, twice (December at the known 4 %).
func TestInterestCarryForward(t *testing.T) {
	r := Rules{Policy: vordering.Policy{CarryForward: true}}
	res, err := r.Interest(vordering.NL, Statutory, tDec(t, "10000"), tDay(t, "2026-11-30"), tDay(t, "2027-01-31"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Total.StringFixed(2) != "67.94" || len(res.Periods) != 2 {
		t.Fatalf("total %s over %d periods", res.Total.StringFixed(2), len(res.Periods))
	}
	if res.Periods[0].Known != vordering.TwoSources || res.Periods[1].Known != vordering.CarriedForward {
		t.Errorf("levels %v, %v: the carried period must say so", res.Periods[0].Known, res.Periods[1].Known)
	}
	if res.Assurance.Level != vordering.CarriedForward || !res.Assurance.Provisional {
		t.Errorf("assurance %+v", res.Assurance)
	}
	_, err = Interest(vordering.NL, Statutory, tDec(t, "10000"), tDay(t, "2026-11-30"), tDay(t, "2027-01-31"))
	if err == nil {
		t.Error("the default policy carried a figure forward")
	} else if !strings.Contains(err.Error(), "costs.Rules.WithRates") || !strings.Contains(err.Error(), "Policy.CarryForward") {
		t.Errorf("the error does not name the ways forward: %v", err)
	}
}
