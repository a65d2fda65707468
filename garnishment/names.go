package garnishment

import (
	"fmt"

	"github.com/vordering/vordering"
)

// enumName, enumMarshal and enumUnmarshal implement String, MarshalText and
// UnmarshalText for the small enumerations whose names start at index 1
// (index 0 is the invalid zero value).
func enumName(typ string, names []string, v uint8) string {
	if v >= 1 && int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

func enumMarshal(typ string, names []string, v uint8) ([]byte, error) {
	if v >= 1 && int(v) < len(names) {
		return []byte(names[v]), nil
	}
	return nil, vordering.Invalid(typ, v, "not a defined value")
}

func enumUnmarshal(typ string, names []string, b []byte) (uint8, error) {
	for i := 1; i < len(names); i++ {
		if names[i] == string(b) {
			return uint8(i), nil
		}
	}
	return 0, vordering.Invalid(typ, string(b), "not a defined value")
}
