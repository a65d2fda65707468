package garnishment

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

func fuzzDate(days int32) date.Date {
	// Days from 1.1.2000, spread over 2000–2030 and beyond.
	return date.New(2000, time.January, 1).Add(date.PeriodOfDays(days % 20000))
}

// FuzzSeizable checks, for any input: no panic; errors wrap one of the two
// sentinels; the seized amount is never negative and never above the
// income; it does not decrease when the income grows; and one more child
// never seizes more.
func FuzzSeizable(f *testing.F) {
	f.Add(uint8(1), int32(9200), "1700", uint8(0), 0, false, uint8(0), int64(0), int64(0), int64(0), int64(1))
	f.Add(uint8(1), int32(8370), "2000", uint8(1), 2, false, uint8(0), int64(0), int64(0), int64(0), int64(3333))
	f.Add(uint8(1), int32(8370), "1500.55", uint8(2), 1, true, uint8(0), int64(0), int64(0), int64(0), int64(7))
	f.Add(uint8(2), int32(9200), "1200", uint8(0), 0, false, uint8(1), int64(0), int64(0), int64(0), int64(50000))
	f.Add(uint8(2), int32(9200), "3000", uint8(0), 0, false, uint8(3), int64(14400), int64(50000), int64(207124), int64(1))
	f.Add(uint8(1), int32(-5), "-1", uint8(9), -3, false, uint8(9), int64(-1), int64(-1), int64(-1), int64(-1))
	f.Add(uint8(0), int32(0), "abc", uint8(0), 0, false, uint8(0), int64(0), int64(0), int64(0), int64(0))
	f.Fuzz(func(t *testing.T, country uint8, days int32, net string, kind uint8, children int, maint bool, household uint8, holiday, adds, maxBvv, delta int64) {
		n, err := decimal.NewFromString(net)
		if err != nil {
			return
		}
		c := vordering.Country(country)
		asOf := fuzzDate(days)
		in := Income{Net: n, Kind: IncomeKind(kind), Children: children, Maintenance: maint, Household: Household(household),
			HolidayPay: decimal.New(holiday, -2), NLAdditions: decimal.New(adds, -2), NLMaximum: decimal.New(maxBvv, -2)}
		r, err := Seizable(c, asOf, in)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if r.Seizable.Sign() < 0 || r.Seizable.GreaterThan(r.Net) || r.Protected.Sign() < 0 {
			t.Fatalf("seized %s outside [0, %s]", r.Seizable, r.Net)
		}
		if !r.Seizable.Add(r.Protected).Equal(r.Net) {
			t.Fatalf("seized + protected != income")
		}
		// More income never seizes less.
		if delta < 0 {
			delta = -delta
		}
		more := in
		more.Net = in.Net.Add(decimal.New(delta%100_000_000, -2))
		r2, err := Seizable(c, asOf, more)
		if err == nil && r2.Seizable.LessThan(r.Seizable) {
			t.Fatalf("income %s → %s seizes %s, less than %s for %s", more.Net, r2.Net, r2.Seizable, r.Seizable, in.Net)
		}
		// One more child never seizes more.
		kid := in
		kid.Children++
		r3, err := Seizable(c, asOf, kid)
		if err == nil && r3.Seizable.GreaterThan(r.Seizable) {
			t.Fatalf("%d children seize %s, more than %s with %d", kid.Children, r3.Seizable, r.Seizable, in.Children)
		}
	})
}

// FuzzCheckGoods checks: no panic; sentinel errors; a legal person keeps
// nothing; the professional goods kept never exceed the cap.
func FuzzCheckGoods(f *testing.F) {
	f.Add(int32(8600), uint8(1), uint8(3), int64(150000), uint8(4), int64(90000), true, false, uint8(5), int64(60000))
	f.Add(int32(8575), uint8(2), uint8(1), int64(0), uint8(8), int64(0), false, true, uint8(5), int64(10))
	f.Add(int32(-3), uint8(0), uint8(0), int64(-1), uint8(99), int64(1), false, false, uint8(0), int64(0))
	f.Fuzz(func(t *testing.T, days int32, owner, c1 uint8, v1 int64, c2 uint8, v2 int64, spouse, price bool, c3 uint8, v3 int64) {
		goods := []Good{
			{Category: GoodCategory(c1), Value: decimal.New(v1, -2), OfSpouse: spouse},
			{Category: GoodCategory(c2), Value: decimal.New(v2, -2), ClaimForPrice: price},
			{Category: GoodCategory(c3), Value: decimal.New(v3, -2)},
		}
		r, err := CheckGoods(fuzzDate(days), Person(owner), goods)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("error wraps no sentinel: %v", err)
			}
			return
		}
		if r.ProfessionalUsed.GreaterThan(r.Rules.ProfessionalCap) {
			t.Fatalf("professional goods kept %s above cap %s", r.ProfessionalUsed, r.Rules.ProfessionalCap)
		}
		for _, v := range r.Goods {
			if Person(owner) == LegalPerson && v.Exempt {
				t.Fatal("a legal person's good was exempt")
			}
			if v.Reason == "" {
				t.Fatal("verdict without reason")
			}
		}
	})
}

func BenchmarkSeizable(b *testing.B) {
	in := Income{Net: decimal.RequireFromString("2000"), Kind: Work, Children: 2}
	asOf := date.New(2025, 3, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Seizable(vordering.BE, asOf, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSeizableNL(b *testing.B) {
	in := Income{Net: decimal.RequireFromString("2000"), Household: Single}
	asOf := date.New(2025, 3, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Seizable(vordering.NL, asOf, in); err != nil {
			b.Fatal(err)
		}
	}
}
