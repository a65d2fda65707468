package procedure

import (
	"fmt"

	"github.com/vordering/vordering"
)

// enumNames is the text form of a small integer enumeration: names[v] is the
// name of value v. An empty name marks a value that is not defined.
type enumNames struct {
	typ   string
	names []string
}

func (e enumNames) valid(v uint8) bool { return int(v) < len(e.names) && e.names[v] != "" }

func (e enumNames) str(v uint8) string {
	if e.valid(v) {
		return e.names[v]
	}
	return fmt.Sprintf("%s(%d)", e.typ, v)
}

func (e enumNames) marshal(v uint8) ([]byte, error) {
	if !e.valid(v) {
		return nil, vordering.Invalid(e.typ, v, "not a defined value")
	}
	return []byte(e.names[v]), nil
}

func (e enumNames) parse(b []byte) (uint8, error) {
	s := string(b)
	for i, n := range e.names {
		if n != "" && n == s {
			return uint8(i), nil
		}
	}
	return 0, vordering.Invalid(e.typ, s, "not a defined value")
}
