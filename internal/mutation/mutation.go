// Package mutation helps tests prove that what the library returns is the
// caller's own: Scramble overwrites everything a caller can reach from a
// value (through pointers, slices, arrays, maps and exported struct fields),
// so that a test can check that the next answer of the library is
// unchanged. Values of other modules' types (decimal.Decimal, date.Date) are
// immutable to a caller and are left alone. Test-only machinery.
package mutation

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// Scramble overwrites every string, number and bool reachable from the
// value v points to, and every slice, map and pointer's target, in place.
// Shared backing arrays are scrambled too: that is the point.
func Scramble(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("mutation.Scramble needs a non-nil pointer")
	}
	scramble(rv.Elem(), map[uintptr]bool{}, 0)
}

func scramble(v reflect.Value, seen map[uintptr]bool, depth int) {
	if depth > 64 || !v.IsValid() {
		return
	}
	if t := v.Type(); t.Kind() == reflect.Struct && t.PkgPath() != "" && !strings.HasPrefix(t.PkgPath(), "github.com/vordering/vordering") {
		return // another module's value type: immutable to a caller
	}
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString("scrambled")
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 7)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if v.CanSet() {
			v.SetUint(v.Uint() + 7)
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(v.Float() + 7)
		}
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		scramble(v.Elem(), seen, depth+1)
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		e := v.Elem()
		if e.Kind() == reflect.Pointer {
			scramble(e, seen, depth+1)
		}
	case reflect.Slice:
		for i := range v.Len() {
			scramble(v.Index(i), seen, depth+1)
		}
	case reflect.Array:
		for i := range v.Len() {
			scramble(v.Index(i), seen, depth+1)
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		iter := v.MapRange()
		for iter.Next() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(iter.Value())
			scramble(e, seen, depth+1)
			if v.CanSet() || v.CanAddr() {
				v.SetMapIndex(iter.Key(), e)
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scramble(v.Field(i), seen, depth+1)
			}
		}
	}
}

// Check calls f, takes a JSON fingerprint of its answer, scrambles that
// answer, and fails t unless a second call gives the same fingerprint. Run
// it under the race detector too: a write to shared data shows up there as
// well.
func Check[T any](t testing.TB, name string, f func() T) {
	t.Helper()
	first := f()
	want, err := json.Marshal(first)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	Scramble(&first)
	got, err := json.Marshal(f())
	if err != nil {
		t.Errorf("%s: changing a returned value changed the next answer, which no longer marshals: %v", name, err)
		return
	}
	if string(got) != string(want) {
		t.Errorf("%s: changing a returned value changed the next answer", name)
	}
}
