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

type jsonKinds struct {
	U     uint16            `json:"u"`
	F     float64           `json:"f"`
	A     [2]int            `json:"a"`
	M     map[string]Period `json:"m"`
	Any   any               `json:"any"`
	B     bool              `json:"b"`
	S     string            `json:"s"`
	Skip  string            `json:"-"`
	Inner *jsonAct          `json:"inner"`
}

// DecodeJSON covers the kinds the library's types use, with the field path
// of each error (hand-written documents).
func TestDecodeJSONKinds(t *testing.T) {
	var k jsonKinds
	doc := `{"u":7,"f":1.5,"a":[1,2],"m":{"x":{"from":"2025-01-01"}},"any":[1,"two"],"b":true,"s":"s","Skip":"no","inner":null}`
	if err := DecodeJSON([]byte(doc), &k); err != nil {
		t.Fatal(err)
	}
	if k.U != 7 || k.F != 1.5 || k.A != [2]int{1, 2} || k.M["x"].From != date.New(2025, 1, 1) || !k.B || k.S != "s" || k.Skip != "" || k.Inner != nil {
		t.Fatalf("decoded %+v", k)
	}
	for _, b := range []struct{ doc, path string }{
		{`{"u":-1}`, "u"}, {`{"u":70000}`, "u"}, {`{"f":"x"}`, "f"}, {`{"a":[1,2,3]}`, "a"}, {`{"a":{}}`, "a"},
		{`{"m":{"x":{"until":"2025-02-29"}}}`, "m.x.until"}, {`{"m":[]}`, "m"}, {`{"b":1}`, "b"}, {`{"s":1}`, "s"},
		{`{"inner":{"date":true}}`, "inner.date"}, {`[1]`, "json"},
	} {
		var k jsonKinds
		err := DecodeJSON([]byte(b.doc), &k)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != b.path {
			t.Errorf("%s: %v, want an error at %s", b.doc, err, b.path)
		}
	}
	// The generated methods of the root package's own types.
	for _, v := range []any{new(Assurance), new(Meta), new(RowRef), new(RuleRow), new(RuleTable), new(Uncovered), new(Timeline[int]), new(Hit[int]), new(NoRuleError), new(IncompleteError), new(RowChange)} {
		if err := json.Unmarshal([]byte(`{"from":"2025-02-30"}`), v); err != nil && !errors.Is(err, ErrInvalidInput) {
			t.Errorf("%T: %v", v, err)
		}
		if err := json.Unmarshal([]byte(`{}`), v); err != nil {
			t.Errorf("%T: %v", v, err)
		}
	}
}

// The answer's texts for errors and assurances name what a reader needs.
func TestMessages(t *testing.T) {
	inc := &IncompleteError{What: "interest", Uncovered: []Uncovered{{Period: Period{From: date.New(2027, 1, 1), Until: date.New(2027, 1, 31)}}}, First: &NoRuleError{Table: "t", Date: date.New(2027, 1, 1)}}
	if !strings.Contains(inc.Error(), "2027-01-01..2027-01-31") || !errors.Is(inc, ErrNoRuleInForce) {
		t.Errorf("IncompleteError: %v", inc)
	}
	r := RowRef{Table: "t", From: date.New(2026, 1, 1), Level: OneSource}
	if r.String() != "t 2026-01-01.. (one-source)" {
		t.Errorf("RowRef.String() = %q", r.String())
	}
	if Confidence(9).String() != "Confidence(9)" || Confidence(9).Describe() != "Confidence(9)" || (Assurance{}).String() != "no figure used" {
		t.Error("texts of undefined values")
	}
	tl := testTable()
	if i, err := tl.Find(date.New(2020, 3, 1)); err != nil || i != 0 {
		t.Errorf("Find = %d, %v", i, err)
	}
	if _, err := tl.Find(date.New(2021, 3, 1)); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("Find in a gap: %v", err)
	}
	rt := RuleTable{Meta: Meta{Known: TwoSources}}
	if rt.Level(RuleRow{}) != TwoSources || rt.Level(RuleRow{Known: OneSource}) != OneSource {
		t.Error("RuleTable.Level")
	}
}
