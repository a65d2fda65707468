package enumtext

import (
	"errors"
	"slices"
	"testing"

	"github.com/vordering/vordering"
)

type color uint8

var colorNames = New[color]("Color", []string{1: "red", 3: "blue"})

func TestNames(t *testing.T) {
	if !colorNames.Valid(1) || colorNames.Valid(0) || colorNames.Valid(2) || colorNames.Valid(9) {
		t.Error("Valid")
	}
	if colorNames.String(3) != "blue" || colorNames.String(2) != "Color(2)" {
		t.Error("String")
	}
	if b, err := colorNames.MarshalText(1); err != nil || string(b) != "red" {
		t.Errorf("MarshalText = %s, %v", b, err)
	}
	if _, err := colorNames.MarshalText(2); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("MarshalText(2): %v", err)
	}
	if b, _ := colorNames.AppendText([]byte("x:"), 3); string(b) != "x:blue" {
		t.Errorf("AppendText = %s", b)
	}
	var c color
	if err := colorNames.UnmarshalText([]byte("blue"), &c); err != nil || c != 3 {
		t.Errorf("UnmarshalText = %v, %v", c, err)
	}
	if err := colorNames.UnmarshalText([]byte("Blue"), &c); !errors.Is(err, vordering.ErrInvalidInput) || c != 3 {
		t.Errorf("UnmarshalText(Blue) = %v, %v", c, err)
	}
	if got := colorNames.Values(); !slices.Equal(got, []color{1, 3}) || colorNames.Len() != 4 {
		t.Errorf("Values = %v, Len = %d", got, colorNames.Len())
	}
}
