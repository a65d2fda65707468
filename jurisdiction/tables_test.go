package jurisdiction

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Every table is well formed (sorted, no overlaps, every row cited) and has
// no gap: where the law had a figure we do not hold, the table starts later
// rather than leaving a hole inside.
func TestTablesValidate(t *testing.T) {
	check := func(name string, err error, gaps []vordering.Period) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: Validate: %v", name, err)
		}
		if len(gaps) != 0 {
			t.Errorf("%s: unexplained gaps %v", name, gaps)
		}
	}
	for _, tl := range []vordering.Timeline[decimal.Decimal]{beJusticeCeiling, beAppealJustice, beAppealFirstInstance, nlKantonCeiling, nlAppealThreshold, euSmallClaimsCap} {
		check(tl.Name, tl.Validate(), tl.Gaps())
	}
	check(beB2BCourt.Name, beB2BCourt.Validate(), beB2BCourt.Gaps())
	for _, tl := range []vordering.Timeline[bool]{beNonEnterpriseChoice, euOrderForPayment} {
		check(tl.Name, tl.Validate(), tl.Gaps())
	}
	for _, tl := range []vordering.Timeline[special]{beLease, beUtility, beEmployment} {
		check(tl.Name, tl.Validate(), tl.Gaps())
	}
	check(nlKantonMatters.Name, nlKantonMatters.Validate(), nlKantonMatters.Gaps())
}

// The figures of each table on the day before and the day of every change.
// Expected values are the figures of the sources named in the table files.
func TestTableBoundaries(t *testing.T) {
	type probe struct {
		tl   vordering.Timeline[decimal.Decimal]
		on   [3]int
		want string // "" means uncovered
	}
	for _, p := range []probe{
		// art. 590 Ger.W.: 1,860 from 1.1.2002; 2,500 from 1.9.2014; 5,000 from 1.9.2018.
		{beJusticeCeiling, [3]int{2001, 12, 31}, ""},
		{beJusticeCeiling, [3]int{2002, 1, 1}, "1860"},
		{beJusticeCeiling, [3]int{2014, 8, 31}, "1860"},
		{beJusticeCeiling, [3]int{2014, 9, 1}, "2500"},
		{beJusticeCeiling, [3]int{2018, 8, 31}, "2500"},
		{beJusticeCeiling, [3]int{2018, 9, 1}, "5000"},
		// art. 617 Ger.W., vrederechter: 1,240 (from 27.9.2013 in this table); 1,860 from 1.9.2014; 2,000 from 1.9.2018.
		{beAppealJustice, [3]int{2013, 9, 26}, ""},
		{beAppealJustice, [3]int{2013, 9, 27}, "1240"},
		{beAppealJustice, [3]int{2014, 8, 31}, "1240"},
		{beAppealJustice, [3]int{2014, 9, 1}, "1860"},
		{beAppealJustice, [3]int{2018, 8, 31}, "1860"},
		{beAppealJustice, [3]int{2018, 9, 1}, "2000"},
		// art. 617 Ger.W., first instance and commercial/enterprise court: 1,860; 2,500 from 1.9.2014, unchanged in 2018.
		{beAppealFirstInstance, [3]int{2014, 8, 31}, "1860"},
		{beAppealFirstInstance, [3]int{2014, 9, 1}, "2500"},
		{beAppealFirstInstance, [3]int{2018, 9, 1}, "2500"},
		// art. 93 sub a Rv: 5,000 (text of 1.1.2011); 25,000 from 1.7.2011.
		{nlKantonCeiling, [3]int{2010, 12, 31}, ""},
		{nlKantonCeiling, [3]int{2011, 6, 30}, "5000"},
		{nlKantonCeiling, [3]int{2011, 7, 1}, "25000"},
		// art. 332 Rv: 1,750.
		{nlAppealThreshold, [3]int{2011, 1, 1}, "1750"},
		{nlAppealThreshold, [3]int{2025, 6, 1}, "1750"},
		// art. 2(1) Reg. 861/2007: 2,000 from 1.1.2009; 5,000 from 14.7.2017 (Reg. 2015/2421).
		{euSmallClaimsCap, [3]int{2008, 12, 31}, ""},
		{euSmallClaimsCap, [3]int{2009, 1, 1}, "2000"},
		{euSmallClaimsCap, [3]int{2017, 7, 13}, "2000"},
		{euSmallClaimsCap, [3]int{2017, 7, 14}, "5000"},
	} {
		on := day(p.on[0], time.Month(p.on[1]), p.on[2])
		row, err := p.tl.At(on)
		if p.want == "" {
			if err == nil {
				t.Errorf("%s on %s: got %s, want no rule", p.tl.Name, on, row.Value)
			}
			continue
		}
		if err != nil || !row.Value.Equal(amt(p.want)) {
			t.Errorf("%s on %s: got %s, %v; want %s", p.tl.Name, on, row.Value, err, p.want)
		}
	}
}
