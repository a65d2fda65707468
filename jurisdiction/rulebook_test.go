package jurisdiction

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/internal/rulebooktest"
)

func TestRulebook(t *testing.T) {
	tables := Rulebook()
	// BE: ceiling, two last-resort thresholds, art. 573 court, art. 573
	// al. 2 option, lease, utility, employment, representation; NL: ceiling,
	// matters, appeal threshold, representation; both: order for payment,
	// small claims ceiling, Member States.
	rulebooktest.Shape(t, tables, "jurisdiction", 16)

	var zero date.Date
	cases := []struct {
		name, title string
		on          date.Date
		key, col    string
		want        string
	}{
		// be_competence_ceilings.go: 5,000 from 1.9.2018 (Law 25.05.2018 art. 27).
		{"BE ceiling 2018", beJusticeCeiling.Name, d(2018, 9, 1), "", "ceiling (claims up to and including)", "5,000.00 EUR"},
		{"BE ceiling 2018 eve", beJusticeCeiling.Name, d(2018, 8, 31), "", "ceiling (claims up to and including)", "2,500.00 EUR"},
		// be_appeal_thresholds.go: vrederechter last resort 2,000 from 1.9.2018.
		{"BE last resort", beAppealJustice.Name, d(2020, 1, 1), "", "last resort up to and including", "2,000.00 EUR"},
		// be_enterprise_court.go: the ondernemingsrechtbank from 1.11.2018.
		{"BE b2b court", beB2BCourt.Name, d(2019, 1, 1), "", "court", "ondernemingsrechtbank"},
		// be_special_competence.go: utility claims only against consumers.
		{"BE utility", beUtility.Name, d(2020, 1, 1), "", "debtor", "a debtor who is a natural person and not an enterprise"},
		// representation.go: before the rechtbank (not kanton) only an advocaat.
		{"NL rechtbank lawyer", "NL who may appear for a party (art. 79–80 Rv)", zero, "rechtbank", "lawyer required", "yes"},
		{"BE vrederechter reps", "BE who may appear for a party (art. 728 Ger.W.)", zero, "vrederechter", "representatives admitted", "lawyer, family-member"},
		// nl_kanton.go: 25,000 from 1.7.2011; consumer credit up to 40,000.
		{"NL kanton ceiling", nlKantonCeiling.Name, d(2011, 7, 1), "", "ceiling (claims up to and including)", "25,000.00 EUR"},
		{"NL kanton credit", nlKantonMatters.Name, d(2012, 1, 1), "", "consumer credit up to", "40,000.00 EUR"},
		{"NL kanton credit 2011 H1", nlKantonMatters.Name, d(2011, 3, 1), "", "consumer credit up to", "not in the list"},
		// eu_crossborder_tables.go: Small Claims ceiling 5,000 from 14.7.2017.
		{"EU small claims", euSmallClaimsCap.Name, d(2017, 7, 14), "", "ceiling (claims up to and including)", "5,000.00 EUR"},
		// eu_crossborder_tables.go: the United Kingdom until 31.12.2020.
		{"EU GB", "Member States bound by Regulations (EC) 1896/2006 and 861/2007", d(2020, 12, 31), "GB", "State (code)", "GB"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := rulebooktest.Cell(t, tables, tc.title, tc.on, tc.key, tc.col); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}

	// Every court has one representation row, under its own country.
	n := 0
	for _, tb := range tables {
		if tb.Title == "BE who may appear for a party (art. 728 Ger.W.)" || tb.Title == "NL who may appear for a party (art. 79–80 Rv)" {
			n += len(tb.Rows)
		}
	}
	if n != len(Courts()) {
		t.Errorf("representation rows: %d, want %d (one per court)", n, len(Courts()))
	}

	// Denmark is not bound (memberStateCite), so it is not listed; the
	// member-state rows are exactly euMemberStates.
	for _, tb := range tables {
		if tb.Title != "Member States bound by Regulations (EC) 1896/2006 and 861/2007" {
			continue
		}
		if len(tb.Rows) != len(euMemberStates) {
			t.Errorf("member states: %d rows, want %d", len(tb.Rows), len(euMemberStates))
		}
		for _, r := range tb.Rows {
			if r.Cells[0] == "DK" {
				t.Error("Denmark listed")
			}
		}
	}
}
