package costs

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// validator is what every table test needs from a Timeline, whatever its
// value type.
type validator interface {
	Validate() error
	Gaps() []vordering.Period
}

func TestTables(t *testing.T) {
	cases := []struct {
		name string
		tl   validator
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
	for _, tl := range []vordering.Timeline[decimalT]{nlStatutoryRates, nlCommercialRates, beLegalRates, beLatePaymentRates, nlVATRate, beFlat40} {
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
	for _, tl := range []vordering.Timeline[decimalT]{nlStatutoryRates, nlCommercialRates, beLatePaymentRates} {
		for _, r := range tl.Rows {
			if r.From.Day() != 1 || (r.From.Month() != 1 && r.From.Month() != 7) {
				if !explained[r.From.String()] {
					t.Errorf("%s: row starts on %s, not a half-year start", tl.Name, r.From)
				}
			}
		}
	}
	for _, r := range beLegalRates.Rows {
		if r.From.Day() != 1 || r.From.Month() != 1 || r.Until.Month() != 12 || r.Until.Day() != 31 || r.From.Year() != r.Until.Year() {
			t.Errorf("%s: row %s..%s is not one calendar year", beLegalRates.Name, r.From, r.Until)
		}
	}
}

type decimalT = decimal.Decimal
