package jurisdiction

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// art. 617 Ger.W. and art. 332 Rv: a judgment on a claim that does not exceed
// the threshold is given in last resort. Each case gives the day before and
// the day of a change, and the threshold itself and one cent more.
func TestAppealOpen(t *testing.T) {
	for _, c := range []struct {
		court Court
		on    date.Date
		value string
		open  bool
		src   string
	}{
		// Vrederechter series: 1,240 / 1,860 (1.9.2014) / 2,000 (1.9.2018).
		{JusticeOfThePeace, day(2014, 8, 31), "1240", false, "art. 617 al. 2 before Law 30.07.2013: 1,240 (deplalaw.be)"},
		{JusticeOfThePeace, day(2014, 8, 31), "1240.01", true, "art. 617: above 1,240"},
		{JusticeOfThePeace, day(2014, 9, 1), "1240.01", false, "Law 30.07.2013 art. 136: 1,860 from 1.9.2014"},
		{JusticeOfThePeace, day(2018, 8, 31), "1860", false, "art. 617: 1,860 until 31.8.2018"},
		{JusticeOfThePeace, day(2018, 8, 31), "1860.01", true, "art. 617: above 1,860"},
		{JusticeOfThePeace, day(2018, 9, 1), "1860.01", false, "Law 25.05.2018 art. 28: 2,000 from 1.9.2018"},
		{JusticeOfThePeace, day(2024, 1, 1), "2000", false, "art. 617: 2,000 is last resort"},
		{JusticeOfThePeace, day(2024, 1, 1), "2000.01", true, "art. 617: above 2,000"},
		// First instance and commercial/enterprise court series: 1,860 / 2,500 (1.9.2014).
		{CourtOfFirstInstance, day(2014, 8, 31), "1860", false, "art. 617 al. 1 before 1.9.2014: 1,860"},
		{CommercialCourt, day(2014, 8, 31), "1860.01", true, "art. 617 al. 1: above 1,860"},
		{CommercialCourt, day(2014, 9, 1), "1860.01", false, "Law 30.07.2013: 2,500 from 1.9.2014"},
		{EnterpriseCourt, day(2024, 1, 1), "2500", false, "art. 617 al. 1: 2,500, unchanged in 2018"},
		{EnterpriseCourt, day(2024, 1, 1), "2500.01", true, "art. 617 al. 1: above 2,500"},
		{CourtOfFirstInstance, day(2018, 9, 1), "2100", false, "the 2018 raise to 2,000 concerns the vrederechter only; first instance stays 2,500"},
		// NL art. 332 Rv: 1,750 for both courts.
		{SubdistrictCourt, day(2024, 1, 1), "1750", false, "art. 332 lid 1 Rv: \"niet meer beloopt dan € 1750\""},
		{SubdistrictCourt, day(2024, 1, 1), "1750.01", true, "art. 332 lid 1 Rv"},
		{DistrictCourt, day(2011, 1, 1), "30000", true, "art. 332 lid 1 Rv (text of 1.1.2011)"},
	} {
		a, err := AppealOpen(c.court, amt(c.value), c.on)
		if err != nil {
			t.Errorf("%v %s %s: %v", c.court, c.on, c.value, err)
			continue
		}
		if a.Open != c.open {
			t.Errorf("%v %s %s: open = %v, want %v (source: %s); %s", c.court, c.on, c.value, a.Open, c.open, c.src, a.Reason)
		}
		if a.Reason == "" || a.Cite.IsZero() || !strings.Contains(a.Reason, a.Cite.Article) {
			t.Errorf("%v: reason %q must cite %v", c.court, a.Reason, a.Cite)
		}
	}
}

func TestAppealOpenErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		court Court
		value decimal.Decimal
		on    date.Date
		want  error
	}{
		{"labour court not encoded", LabourCourt, amt("5000"), day(2024, 1, 1), vordering.ErrNoRuleInForce},
		{"BE appeal before 27.9.2013", JusticeOfThePeace, amt("5000"), day(2013, 9, 26), vordering.ErrNoRuleInForce},
		{"NL before 2011", SubdistrictCourt, amt("5000"), day(2010, 12, 31), vordering.ErrNoRuleInForce},
		{"no court", 0, amt("5000"), day(2024, 1, 1), vordering.ErrInvalidInput},
		{"no date", DistrictCourt, amt("5000"), date.Date{}, vordering.ErrInvalidInput},
		{"negative", DistrictCourt, amt("-1"), day(2024, 1, 1), vordering.ErrInvalidInput},
		{"huge", DistrictCourt, decimal.New(1, 400000000), day(2024, 1, 1), vordering.ErrInvalidInput},
	} {
		if _, err := AppealOpen(c.court, c.value, c.on); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

// art. 728 Ger.W. and art. 79–80 Rv.
func TestRepresentationBefore(t *testing.T) {
	for _, c := range []struct {
		court    Court
		lawyer   bool
		inPerson bool
		reps     []Representative
		art      string
		src      string
	}{
		{JusticeOfThePeace, false, true, []Representative{Lawyer, FamilyMember}, "728", "art. 728 §1-2 Ger.W. (infino.be extract): vrederechter listed in §2"},
		{CommercialCourt, false, true, []Representative{Lawyer, FamilyMember}, "728", "art. 728 §2 lists the rechtbank van koophandel"},
		{EnterpriseCourt, false, true, []Representative{Lawyer, FamilyMember}, "728", "art. 728 §2 as renamed by Law 15.04.2018"},
		{LabourCourt, false, true, []Representative{Lawyer, FamilyMember}, "728", "art. 728 §2-3 (labour courts)"},
		{CourtOfFirstInstance, false, true, []Representative{Lawyer}, "728", "art. 728 §1 only: in person or by a lawyer"},
		{SubdistrictCourt, false, true, []Representative{Lawyer, AnyAgent}, "79", "art. 79 lid 1 and 80 lid 1 Rv"},
		{DistrictCourt, true, false, []Representative{Lawyer}, "79", "art. 79 lid 2 Rv: \"slechts bij advocaat\""},
	} {
		r, err := RepresentationBefore(c.court)
		if err != nil {
			t.Fatalf("%v: %v", c.court, err)
		}
		if r.LawyerRequired != c.lawyer || r.InPerson != c.inPerson || len(r.Representatives) != len(c.reps) {
			t.Errorf("%v: got %+v (source: %s)", c.court, r, c.src)
			continue
		}
		for i := range c.reps {
			if r.Representatives[i] != c.reps[i] {
				t.Errorf("%v: representatives %v, want %v (source: %s)", c.court, r.Representatives, c.reps, c.src)
			}
		}
		if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Article, c.art) || r.Reason == "" {
			t.Errorf("%v: citation %v must name art. %s", c.court, r.Citations, c.art)
		}
	}
	if _, err := RepresentationBefore(0); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("RepresentationBefore(0): err = %v", err)
	}
}
