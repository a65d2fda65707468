package jurisdiction

import (
	"encoding"
	"errors"
	"fmt"
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
	for _, c := range Courts {
		var back Court
		roundTrip(c, &back, func() textEnum { return back })
		if !c.Country().Valid() {
			t.Errorf("%v has no country", c)
		}
	}
	for _, m := range Matters {
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
