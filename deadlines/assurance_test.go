package deadlines

import (
	"errors"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// A deadline says how sure it is: the Dutch decree rows of the years it
// touches count; a year whose decree days are not confirmed (2021, see
// nlDecreeTable) makes it provisional.
func TestDeadlineAssurance(t *testing.T) {
	d, err := Compute(vordering.NL, date.New(2026, 11, 28), Days(14))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Assurance()
	if a.Level != vordering.TwoSources || a.Provisional {
		t.Errorf("NL 2026: %+v", a)
	}
	old, err := Compute(vordering.NL, date.New(2021, 3, 1), Days(14))
	if err != nil {
		t.Fatal(err)
	}
	if old.Flags&DecreeDaysUnconfirmed == 0 || !old.Assurance().Provisional {
		t.Errorf("NL 2021: flags %v, assurance %+v; want provisional", old.Flags, old.Assurance())
	}
	be, err := Compute(vordering.BE, date.New(2026, 11, 28), Days(14))
	if err != nil {
		t.Fatal(err)
	}
	if a := be.Assurance(); a.Level != vordering.TwoSources || a.Provisional {
		t.Errorf("BE 2026: %+v", a)
	}
}

// The zero date is "no date" by the library's explicit rule: Compute refuses
// it instead of counting from 1 January 1970 (hardening issue).
func TestComputeZeroEvent(t *testing.T) {
	if _, err := Compute(vordering.BE, vordering.NoDate(), Days(15)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Compute(zero date) = %v, want ErrInvalidInput", err)
	}
}
