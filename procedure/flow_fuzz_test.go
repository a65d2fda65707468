package procedure

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// FuzzNext: no panic on any case or history; on success every step is
// lawful: its earliest day is not before asOf, its window (if any) does not
// close before it opens, and the history with the step added on its earliest
// day passes ValidateHistory (the planner never proposes a step the flow
// forbids). The plan marshals to JSON. Errors wrap ErrInvalidInput. The
// replay's candidate sets answer as the full candidate lists do (checked
// by FuzzReplay of package flow, on the same cases).
func FuzzNext(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(200), []byte{5, 3, 5, 15, 9, 0, 11, 10, 0})
	f.Add(uint8(2), uint8(1), uint8(2), uint8(0), uint8(0), uint8(1), uint8(0), int64(80000), int64(0), int32(20100), int32(30), int32(120), []byte{4, 5, 0, 2, 8, 0, 8, 9, 0, 15, 11, 0, 11, 12, 0})
	f.Add(uint8(1), uint8(1), uint8(2), uint8(3), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 15, 5, 0, 11, 6, 0})
	f.Add(uint8(2), uint8(2), uint8(2), uint8(1), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 19, 5, 0, 20, 6, 0, 22, 7, 0, 10, 9, 0})
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(90), []byte{5, 3, 3, 8, 9, 0})
	f.Fuzz(func(t *testing.T, country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap, asOfGap int32, acts []byte) {
		c := widenActs(fuzzCase(country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts), acts)
		asOf := date.Date{}.Add(date.PeriodOfDays(invDay)).Add(date.PeriodOfDays(asOfGap))
		if err := ValidateHistory(c); err != nil && !errors.Is(err, vordering.ErrInvalidInput) {
			t.Fatalf("ValidateHistory error does not wrap ErrInvalidInput: %v", err)
		}
		p, err := Next(c, asOf)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error does not wrap ErrInvalidInput: %v", err)
			}
			return
		}
		if _, err := json.Marshal(p); err != nil {
			t.Fatalf("plan does not marshal: %v", err)
		}
		var past []Act
		for _, a := range c.Acts {
			if !a.Date.After(asOf) {
				past = append(past, a)
			}
		}
		for _, s := range p.Steps {
			if s.Earliest.Before(asOf) {
				t.Fatalf("%s earliest %s before asOf %s", s.Act, s.Earliest, asOf)
			}
			if vordering.HasDate(s.Latest) && s.Latest.Before(s.Earliest) {
				t.Fatalf("%s window closes %s before it opens %s", s.Act, s.Latest, s.Earliest)
			}
			if s.Earliest.After(date.New(vordering.LastYear, time.December, 31)) {
				continue
			}
			c2 := c
			c2.Acts = append(append([]Act(nil), past...), Act{Kind: s.Act, Date: s.Earliest})
			if err := ValidateHistory(c2); err != nil {
				t.Fatalf("planner proposed %s on %s but the flow forbids it: %v", s.Act, s.Earliest, err)
			}
		}
	})
}
