package jurisdiction

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

type competentCase struct {
	name string
	q    Claim
	want Court
	alt  Court  // expected Alternative (zero: none)
	art  string // the article the deciding citation must name
	src  string // where the expected answer comes from
}

func runCompetent(t *testing.T, cases []competentCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Competent(c.q)
			if err != nil {
				t.Fatalf("Competent: %v (source: %s)", err, c.src)
			}
			if got.Court != c.want {
				t.Errorf("court = %v, want %v (source: %s); reason: %s", got.Court, c.want, c.src, got.Reason)
			}
			if got.Alternative != c.alt {
				t.Errorf("alternative = %v, want %v (source: %s)", got.Alternative, c.alt, c.src)
			}
			if len(got.Citations) == 0 || !strings.Contains(got.Citations[0].Article, c.art) {
				t.Errorf("deciding citation %v does not name %q (source: %s)", got.Citations, c.art, c.src)
			}
			if got.Reason == "" || len(got.Steps) == 0 {
				t.Errorf("decision without reason or steps: %+v", got)
			}
			if !got.Value.Equal(c.q.Value()) {
				t.Errorf("value = %s, want %s", got.Value, c.q.Value())
			}
		})
	}
}

func withAccessories(q Claim, interest, costs string) Claim {
	q.Interest, q.Costs = amt(interest), amt(costs)
	return q
}

// BE art. 590 Ger.W.: the vrederechter hears claims that do not exceed the
// ceiling; above it the rechtbank van eerste aanleg (art. 568). B2C and
// C2C claims, so art. 573 does not apply.
func TestCompetentBECeiling(t *testing.T) {
	const src590 = "art. 590 Ger.W. (\"niet te boven gaat\": the ceiling itself stays with the vrederechter); art. 568 residual"
	runCompetent(t, []competentCase{
		{"2014-08-31 exactly 1860", claim(be, day(2014, 8, 31), MatterGeneral, en, co, "1860"), JusticeOfThePeace, 0, "art. 590", src590},
		{"2014-08-31 1860.01", claim(be, day(2014, 8, 31), MatterGeneral, en, co, "1860.01"), CourtOfFirstInstance, 0, "art. 568", src590},
		{"2014-09-01 1860.01 now within 2500", claim(be, day(2014, 9, 1), MatterGeneral, en, co, "1860.01"), JusticeOfThePeace, 0, "art. 590", src590 + "; 2,500 from 1.9.2014"},
		{"2018-08-31 exactly 2500", claim(be, day(2018, 8, 31), MatterGeneral, co, co, "2500"), JusticeOfThePeace, 0, "art. 590", src590},
		{"2018-08-31 2500.01", claim(be, day(2018, 8, 31), MatterGeneral, co, co, "2500.01"), CourtOfFirstInstance, 0, "art. 568", src590},
		{"2018-09-01 2500.01 now within 5000", claim(be, day(2018, 9, 1), MatterGeneral, co, co, "2500.01"), JusticeOfThePeace, 0, "art. 590", src590 + "; 5,000 from 1.9.2018"},
		{"2024 exactly 5000", claim(be, day(2024, 3, 1), MatterGeneral, en, co, "5000"), JusticeOfThePeace, 0, "art. 590", src590},
		{"2024 5000.01", claim(be, day(2024, 3, 1), MatterGeneral, en, co, "5000.01"), CourtOfFirstInstance, 0, "art. 568", src590},
		// art. 557 Ger.W.: interest accrued before the summons and the
		// damages clause count: 4,500 + 300 + 200.01 = 5,000.01.
		{"2024 accessories push over 5000", withAccessories(claim(be, day(2024, 3, 1), MatterGeneral, en, co, "4500"), "300", "200.01"), CourtOfFirstInstance, 0, "art. 568", "art. 557 Ger.W. (sum claimed in the introductory act) with art. 590"},
		{"2024 accessories exactly 5000", withAccessories(claim(be, day(2024, 3, 1), MatterGeneral, en, co, "4500"), "300", "200"), JusticeOfThePeace, 0, "art. 590", "art. 557 with art. 590: 4,500 + 300 + 200 = 5,000"},
		// A public body is not an enterprise (art. I.1 WER excludes non-profit public bodies): general rule.
		{"2024 enterprise v public body", claim(be, day(2024, 3, 1), MatterGeneral, en, pb, "12000"), CourtOfFirstInstance, 0, "art. 568", "art. 573 needs two enterprises; art. 590/568 by value"},
	})
}

// BE art. 573 Ger.W.: disputes between businesses.
func TestCompetentBEBusinesses(t *testing.T) {
	runCompetent(t, []competentCase{
		// From 1.11.2018 the ondernemingsrechtbank, whatever the amount (art. 590 withholds art. 573 claims).
		{"2018-11-01 B2B 100", claim(be, day(2018, 11, 1), MatterGeneral, en, en, "100"), EnterpriseCourt, 0, "art. 573", "art. 573 Ger.W. (Law 15.04.2018, in force 1.11.2018) and art. 590 exceptions"},
		{"2025 B2B 1000000", claim(be, day(2025, 1, 15), MatterGeneral, en, en, "1000000"), EnterpriseCourt, 0, "art. 573", "art. 573 Ger.W."},
		// 1.7.2014 to 31.10.2018: the rechtbank van koophandel, whatever the amount.
		{"2018-10-31 B2B 100", claim(be, day(2018, 10, 31), MatterGeneral, en, en, "100"), CommercialCourt, 0, "art. 573", "Law 26.03.2014 (in force 1.7.2014) until the 2018 reform"},
		{"2014-07-01 B2B 100", claim(be, day(2014, 7, 1), MatterGeneral, en, en, "100"), CommercialCourt, 0, "art. 573", "Law 26.03.2014, in force 1.7.2014 (advodejonghe.be; consenso.be: also invoices of 1 euro)"},
		// A liberal profession is an enterprise from 1.7.2014: NotMerchant no longer matters.
		{"2016 B2B liberal profession", Claim{Country: be, AsOf: day(2016, 5, 2), Matter: MatterGeneral, Creditor: en, CreditorNotMerchant: true, Debtor: en, Principal: amt("900")}, CommercialCourt, 0, "art. 573", "art. 573, 1° (2014 text): all persons durably pursuing an economic goal"},
		// Before 1.7.2014: merchants; the vrederechter below the art. 590 ceiling, the rechtbank van koophandel above.
		{"2014-06-30 B2B exactly 1860", claim(be, day(2014, 6, 30), MatterGeneral, en, en, "1860"), JusticeOfThePeace, 0, "art. 590", "old art. 573, 1° (only above the vrederechter's competence; baliebrugge.be, consenso.be) and art. 590"},
		{"2014-06-30 B2B 1860.01", claim(be, day(2014, 6, 30), MatterGeneral, en, en, "1860.01"), CommercialCourt, 0, "art. 573", "old art. 573, 1°: merchants above 1,860"},
		// Before 1.7.2014 a non-merchant enterprise fell under the general rule.
		{"2012 non-merchant above ceiling", Claim{Country: be, AsOf: day(2012, 3, 1), Matter: MatterGeneral, Creditor: en, Debtor: en, DebtorNotMerchant: true, Principal: amt("3000")}, CourtOfFirstInstance, 0, "art. 568", "old art. 573, 1° required two merchants; art. 568 residual"},
		// art. 573 al. 2: a non-enterprise suing an enterprise may choose the enterprise court.
		{"2020 consumer v enterprise", claim(be, day(2020, 2, 3), MatterGeneral, co, en, "700"), JusticeOfThePeace, EnterpriseCourt, "art. 590", "art. 590 by value; art. 573 al. 2 option"},
		{"2016 consumer v enterprise above", claim(be, day(2016, 2, 3), MatterGeneral, co, en, "7000"), CourtOfFirstInstance, CommercialCourt, "art. 568", "art. 568 by value; art. 573 al. 2 option (rechtbank van koophandel before 1.11.2018)"},
		{"2013 consumer v enterprise: no option yet", claim(be, day(2013, 2, 3), MatterGeneral, co, en, "700"), JusticeOfThePeace, 0, "art. 590", "art. 573 al. 2 was inserted by Law 26.03.2014, in force 1.7.2014"},
	})
}

// BE special competences whatever the amount: art. 591, 1° (lease), art.
// 591, 25° (utility against a consumer, from 1.7.2014), art. 578 (labour).
func TestCompetentBESpecial(t *testing.T) {
	runCompetent(t, []competentCase{
		{"lease 2024 above ceiling", claim(be, day(2024, 3, 1), MatterLease, co, co, "18000"), JusticeOfThePeace, 0, "art. 591, 1°", "art. 591, 1° Ger.W. (immoweb.be: whatever the amount)"},
		{"lease between enterprises", claim(be, day(2024, 3, 1), MatterLease, en, en, "18000"), JusticeOfThePeace, 0, "art. 591, 1°", "Kh. Dendermonde 26.05.2011: lease between merchants belongs to the vrederechter"},
		{"utility 2014-07-01 consumer", claim(be, day(2014, 7, 1), MatterUtilitySupply, en, co, "9000"), JusticeOfThePeace, 0, "art. 591, 25°", "art. 591, 25° (Law 26.03.2014, in force 1.7.2014)"},
		{"utility 2014-06-30 consumer: not yet", claim(be, day(2014, 6, 30), MatterUtilitySupply, en, co, "9000"), CourtOfFirstInstance, 0, "art. 568", "art. 591, 25° not yet in force; art. 590 ceiling 1,860"},
		{"utility 2024 enterprise debtor", claim(be, day(2024, 3, 1), MatterUtilitySupply, en, en, "9000"), EnterpriseCourt, 0, "art. 573", "art. 591, 25° only against a natural person who is not an enterprise; then art. 573"},
		{"employment 2024", claim(be, day(2024, 3, 1), MatterEmployment, co, en, "900"), LabourCourt, 0, "art. 578", "art. 578 Ger.W.; art. 590 withholds art. 578-583 claims from the vrederechter"},
		// Matters without a special BE rule follow the general rules.
		{"consumer purchase 2024", claim(be, day(2024, 3, 1), MatterConsumerPurchase, en, co, "6000"), CourtOfFirstInstance, 0, "art. 568", "no special BE rule: art. 590/568"},
		{"agency 2024 B2B", claim(be, day(2024, 3, 1), MatterAgency, en, en, "6000"), EnterpriseCourt, 0, "art. 573", "no special BE rule: art. 573"},
	})
}

// NL art. 93 Rv.
func TestCompetentNL(t *testing.T) {
	const src93a = "art. 93 sub a Rv (\"ten hoogste\": the ceiling itself stays with the kantonrechter)"
	runCompetent(t, []competentCase{
		{"2011-06-30 exactly 5000", claim(nl, day(2011, 6, 30), MatterGeneral, en, en, "5000"), SubdistrictCourt, 0, "art. 93 sub a", src93a},
		{"2011-06-30 5000.01", claim(nl, day(2011, 6, 30), MatterGeneral, en, en, "5000.01"), DistrictCourt, 0, "art. 93 sub a", src93a},
		{"2011-07-01 5000.01", claim(nl, day(2011, 7, 1), MatterGeneral, en, en, "5000.01"), SubdistrictCourt, 0, "art. 93 sub a", src93a + "; 25,000 from 1.7.2011"},
		{"2024 exactly 25000", claim(nl, day(2024, 5, 1), MatterGeneral, en, co, "25000"), SubdistrictCourt, 0, "art. 93 sub a", src93a},
		{"2024 25000.01", claim(nl, day(2024, 5, 1), MatterGeneral, en, co, "25000.01"), DistrictCourt, 0, "art. 93 sub a", src93a},
		// Interest to the summons counts (art. 93 sub a): 24,000 + 1,000.01 = 25,000.01.
		{"2024 interest pushes over", withAccessories(claim(nl, day(2024, 5, 1), MatterGeneral, en, co, "24000"), "1000.01", "0"), DistrictCourt, 0, "art. 93 sub a", "art. 93 sub a Rv: \"de tot aan de dag van dagvaarding verschenen rente daarbij inbegrepen\""},
		// Always-kanton matters (art. 93 sub c).
		{"lease 2024 100000", claim(nl, day(2024, 5, 1), MatterLease, en, co, "100000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv: huur whatever the amount"},
		{"employment 2011-01-01 100000", claim(nl, day(2011, 1, 1), MatterEmployment, co, en, "100000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv (text of 1.1.2011): arbeidsovereenkomst"},
		{"hire purchase 2015", claim(nl, day(2015, 1, 1), MatterHirePurchase, en, co, "30000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv: huurkoop"},
		{"agency 2015", claim(nl, day(2015, 1, 1), MatterAgency, en, en, "30000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv: agentuur"},
		{"consumer purchase 2011-07-01", claim(nl, day(2011, 7, 1), MatterConsumerPurchase, en, co, "30000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv from 1.7.2011: consumentenkoop"},
		{"consumer purchase 2011-06-30: not yet", claim(nl, day(2011, 6, 30), MatterConsumerPurchase, en, co, "30000"), DistrictCourt, 0, "art. 93 sub a", "consumentenkoop added on 1.7.2011; before: value rule with 5,000"},
		{"consumer purchase between enterprises", claim(nl, day(2015, 1, 1), MatterConsumerPurchase, en, en, "30000"), DistrictCourt, 0, "art. 93 sub a", "a consumer sale needs a consumer buyer; value rule"},
		{"utility supply: no NL rule", claim(nl, day(2015, 1, 1), MatterUtilitySupply, en, co, "30000"), DistrictCourt, 0, "art. 93 sub a", "no NL special rule: art. 93 sub a"},
	})
}

// NL consumer credit (art. 93 sub c Rv, from 1.7.2011): credit sum of at most 40,000.
func TestCompetentNLConsumerCredit(t *testing.T) {
	credit := func(on date.Date, principal, kredietsom string) Claim {
		q := claim(nl, on, MatterConsumerCredit, en, co, principal)
		q.CreditAmount = amt(kredietsom)
		return q
	}
	const src = "art. 93 sub c Rv (2013 text: \"kredietsom van ten hoogste € 40 000\")"
	runCompetent(t, []competentCase{
		{"credit exactly 40000", credit(day(2016, 1, 4), "30000", "40000"), SubdistrictCourt, 0, "art. 93 sub c", src},
		{"credit 40000.01", credit(day(2016, 1, 4), "30000", "40000.01"), DistrictCourt, 0, "art. 93 sub a", src + "; above the cap the value rule applies"},
		{"credit above cap, small claim", credit(day(2016, 1, 4), "3000", "50000"), SubdistrictCourt, 0, "art. 93 sub a", "art. 93 sub a: 3,000 within 25,000"},
		{"credit sum unknown", credit(day(2016, 1, 4), "30000", "0"), DistrictCourt, 0, "art. 93 sub a", "without the credit sum only the value rule can be applied"},
		{"credit 2011-06-30 not yet", credit(day(2011, 6, 30), "6000", "10000"), DistrictCourt, 0, "art. 93 sub a", "consumer credit added on 1.7.2011; 5,000 ceiling before"},
		{"credit 2011-07-01", credit(day(2011, 7, 1), "30000", "10000"), SubdistrictCourt, 0, "art. 93 sub c", "art. 93 sub c Rv (text of 1.7.2011, credit transactions under the Wet op het consumentenkrediet)"},
	})
}

func TestCompetentLawyerRequired(t *testing.T) {
	// art. 79 lid 2 Rv: the rechtbank only through an advocaat; art. 728 §1 Ger.W.: never required in BE first instance.
	for _, c := range []struct {
		q    Claim
		want bool
	}{
		{claim(nl, day(2024, 5, 1), MatterGeneral, en, co, "25000.01"), true},
		{claim(nl, day(2024, 5, 1), MatterGeneral, en, co, "25000"), false},
		{claim(be, day(2024, 5, 1), MatterGeneral, en, co, "25000"), false},
	} {
		got, err := Competent(c.q)
		if err != nil || got.LawyerRequired != c.want {
			t.Errorf("%v %s: LawyerRequired = %v, %v; want %v", c.q.Country, c.q.Principal, got.LawyerRequired, err, c.want)
		}
	}
}

func TestCompetentErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		q    Claim
		want error
	}{
		{"BE before 2002", claim(be, day(2001, 12, 31), MatterGeneral, en, co, "100"), vordering.ErrNoRuleInForce},
		{"NL before 2011", claim(nl, day(2010, 12, 31), MatterGeneral, en, co, "100"), vordering.ErrNoRuleInForce},
		{"BE consumer credit not encoded", claim(be, day(2024, 1, 1), MatterConsumerCredit, en, co, "100"), vordering.ErrNoRuleInForce},
		{"no country", claim(0, day(2024, 1, 1), MatterGeneral, en, co, "100"), vordering.ErrInvalidInput},
		{"no date", claim(be, date.Date{}, MatterGeneral, en, co, "100"), vordering.ErrInvalidInput},
		{"no matter", claim(be, day(2024, 1, 1), 0, en, co, "100"), vordering.ErrInvalidInput},
		{"no creditor kind", claim(be, day(2024, 1, 1), MatterGeneral, 0, co, "100"), vordering.ErrInvalidInput},
		{"no debtor kind", claim(be, day(2024, 1, 1), MatterGeneral, en, 9, "100"), vordering.ErrInvalidInput},
		{"negative principal", claim(be, day(2024, 1, 1), MatterGeneral, en, co, "-1"), vordering.ErrInvalidInput},
		{"zero claim", claim(be, day(2024, 1, 1), MatterGeneral, en, co, "0"), vordering.ErrInvalidInput},
		{"huge exponent", withPrincipal(claim(be, day(2024, 1, 1), MatterGeneral, en, co, "1"), decimal.New(1, 999999999)), vordering.ErrInvalidInput},
		{"tiny exponent", withPrincipal(claim(be, day(2024, 1, 1), MatterGeneral, en, co, "1"), decimal.New(1, -999999999)), vordering.ErrInvalidInput},
		{"huge negative", withPrincipal(claim(be, day(2024, 1, 1), MatterGeneral, en, co, "1"), decimal.New(-7, 999999999)), vordering.ErrInvalidInput},
		{"10^15", claim(be, day(2024, 1, 1), MatterGeneral, en, co, "1000000000000000"), vordering.ErrInvalidInput},
		{"negative interest", withAccessories(claim(be, day(2024, 1, 1), MatterGeneral, en, co, "10"), "-0.01", "0"), vordering.ErrInvalidInput},
		{"bad domicile", Claim{Country: be, AsOf: day(2024, 1, 1), Matter: MatterGeneral, Creditor: en, CreditorDomicile: "be", Debtor: co, Principal: amt("10")}, vordering.ErrInvalidInput},
	} {
		_, err := Competent(c.q)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
	// The library-wide limits (vordering.CheckAmount): EUR 10^12 in whole
	// cents is the largest amount; a thousandth of a cent is refused.
	if _, err := Competent(claim(be, day(2024, 1, 1), MatterGeneral, en, co, "1000000000000.00")); err != nil {
		t.Errorf("largest amount rejected: %v", err)
	}
	for _, v := range []string{"1000000000000.01", "10.005"} {
		if _, err := Competent(claim(be, day(2024, 1, 1), MatterGeneral, en, co, v)); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s accepted: %v", v, err)
		}
	}
	// The error names the field.
	_, err := Competent(withAccessories(claim(nl, day(2024, 1, 1), MatterGeneral, en, co, "10"), "0", "-5"))
	var ie *vordering.InputError
	if !errors.As(err, &ie) || ie.Field != "Claim.Costs" {
		t.Errorf("err = %v, want an InputError on Claim.Costs", err)
	}
}

// A decision marshals to JSON with the court and the alternative as text.
func TestDecisionJSON(t *testing.T) {
	dec, err := Competent(claim(be, day(2020, 2, 3), MatterGeneral, co, en, "700"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := jsonMarshal(dec)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"court":"vrederechter"`, `"alternative":"ondernemingsrechtbank"`, `"value":"700"`, `"country":"BE"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	dec, err = Competent(claim(be, day(2020, 2, 3), MatterGeneral, en, co, "700"))
	if err != nil {
		t.Fatal(err)
	}
	if b, err = jsonMarshal(dec); err != nil || strings.Contains(string(b), "alternative") {
		t.Errorf("a decision without alternative must omit it: %s, %v", b, err)
	}
	_ = time.January
}

func withPrincipal(q Claim, p decimal.Decimal) Claim {
	q.Principal = p
	return q
}
