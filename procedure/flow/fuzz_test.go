package flow

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
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

// widenActs maps the fuzzer's act bytes onto every defined act kind,
// including those the flow added after the original fourteen.
func widenActs(c casefile.Case, acts []byte) casefile.Case {
	n := uint8((int(casefile.ActClaimDeclaration) + 1))
	for i := range c.Acts {
		if 3*i < len(acts) {
			c.Acts[i].Kind = casefile.ActKind(acts[3*i] % (n + 1))
		}
	}
	return c
}

func fuzzCase(country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) casefile.Case {
	reg := []string{"", "BE", "NL", "FR", "PL", "be"}
	c := casefile.Case{
		Country:         vordering.Country(country % 4),
		Creditor:        casefile.Party{Name: "C", Kind: vordering.PartyKind(ck % 5), RegisterCountry: reg[int(flags)%len(reg)], RegisterNumber: "1", Domicile: reg[int(ck)%len(reg)]},
		Debtor:          casefile.Party{Name: "D", Kind: vordering.PartyKind(dk % 5), RegisterCountry: reg[int(dk)%len(reg)], RegisterNumber: "2", Domicile: reg[int(status)%len(reg)], SoleTrader: flags&1 != 0 && dk%5 == 2, SeatDiffersFromDomicile: flags&2 != 0, SeatUndeliverable: flags&4 != 0},
		Contested:       flags&8 != 0,
		WrittenDocument: flags&16 != 0,
		OutsideBusiness: flags&32 != 0,
		NonContractual:  flags&64 != 0,
		Matter:          jurisdiction.Matter(matter % 11),
		Status:          casefile.DebtorStatus(status % 11),
	}
	inv := date.Date{}.Add(date.PeriodOfDays(invDay))
	c.Invoices = []casefile.Invoice{{
		Number: "I1", Date: inv, DueDate: inv.Add(date.PeriodOfDays(dueGap)),
		Principal: decimal.New(principal, -2), Accessories: decimal.New(access, -2), Nature: casefile.Nature(nature % 7),
	}}
	if flags&128 != 0 {
		c.Invoices = append(c.Invoices, casefile.Invoice{Number: "I2", Date: inv, DueDate: inv.Add(date.PeriodOfDays(dueGap) * 2), Principal: decimal.New(principal/2+1, -2), Accessories: decimal.Zero})
	}
	for i := 0; i+2 < len(acts) && i < 3*12; i += 3 {
		a := casefile.Act{
			Kind:       casefile.ActKind(acts[i] % 18),
			Date:       inv.Add(date.PeriodOfDays(int(acts[i+1]) * 7)),
			Outcome:    casefile.Outcome(acts[i+2] % 9),
			Electronic: acts[i+2]&16 != 0,
		}
		if acts[i+2]&32 != 0 {
			a.Received = a.Date.Add(2)
		}
		if acts[i+2]&64 != 0 {
			a.Invoices = []string{"I1"}
		}
		c.Acts = append(c.Acts, a)
	}
	return c
}
