package costs

import (
	"testing"

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

// TestRateRowsCiteASource checks that each rate row names where the figure
// was checked (its Publication), not only the law.
func TestRateRowsCiteASource(t *testing.T) {
	for _, tl := range []vordering.Timeline[interestRateDecimal]{nlStatutoryRates, nlCommercialRates, beLegalRates, beLatePaymentRates, nlVATRate, beFlat40, nlB2BMinimum} {
		for i, r := range tl.Rows {
			if r.Cite.Publication == "" || r.Cite.Article == "" {
				t.Errorf("%s row %d (from %s): citation lacks article or publication: %+v", tl.Name, i, r.From, r.Cite)
			}
			if !r.Value.IsPositive() {
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
	for dd := ymd(2015, 3, 16); !dd.After(ymd(2025, 12, 31)); dd = dd.Add(1) {
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
