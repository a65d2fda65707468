// Package enumtext is the text form of the library's small enumerations,
// written once: the name of each value, the String, MarshalText and
// UnmarshalText of the enum types, their validity and the list of their
// values.
//
// A Names value is built once, in an unexported package variable of the
// package that owns the enum, and only read afterwards; the enum's own
// methods delegate to it:
//
//	var natureNames = enumtext.New[Nature]("Nature", []string{NatureGoods: "goods", …})
//
//	func (v Nature) String() string { return natureNames.String(v) }
//
// An undefined value prints as "Type(n)" and is refused by MarshalText; a
// name that is not one of the defined names (compared exactly) is refused
// by UnmarshalText. Both errors wrap vordering.ErrInvalidInput.
package enumtext

import (
	"strconv"

	"github.com/vordering/vordering"
)

// Names is the text form of an enumeration whose values are small
// integers: names[v] is the name of value v, and an empty name marks a
// value that is not defined.
type Names[T ~uint8] struct {
	typ   string
	names []string
}

// New returns the text form of enum type typ (the type's name, used in
// "Type(n)" and in errors); names[v] is the name of value v, empty for an
// undefined value. The slice must not be changed afterwards.
func New[T ~uint8](typ string, names []string) Names[T] {
	return Names[T]{typ: typ, names: names}
}

// Valid reports whether v is a defined value.
func (e Names[T]) Valid(v T) bool { return int(v) < len(e.names) && e.names[v] != "" }

// String returns the name of v, or "Type(n)" for an undefined value.
func (e Names[T]) String(v T) string {
	if e.Valid(v) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// MarshalText returns the name of v; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (e Names[T]) MarshalText(v T) ([]byte, error) { return e.AppendText(nil, v) }

// AppendText appends the name of v to b; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (e Names[T]) AppendText(b []byte, v T) ([]byte, error) {
	if !e.Valid(v) {
		return nil, vordering.Invalid(e.typ, uint8(v), "not a defined value")
	}
	return append(b, e.names[v]...), nil
}

// Parse returns the value whose name is b; any other text is an error
// wrapping vordering.ErrInvalidInput.
func (e Names[T]) Parse(b []byte) (T, error) {
	for i, n := range e.names {
		if n != "" && n == string(b) {
			return T(i), nil
		}
	}
	return 0, vordering.Invalid(e.typ, string(b), "not a defined value")
}

// UnmarshalText sets *v to the value whose name is b; any other text is an
// error wrapping vordering.ErrInvalidInput, and *v is then left unchanged.
func (e Names[T]) UnmarshalText(b []byte, v *T) error {
	x, err := e.Parse(b)
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// Values returns every defined value in increasing order, in a new slice.
func (e Names[T]) Values() []T {
	var out []T
	for i, n := range e.names {
		if n != "" {
			out = append(out, T(i))
		}
	}
	return out
}

// Len returns one more than the largest value that has a name slot: the
// number of values 0..Len()-1 that Valid may accept.
func (e Names[T]) Len() int { return len(e.names) }
