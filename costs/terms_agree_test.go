package costs

import (
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// The reminder terms are held both here (dated, with the cost rules) and in
// the catalogue of package deadlines (for term arithmetic). They must say the
// same: 14 days in art. 6:96 lid 6 BW and in art. XIX.2 WER.
func TestReminderTermsAgreeWithDeadlines(t *testing.T) {
	nl, err := deadlines.Statutory(vordering.NL, deadlines.FourteenDayLetter)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range nlReminderTerm.Rows {
		if r.Value != nl.N || nl.Unit != deadlines.Day {
			t.Errorf("NL 14-day letter: costs table %d days (from %s), deadlines catalogue %s", r.Value, r.From, nl)
		}
	}
	be, err := deadlines.Statutory(vordering.BE, deadlines.ConsumerReminder)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range beBookXIX.Rows {
		if r.Value.FreeDays != be.N || be.Unit != deadlines.Day {
			t.Errorf("BE Book XIX reminder: costs table %d days (from %s), deadlines catalogue %s", r.Value.FreeDays, r.From, be)
		}
	}
}
