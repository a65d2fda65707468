package procedure

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// FuzzRankEnforcement: no panic on any case, profile or date; an error wraps
// ErrInvalidInput; on success the ranks are 1..n, unique and in order, the
// scores do not increase down the list, every option says why, and — the
// guarantee of the default ranking's cost-cover factor — stop never ranks
// above an option whose expected recovery exceeds its creditor costs. The
// result marshals to JSON.
func FuzzRankEnforcement(f *testing.F) {
	f.Add(uint8(1), uint8(1), uint8(2), uint8(0), uint8(0), int64(250000), int64(10000), int32(19800), int32(30), int32(20269), int64(200000), uint8(2), uint8(2), uint8(0), uint8(0), uint8(7))
	f.Add(uint8(2), uint8(1), uint8(2), uint8(0), uint8(0), int64(40000), int64(0), int32(19800), int32(30), int32(19970), int64(250000), uint8(1), uint8(7), uint8(5), uint8(1), uint8(255))
	f.Add(uint8(1), uint8(2), uint8(2), uint8(5), uint8(0), int64(1), int64(0), int32(19000), int32(30), int32(20100), int64(0), uint8(0), uint8(0), uint8(0), uint8(0), uint8(0))
	f.Add(uint8(2), uint8(1), uint8(2), uint8(4), uint8(0), int64(100), int64(1), int32(19000), int32(30), int32(20100), int64(-1), uint8(9), uint8(200), uint8(3), uint8(2), uint8(16))
	f.Fuzz(func(t *testing.T, country, dk, status, flags, nature uint8, principal, access int64, invDay, dueGap, asOfDay int32, net int64, household, earlier, failed, events, pflags uint8) {
		c := fuzzCase(country, dk, 2, status, 0, nature, flags, principal, access, invDay, dueGap, nil)
		p := DebtorProfile{
			Income: garnishment.Income{Net: decimal.New(net, -2), Children: int(household % 4), Household: garnishment.Household(household % 6),
				Kind: garnishment.IncomeKind(pflags % 4)},
			EmployerKnown:      pflags&4 != 0,
			BankAccountKnown:   pflags&8 != 0,
			Vehicle:            pflags&16 != 0,
			RealEstate:         pflags&32 != 0,
			AddressProblems:    pflags&64 != 0,
			EarlierCollections: int(earlier) - 2,
			FailedCollections:  int(failed),
			InsolvencyEvents:   int(events),
		}
		asOf := date.Date{}.Add(date.PeriodOfDays(asOfDay))
		opts, err := RankEnforcement(c, p, asOf, nil)
		if err != nil {
			if !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("error %v does not wrap ErrInvalidInput", err)
			}
			return
		}
		if len(opts) == 0 {
			t.Fatal("no option at all: stop is always offered when nothing else is")
		}
		stopRank := 0
		for i, o := range opts {
			if o.Rank != i+1 {
				t.Fatalf("option %d has rank %d", i, o.Rank)
			}
			if i > 0 && o.Score > opts[i-1].Score {
				t.Fatalf("score %d after %d", o.Score, opts[i-1].Score)
			}
			if len(o.Why) == 0 || !o.Kind.Valid() {
				t.Fatalf("option %+v without reasons or kind", o)
			}
			if o.Kind == EnforceStop {
				stopRank = o.Rank
			}
		}
		for _, o := range opts {
			if stopRank != 0 && o.Rank > stopRank && o.ExpectedRecovery.GreaterThan(o.CreditorCosts) {
				t.Fatalf("stop ranks above %v, which recovers %v for costs %v", o.Kind, o.ExpectedRecovery, o.CreditorCosts)
			}
		}
		if _, err := json.Marshal(opts); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDefaultRanker ranks arbitrary option lists (any kind, recovery and
// cost, even out of range): no panic, ranks 1..n in order, and stop never
// ranks above an option whose expected recovery exceeds its costs.
func FuzzDefaultRanker(f *testing.F) {
	f.Add([]byte{1, 10, 3, 6, 0, 0, 3, 200, 100}, int64(100000), uint8(3))
	f.Add([]byte{6, 0, 0, 5, 1, 255, 9, 9, 9}, int64(0), uint8(255))
	f.Fuzz(func(t *testing.T, spec []byte, principal int64, failed uint8) {
		c := Case{Invoices: []Invoice{{Principal: decimal.New(principal, -2), Accessories: decimal.Zero}}}
		p := DebtorProfile{FailedCollections: int(failed) - 10, InsolvencyEvents: int(failed % 7), AddressProblems: failed&1 != 0, EmployerKnown: failed&2 != 0}
		var opts []EnforcementOption
		for i := 0; i+2 < len(spec) && i < 30; i += 3 {
			opts = append(opts, EnforcementOption{
				Kind:             EnforcementKind(spec[i] % 8),
				MonthsToClear:    int(spec[i+1]) - 5,
				ExpectedRecovery: decimal.New(int64(spec[i+1])*int64(spec[i+2])-300, int32(spec[i+2]%5)),
				CreditorCosts:    decimal.New(int64(spec[i+2]), 0),
			})
		}
		got := DefaultRanker().Rank(c, p, opts)
		if len(got) != len(opts) {
			t.Fatalf("%d options in, %d out", len(opts), len(got))
		}
		stop := 0
		for i, o := range got {
			if o.Rank != i+1 || (i > 0 && o.Score > got[i-1].Score) {
				t.Fatalf("rank %d score %d at %d", o.Rank, o.Score, i)
			}
			if o.Kind == EnforceStop && stop == 0 {
				stop = o.Rank
			}
		}
		for _, o := range got {
			if stop != 0 && o.Kind != EnforceStop && o.Rank > stop && o.ExpectedRecovery.GreaterThan(o.CreditorCosts) {
				t.Fatalf("stop above %v (%v > %v)", o.Kind, o.ExpectedRecovery, o.CreditorCosts)
			}
		}
	})
}
