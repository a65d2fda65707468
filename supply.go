package vordering

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

// Release is the version of the built-in rules, stamped on every answer
// together with a digest of the tables the answer's rule set holds.
const Release = "0.2.0-dev"

// Stamp says which rules produced an answer: the release of the built-in
// tables and a digest of every table of the rule set used, supplied rows
// included. Two answers with the same stamp came from the same figures; after
// a correction of the data, the stamp changes, so that an application can
// find the stored answers to recompute.
type Stamp struct {
	Release string `json:"release"`
	// Digest is the first 16 bytes of the SHA-256 of the rule set's tables
	// in their canonical JSON form, in hexadecimal.
	Digest string `json:"digest"`
	// Supplied is true when the rule set holds rows the caller brought.
	Supplied bool `json:"supplied,omitempty"`
}

// StampOf returns the stamp of a rule set whose tables are tables; supplied
// says whether the set holds rows a caller brought.
func StampOf(tables []RuleTable, supplied bool) Stamp {
	return Stamp{Release: Release, Digest: DigestOf(tables), Supplied: supplied}
}

// DigestOf returns the digest of a rule set's tables, as [Stamp.Digest]
// reports it.
func DigestOf(tables []RuleTable) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, t := range tables {
		// Marshalling a RuleTable cannot fail: every field is a string, a
		// date, a defined level or a country (zero omitted).
		_ = enc.Encode(t)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Supply merges rows a caller brings into a table. The supplied rows must
// pass the checks of every table (a start date, an end not before it, a
// citation, sorted, not overlapping each other); they are marked
// [Supplied] whatever level they state, and where they overlap a row of the
// table they replace it for their period. The result is validated as a
// whole. Errors wrap [ErrInvalidInput] and name the table, the supplied row
// and the problem; t itself is never changed.
func Supply[T any](t Timeline[T], rows ...Row[T]) (Timeline[T], error) {
	sup := NewTimeline(t.Name, rows...).With(Meta{Known: Supplied})
	for i := range sup.Rows {
		sup.Rows[i].Known = Supplied
		sup.Rows[i].Sources = append([]string(nil), sup.Rows[i].Sources...)
	}
	if len(rows) == 0 {
		return t.Clone(nil), nil
	}
	if err := sup.Validate(); err != nil {
		return t, &InputError{Field: "supplied rows of " + t.Name, Value: len(rows), Reason: err.Error()}
	}
	var merged []Row[T]
	for _, r := range t.Rows {
		merged = append(merged, subtract(r, sup.Rows)...)
	}
	merged = append(merged, sup.Rows...)
	sort.SliceStable(merged, func(i, j int) bool { return merged[i].From.Before(merged[j].From) })
	out := t
	out.Rows = merged
	if err := out.Validate(); err != nil {
		return t, &InputError{Field: "supplied rows of " + t.Name, Value: len(rows), Reason: err.Error()}
	}
	return out, nil
}

// subtract returns the parts of r that no row of cut covers (cut is sorted
// and without overlaps).
func subtract[T any](r Row[T], cut []Row[T]) []Row[T] {
	parts := []Row[T]{r}
	for _, c := range cut {
		var next []Row[T]
		for _, p := range parts {
			next = append(next, minus(p, c.Period())...)
		}
		parts = next
	}
	for i := range parts {
		parts[i].Sources = append([]string(nil), parts[i].Sources...)
	}
	return parts
}

// minus returns r without the days of p: none, one or two rows.
func minus[T any](r Row[T], p Period) []Row[T] {
	rp := r.Period()
	pEndsBefore := !p.Until.IsZero() && p.Until.Before(rp.From)
	rEndsBefore := !rp.Until.IsZero() && rp.Until.Before(p.From)
	if pEndsBefore || rEndsBefore {
		return []Row[T]{r}
	}
	var out []Row[T]
	if rp.From.Before(p.From) {
		left := r
		left.Until = p.From.Add(-1)
		out = append(out, left)
	}
	if !p.Until.IsZero() && (rp.Until.IsZero() || rp.Until.After(p.Until)) {
		right := r
		right.From = p.Until.Add(1)
		out = append(out, right)
	}
	return out
}

// The rows file: one table in CSV, readable without Go and diff-friendly
// (one row per line). Lines starting with # are comments. The header names
// the columns:
//
//	from,until,<value columns>,known,instrument,article,publication,url,sources,note
//
// A value of a plain type (a decimal, a whole number, a string, a bool) has
// one column "value"; a struct value has one column per exported field,
// named by its JSON name. "until" may be empty (still in force); "sources"
// lists the confirming sources separated by ";". Dates are YYYY-MM-DD.

// ParseRows reads the rows of one table from a rows file. Every row read is
// marked [Supplied]. Errors wrap [ErrInvalidInput] and name the line and the
// column.
func ParseRows[T any](r io.Reader) ([]Row[T], error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, Invalid("rows file, line 1", "", "no header: "+err.Error())
	}
	cols := valueColumns[T]()
	index := map[string]int{}
	for i, h := range header {
		index[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, need := range append([]string{"from", "instrument"}, cols...) {
		if _, ok := index[need]; !ok {
			return nil, Invalid("rows file, header", strings.Join(header, ","), "missing column "+need)
		}
	}
	var rows []Row[T]
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			return nil, Invalid("rows file, line "+strconv.Itoa(line), "", err.Error())
		}
		line, _ := cr.FieldPos(0)
		if len(rows) >= MaxItems {
			return nil, Invalid("rows file", MaxItems, "more than "+strconv.Itoa(MaxItems)+" rows")
		}
		get := func(col string) string {
			if i, ok := index[col]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		where := func(col string) string { return "rows file, line " + strconv.Itoa(line) + ", column " + col }
		var row Row[T]
		if row.From, err = ParseDate(get("from")); err != nil {
			return nil, Invalid(where("from"), get("from"), reason(err))
		}
		if u := get("until"); u != "" {
			if row.Until, err = ParseDate(u); err != nil {
				return nil, Invalid(where("until"), u, reason(err))
			}
		}
		if err := setValue(&row.Value, cols, get, where); err != nil {
			return nil, err
		}
		row.Known = Supplied
		row.Cite = Citation{Instrument: get("instrument"), Article: get("article"), Publication: get("publication"), URL: get("url")}
		if s := get("sources"); s != "" {
			for _, x := range strings.Split(s, ";") {
				if x = strings.TrimSpace(x); x != "" {
					row.Sources = append(row.Sources, x)
				}
			}
		}
		row.Note = get("note")
		rows = append(rows, row)
	}
	return rows, nil
}

// WriteRows writes rows in the rows-file format ParseRows reads.
func WriteRows[T any](w io.Writer, rows []Row[T]) error {
	cols := valueColumns[T]()
	cw := csv.NewWriter(w)
	header := append(append([]string{"from", "until"}, cols...), "known", "instrument", "article", "publication", "url", "sources", "note")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{r.From.String(), ""}
		if !r.Until.IsZero() {
			rec[1] = r.Until.String()
		}
		rec = append(rec, valueCells(r.Value, cols)...)
		known := ""
		if r.Known.Valid() {
			known = r.Known.String()
		}
		rec = append(rec, known, r.Cite.Instrument, r.Cite.Article, r.Cite.Publication, r.Cite.URL, strings.Join(r.Sources, ";"), r.Note)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

var decimalType = reflect.TypeFor[decimal.Decimal]()

// valueColumns names the value columns of T.
func valueColumns[T any]() []string {
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Struct || t == decimalType || t == dateType {
		return []string{"value"}
	}
	var cols []string
	for _, f := range structFields(t) {
		cols = append(cols, f.name)
	}
	return cols
}

// setValue fills v from the value columns.
func setValue[T any](v *T, cols []string, get func(string) string, where func(string) string) error {
	rv := reflect.ValueOf(v).Elem()
	if len(cols) == 1 && cols[0] == "value" {
		return setCell(rv, get("value"), where("value"))
	}
	fields := structFields(rv.Type())
	for _, f := range fields {
		target, ok := fieldByIndex(rv, f.index)
		if !ok {
			continue
		}
		if err := setCell(target, get(f.name), where(f.name)); err != nil {
			return err
		}
	}
	return nil
}

// setCell parses one cell into dst by dst's type.
func setCell(dst reflect.Value, s, where string) error {
	switch t := dst.Type(); {
	case t == decimalType:
		if s == "" {
			dst.Set(reflect.ValueOf(decimal.Zero))
			return nil
		}
		d, err := decimal.NewFromString(s)
		if err != nil {
			return Invalid(where, s, "not a decimal number")
		}
		if e := d.Exponent(); e > 12 || e < -30 || d.NumDigits() > 45 || d.Abs().GreaterThan(maxAmount) {
			return Invalid(where, s, "out of range")
		}
		dst.Set(reflect.ValueOf(d))
		return nil
	case t == dateType:
		if s == "" {
			return nil
		}
		d, err := ParseDate(s)
		if err != nil {
			return Invalid(where, s, reason(err))
		}
		dst.Set(reflect.ValueOf(d))
		return nil
	}
	raw := any(s)
	switch dst.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		if s == "" {
			s = "0"
		}
		raw = json.Number(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(defaultStr(s, "false"))
		if err != nil {
			return Invalid(where, s, "want true or false")
		}
		raw = b
	}
	if err := assign(where, raw, dst); err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			return Invalid(where, s, ie.Reason)
		}
		return err
	}
	return nil
}

func defaultStr(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// valueCells renders v into the value columns.
func valueCells(v any, cols []string) []string {
	rv := reflect.ValueOf(v)
	if len(cols) == 1 && cols[0] == "value" {
		return []string{cell(rv)}
	}
	out := make([]string, 0, len(cols))
	for _, f := range structFields(rv.Type()) {
		fv := rv
		for _, i := range f.index {
			fv = fv.Field(i)
		}
		out = append(out, cell(fv))
	}
	return out
}

func cell(v reflect.Value) string {
	if v.Type() == decimalType {
		return v.Interface().(decimal.Decimal).String()
	}
	if v.Type() == dateType {
		d := v.Interface().(date.Date)
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	if m, ok := v.Interface().(interface{ MarshalText() ([]byte, error) }); ok {
		if b, err := m.MarshalText(); err == nil {
			return string(b)
		}
	}
	return fmt.Sprint(v.Interface())
}

// RowChange is one difference between two rule sets' tables.
type RowChange struct {
	Table  string   `json:"table"`
	Period Period   `json:"period"`
	Line   string   `json:"line,omitempty"` // the first cell, for tables with several lines a period
	Change string   `json:"change"`         // "added", "removed" or "changed"
	Before *RuleRow `json:"before,omitempty"`
	After  *RuleRow `json:"after,omitempty"`
}

// DiffTables lists the rows that differ between two rule sets' tables (as
// their Rulebook methods return them): rows only in b are added, rows only
// in a removed, rows of the same table, period and first cell whose figures,
// level or citation differ are changed. An application stores each answer's
// [Stamp]; after a data correction, the rows listed here say which answers
// to recompute. The result is in table order, then date order.
func DiffTables(a, b []RuleTable) []RowChange {
	type key struct{ table, from, until, line string }
	index := func(ts []RuleTable) (map[key]RuleRow, []key) {
		m := map[key]RuleRow{}
		var order []key
		for _, t := range ts {
			for _, r := range t.Rows {
				k := key{table: t.Package + "/" + t.Title, from: r.From.String(), until: r.Until.String()}
				if len(r.Cells) > 0 {
					k.line = r.Cells[0]
				}
				if r.Known == 0 {
					r.Known = t.Meta.Known
				}
				if _, dup := m[k]; !dup {
					order = append(order, k)
				}
				m[k] = r
			}
		}
		return m, order
	}
	am, aorder := index(a)
	bm, border := index(b)
	var out []RowChange
	mk := func(k key, change string, before, after *RuleRow) RowChange {
		rc := RowChange{Table: k.table, Line: k.line, Change: change, Before: before, After: after}
		r := after
		if r == nil {
			r = before
		}
		rc.Period = r.Period()
		return rc
	}
	for _, k := range aorder {
		ra := am[k]
		rb, ok := bm[k]
		switch {
		case !ok:
			out = append(out, mk(k, "removed", &ra, nil))
		case !sameRow(ra, rb):
			out = append(out, mk(k, "changed", &ra, &rb))
		}
	}
	for _, k := range border {
		if _, ok := am[k]; !ok {
			rb := bm[k]
			out = append(out, mk(k, "added", nil, &rb))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Table != out[j].Table {
			return out[i].Table < out[j].Table
		}
		return out[i].Period.From.Before(out[j].Period.From)
	})
	return out
}

// Period returns the span of a rulebook row.
func (r RuleRow) Period() Period { return Period{From: r.From, Until: r.Until} }

func sameRow(a, b RuleRow) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
