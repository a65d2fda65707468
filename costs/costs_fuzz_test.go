package costs

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// interestFuzzDate maps any int32 onto a day between 1999 and 2030, where the
// tables live, so that the fuzzer mostly exercises computations rather than
// "no rule" errors; the raw value is also tried as-is.
func interestFuzzDate(n int32, raw bool) date.Date {
	if raw {
		return date.NewOfDays(date.PeriodOfDays(n))
	}
	base := date.New(1999, 1, 1)
	m := int(n) % (366 * 32)
	if m < 0 {
		m = -m
	}
	return base.Add(date.PeriodOfDays(m))
}

// FuzzInterest: no panic; a complete answer covers every day and grows with
// the span; a partial one (IncompleteError) covers every day with either a
// computed period or a named uncovered span, and its total is the sum of its
// periods; every answer's assurance agrees with the policy asked for.
func FuzzInterest(f *testing.F) {
	f.Add(uint8(2), uint8(1), int64(1000000), int32(8700), int32(500), int32(30), uint8(0), int64(-1), false, uint8(0))
	f.Add(uint8(1), uint8(2), int64(500000), int32(8900), int32(100), int32(200), uint8(1), int64(-1), false, uint8(5))
	f.Add(uint8(2), uint8(2), int64(1), int32(1600), int32(4000), int32(1), uint8(0), int64(1200), false, uint8(8))
	f.Add(uint8(9), uint8(9), int64(-5), int32(-1), int32(-3), int32(0), uint8(7), int64(-1), true, uint8(13))
	f.Add(uint8(1), uint8(1), int64(1000000), int32(11600), int32(400), int32(10), uint8(0), int64(-1), false, uint8(9))
	f.Fuzz(func(t *testing.T, c, k uint8, cents int64, fromN, span, extra int32, dc uint8, contract int64, raw bool, pol uint8) {
		from := interestFuzzDate(fromN, raw)
		to := from.Add(date.PeriodOfDays(span % 5000))
		opts := InterestOptions{DayCount: DayCount(dc % 3)}
		if contract >= 0 {
			opts.ContractRate = decimal.NewNullDecimal(decimal.New(contract%100000, -4))
		}
		policy := vordering.Policy{Minimum: vordering.Confidence(pol % 7), CarryForward: pol&8 != 0}
		r := Rules{Policy: policy}
		p := decimal.New(cents, -2)
		res, err := r.InterestWith(vordering.Country(c%4), InterestKind(k%4), p, from, to, opts)
		var inc *vordering.IncompleteError
		partial := errors.As(err, &inc)
		if err != nil && !partial {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			return
		}
		if partial != res.Partial || (partial && (len(res.Uncovered) == 0 || !errors.Is(err, vordering.ErrNoRuleInForce))) {
			t.Fatalf("partial %v, result %+v", partial, res.Uncovered)
		}
		if res.Total.IsNegative() {
			t.Fatalf("negative interest %s", res.Total)
		}
		sum := 0
		total := decimal.Zero
		for _, q := range res.Periods {
			sum += q.Days
			total = total.Add(q.Amount)
			if q.Amount.IsNegative() || q.Days <= 0 {
				t.Fatalf("bad period %+v", q)
			}
			if q.Known != 0 && !policy.Accepts(q.Known) {
				t.Fatalf("period at %v under minimum %v", q.Known, policy.Minimum)
			}
			if q.Known == vordering.CarriedForward && !policy.CarryForward {
				t.Fatalf("carried forward without the opt-in")
			}
		}
		for _, u := range res.Uncovered {
			sum += int(u.Until.Sub(u.From)) + 1
		}
		if sum != res.Days || !total.Equal(res.Total) {
			t.Fatalf("periods and uncovered spans count %d days, result %d; total %s vs %s", sum, res.Days, total, res.Total)
		}
		if !res.Assurance.Level.Valid() || res.Assurance.Provisional != (res.Assurance.Level < vordering.Settled) {
			t.Fatalf("assurance %+v", res.Assurance)
		}
		if partial {
			return
		}
		// Non-decreasing in to.
		later := to.Add(date.PeriodOfDays(int(extra%400+400) % 400))
		res2, err := r.InterestWith(vordering.Country(c%4), InterestKind(k%4), p, from, later, opts)
		if err != nil {
			return
		}
		if res2.Total.LessThan(res.Total) {
			t.Fatalf("interest to %s = %s < interest to %s = %s", later, res2.Total, to, res.Total)
		}
	})
}

func FuzzExtrajudicial(f *testing.F) {
	f.Add(uint8(2), uint8(2), int64(1000000), int32(9200), int32(0), int32(0), false, false, int64(0))
	f.Add(uint8(2), uint8(1), int64(10000), int32(9500), int32(20), int32(3), true, true, int64(5000))
	f.Add(uint8(1), uint8(1), int64(30000), int32(9000), int32(30), int32(10), false, false, int64(0))
	f.Add(uint8(1), uint8(2), int64(-3), int32(-7), int32(-1), int32(-1), true, false, int64(-1))
	f.Fuzz(func(t *testing.T, c, debtor uint8, cents int64, asOfN, reminderBack, delta int32, vat, instalment bool, prior int64) {
		asOf := interestFuzzDate(asOfN, false)
		claim := ExtrajudicialClaim{
			Principal: decimal.New(cents, -2), Debtor: vordering.PartyKind(debtor % 4), AsOf: asOf,
			AddVAT: vat, Instalment: instalment, CostsLastSixMonths: decimal.New(prior, -2),
		}
		if reminderBack >= 0 {
			claim.ReminderReceived = asOf.Add(-date.PeriodOfDays(reminderBack % 60))
		}
		country := vordering.Country(c % 4)
		if a1, _ := wikCosts(&nlWIKScale.Rows[0], claim.Principal, nil); claim.Principal.IsPositive() {
			if a2, _ := wikCostsDecimal(&nlWIKScale.Rows[0], claim.Principal, nil); !a1.Equal(a2) {
				t.Fatalf("staffel paths disagree on %s: %s vs %s", claim.Principal, a1, a2)
			}
		}
		res, err := Extrajudicial(country, claim)
		if err != nil {
			return
		}
		if res.Amount.IsNegative() || res.VAT.IsNegative() || res.Quoted.IsNegative() {
			t.Fatalf("negative result %+v", res)
		}
		if country != vordering.NL || claim.Debtor == vordering.Consumer {
			return
		}
		// NL non-consumer: the pure staffel. Within [40, 6775] and
		// non-decreasing in the principal.
		lo, hi := vordering.Euros(40), vordering.Euros(6775)
		if res.Amount.LessThan(lo) || res.Amount.GreaterThan(hi) {
			t.Fatalf("WIK %s outside [40, 6775] for %s", res.Amount, claim.Principal)
		}
		more := claim
		more.Principal = claim.Principal.Add(decimal.New(int64(delta)&0xffffff, -2))
		res2, err := Extrajudicial(country, more)
		if err != nil {
			t.Fatalf("larger principal failed: %v", err)
		}
		if res2.Amount.LessThan(res.Amount) {
			t.Fatalf("WIK(%s) = %s < WIK(%s) = %s", more.Principal, res2.Amount, claim.Principal, res.Amount)
		}
	})
}

func FuzzImputePayments(f *testing.F) {
	f.Add(uint8(2), uint8(1), int64(100000), int64(15000), int32(9200), int32(60), int64(20000), int32(200), int64(50000), int32(400))
	f.Add(uint8(1), uint8(2), int64(1), int64(0), int32(6000), int32(-5), int64(-1), int32(0), int64(1), int32(9999))
	f.Fuzz(func(t *testing.T, c, k uint8, principal, costsCents int64, fromN, d1 int32, a1 int64, d2 int32, a2 int64, asOfN int32) {
		from := interestFuzzDate(fromN, false)
		asOf := from.Add(date.PeriodOfDays(asOfN % 3000))
		debt := Debt{Country: vordering.Country(c % 3), Kind: InterestKind(k % 3), Principal: decimal.New(principal, -2), Costs: decimal.New(costsCents, -2), From: from}
		pays := []Payment{
			{Date: from.Add(date.PeriodOfDays(d1 % 3000)), Amount: decimal.New(a1, -2)},
			{Date: from.Add(date.PeriodOfDays(d2 % 3000)), Amount: decimal.New(a2, -2)},
		}
		res, err := ImputePayments(debt, pays, asOf)
		if err != nil {
			return
		}
		for _, a := range res.Allocations {
			b := a.After
			if b.Costs.IsNegative() || b.Interest.IsNegative() || b.Principal.IsNegative() {
				t.Fatalf("negative balance %+v", b)
			}
			got := a.ToCosts.Add(a.ToInterest).Add(a.ToPrincipal).Add(a.Surplus)
			if !got.Equal(a.Payment.Amount) {
				t.Fatalf("allocation %s does not add up to the payment %s", got, a.Payment.Amount)
			}
		}
	})
}
