package planner

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// beB2B is a Belgian invoice between two KBO-registered enterprises that
// meets every IOS and SRP condition in 2025 (as in package procedure).
func beB2B() casefile.Case {
	return casefile.Case{
		Country:  vordering.BE,
		Creditor: casefile.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   casefile.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []casefile.Invoice{{
			Number: "F1", Date: day(2023, 9, 1), DueDate: day(2023, 10, 1),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
		WrittenDocument: true,
	}
}

// nlB2B is a Dutch invoice between two businesses.
func nlB2B() casefile.Case {
	return casefile.Case{
		Country:  vordering.NL,
		Creditor: casefile.Party{Name: "Leverancier BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "12345678", Domicile: "NL"},
		Debtor:   casefile.Party{Name: "Afnemer BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "87654321", Domicile: "NL"},
		Invoices: []casefile.Invoice{{
			Number: "2023-001", Date: day(2023, 9, 1), DueDate: day(2023, 10, 1),
			Principal: vordering.Euros(800), Accessories: vordering.Euros(0),
		}},
	}
}

// fuzzCase is the case generator of FuzzNext (package procedure) and
// FuzzReplay (package flow), copied: test helpers cannot be imported.
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
	n := uint8(int(casefile.ActClaimDeclaration) + 1)
	for i := 0; i+2 < len(acts) && i < 3*12; i += 3 {
		a := casefile.Act{
			Kind:       casefile.ActKind(acts[i] % (n + 1)),
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
