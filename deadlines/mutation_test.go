package deadlines

import (
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/mutation"
)

// Every value this package returns is the caller's to change (hardening
// issue): scrambling one answer leaves the next unchanged.
func TestReturnedValuesAreTheCallers(t *testing.T) {
	mutation.Check(t, "Rulebook", Rulebook)
	mutation.Check(t, "Kinds", Kinds)
	mutation.Check(t, "Holidays", func() []Holiday { h, _ := Holidays(vordering.NL, 2026); return h })
	mutation.Check(t, "Catalogue BE", func() []StatutoryTerm { return Catalogue(vordering.BE) })
	mutation.Check(t, "Lookup", func() StatutoryTerm { s, _ := Lookup(vordering.NL, Appeal); return s })
	mutation.Check(t, "Compute", func() Deadline {
		d, _ := Compute(vordering.BE, date.New(2025, 6, 30), Months(1))
		return d
	})
	mutation.Check(t, "Steps", func() []RuleStep {
		d, _ := Compute(vordering.NL, date.New(2025, 8, 29), Months(3))
		return d.Steps()
	})
}
