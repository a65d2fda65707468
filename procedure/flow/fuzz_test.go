package flow

import (
	"errors"
	"testing"

	"github.com/vordering/vordering"
)

// FuzzReplay: on the cases of FuzzNext (package procedure), ValidateHistory
// errors wrap ErrInvalidInput, and on a valid case the replay's candidate
// sets answer as the full candidate lists do (compareReplay).
func FuzzReplay(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(200), []byte{5, 3, 5, 15, 9, 0, 11, 10, 0})
	f.Add(uint8(2), uint8(1), uint8(2), uint8(0), uint8(0), uint8(1), uint8(0), int64(80000), int64(0), int32(20100), int32(30), int32(120), []byte{4, 5, 0, 2, 8, 0, 8, 9, 0, 15, 11, 0, 11, 12, 0})
	f.Add(uint8(1), uint8(1), uint8(2), uint8(3), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 15, 5, 0, 11, 6, 0})
	f.Add(uint8(2), uint8(2), uint8(2), uint8(1), uint8(0), uint8(0), uint8(0), int64(50000), int64(0), int32(20100), int32(30), int32(300), []byte{8, 3, 0, 19, 5, 0, 20, 6, 0, 22, 7, 0, 10, 9, 0})
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(90), []byte{5, 3, 3, 8, 9, 0})
	f.Fuzz(func(t *testing.T, country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap, asOfGap int32, acts []byte) {
		c := widenActs(fuzzCase(country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts), acts)
		if err := ValidateHistory(c); err != nil && !errors.Is(err, vordering.ErrInvalidInput) {
			t.Fatalf("ValidateHistory error does not wrap ErrInvalidInput: %v", err)
		}
		if c.Validate() == nil {
			if err := compareReplay(c); err != nil {
				t.Fatalf("replay differs from the reference: %v", err)
			}
		}
	})
}
