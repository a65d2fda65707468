package procedure

import (
	"encoding/json"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// FuzzEligibility: no panic on any case; on success, a closed route always
// carries at least one block, an open route none; OpensOn is set only on a
// closed route whose blocks all lift on a date, and is that latest date; the
// routes are those of the country; the result marshals to JSON.
func FuzzEligibility(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(2), uint8(0), uint8(0), uint8(0), uint8(16), int64(120000), int64(10000), int32(20100), int32(30), int32(20150), []byte{1, 3, 0})
	f.Add(uint8(2), uint8(1), uint8(2), uint8(0), uint8(0), uint8(1), uint8(0), int64(80000), int64(0), int32(20100), int32(30), int32(20150), []byte{4, 5, 0, 4, 5, 32})
	f.Add(uint8(1), uint8(1), uint8(2), uint8(3), uint8(2), uint8(3), uint8(255), int64(5), int64(5000), int32(17000), int32(0), int32(20000), []byte{6, 1, 3, 7, 3, 0})
	f.Add(uint8(1), uint8(2), uint8(2), uint8(5), uint8(0), uint8(0), uint8(16), int64(1), int64(0), int32(84000), int32(300), int32(84000), []byte{1, 200, 0})
	f.Add(uint8(0), uint8(0), uint8(0), uint8(0), uint8(0), uint8(0), uint8(0), int64(0), int64(-1), int32(0), int32(-5), int32(0), []byte{})
	f.Fuzz(func(t *testing.T, country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap, asOfDay int32, acts []byte) {
		c := fuzzCase(country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
		asOf := date.Date{}.Add(date.PeriodOfDays(asOfDay))
		_ = AddresseeFor(c) // never panics, even on an invalid case
		a, err := Eligibility(c, asOf)
		if err != nil {
			return
		}
		want := 7
		if c.Country == vordering.NL {
			want = 6
		}
		if len(a.Routes) != want {
			t.Fatalf("%d routes for %v", len(a.Routes), c.Country)
		}
		for _, r := range a.Routes {
			if r.Open && len(r.Blocks) > 0 {
				t.Fatalf("%v open with blocks %v", r.Route, codes(r.Blocks))
			}
			if !r.Open && len(r.Blocks) == 0 {
				t.Fatalf("%v closed without a reason", r.Route)
			}
			latest := vordering.NoDate()
			timeOnly := !r.Open
			for _, b := range r.Blocks {
				if b.Text == "" || !b.Code.Valid() {
					t.Fatalf("%v: bad block %+v", r.Route, b)
				}
				if !vordering.HasDate(b.Until) {
					timeOnly = false
				} else if !vordering.HasDate(latest) || b.Until.After(latest) {
					latest = b.Until
				}
			}
			if timeOnly && r.OpensOn != latest || !timeOnly && vordering.HasDate(r.OpensOn) {
				t.Fatalf("%v: OpensOn %v, time-only=%v latest=%v", r.Route, r.OpensOn, timeOnly, latest)
			}
			if vordering.HasDate(r.OpensOn) && !r.OpensOn.After(asOf) {
				t.Fatalf("%v: opens on %v, not after asOf %v", r.Route, r.OpensOn, asOf)
			}
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("JSON: %v", err)
		}
	})
}

// FuzzPrescription: no panic; a covered invoice's last day is never before
// its due date, and Barred agrees with the as-of date.
func FuzzPrescription(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(1), int32(20100), int32(30), int32(21000), []byte{3, 10, 0})
	f.Add(uint8(2), uint8(1), uint8(1), int32(20100), int32(30), int32(23000), []byte{1, 100, 0, 14, 50, 0})
	f.Fuzz(func(t *testing.T, country, dk, nature uint8, invDay, dueGap, asOfDay int32, acts []byte) {
		c := fuzzCase(country, dk, 2, 0, 0, nature, 16, 10000, 0, invDay, dueGap, acts)
		asOf := date.Date{}.Add(date.PeriodOfDays(asOfDay))
		res, err := Prescription(c, asOf)
		if err != nil && res == nil {
			return
		}
		for i, p := range res {
			if !p.Covered {
				continue
			}
			if p.LastDay.Before(c.Invoices[i].DueDate) {
				t.Fatalf("last day %v before due %v", p.LastDay, c.Invoices[i].DueDate)
			}
			if p.Barred != p.LastDay.Before(asOf) {
				t.Fatalf("barred=%v last=%v asOf=%v", p.Barred, p.LastDay, asOf)
			}
		}
	})
}
