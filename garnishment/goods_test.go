package garnishment

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// Exempt goods, art. 1408 Ger.W., before and after the Law of 7.4.2023
// (in force 25.6.2023). Expected verdicts follow the text of §1 as quoted by
// eskalaw.be / schoenaerts.com and the 2023 changes (crivitspersyn.be,
// polinfo.kluwer.be).
func TestCheckGoods(t *testing.T) {
	before := date.New(2023, 6, 24)
	after := date.New(2023, 6, 25)
	type want struct {
		exempt []bool
		used   string
		days   int
	}
	cases := []struct {
		name  string
		asOf  date.Date
		owner Person
		goods []Good
		want  want
	}{
		{"household, luxury, other", after, NaturalPerson,
			[]Good{{Category: GoodHousehold, Value: eur("300")}, {Category: GoodLuxury, Value: eur("300")}, {Category: GoodOther}, {Category: GoodWorship}, {Category: GoodFoodAndFuel}, {Category: GoodStudy}},
			want{[]bool{true, false, false, true, true, true}, "0.00", 15}},
		// Cap 2,500 in total at the debtor's choice: 1,500 + 900 = 2,400 fit;
		// 200 more would make 2,600 → seizable; 100 still fits → 2,500.
		{"professional cap", after, NaturalPerson,
			[]Good{{Category: GoodProfessional, Value: eur("1500")}, {Category: GoodInternetDevice, Value: eur("900")}, {Category: GoodProfessional, Value: eur("200")}, {Category: GoodProfessional, Value: eur("100")}},
			want{[]bool{true, true, false, true}, "2500.00", 15}},
		// Spouse's professional goods count inside the cap from 25.6.2023.
		{"spouse's tools after 2023", after, NaturalPerson,
			[]Good{{Category: GoodProfessional, Value: eur("2000"), OfSpouse: true}, {Category: GoodProfessional, Value: eur("600")}},
			want{[]bool{true, false}, "2000.00", 15}},
		// Before: only the debtor's own professional goods; internet devices
		// not listed; objection term 5 days.
		{"spouse's tools and router before 2023", before, NaturalPerson,
			[]Good{{Category: GoodProfessional, Value: eur("2000"), OfSpouse: true}, {Category: GoodInternetDevice, Value: eur("100")}, {Category: GoodProfessional, Value: eur("600")}},
			want{[]bool{false, false, true}, "600.00", 5}},
		// Claim for the price of the good itself.
		{"seller's claim", after, NaturalPerson,
			[]Good{{Category: GoodProfessional, Value: eur("100"), ClaimForPrice: true}, {Category: GoodMobilePhone, Value: eur("100"), ClaimForPrice: true}},
			want{[]bool{false, false}, "0.00", 15}},
		// Livestock: exempt until 24.6.2023, seizable from 25.6.2023.
		{"livestock before", before, NaturalPerson, []Good{{Category: GoodLivestock}}, want{[]bool{true}, "0.00", 5}},
		{"livestock after", after, NaturalPerson, []Good{{Category: GoodLivestock}}, want{[]bool{false}, "0.00", 15}},
		// Phones: each up to 500 exempt; a 900 phone is seizable when another
		// phone stays exempt.
		{"phones, one cheap", after, NaturalPerson,
			[]Good{{Category: GoodMobilePhone, Value: eur("900")}, {Category: GoodMobilePhone, Value: eur("500")}, {Category: GoodMobilePhone, Value: eur("450"), OfSpouse: true}},
			want{[]bool{false, true, true}, "0.00", 15}},
		// All phones above 500: one per household stays exempt (the first listed).
		{"phones, all expensive", after, NaturalPerson,
			[]Good{{Category: GoodMobilePhone, Value: eur("900")}, {Category: GoodMobilePhone, Value: eur("1200")}},
			want{[]bool{true, false}, "0.00", 15}},
		{"phone before 2023", before, NaturalPerson, []Good{{Category: GoodMobilePhone, Value: eur("100")}}, want{[]bool{false}, "0.00", 5}},
		// Legal person: nothing is exempt.
		{"legal person", after, LegalPerson,
			[]Good{{Category: GoodHousehold}, {Category: GoodProfessional, Value: eur("10")}, {Category: GoodMobilePhone, Value: eur("10")}},
			want{[]bool{false, false, false}, "0.00", 15}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := CheckGoods(c.asOf, c.owner, c.goods)
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range r.Goods {
				if v.Exempt != c.want.exempt[i] {
					t.Errorf("good %d (%s): exempt = %v, want %v (%s)", i, v.Good.Category, v.Exempt, c.want.exempt[i], v.Reason)
				}
				if v.Reason == "" || v.Cite.IsZero() {
					t.Errorf("good %d has no reason or citation", i)
				}
			}
			if !r.ProfessionalUsed.Equal(eur(c.want.used)) || r.ObjectionDays != c.want.days {
				t.Errorf("used %s days %d, want %s / %d", r.ProfessionalUsed, r.ObjectionDays, c.want.used, c.want.days)
			}
			if c.owner == LegalPerson && r.Goods[0].Reason != LegalPersonReason {
				t.Errorf("legal person reason missing")
			}
		})
	}
}

func TestCheckGoodsErrors(t *testing.T) {
	cases := []struct {
		name  string
		asOf  date.Date
		owner Person
		goods []Good
		want  error
	}{
		{"no owner", date.New(2024, 1, 1), 0, nil, vordering.ErrInvalidInput},
		{"bad category", date.New(2024, 1, 1), NaturalPerson, []Good{{Category: 99}}, vordering.ErrInvalidInput},
		{"negative value", date.New(2024, 1, 1), NaturalPerson, []Good{{Category: GoodOther, Value: eur("-1")}}, vordering.ErrInvalidInput},
		{"before 2002", date.New(2001, 12, 31), NaturalPerson, []Good{{Category: GoodOther}}, vordering.ErrNoRuleInForce},
	}
	for _, c := range cases {
		if _, err := CheckGoods(c.asOf, c.owner, c.goods); !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

// Art. 1410: the §2 list is unseizable; §1 incomes use the replacement
// scale; wages and holiday pay the work scale.
func TestIncomeSources(t *testing.T) {
	want := map[IncomeSource]Seizability{
		Wage: SeizableWorkScale, HolidayPay: SeizableWorkScale,
		UnemploymentBenefit: SeizableReplacementScale, SicknessBenefit: SeizableReplacementScale,
		Pension: SeizableReplacementScale, CareerBreakAllowance: SeizableReplacementScale,
		FamilyAllowance: Unseizable, OrphanAllowance: Unseizable, DisabilityAllowance: Unseizable,
		GuaranteedIncomeElderly: Unseizable, Leefloon: Unseizable, SocialAid: Unseizable,
		ThirdPartyAssistance: Unseizable, CareReimbursement: Unseizable,
	}
	if len(want) != int(CareReimbursement) {
		t.Fatalf("test covers %d sources, catalogue has %d", len(want), CareReimbursement)
	}
	n := 0
	for s, w := range want {
		z, cite, err := s.Seizability()
		if err != nil || z != w || cite.IsZero() {
			t.Errorf("%s: %s %v %v, want %s", s, z, cite, err, w)
		}
		if IsUnseizable(s) != (w == Unseizable) {
			t.Errorf("IsUnseizable(%s) wrong", s)
		}
		k, ok := s.IncomeKind()
		if ok == (w == Unseizable) || (ok && (k == Replacement) != (w == SeizableReplacementScale)) {
			t.Errorf("%s.IncomeKind() = %s, %v", s, k, ok)
		}
		if w == Unseizable {
			n++
		}
	}
	if n != len(UnseizableIncomes()) {
		t.Errorf("UnseizableIncomes() has %d entries, want %d", len(UnseizableIncomes()), n)
	}
	for _, s := range UnseizableIncomes() {
		if !IsUnseizable(s) {
			t.Errorf("%s listed but not unseizable", s)
		}
	}
	if IsUnseizable(0) || IsUnseizable(200) {
		t.Error("undefined sources must not be reported unseizable")
	}
	if _, _, err := IncomeSource(0).Seizability(); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("undefined source: %v", err)
	}
}
