package costs

import (
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// interestTableChecker is what every table test needs from a Timeline, whatever its
// value type.
type interestTableChecker interface {
	Validate() error
	Gaps() []vordering.Period
}

func TestTables(t *testing.T) {
	cases := []struct {
		name string
		tl   interestTableChecker
		gaps []vordering.Period // the gaps explained in the table file
	}{
		{"nlStatutoryRates", nlStatutoryRates, nil},
		{"nlCommercialRates", nlCommercialRates, nlCommercialGaps},
		{"beLegalRates", beLegalRates, nil},
		{"beLatePaymentRates", beLatePaymentRates, nil},
		{"nlWIKScale", nlWIKScale, nil},
		{"nlVATRate", nlVATRate, nil},
		{"nlRecurringCap", nlRecurringCap, nil},
		{"beBookXIX", beBookXIX, nil},
		{"beFlat40", beFlat40, nil},
		{"nlReminderTerm", nlReminderTerm, nil},
		{"nlB2BMinimum", nlB2BMinimum, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.tl.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
			if diff := cmp.Diff(c.gaps, c.tl.Gaps()); diff != "" {
				t.Errorf("Gaps (-explained +found):\n%s", diff)
			}
		})
	}
}

// TestRateRowsCiteASource checks that each rate row names the article and
// where the figure was checked: its publication or its confirming sources;
// and that the publication holds no rate or source list (those belong in
// the value and in Sources).
func TestRateRowsCiteASource(t *testing.T) {
	for _, tl := range []vordering.Timeline[interestRateDecimal]{nlStatutoryRates, nlCommercialRates, beLegalRates, beLatePaymentRates, nlVATRate, beFlat40, nlB2BMinimum, ecbMRO} {
		for i, r := range tl.Rows {
			if r.Cite.Article == "" && tl.Name != ecbMRO.Name {
				t.Errorf("%s row %d (from %s): citation lacks the article: %+v", tl.Name, i, r.From, r.Cite)
			}
			if r.Cite.Publication == "" && len(r.Sources) == 0 {
				t.Errorf("%s row %d (from %s): neither a publication nor a source: %+v", tl.Name, i, r.From, r.Cite)
			}
			if strings.Contains(r.Cite.Publication, "%") || strings.Contains(r.Cite.Publication, "sources") {
				t.Errorf("%s row %d (from %s): the publication field holds a rate or a source list: %q", tl.Name, i, r.From, r.Cite.Publication)
			}
			if !r.Value.IsPositive() && !(tl.Name == ecbMRO.Name && r.Value.IsZero()) {
				t.Errorf("%s row %d: value %s is not positive", tl.Name, i, r.Value)
			}
		}
	}
}

// TestRatesHalfYearly checks the shape the law gives the rates: NL and the
// BE late-payment rate change only on 1 January or 1 July (and on the dates
// the tables explain), BE legal interest only on 1 January.
func TestRatesHalfYearly(t *testing.T) {
	explained := map[string]bool{"2003-08-01": true, "2004-02-01": true, "2013-03-16": true, "2015-03-16": true, "2002-12-01": true}
	for _, tl := range []vordering.Timeline[interestRateDecimal]{nlStatutoryRates, nlCommercialRates, beLatePaymentRates} {
		for _, r := range tl.Rows {
			if r.From.Day() != 1 || (r.From.Month() != 1 && r.From.Month() != 7) {
				if !explained[r.From.String()] {
					t.Errorf("%s: row starts on %s, not a half-year start", tl.Name, r.From)
				}
			}
		}
	}
	for _, r := range beLegalRates.Rows {
		if r.From.Year() < 2007 {
			continue // the royal-decree regime before the yearly rate
		}
		if r.From.Day() != 1 || r.From.Month() != 1 || r.Until.Month() != 12 || r.Until.Day() != 31 || r.From.Year() != r.Until.Year() {
			t.Errorf("%s: row %s..%s is not one calendar year", beLegalRates.Name, r.From, r.Until)
		}
	}
}

type interestRateDecimal = decimal.Decimal

// TestBELateRateMatchesECBviaNL cross-checks two tables built from
// different sources: the Dutch handelsrente since 16 March 2013 is the ECB
// main refinancing rate + 8 points (art. 6:120 lid 2 BW), and the Belgian
// late-payment rate is the same ECB rate + 8 points rounded up to the next
// half point (art. 5 Act of 2 August 2002). So on every day both tables
// cover, BE = NL rounded up to a multiple of 0.5 %.
func TestBELateRateMatchesECBviaNL(t *testing.T) {
	half := decimal.New(5, -3)
	checked := 0
	for dd := ymd(2015, 3, 16); !dd.After(ymd(2026, 12, 31)); dd = dd.Add(1) {
		be, err1 := beLatePaymentRates.At(dd)
		nl, err2 := nlCommercialRates.At(dd)
		if err1 != nil || err2 != nil {
			continue
		}
		want := nl.Value.DivRound(half, 8).Ceil().Mul(half)
		if !be.Value.Equal(want) {
			t.Fatalf("%s: BE %s, NL %s rounded up to a half point is %s", dd, be.Value, nl.Value, want)
		}
		checked++
	}
	if checked < 3000 {
		t.Errorf("only %d days checked", checked)
	}
}

// TestFormulaAgreesWithPublished checks the statutory formulas against every
// published row since they apply (half-years from 2009 for the Dutch
// handelsrente, semesters from 16 March 2015 for the Belgian late-payment
// rate): the ECB series plus the margin (rounded up to a half point in
// Belgium) must give the published rate of each half-year. A row derived by
// the library is skipped, since it cannot disagree with itself. Published
// figures come from the sources named in the tables; the ECB series from
// copies of the ECB's key-rate table.
func TestFormulaAgreesWithPublished(t *testing.T) {
	type check struct {
		tl    vordering.Timeline[decimal.Decimal]
		from  date.Date
		rate  func(start date.Date) (decimal.Decimal, error)
		count int
	}
	checks := []check{
		{tl: nlCommercialRates, from: formulaStart, rate: func(s date.Date) (decimal.Decimal, error) {
			v, _, err := nlCommercialByFormula(s, halfYearStart(s))
			return v, err
		}, count: 37},
		{tl: beLatePaymentRates, from: ymd(2015, 3, 16), rate: func(s date.Date) (decimal.Decimal, error) {
			v, _, err := beLateByFormula(halfYearStart(s))
			return v, err
		}, count: 23},
	}
	for _, c := range checks {
		n := 0
		for start := c.from; ; start = halfYearEnd(start).Add(1) {
			// Both parts of a half-year split by a change of margin.
			for _, day := range []date.Date{start, ymd(2013, 3, 16)} {
				if day.Before(start) || day.After(halfYearEnd(start)) {
					continue
				}
				row, err := c.tl.At(day)
				if err != nil {
					continue
				}
				if row.Known == vordering.Derived {
					continue
				}
				want, err := c.rate(day)
				if err != nil {
					t.Fatalf("%s %s: formula: %v", c.tl.Name, day, err)
				}
				if !row.Value.Equal(want) {
					t.Errorf("%s %s: published %s, formula %s", c.tl.Name, day, row.Value, want)
				}
				n++
			}
			if start.Year() >= 2026 && start.Month() == 7 {
				break
			}
		}
		if n != c.count {
			t.Errorf("%s: %d half-years checked, want %d", c.tl.Name, n, c.count)
		}
	}
}

// TestDerivedRows checks the rows the library derives itself: the Belgian
// late-payment rate for 2026 H2 (no publication found) is the ECB rate of
// 17 June 2026, 2.40 %, plus 8 points, rounded up to 10.50 % (hand
// computation), marked derived; and no derived row reaches past the ECB
// series.
func TestDerivedRows(t *testing.T) {
	row, err := beLatePaymentRates.At(ymd(2026, 11, 28))
	if err != nil {
		t.Fatal(err)
	}
	if !row.Value.Equal(pct(1050, 2)) || row.Known != vordering.Derived || !row.From.Equal(ymd(2026, 7, 1)) {
		t.Errorf("BE 2026 H2 = %s (%v, from %s), want 10.50 %% derived from 2026-07-01", row.Value, row.Known, row.From)
	}
	if !strings.Contains(row.Note, "2.40 %") {
		t.Errorf("the derived row does not name its input: %q", row.Note)
	}
	for _, tl := range []vordering.Timeline[decimal.Decimal]{nlCommercialRates, beLatePaymentRates} {
		if last := tl.Rows[len(tl.Rows)-1]; last.Until.After(ymd(2026, 12, 31)) {
			t.Errorf("%s runs to %s, past what the ECB series can fix", tl.Name, last.Until)
		}
		if _, err := tl.At(ymd(2027, 1, 1)); err == nil {
			t.Errorf("%s answers for 2027 although the ECB input is unknown", tl.Name)
		}
	}
}
