package vordering

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

type jsonAct struct {
	Kind string    `json:"kind"`
	Date date.Date `json:"date"`
}

type jsonCase struct {
	Country   Country             `json:"country"`
	Principal decimal.Decimal     `json:"principal"`
	Rate      decimal.NullDecimal `json:"rate"`
	Acts      []jsonAct           `json:"acts"`
	Since     date.Date           `json:"since,omitzero"`
	Count     int8                `json:"count"`
	Ptr       *jsonAct            `json:"ptr"`
	Meta                          // promoted fields
}

func TestDecodeJSON(t *testing.T) {
	var c jsonCase
	in := `{"country":"BE","principal":"1200.50","rate":0.08,"acts":[{"kind":"reminder","date":"2025-03-03"}],"count":3,"ptr":{"date":"2024-02-29"},"known":"one-source","checked":"2026-11-28","extra":1}`
	if err := DecodeJSON([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	if c.Country != BE || c.Principal.String() != "1200.5" || c.Rate.Decimal.String() != "0.08" || len(c.Acts) != 1 ||
		c.Acts[0].Date != date.New(2025, 3, 3) || c.Count != 3 || c.Ptr.Date != date.New(2024, 2, 29) ||
		c.Known != OneSource || c.Checked != date.New(2026, 11, 28) || c.Since.IsZero() == false {
		t.Fatalf("decoded %+v", c)
	}

	// Each bad document fails with ErrInvalidInput naming the JSON path; the
	// first three are strings on which the pinned date package panics or
	// silently moves the day (hardening issue).
	bad := []struct{ doc, path string }{
		{`{"acts":[{"date":"2025-01-01"},{"date":"00000-00"}]}`, "acts[1].date"},
		{`{"acts":[{"date":"2025-02-30"}]}`, "acts[0].date"},
		{`{"since":"20250631"}`, "since"},
		{`{"since":"1970-01-01"}`, "since"},
		{`{"since":12}`, "since"},
		{`{"country":"FR"}`, "country"},
		{`{"count":300}`, "count"},
		{`{"acts":{"date":"2025-01-01"}}`, "acts"},
		{`{"principal":"1,5"}`, "principal"},
		{`{"ptr":{"date":"+11761326-06-30"}}`, "ptr.date"},
		{`{"acts":[}`, "json"},
		{`{} {}`, "json"},
	}
	for _, b := range bad {
		var c jsonCase
		err := DecodeJSON([]byte(b.doc), &c)
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, ErrInvalidInput) || ie.Field != b.path {
			t.Errorf("%s: error %v, want an InputError at %s", b.doc, err, b.path)
		}
	}
	if err := DecodeJSON([]byte(`{}`), jsonCase{}); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("a non-pointer target: %v", err)
	}
	huge := `{"acts":[` + strings.Repeat(`{},`, MaxItems) + `{}]}`
	if err := DecodeJSON([]byte(huge), &c); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("a list over MaxItems: %v", err)
	}
}

// The library's own types decode through DecodeJSON in their UnmarshalJSON,
// so json.Unmarshal is strict too.
func TestUnmarshalJSONOwnTypes(t *testing.T) {
	var p Period
	err := json.Unmarshal([]byte(`{"from":"2025-13-45"}`), &p)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "from" {
		t.Fatalf("Period: %v", err)
	}
	var r Row[int]
	if err := json.Unmarshal([]byte(`{"from":"2025-01-01","until":"2025-12-31","value":7,"known":"derived"}`), &r); err != nil || r.Value != 7 || r.Known != Derived || r.Until != date.New(2025, 12, 31) {
		t.Fatalf("Row: %+v, %v", r, err)
	}
}
