package costs

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// courtFuzzDate builds a date from fuzzed parts; rickb777/date normalises
// out-of-range months and days, which is what a fuzzer needs.
func courtFuzzDate(y, m, d int) date.Date {
	return date.New(y%4000, time.Month(m%24), d%64)
}

// courtFuzzValue parses a fuzzed amount; ok is false for text that is not a
// number (nothing to test).
func courtFuzzValue(s string) (decimal.Decimal, bool) {
	if len(s) > 64 {
		return decimal.Decimal{}, false
	}
	v, err := decimal.NewFromString(s)
	return v, err == nil
}

var courtFuzzStep = decimal.NewFromInt(1000)

func FuzzCourtFee(f *testing.F) {
	f.Add(uint8(2), uint8(1), uint8(1), 2022, 3, 1, "1850", false)
	f.Add(uint8(2), uint8(4), uint8(2), 2024, 6, 1, "100000.01", false)
	f.Add(uint8(1), uint8(2), uint8(0), 2019, 2, 1, "0", true)
	f.Add(uint8(1), uint8(7), uint8(3), 2017, 9, 1, "-3", false)
	f.Add(uint8(0), uint8(9), uint8(9), 0, 0, 0, "1e99999", false)
	f.Fuzz(func(t *testing.T, country, court, party uint8, y, m, d int, value string, undetermined bool) {
		v, ok := courtFuzzValue(value)
		if !ok {
			return
		}
		q := CourtFeeQuery{Court: Court(court), Party: CourtParty(party), AsOf: courtFuzzDate(y, m, d), ClaimValue: v, Undetermined: undetermined}
		r, err := CourtFee(vordering.Country(country), q)
		if err != nil {
			return
		}
		if !r.Amount.IsPositive() || len(r.Citations) == 0 || !r.Period.Contains(q.AsOf) {
			t.Fatalf("bad result for %+v: %+v", q, r)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		// Invariant: the fee never falls when the claim grows.
		if !undetermined {
			q2 := q
			q2.ClaimValue = v.Add(courtFuzzStep)
			if r2, err := CourtFee(vordering.Country(country), q2); err == nil && r2.Amount.LessThan(r.Amount) {
				t.Fatalf("fee falls from %s to %s when the claim grows from %s to %s", r.Amount, r2.Amount, v, q2.ClaimValue)
			}
		}
	})
}

// FuzzBailiffFee: no panic; errors wrap a sentinel; an answer is positive,
// from a row in force on the day (or carried forward on request), and a
// Belgian fee never falls when the claim grows.
func FuzzBailiffFee(f *testing.F) {
	f.Add(uint8(2), uint8(1), 2024, 1, 1, int64(0), uint8(0))
	f.Add(uint8(2), uint8(7), 2021, 7, 1, int64(0), uint8(0))
	f.Add(uint8(1), uint8(3), 2024, 11, 1, int64(300000), uint8(0))
	f.Add(uint8(1), uint8(1), 2026, 11, 28, int64(450000), uint8(16))
	f.Add(uint8(3), uint8(0), -5, 99, -1, int64(-7), uint8(255))
	f.Fuzz(func(t *testing.T, country, act uint8, y, m, d int, cents int64, flags uint8) {
		on := courtFuzzDate(y, m, d)
		q := BailiffFeeQuery{Act: BailiffAct(act), AsOf: on, ClaimValue: decimal.New(cents, -2),
			Undetermined: flags&1 != 0, Basic: flags&2 != 0, Family: flags&4 != 0}
		if q.Undetermined {
			q.ClaimValue = decimal.Zero
		}
		r := Rules{Policy: vordering.Policy{CarryForward: flags&16 != 0}}
		res, err := r.BailiffFeeOf(vordering.Country(country), q)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			return
		}
		carried := res.Assurance.Level == vordering.CarriedForward
		if !res.Amount.IsPositive() || (!carried && !res.Period.Contains(on)) || res.Act != BailiffAct(act) {
			t.Fatalf("bad result: %+v", res)
		}
		if carried && flags&16 == 0 {
			t.Fatal("carried forward without the opt-in")
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if vordering.Country(country) == vordering.BE && q.ClaimValue.IsPositive() && flags&7 == 0 {
			q2 := q
			q2.ClaimValue = q.ClaimValue.Add(decimal.NewFromInt(1000))
			res2, err := r.BailiffFeeOf(vordering.BE, q2)
			if err == nil && res2.Amount.LessThan(res.Amount) {
				t.Fatalf("fee fell from %s to %s when the claim grew", res.Amount, res2.Amount)
			}
		}
	})
}

func FuzzProceduralIndemnity(f *testing.F) {
	f.Add(uint8(1), 2024, 5, 1, "15000", false)
	f.Add(uint8(1), 2008, 1, 1, "250", false)
	f.Add(uint8(1), 2019, 3, 1, "0", true)
	f.Add(uint8(2), 2024, 5, 1, "1", false)
	f.Add(uint8(1), 2025, 3, 1, "1e-30", false)
	f.Fuzz(func(t *testing.T, country uint8, y, m, d int, value string, undetermined bool) {
		v, ok := courtFuzzValue(value)
		if !ok {
			return
		}
		q := IndemnityQuery{AsOf: courtFuzzDate(y, m, d), ClaimValue: v, Undetermined: undetermined}
		r, err := ProceduralIndemnity(vordering.Country(country), q)
		if err != nil {
			return
		}
		if !r.Min.IsPositive() || r.Base.LessThan(r.Min) || r.Max.LessThan(r.Base) {
			t.Fatalf("min ≤ base ≤ max fails: %+v", r)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if !undetermined {
			q2 := q
			q2.ClaimValue = v.Add(courtFuzzStep)
			if r2, err := ProceduralIndemnity(vordering.Country(country), q2); err == nil && r2.Base.LessThan(r.Base) {
				t.Fatalf("base falls from %s to %s when the claim grows", r.Base, r2.Base)
			}
		}
	})
}

func FuzzLiquidationTariff(f *testing.F) {
	f.Add(uint8(2), uint8(1), 2024, 2, 1, "1000", "2", false)
	f.Add(uint8(2), uint8(1), 2023, 6, 1, "200", "9.5", false)
	f.Add(uint8(2), uint8(1), 2025, 1, 1, "0", "1", true)
	f.Add(uint8(2), uint8(4), 2024, 2, 1, "1", "1", false)
	f.Add(uint8(2), uint8(1), 2024, 2, 1, "1", "1e20", false)
	f.Fuzz(func(t *testing.T, country, court uint8, y, m, d int, value, points string, undetermined bool) {
		v, ok := courtFuzzValue(value)
		p, ok2 := courtFuzzValue(points)
		if !ok || !ok2 {
			return
		}
		q := LiquidationQuery{Court: Court(court), AsOf: courtFuzzDate(y, m, d), ClaimValue: v, Points: p, Undetermined: undetermined}
		r, err := LiquidationTariff(vordering.Country(country), q)
		if err != nil {
			return
		}
		if !r.Points.IsPositive() || r.Points.GreaterThan(p) || !r.Amount.Equal(r.Points.Mul(r.PerPoint)) || r.AmountMax.LessThan(r.Amount) {
			t.Fatalf("bad result: %+v", r)
		}
		if r.MaxPoints > 0 && r.Points.GreaterThan(decimal.NewFromInt(r.MaxPoints)) {
			t.Fatalf("points %s above the cap %d", r.Points, r.MaxPoints)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("marshal: %v", err)
		}
		if !undetermined {
			q2 := q
			q2.ClaimValue = v.Add(courtFuzzStep)
			if r2, err := LiquidationTariff(vordering.Country(country), q2); err == nil && r2.Amount.LessThan(r.Amount) {
				t.Fatalf("amount falls from %s to %s when the claim grows", r.Amount, r2.Amount)
			}
		}
	})
}
