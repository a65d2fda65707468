package deadlines

import (
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// TestPublicAndEnforcementTerms computes each term added for the public
// creditors and the enforcement acts by hand from its article.
func TestPublicAndEnforcementTerms(t *testing.T) {
	d := func(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }
	tests := []struct {
		name  string
		c     vordering.Country
		k     TermKind
		event date.Date
		want  date.Date
		level vordering.Confidence
	}{
		// Art. 4:112 lid 1 Awb: two weeks from the day after sending. Sent
		// Monday 2.11.2026: the 14 days are 3–16.11; the last day Monday 16.11.
		{"aanmaning", vordering.NL, AdminReminder, d(2026, 11, 2), d(2026, 11, 16), vordering.TwoSources},
		// Sent Saturday 14.11.2026: the term ends Saturday 28.11, moved to
		// Monday 30.11 (art. 1 lid 1 Algemene termijnenwet).
		{"aanmaning on a weekend", vordering.NL, AdminReminder, d(2026, 11, 14), d(2026, 11, 30), vordering.TwoSources},
		// Art. 177 DLB: verzet within a month of service. Served Friday
		// 27.11.2026: a month ends Sunday 27.12, moved to Monday 28.12 (art. 53
		// Ger.W.); one source per region.
		{"verzet against a dwangbevel", vordering.BE, PublicOpposition, d(2026, 11, 27), d(2026, 12, 28), vordering.OneSource},
		// Art. 1566 Ger.W.: fifteen whole days after the order of Monday
		// 2.11.2026 (3–17.11); the seizure from Wednesday 18.11.
		{"immovables after the order", vordering.BE, ImmovableSeizureWait, d(2026, 11, 2), d(2026, 11, 18), vordering.TwoSources},
		// Art. 475i lid 1 Rv: garnishment of Tuesday 3.11.2026, served on the
		// debtor by Wednesday 11.11.
		{"garnishment served", vordering.NL, GarnishmentService, d(2026, 11, 3), d(2026, 11, 11), vordering.TwoSources},
		// Art. 476a lid 1 Rv: four weeks after the garnishment of Tuesday
		// 3.11.2026 end Tuesday 1.12; the garnishee declares from 2.12.
		{"garnishee waits", vordering.NL, GarnisheeWait, d(2026, 11, 3), d(2026, 12, 1), vordering.TwoSources},
		// Art. 443 lid 1 Rv: seizure Thursday 5.11.2026, report served within
		// three days: Sunday 8.11, moved to Monday 9.11 (Atw).
		{"seizure report", vordering.NL, SeizureReport, d(2026, 11, 5), d(2026, 11, 9), vordering.TwoSources},
		// Art. 462 lid 1 Rv: four weeks from the report's service on Monday
		// 9.11.2026 end Monday 7.12; the sale from 8.12.
		{"sale waits", vordering.NL, SaleWait, d(2026, 11, 9), d(2026, 12, 7), vordering.TwoSources},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term, err := Statutory(tt.c, tt.k)
			if err != nil {
				t.Fatal(err)
			}
			dl, err := Compute(tt.c, tt.event, term)
			if err != nil {
				t.Fatal(err)
			}
			if dl.Date != tt.want {
				t.Errorf("%s from %s = %s, want %s", tt.k, tt.event, dl.Date, tt.want)
			}
			if a := dl.Assurance(); a.Level != tt.level || a.Provisional != (tt.level < vordering.Settled) {
				t.Errorf("assurance %+v, want level %s", a, tt.level)
			}
		})
	}
}
