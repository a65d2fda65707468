package vordering

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

// Explanation is how an answer was reached, one [Step] per rule applied, in
// the order they were applied. Every package returns it the same way (the
// Explain method of its answers) and it marshals the same way everywhere, so
// a host in another language reads one shape.
type Explanation []Step

// Step is one step of an [Explanation]: what was done, the value it gave,
// the rule applied (a stable identifier, empty for a plain fact) and the
// citation of that rule.
type Step struct {
	What     string   `json:"what"`
	Value    Value    `json:"value"`
	Rule     string   `json:"rule,omitempty"`
	Citation Citation `json:"citation"`
}

// String renders the step on one line: "what: value [rule] (citation)".
func (s Step) String() string {
	var b strings.Builder
	b.WriteString(s.What)
	if v := s.Value.String(); v != "" {
		b.WriteString(": ")
		b.WriteString(v)
	}
	if s.Rule != "" {
		b.WriteString(" [")
		b.WriteString(s.Rule)
		b.WriteByte(']')
	}
	if !s.Citation.IsZero() {
		b.WriteString(" (")
		b.WriteString(s.Citation.String())
		b.WriteByte(')')
	}
	return b.String()
}

// Lines renders the explanation one step per line.
func (e Explanation) Lines() []string {
	out := make([]string, len(e))
	for i, s := range e {
		out[i] = s.String()
	}
	return out
}

// ValueKind says what a [Value] holds.
type ValueKind uint8

// The kinds of values. Their text forms are the "kind" of the JSON.
const (
	// ValueNone: the step states a fact or a choice and has no value.
	ValueNone ValueKind = iota
	// ValueAmount: an amount of euros.
	ValueAmount
	// ValueRate: a yearly rate, as a fraction (0.04 is 4 %).
	ValueRate
	// ValueDate: a day.
	ValueDate
	// ValueDays: a number of days.
	ValueDays
	// ValueText: a word or a short phrase (a court, a route, a status).
	ValueText
	// ValueBand: a band of euros from From up to UpTo; an open-ended band
	// has no UpTo.
	ValueBand
	// ValueFlag: yes or no.
	ValueFlag
)

var valueKindNames = [...]string{
	ValueNone: "none", ValueAmount: "amount", ValueRate: "rate", ValueDate: "date",
	ValueDays: "days", ValueText: "text", ValueBand: "band", ValueFlag: "flag",
}

// Valid reports whether k is a defined kind.
func (k ValueKind) Valid() bool { return int(k) < len(valueKindNames) }

// String returns the text form of k.
func (k ValueKind) String() string {
	if k.Valid() {
		return valueKindNames[k]
	}
	return "ValueKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes k as its text form; an undefined kind is an error.
func (k ValueKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, Invalid("value kind", k.String(), "undefined value")
	}
	return []byte(valueKindNames[k]), nil
}

// UnmarshalText reads a text form written by MarshalText.
func (k *ValueKind) UnmarshalText(b []byte) error {
	for i, n := range valueKindNames {
		if string(b) == n {
			*k = ValueKind(i)
			return nil
		}
	}
	return Invalid("value kind", string(b), "not one of none, amount, rate, date, days, text, band, flag")
}

// Value is the value a [Step] gave. Kind says which field holds it: Number
// for an amount or a rate, From and UpTo for a band (UpTo invalid for an
// open-ended band), Date, Days, Text or Flag. Build one with [AmountValue],
// [RateValue], [BandValue], [DateValue], [DaysValue], [TextValue] or
// [FlagValue].
//
// In JSON a value is an object with its kind and one field named for it,
// numbers written as decimal strings so that no cent is lost in a float:
//
//	{"kind":"amount","amount":"1234.50"}
//	{"kind":"rate","rate":"0.1015"}
//	{"kind":"band","from":"1000.00","upTo":null}
//	{"kind":"date","date":"2026-03-02"}
//	{"kind":"days","days":14}
//	{"kind":"text","text":"justice-of-the-peace"}
//	{"kind":"flag","flag":true}
//	{"kind":"none"}
type Value struct {
	Kind   ValueKind
	Number decimal.Decimal
	From   decimal.Decimal
	UpTo   decimal.NullDecimal
	Date   date.Date
	Days   int
	Text   string
	Flag   bool
}

// AmountValue is an amount of euros.
func AmountValue(d decimal.Decimal) Value { return Value{Kind: ValueAmount, Number: d} }

// RateValue is a yearly rate as a fraction.
func RateValue(d decimal.Decimal) Value { return Value{Kind: ValueRate, Number: d} }

// BandValue is a band of euros; pass an invalid upTo for an open-ended band.
func BandValue(from decimal.Decimal, upTo decimal.NullDecimal) Value {
	return Value{Kind: ValueBand, From: from, UpTo: upTo}
}

// DateValue is a day.
func DateValue(d date.Date) Value { return Value{Kind: ValueDate, Date: d} }

// DaysValue is a number of days.
func DaysValue(n int) Value { return Value{Kind: ValueDays, Days: n} }

// TextValue is a word or a short phrase.
func TextValue(s string) Value { return Value{Kind: ValueText, Text: s} }

// FlagValue is yes or no.
func FlagValue(b bool) Value { return Value{Kind: ValueFlag, Flag: b} }

// String renders the value as a reader would write it: "EUR 1234.50",
// "10.15 %", "2026-03-02", "14 days", "EUR 1000.00 and more". A value of
// kind none renders as "".
func (v Value) String() string {
	switch v.Kind {
	case ValueAmount:
		return "EUR " + v.Number.StringFixed(2)
	case ValueRate:
		return v.Number.Shift(2).String() + " %"
	case ValueDate:
		return v.Date.String()
	case ValueDays:
		if v.Days == 1 {
			return "1 day"
		}
		return strconv.Itoa(v.Days) + " days"
	case ValueText:
		return v.Text
	case ValueBand:
		if !v.UpTo.Valid {
			return "EUR " + v.From.StringFixed(2) + " and more"
		}
		return "EUR " + v.From.StringFixed(2) + " up to EUR " + v.UpTo.Decimal.StringFixed(2)
	case ValueFlag:
		if v.Flag {
			return "yes"
		}
		return "no"
	}
	return ""
}

// wireForm marks Value as decoding its own JSON form (see DecodeJSON).
func (*Value) wireForm() {}

// valueJSON is the wire form of a Value.
type valueJSON struct {
	Kind   ValueKind `json:"kind"`
	Amount *string   `json:"amount,omitempty"`
	Rate   *string   `json:"rate,omitempty"`
	From   *string   `json:"from,omitempty"`
	UpTo   *string   `json:"upTo"`
	Date   *string   `json:"date,omitempty"`
	Days   *int      `json:"days,omitempty"`
	Text   *string   `json:"text,omitempty"`
	Flag   *bool     `json:"flag,omitempty"`
}

// MarshalJSON writes the value as documented on [Value]. It builds the
// bytes directly: an answer's JSON holds one value per explanation step.
func (v Value) MarshalJSON() ([]byte, error) {
	if !v.Kind.Valid() {
		return nil, Invalid("value.kind", v.Kind.String(), "undefined value")
	}
	b := make([]byte, 0, 48)
	b = append(b, `{"kind":"`...)
	b = append(b, valueKindNames[v.Kind]...)
	b = append(b, '"')
	switch v.Kind {
	case ValueAmount:
		b = append(b, `,"amount":"`...)
		b = append(b, v.Number.String()...)
		b = append(b, '"')
	case ValueRate:
		b = append(b, `,"rate":"`...)
		b = append(b, v.Number.String()...)
		b = append(b, '"')
	case ValueBand:
		b = append(b, `,"from":"`...)
		b = append(b, v.From.String()...)
		b = append(b, `","upTo":`...)
		if v.UpTo.Valid {
			b = append(b, '"')
			b = append(b, v.UpTo.Decimal.String()...)
			b = append(b, '"')
		} else {
			b = append(b, "null"...)
		}
	case ValueDate:
		b = append(b, `,"date":"`...)
		b = appendISODate(b, v.Date)
		b = append(b, '"')
	case ValueDays:
		b = append(b, `,"days":`...)
		b = strconv.AppendInt(b, int64(v.Days), 10)
	case ValueText:
		b = append(b, `,"text":`...)
		t, err := json.Marshal(v.Text)
		if err != nil {
			return nil, err
		}
		b = append(b, t...)
	case ValueFlag:
		b = append(b, `,"flag":`...)
		b = strconv.AppendBool(b, v.Flag)
	}
	return append(b, '}'), nil
}

// appendISODate appends d as YYYY-MM-DD (years 0–9999), without the fmt
// detour of date.Date.String.
func appendISODate(b []byte, d date.Date) []byte {
	y, m, dd := d.Date()
	if y < 0 || y > 9999 {
		return append(b, d.String()...)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+dd/10), byte('0'+dd%10))
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly: the field named
// by the kind must be present and well formed.
func (v *Value) UnmarshalJSON(b []byte) error {
	var w valueJSON
	if err := DecodeJSON(b, &w); err != nil {
		return err
	}
	num := func(field string, s *string) (decimal.Decimal, error) {
		if s == nil {
			return decimal.Decimal{}, Invalid("value."+field, "", "missing for kind "+w.Kind.String())
		}
		d, err := decimal.NewFromString(*s)
		if err != nil || strings.ContainsAny(*s, "eE") {
			return decimal.Decimal{}, Invalid("value."+field, *s, "not a decimal number")
		}
		return d, nil
	}
	out := Value{Kind: w.Kind}
	var err error
	switch w.Kind {
	case ValueAmount:
		out.Number, err = num("amount", w.Amount)
	case ValueRate:
		out.Number, err = num("rate", w.Rate)
	case ValueBand:
		out.From, err = num("from", w.From)
		if err == nil && w.UpTo != nil {
			var u decimal.Decimal
			u, err = num("upTo", w.UpTo)
			out.UpTo = decimal.NullDecimal{Decimal: u, Valid: err == nil}
		}
	case ValueDate:
		if w.Date == nil {
			return Invalid("value.date", "", "missing for kind date")
		}
		out.Date, err = ParseDate(*w.Date)
	case ValueDays:
		if w.Days == nil {
			return Invalid("value.days", "", "missing for kind days")
		}
		out.Days = *w.Days
	case ValueText:
		if w.Text == nil {
			return Invalid("value.text", "", "missing for kind text")
		}
		out.Text = *w.Text
	case ValueFlag:
		if w.Flag == nil {
			return Invalid("value.flag", "", "missing for kind flag")
		}
		out.Flag = *w.Flag
	}
	if err != nil {
		return err
	}
	*v = out
	return nil
}
