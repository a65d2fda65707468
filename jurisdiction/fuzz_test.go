package jurisdiction

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// fuzzClaim builds a claim from raw fuzz input. Amounts are built from a
// coefficient and an exponent, so that hostile magnitudes reach Validate.
func fuzzClaim(country, matter, cred, debt uint8, notMerchant bool, credDom, debtDom string, days int32, p, i, c, k int64, pe, ie, ce int32) Claim {
	return Claim{
		Country:             vordering.Country(country),
		AsOf:                date.NewOfDays(date.PeriodOfDays(days)),
		Matter:              Matter(matter),
		Creditor:            vordering.PartyKind(cred),
		CreditorNotMerchant: notMerchant,
		CreditorDomicile:    credDom,
		Debtor:              vordering.PartyKind(debt),
		DebtorDomicile:      debtDom,
		Principal:           decimal.New(p, pe),
		Interest:            decimal.New(i, ie),
		Costs:               decimal.New(c, ce),
		CreditAmount:        decimal.New(k, -2),
	}
}

func addClaimSeeds(f *testing.F) {
	// Seeds: each country, each matter, boundary amounts and dates
	// (days since 1970-01-01: 16313 = 2014-09-01, 17775 = 2018-09-01,
	// 15156 = 2011-07-01, 17836 = 2018-11-01).
	f.Add(uint8(1), uint8(1), uint8(2), uint8(1), false, "", "FR", int32(17775), int64(500000), int64(0), int64(0), int64(0), int32(-2), int32(0), int32(0))
	f.Add(uint8(1), uint8(1), uint8(2), uint8(2), true, "BE", "", int32(16000), int64(186001), int64(1), int64(1), int64(0), int32(-2), int32(-2), int32(0))
	f.Add(uint8(1), uint8(8), uint8(2), uint8(1), false, "", "", int32(16252), int64(9000), int64(0), int64(0), int64(0), int32(0), int32(0), int32(0))
	f.Add(uint8(2), uint8(5), uint8(2), uint8(1), false, "", "BE", int32(15156), int64(30000), int64(0), int64(0), int64(4000000), int32(0), int32(0), int32(0))
	f.Add(uint8(2), uint8(1), uint8(2), uint8(1), false, "US", "DK", int32(20000), int64(2500001), int64(5), int64(7), int64(0), int32(-2), int32(0), int32(0))
	f.Add(uint8(1), uint8(5), uint8(2), uint8(1), false, "", "", int32(20000), int64(1), int64(0), int64(0), int64(0), int32(999999999), int32(0), int32(0))
	f.Add(uint8(0), uint8(0), uint8(0), uint8(0), false, "xx", "", int32(0), int64(-1), int64(-1), int64(-1), int64(-1), int32(-999999), int32(0), int32(0))
	f.Add(uint8(2), uint8(4), uint8(3), uint8(3), true, "GB", "HR", int32(18627), int64(1), int64(0), int64(0), int64(0), int32(14), int32(0), int32(0))
}

// checkDecision states the invariants of every successful decision.
func checkDecision(t *testing.T, q Claim, dec Decision) {
	t.Helper()
	if !dec.Court.Valid() || dec.Court.Country() != q.Country {
		t.Fatalf("court %v is not a court of %v", dec.Court, q.Country)
	}
	if dec.Reason == "" || len(dec.Citations) == 0 || dec.Citations[0].IsZero() || len(dec.Steps) == 0 {
		t.Fatalf("decision without reason, citation or steps: %+v", dec)
	}
	if !dec.Value.Equal(q.Value()) {
		t.Fatalf("value %s != %s", dec.Value, q.Value())
	}
	if dec.LawyerRequired != (dec.Court == DistrictCourt) {
		t.Fatalf("lawyer required %v before %v", dec.LawyerRequired, dec.Court)
	}
	if dec.Alternative != 0 && dec.AlternativeReason == "" {
		t.Fatalf("alternative without reason: %+v", dec)
	}
	// The lowest court never gets a general claim above its ceiling.
	if q.Matter == MatterGeneral && dec.Value.GreaterThan(dec.Ceiling) && (dec.Court == JusticeOfThePeace || dec.Court == SubdistrictCourt) {
		t.Fatalf("general claim %s above ceiling %s went to %v", dec.Value, dec.Ceiling, dec.Court)
	}
}

func FuzzCompetent(f *testing.F) {
	addClaimSeeds(f)
	f.Fuzz(func(t *testing.T, country, matter, cred, debt uint8, nm bool, cd, dd string, days int32, p, i, c, k int64, pe, ie, ce int32) {
		q := fuzzClaim(country, matter, cred, debt, nm, cd, dd, days, p, i, c, k, pe, ie, ce)
		dec, err := Competent(q)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		checkDecision(t, q, dec)
	})
}

func FuzzCrossBorder(f *testing.F) {
	addClaimSeeds(f)
	f.Fuzz(func(t *testing.T, country, matter, cred, debt uint8, nm bool, cd, dd string, days int32, p, i, c, k int64, pe, ie, ce int32) {
		q := fuzzClaim(country, matter, cred, debt, nm, cd, dd, days, p, i, c, k, pe, ie, ce)
		notes, err := CrossBorder(q)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if len(notes) != 2 {
			t.Fatalf("want 2 notes, got %d", len(notes))
		}
		for _, n := range notes {
			if len(n.Reasons) == 0 || len(n.Citations) == 0 || n.Citations[0].IsZero() {
				t.Fatalf("note without reason or citation: %+v", n)
			}
		}
		if notes[1].Eligible && q.Principal.GreaterThan(notes[1].Ceiling) {
			t.Fatalf("small claims eligible above ceiling: %+v", notes[1])
		}
	})
}

func FuzzAssess(f *testing.F) {
	addClaimSeeds(f)
	f.Fuzz(func(t *testing.T, country, matter, cred, debt uint8, nm bool, cd, dd string, days int32, p, i, c, k int64, pe, ie, ce int32) {
		q := fuzzClaim(country, matter, cred, debt, nm, cd, dd, days, p, i, c, k, pe, ie, ce)
		a, err := Assess(q)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		checkDecision(t, q, a.Decision)
		if a.Appeal.Reason == "" || a.Appeal.Cite.IsZero() || a.Representation.Reason == "" || len(a.Representation.Citations) == 0 {
			t.Fatalf("assessment part without reason or citation: %+v", a)
		}
		if a.Appeal.Open != a.Appeal.Value.GreaterThan(a.Appeal.Threshold) {
			t.Fatalf("appeal open %v for %s against threshold %s", a.Appeal.Open, a.Appeal.Value, a.Appeal.Threshold)
		}
	})
}

func FuzzAppealOpen(f *testing.F) {
	f.Add(uint8(1), int64(200000), int32(-2), int32(17775))
	f.Add(uint8(2), int64(250001), int32(-2), int32(16313))
	f.Add(uint8(6), int64(1750), int32(0), int32(19000))
	f.Add(uint8(5), int64(1), int32(0), int32(19000))
	f.Add(uint8(0), int64(-5), int32(2000000000), int32(0))
	f.Fuzz(func(t *testing.T, court uint8, coef int64, exp, days int32) {
		a, err := AppealOpen(Court(court), decimal.New(coef, exp), date.NewOfDays(date.PeriodOfDays(days)))
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if a.Reason == "" || a.Cite.IsZero() {
			t.Fatalf("appeal answer without reason or citation: %+v", a)
		}
		if a.Open != a.Value.GreaterThan(a.Threshold) {
			t.Fatalf("open %v for %s against %s", a.Open, a.Value, a.Threshold)
		}
	})
}

func FuzzRepresentationBefore(f *testing.F) {
	for i := 0; i < 9; i++ {
		f.Add(uint8(i))
	}
	f.Fuzz(func(t *testing.T, court uint8) {
		r, err := RepresentationBefore(Court(court))
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if r.Reason == "" || len(r.Citations) == 0 || len(r.Representatives) == 0 {
			t.Fatalf("answer without reason, citation or representative: %+v", r)
		}
		if r.LawyerRequired == r.InPerson {
			t.Fatalf("a party either may appear in person or needs a lawyer: %+v", r)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"vrederechter", "kantonrechter", "lease", "any-agent", "european-small-claims", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// A court decodes from its name, or from one of the two names package
		// costs used before the court types were merged ("kanton",
		// "vredegerecht").
		var c Court
		if err := c.UnmarshalText([]byte(s)); err == nil && c.String() != s && s != "kanton" && s != "vredegerecht" {
			t.Fatalf("Court %q decoded to %v", s, c)
		}
		var m Matter
		if err := m.UnmarshalText([]byte(s)); err == nil && m.String() != s {
			t.Fatalf("Matter %q decoded to %v", s, m)
		}
		var r Representative
		if err := r.UnmarshalText([]byte(s)); err == nil && r.String() != s {
			t.Fatalf("Representative %q decoded to %v", s, r)
		}
		var e EURoute
		if err := e.UnmarshalText([]byte(s)); err == nil && e.String() != s {
			t.Fatalf("EURoute %q decoded to %v", s, e)
		}
	})
}
