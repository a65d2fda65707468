package costs

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// courtTablePeriod is shorthand for an explained gap in a test.
func courtTablePeriod(y1 int, m1 time.Month, d1, y2 int, m2 time.Month, d2 int) vordering.Period {
	return vordering.Period{From: date.New(y1, m1, d1), Until: date.New(y2, m2, d2)}
}

// courtCheckTimeline checks the shape every table must have (Validate) and
// that its gaps are exactly the ones its file comment explains.
func courtCheckTimeline[T any](t *testing.T, tl vordering.Timeline[T], gaps []vordering.Period) {
	t.Helper()
	if err := tl.Validate(); err != nil {
		t.Errorf("%s: Validate: %v", tl.Name, err)
	}
	for i, r := range tl.Rows {
		if r.Cite.Instrument == "" || (r.Cite.URL == "" && r.Cite.Publication == "") {
			t.Errorf("%s: row %d cites no publication or URL", tl.Name, i)
		}
	}
	if diff := cmp.Diff(gaps, tl.Gaps(), cmp.Comparer(func(a, b date.Date) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("%s: unexplained gaps (-want +got):\n%s", tl.Name, diff)
	}
}

// courtCheckBands checks that the money bands of a table start at zero, run
// without gap or overlap, and end with an open band.
func courtCheckBands(t *testing.T, name string, bands []CourtBand) {
	t.Helper()
	if len(bands) == 0 || !bands[0].Over.IsZero() {
		t.Fatalf("%s: bands must start at 0", name)
	}
	for i, b := range bands {
		if b.Undetermined {
			t.Errorf("%s: band %d is marked undetermined", name, i)
		}
		last := i == len(bands)-1
		if last != !b.UpTo.Valid {
			t.Errorf("%s: band %d: only the last band may be (and must be) open", name, i)
		}
		if b.UpTo.Valid && !b.UpTo.Decimal.GreaterThan(b.Over) {
			t.Errorf("%s: band %d is empty", name, i)
		}
		if i > 0 && !bands[i-1].UpTo.Decimal.Equal(b.Over) {
			t.Errorf("%s: band %d starts at %s, previous ends at %s", name, i, b.Over, bands[i-1].UpTo.Decimal)
		}
	}
}

// courtNonDecreasing fails unless xs never decreases.
func courtNonDecreasing(t *testing.T, name string, xs []decimal.Decimal) {
	t.Helper()
	for i := 1; i < len(xs); i++ {
		if xs[i].LessThan(xs[i-1]) {
			t.Errorf("%s: value %d (%s) is below value %d (%s)", name, i, xs[i], i-1, xs[i-1])
		}
	}
}

func TestCourtFeeTables(t *testing.T) {
	// Kanton: 2016-2021 unconfirmed, 2025 not found (see nl_court_fees.go).
	y2025 := courtTablePeriod(2025, 1, 1, 2025, 12, 31)
	courtCheckTimeline(t, courtFeesNLKanton, []vordering.Period{courtTablePeriod(2016, 1, 1, 2021, 12, 31), y2025})
	courtCheckTimeline(t, courtFeesNLRechtbank, []vordering.Period{y2025})
	courtCheckTimeline(t, courtFeesNLHof, []vordering.Period{y2025})
	courtCheckTimeline(t, roleFeeTableBE, nil)
	for _, tl := range []vordering.Timeline[courtFeeSchedule]{courtFeesNLKanton, courtFeesNLRechtbank, courtFeesNLHof} {
		for _, r := range tl.Rows {
			name := tl.Name + " " + r.From.String()
			var bands []CourtBand
			var other, natural, low []decimal.Decimal
			for _, l := range r.Value.lines {
				bands = append(bands, l.band)
				other = append(other, l.fee.other)
				if !l.fee.natural.IsZero() {
					natural = append(natural, l.fee.natural)
				}
				low = append(low, l.fee.lowIncome)
				// A lower category never pays more (art. 16 Wgbz reduces, natural
				// persons pay less). A zero natural-person figure means "not
				// confirmed" and is skipped; the other two must be present.
				if !l.fee.lowIncome.IsPositive() || !l.fee.other.IsPositive() || l.fee.natural.IsNegative() ||
					l.fee.lowIncome.GreaterThan(l.fee.other) ||
					(!l.fee.natural.IsZero() && (l.fee.lowIncome.GreaterThan(l.fee.natural) || l.fee.natural.GreaterThan(l.fee.other))) {
					t.Errorf("%s %s: categories out of order: %v", name, l.band, l.fee)
				}
			}
			courtCheckBands(t, name, bands)
			courtNonDecreasing(t, name+" other", other)
			courtNonDecreasing(t, name+" natural", natural)
			courtNonDecreasing(t, name+" low income", low)
		}
	}
	for _, r := range roleFeeTableBE.Rows {
		f := r.Value
		courtNonDecreasing(t, "BE roll fees "+r.From.String(), []decimal.Decimal{f.peace, f.firstInstance, f.appeal, f.cassation})
	}
}

func TestBailiffFeeTable(t *testing.T) {
	// Continuous from 1.7.2021 to 31.12.2024 (the 2022 row covers
	// 1.1.2023-28.2.2023: no indexation on 1.1.2023); 2025 not found; 2026.
	courtCheckTimeline(t, bailiffTariffsNL, []vordering.Period{courtTablePeriod(2025, 1, 1, 2025, 12, 31)})
	for i, r := range bailiffTariffsNL.Rows {
		for _, a := range BailiffActs() {
			if !r.Value[a].IsPositive() {
				t.Errorf("row %d: act %s has no amount", i, a)
			}
			// Every indexation raised every amount.
			if i > 0 && !r.Value[a].GreaterThan(bailiffTariffsNL.Rows[i-1].Value[a]) {
				t.Errorf("row %d: act %s does not rise over the previous row", i, a)
			}
		}
	}
}

func TestIndemnityTables(t *testing.T) {
	courtCheckTimeline(t, indemnityBaseTableBE, nil)
	courtCheckTimeline(t, indemnityIndexBE, nil)
	if got, want := indemnityIndexBE.Rows[0].From, indemnityBaseTableBE.Rows[0].From; !got.Equal(want) {
		t.Errorf("index table starts %s, base table %s", got, want)
	}
	for i, r := range indemnityIndexBE.Rows {
		// Old art. 8: each step adds 10 % of the original amounts. New art. 8
		// (from 1.3.2025): new index ÷ 105.78, here 166.05 ÷ 105.78.
		want := decimal.NewFromInt(int64(10 + i)).Shift(-1)
		if !r.From.Before(courtDate(2025, 3, 1)) {
			want = decimal.RequireFromString("1.5697674418604651")
		}
		if !r.Value.Equal(want) {
			t.Errorf("index row %d: factor %s, want %s", i, r.Value, want)
		}
	}
	for _, r := range indemnityBaseTableBE.Rows {
		var bands []CourtBand
		var base, lo, hi []decimal.Decimal
		for _, l := range r.Value.lines {
			bands = append(bands, l.band)
			base, lo, hi = append(base, l.base), append(lo, l.min), append(hi, l.max)
			if l.min.GreaterThan(l.base) || l.base.GreaterThan(l.max) {
				t.Errorf("%s: min ≤ base ≤ max fails", l.band)
			}
		}
		courtCheckBands(t, "RPV", bands)
		courtNonDecreasing(t, "RPV base", base)
		courtNonDecreasing(t, "RPV min", lo)
		courtNonDecreasing(t, "RPV max", hi)
	}
}

func TestLiquidationTable(t *testing.T) {
	courtCheckTimeline(t, liquidationKantonNL, nil)
	for _, r := range liquidationKantonNL.Rows {
		var bands []CourtBand
		var pp []decimal.Decimal
		for _, l := range r.Value.lines {
			bands = append(bands, l.band)
			pp = append(pp, l.perPoint)
			if !l.perPoint.IsPositive() {
				t.Errorf("%s %s: no tariff", r.From, l.band)
			}
		}
		if len(bands) != 14 {
			t.Errorf("%s: %d bands, want the 14 of the tariff", r.From, len(bands))
		}
		courtCheckBands(t, "liquidatietarief "+r.From.String(), bands)
		courtNonDecreasing(t, "liquidatietarief "+r.From.String(), pp)
		if !r.Value.undeterminedMin.LessThan(r.Value.undeterminedMax) {
			t.Errorf("%s: undetermined range empty", r.From)
		}
	}
}
