package jurisdiction

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

func xclaim(c vordering.Country, on date.Date, m Matter, credDom, debtDom string, debtor vordering.PartyKind, principal, interest string) Claim {
	q := claim(c, on, m, en, debtor, principal)
	q.CreditorDomicile, q.DebtorDomicile = credDom, debtDom
	q.Interest = amt(interest)
	return q
}

// Reg. 1896/2006 (order for payment) and Reg. 861/2007 (small claims).
func TestCrossBorder(t *testing.T) {
	for _, c := range []struct {
		name      string
		q         Claim
		eop, escp bool
		mention   string // a phrase one of the notes must contain
		src       string
	}{
		{"BE court, FR debtor, 4000 in 2018", xclaim(be, day(2018, 1, 10), MatterGeneral, "BE", "FR", en, "4000", "0"), true, true, "", "art. 3 both regs; art. 2(1) Reg. 861/2007 as amended: 5,000 from 14.7.2017"},
		{"exactly 5000 plus interest", xclaim(be, day(2018, 1, 10), MatterGeneral, "", "DE", en, "5000", "800"), true, true, "", "art. 2(1): interest excluded from the value; 5,000 is within"},
		{"5000.01", xclaim(be, day(2018, 1, 10), MatterGeneral, "", "DE", en, "5000.01", "0"), true, false, "exceeds the ceiling", "art. 2(1) Reg. 861/2007"},
		{"2017-07-13 4000", xclaim(nl, day(2017, 7, 13), MatterGeneral, "", "BE", en, "4000", "0"), true, false, "EUR 2000.00", "art. 2(1) original text: 2,000 until 13.7.2017"},
		{"2017-07-14 4000", xclaim(nl, day(2017, 7, 14), MatterGeneral, "", "BE", en, "4000", "0"), true, true, "", "Reg. 2015/2421: 5,000 from 14.7.2017"},
		{"2017-07-13 exactly 2000", xclaim(nl, day(2017, 7, 13), MatterGeneral, "", "BE", en, "2000", "0"), true, true, "", "art. 2(1): \"does not exceed\""},
		{"domestic", xclaim(be, day(2020, 1, 10), MatterGeneral, "BE", "BE", en, "100", "0"), false, false, "Not a cross-border case", "art. 3 both regs"},
		{"debtor in Denmark", xclaim(be, day(2020, 1, 10), MatterGeneral, "", "DK", en, "100", "0"), false, false, "Denmark", "Denmark is not bound (recitals)"},
		{"creditor in US only", xclaim(nl, day(2020, 1, 10), MatterGeneral, "US", "", en, "100", "0"), false, false, "Not a cross-border case", "art. 3: a party domiciled in another Member State"},
		{"creditor abroad counts too", xclaim(nl, day(2020, 1, 10), MatterGeneral, "IT", "", en, "100", "0"), true, true, "", "art. 3: either party"},
		{"UK debtor 2020-12-31", xclaim(be, day(2020, 12, 31), MatterGeneral, "", "GB", en, "100", "0"), true, true, "", "Withdrawal Agreement art. 126-127: transition until 31.12.2020"},
		{"UK debtor 2021-01-01", xclaim(be, day(2021, 1, 1), MatterGeneral, "", "GB", en, "100", "0"), false, false, "Not a cross-border case", "United Kingdom no longer bound from 1.1.2021"},
		{"HR debtor 2013-06-30", xclaim(be, day(2013, 6, 30), MatterGeneral, "", "HR", en, "100", "0"), false, false, "Not a cross-border case", "Croatia acceded 1.7.2013"},
		{"HR debtor 2013-07-01", xclaim(be, day(2013, 7, 1), MatterGeneral, "", "HR", en, "100", "0"), true, true, "", "Croatia acceded 1.7.2013"},
		{"employment excluded from small claims", xclaim(nl, day(2020, 1, 10), MatterEmployment, "", "BE", en, "100", "0"), true, false, "Employment law", "art. 2(2)(f) Reg. 861/2007"},
		{"rent arrears stay in small claims", xclaim(nl, day(2020, 1, 10), MatterLease, "", "BE", co, "100", "0"), true, true, "art. 6(2)", "art. 2(2)(g): tenancies excluded except monetary claims; art. 6(2) Reg. 1896/2006 for consumer defendants"},
		{"before 12.12.2008", xclaim(be, day(2008, 12, 11), MatterGeneral, "", "FR", en, "100", "0"), false, false, "12 December 2008", "art. 33 Reg. 1896/2006"},
		{"EOP but not yet small claims", xclaim(be, day(2008, 12, 31), MatterGeneral, "", "FR", en, "100", "0"), true, false, "1 January 2009", "art. 29 Reg. 861/2007"},
	} {
		notes, err := CrossBorder(c.q)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(notes) != 2 || notes[0].Route != EuropeanOrderForPayment || notes[1].Route != EuropeanSmallClaims {
			t.Fatalf("%s: notes %+v", c.name, notes)
		}
		if notes[0].Eligible != c.eop || notes[1].Eligible != c.escp {
			t.Errorf("%s: EOP %v, ESCP %v; want %v, %v (source: %s)\n%+v", c.name, notes[0].Eligible, notes[1].Eligible, c.eop, c.escp, c.src, notes)
		}
		all := ""
		for _, n := range notes {
			if len(n.Reasons) == 0 || len(n.Citations) == 0 {
				t.Errorf("%s: note without reason or citation: %+v", c.name, n)
			}
			all += strings.Join(n.Reasons, " ")
		}
		if c.mention != "" && !strings.Contains(all, c.mention) {
			t.Errorf("%s: reasons %q lack %q", c.name, all, c.mention)
		}
	}
	if _, err := CrossBorder(Claim{}); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("CrossBorder(zero claim): err = %v", err)
	}
}

func TestAssess(t *testing.T) {
	// A Dutch shop sues a consumer in Belgium for 1,500 + 100 interest in 2024:
	// kanton (art. 93 sub a: 1,600 <= 25,000), no appeal (art. 332: 1,600 <= 1,750),
	// in person or any agent (art. 79-80), both EU routes open (BE debtor, 1,500 <= 5,000).
	q := xclaim(nl, day(2024, 4, 2), MatterConsumerPurchase, "", "BE", co, "1500", "100")
	a, err := Assess(q)
	if err != nil {
		t.Fatal(err)
	}
	if a.Decision.Court != SubdistrictCourt || a.Appeal.Open || a.Representation.LawyerRequired || !a.CrossBorder[0].Eligible || !a.CrossBorder[1].Eligible {
		t.Errorf("Assess = %+v", a)
	}
	// Belgian dates the appeal table does not cover fail as a whole.
	if _, err := Assess(claim(be, day(2012, 1, 2), MatterGeneral, en, co, "100")); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("Assess 2012 BE: err = %v, want ErrNoRuleInForce", err)
	}
	if _, err := Assess(claim(be, day(2024, 1, 2), MatterEmployment, co, en, "100")); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("Assess BE employment: err = %v, want ErrNoRuleInForce (labour court appeal not encoded)", err)
	}
	if _, err := Assess(Claim{}); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Assess(zero): err = %v", err)
	}
}
