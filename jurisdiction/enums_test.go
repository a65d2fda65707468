package jurisdiction

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/vordering/vordering"
)

type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

func TestEnumText(t *testing.T) {
	roundTrip := func(v textEnum, back encoding.TextUnmarshaler, get func() textEnum) {
		t.Helper()
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", v, err)
		}
		if string(b) != v.String() {
			t.Errorf("MarshalText %q != String %q", b, v.String())
		}
		if err := back.UnmarshalText(b); err != nil || get() != v {
			t.Errorf("round trip %v -> %q -> %v, %v", v, b, get(), err)
		}
	}
	for _, c := range Courts() {
		var back Court
		roundTrip(c, &back, func() textEnum { return back })
		if !c.Country().Valid() {
			t.Errorf("%v has no country", c)
		}
	}
	for _, m := range Matters() {
		var back Matter
		roundTrip(m, &back, func() textEnum { return back })
	}
	for _, r := range []Representative{Lawyer, FamilyMember, AnyAgent} {
		var back Representative
		roundTrip(r, &back, func() textEnum { return back })
	}
	for _, r := range []EURoute{EuropeanOrderForPayment, EuropeanSmallClaims} {
		var back EURoute
		roundTrip(r, &back, func() textEnum { return back })
	}
	// Dutch terms of art in String (design doc convention).
	for c, want := range map[Court]string{JusticeOfThePeace: "vrederechter", EnterpriseCourt: "ondernemingsrechtbank", SubdistrictCourt: "kantonrechter", DistrictCourt: "rechtbank"} {
		if c.String() != want {
			t.Errorf("%d.String() = %q, want %q", c, c.String(), want)
		}
	}
	if Vrederechter.String() != "vrederechter" || Kantonrechter != SubdistrictCourt || Rechtbank.String() != "rechtbank" || Ondernemingsrechtbank != EnterpriseCourt {
		t.Error("Dutch aliases do not match")
	}
	if SubdistrictCourt.Country() != vordering.NL || CommercialCourt.Country() != vordering.BE || Court(0).Country() != 0 {
		t.Error("Court.Country is wrong")
	}
	// Undefined values.
	for _, v := range []textEnum{Court(0), Court(99), Matter(0), Matter(99), Representative(0), EURoute(7)} {
		if _, err := v.MarshalText(); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%v.MarshalText err = %v", v, err)
		}
		if v.String() == "" {
			t.Errorf("empty String for %#v", v)
		}
	}
	var c Court
	var m Matter
	var r Representative
	var e EURoute
	for _, u := range []encoding.TextUnmarshaler{&c, &m, &r, &e} {
		if err := u.UnmarshalText([]byte("nonsense")); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%T.UnmarshalText(nonsense) err = %v", u, err)
		}
		if err := u.UnmarshalText(nil); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%T.UnmarshalText(empty) err = %v", u, err)
		}
	}
}

// A claim travels through JSON unchanged (amounts as strings, the date in
// ISO form, enums as text), so a caller can store and replay a query.
func TestClaimJSONRoundTrip(t *testing.T) {
	q := Claim{
		Country: vordering.BE, AsOf: day(2019, 2, 28), Matter: MatterUtilitySupply,
		Creditor: vordering.Enterprise, CreditorDomicile: "BE",
		Debtor: vordering.Consumer, DebtorDomicile: "NL", DebtorNotMerchant: true,
		Principal: amt("1234.56"), Interest: amt("12.5"), Costs: amt("40"), CreditAmount: amt("0"),
	}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	var back Claim
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	if back.Country != q.Country || !back.AsOf.Equal(q.AsOf) || back.Matter != q.Matter || back.Creditor != q.Creditor || back.Debtor != q.Debtor || back.CreditorDomicile != q.CreditorDomicile || back.DebtorDomicile != q.DebtorDomicile || back.DebtorNotMerchant != q.DebtorNotMerchant ||
		!back.Principal.Equal(q.Principal) || !back.Interest.Equal(q.Interest) || !back.Costs.Equal(q.Costs) {
		t.Errorf("round trip via %s gave %+v", b, back)
	}
	for _, want := range []string{`"matter":"utility-supply"`, `"asOf":"2019-02-28"`, `"debtor":"consumer"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
}
