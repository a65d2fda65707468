package vordering

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/rickb777/date"
)

// MaxJSONBytes is the largest JSON document [DecodeJSON] reads: 16 MiB.
const MaxJSONBytes = 16 << 20

// DecodeJSON decodes the JSON document data into v, a non-nil pointer, the
// way encoding/json does for the library's types, but strictly and without
// ever panicking:
//
//   - a date.Date is read only from a real day written YYYY-MM-DD
//     ([ParseDate]): "2025-02-30" or "20250631" is an error, never a shifted
//     day, and no string can reach the panicking parser of the pinned date
//     package; null or an absent key leaves the zero date, "no date";
//   - every error wraps [ErrInvalidInput] and names the field by its JSON
//     path, e.g. "acts[3].date";
//   - a list longer than [MaxItems] and a document larger than
//     [MaxJSONBytes] are refused;
//   - numbers are read exactly (no float64 detour for decimals), and an
//     integer field refuses a number that does not fit.
//
// Keys that match no field are ignored, as encoding/json does, so that a
// result marshalled by the library decodes back. Every exported struct type
// of the library that holds a date decodes through DecodeJSON in its own
// UnmarshalJSON method, so plain json.Unmarshal into those types is safe too.
func DecodeJSON(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return Invalid("json", fmt.Sprintf("%T", v), "decode target must be a non-nil pointer")
	}
	if len(data) > MaxJSONBytes {
		return Invalid("json", strconv.Itoa(len(data))+" bytes", "document larger than "+strconv.Itoa(MaxJSONBytes)+" bytes")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return Invalid("json", shortJSON(data), "not a JSON document: "+err.Error())
	}
	if dec.More() {
		return Invalid("json", shortJSON(data), "more than one JSON value")
	}
	return assign("", raw, rv.Elem())
}

var (
	dateType        = reflect.TypeFor[date.Date]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	ownWireForm     = reflect.TypeFor[interface{ wireForm() }]()
)

const modulePath = "github.com/vordering/vordering"

// assign stores the decoded JSON value raw into dst, which is settable.
func assign(path string, raw any, dst reflect.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Invalid(pathOr(path), describe(raw), fmt.Sprintf("could not be decoded (%v)", r))
		}
	}()
	t := dst.Type()
	if t == dateType {
		return assignDate(path, raw, dst)
	}
	if raw == nil {
		// JSON null leaves a value type at its zero value and a pointer,
		// slice or map nil, as encoding/json does.
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			dst.SetZero()
		}
		return nil
	}
	// The library's own structs decode field by field here (their generated
	// UnmarshalJSON calls DecodeJSON, so calling it would loop), except the
	// few that decode a wire form of their own ([Value]).
	own := strings.HasPrefix(t.PkgPath(), modulePath) && t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(ownWireForm)
	if !own && reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		b, err := json.Marshal(raw)
		if err != nil {
			return Invalid(pathOr(path), describe(raw), err.Error())
		}
		if err := dst.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(b); err != nil {
			return Invalid(pathOr(path), describe(raw), reason(err))
		}
		return nil
	}
	if s, ok := raw.(string); ok && reflect.PointerTo(t).Implements(textUnmarshaler) {
		if err := dst.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return Invalid(pathOr(path), s, reason(err))
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		if err := assign(path, raw, p.Elem()); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	case reflect.Struct:
		obj, ok := raw.(map[string]any)
		if !ok {
			return mismatch(path, raw, "an object")
		}
		return assignStruct(path, obj, dst)
	case reflect.Slice:
		arr, ok := raw.([]any)
		if !ok {
			return mismatch(path, raw, "an array")
		}
		if err := CheckItems(pathOr(path), len(arr)); err != nil {
			return err
		}
		s := reflect.MakeSlice(t, len(arr), len(arr))
		for i, x := range arr {
			if err := assign(path+"["+strconv.Itoa(i)+"]", x, s.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(s)
		return nil
	case reflect.Array:
		arr, ok := raw.([]any)
		if !ok {
			return mismatch(path, raw, "an array")
		}
		if len(arr) > t.Len() {
			return Invalid(pathOr(path), len(arr), "more than "+strconv.Itoa(t.Len())+" elements")
		}
		for i, x := range arr {
			if err := assign(path+"["+strconv.Itoa(i)+"]", x, dst.Index(i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		obj, ok := raw.(map[string]any)
		if !ok || t.Key().Kind() != reflect.String {
			return mismatch(path, raw, "an object")
		}
		if err := CheckItems(pathOr(path), len(obj)); err != nil {
			return err
		}
		m := reflect.MakeMapWithSize(t, len(obj))
		for k, x := range obj {
			e := reflect.New(t.Elem()).Elem()
			if err := assign(path+"."+k, x, e); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(t.Key()), e)
		}
		dst.Set(m)
		return nil
	case reflect.String:
		s, ok := raw.(string)
		if !ok {
			return mismatch(path, raw, "a string")
		}
		dst.SetString(s)
		return nil
	case reflect.Bool:
		b, ok := raw.(bool)
		if !ok {
			return mismatch(path, raw, "true or false")
		}
		dst.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := raw.(json.Number)
		if !ok {
			return mismatch(path, raw, "a whole number")
		}
		i, err := strconv.ParseInt(string(n), 10, t.Bits())
		if err != nil {
			return Invalid(pathOr(path), string(n), "not a whole number that fits")
		}
		dst.SetInt(i)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := raw.(json.Number)
		if !ok {
			return mismatch(path, raw, "a whole number")
		}
		u, err := strconv.ParseUint(string(n), 10, t.Bits())
		if err != nil {
			return Invalid(pathOr(path), string(n), "not a non-negative whole number that fits")
		}
		dst.SetUint(u)
		return nil
	case reflect.Float32, reflect.Float64:
		n, ok := raw.(json.Number)
		if !ok {
			return mismatch(path, raw, "a number")
		}
		f, err := strconv.ParseFloat(string(n), t.Bits())
		if err != nil {
			return Invalid(pathOr(path), string(n), "not a number that fits")
		}
		dst.SetFloat(f)
		return nil
	case reflect.Interface:
		if t.NumMethod() != 0 {
			return Invalid(pathOr(path), describe(raw), "cannot decode into an interface with methods")
		}
		dst.Set(reflect.ValueOf(raw))
		return nil
	}
	return Invalid(pathOr(path), describe(raw), "cannot decode into a "+t.Kind().String())
}

// assignDate reads a date.Date strictly.
func assignDate(path string, raw any, dst reflect.Value) error {
	switch x := raw.(type) {
	case nil:
		dst.Set(reflect.ValueOf(date.Date{}))
		return nil
	case string:
		if x == "" {
			dst.Set(reflect.ValueOf(date.Date{}))
			return nil
		}
		d, err := ParseDate(x)
		if err != nil {
			return Invalid(pathOr(path), x, reason(err))
		}
		dst.Set(reflect.ValueOf(d))
		return nil
	}
	return mismatch(path, raw, "a date written YYYY-MM-DD")
}

// jsonField is one decodable field of a struct: its JSON name and where it
// sits (an index path through embedded structs).
type jsonField struct {
	name  string
	index []int
}

// assignStruct matches the object's keys to the struct's fields by JSON
// name, exactly first and then case-insensitively, as encoding/json does.
func assignStruct(path string, obj map[string]any, dst reflect.Value) error {
	fields := structFields(dst.Type())
	for k, x := range obj {
		f, ok := findField(fields, k)
		if !ok {
			continue
		}
		target, ok := fieldByIndex(dst, f.index)
		if !ok {
			continue
		}
		p := f.name
		if path != "" {
			p = path + "." + f.name
		}
		if err := assign(p, x, target); err != nil {
			return err
		}
	}
	return nil
}

func findField(fields []jsonField, key string) (jsonField, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

// fieldByIndex walks index through dst, allocating nil embedded pointers.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, v.CanSet()
}

// structFields lists the exported fields of t under their JSON names, with
// the fields of untagged embedded structs promoted (a name defined at a
// shallower depth wins, as in encoding/json).
func structFields(t reflect.Type) []jsonField {
	var out []jsonField
	seen := map[string]bool{}
	var walk func(t reflect.Type, prefix []int, depth int)
	walk = func(t reflect.Type, prefix []int, depth int) {
		if depth > 8 {
			return
		}
		var embedded []reflect.StructField
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
				embedded = append(embedded, f)
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, jsonField{name: name, index: append(append([]int(nil), prefix...), i)})
		}
		for _, f := range embedded {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			walk(ft, append(append([]int(nil), prefix...), f.Index[0]), depth+1)
		}
	}
	walk(t, nil, 0)
	return out
}

func mismatch(path string, raw any, want string) error {
	return Invalid(pathOr(path), describe(raw), "want "+want)
}

func pathOr(path string) string {
	if path == "" {
		return "json"
	}
	return path
}

// reason returns the reason of an InputError, or the error's text.
func reason(err error) string {
	if ie, ok := err.(*InputError); ok {
		return ie.Reason
	}
	return err.Error()
}

// describe renders a decoded JSON value briefly for an error message.
func describe(raw any) string {
	switch x := raw.(type) {
	case nil:
		return "null"
	case string:
		if len(x) > 40 {
			return strconv.Quote(x[:40]) + "…"
		}
		return strconv.Quote(x)
	case json.Number:
		if len(x) > 40 {
			return string(x[:40]) + "…"
		}
		return string(x)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		return "an array of " + strconv.Itoa(len(x))
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", raw)
}

func shortJSON(b []byte) string {
	if len(b) > 40 {
		return strconv.Quote(string(b[:40])) + "…"
	}
	return strconv.Quote(string(b))
}
