// Package casetest builds the cases the procedure packages' tests share:
// reference invoices of both countries, long histories for the scale
// benchmarks, and the case a fuzz input decodes to. It is imported by tests
// only.
package casetest

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
)

// Day is date.New with the arguments of a statute's date.
func Day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// BEB2B is a Belgian invoice between two KBO-registered enterprises that
// meets every IOS and SRP condition on 2025-03-03.
func BEB2B() casefile.Case {
	return casefile.Case{
		Country:  vordering.BE,
		Creditor: casefile.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   casefile.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []casefile.Invoice{{
			Number: "F1", Date: Day(2025, 1, 10), DueDate: Day(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
		WrittenDocument: true,
	}
}

// BEConsumer is a Belgian invoice of an enterprise to a consumer.
func BEConsumer() casefile.Case {
	c := BEB2B()
	c.Debtor = casefile.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"}
	return c
}

// NLConsumer is a Dutch invoice of an enterprise to a consumer.
func NLConsumer() casefile.Case {
	return casefile.Case{
		Country:  vordering.NL,
		Creditor: casefile.Party{Name: "Leverancier BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "12345678", Domicile: "NL"},
		Debtor:   casefile.Party{Name: "P. de Vries", Kind: vordering.Consumer, Domicile: "NL"},
		Invoices: []casefile.Invoice{{
			Number: "2025-001", Date: Day(2025, 1, 15), DueDate: Day(2025, 2, 14),
			Principal: vordering.Euros(800), Accessories: vordering.Euros(0),
		}},
	}
}

// NLB2B is a Dutch invoice between two registered enterprises.
func NLB2B() casefile.Case {
	c := NLConsumer()
	c.Debtor = casefile.Party{Name: "Afnemer BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "87654321", Domicile: "NL"}
	return c
}

// ScaleBEReminders is a Belgian B2B case with n reminders, one a day from
// the day after the due date (2025-02-10): a reminder may be repeated (art.
// 1139 oud BW), so the history is valid.
func ScaleBEReminders(n int) (casefile.Case, date.Date) {
	c := BEB2B()
	c.Acts = make([]casefile.Act, n)
	first := Day(2025, 2, 10)
	for i := range c.Acts {
		c.Acts[i] = casefile.Act{Kind: casefile.ActReminder, Date: first.Add(date.PeriodOfDays(i))}
	}
	return c, c.Acts[n-1].Date
}

// ScaleNLFormalNotices is a Dutch B2B case with n formal demands, one a
// day from 2025-02-15: between businesses a demand may follow at once and
// be repeated.
func ScaleNLFormalNotices(n int) (casefile.Case, date.Date) {
	c := NLB2B()
	c.Acts = make([]casefile.Act, n)
	first := Day(2025, 2, 15)
	for i := range c.Acts {
		c.Acts[i] = casefile.Act{Kind: casefile.ActFormalNotice, Date: first.Add(date.PeriodOfDays(i))}
	}
	return c, c.Acts[n-1].Date
}

// ScaleSameDayExecution is a Belgian case built to give the replay many
// candidate predecessors: a judgment served on day 30, then, m times on day
// 40, an appeal, a new judgment and its service, and then m seizures of
// movables on day 40. A seizure may follow a service only after the whole
// day of the order to pay (art. 1499 Ger.W.), so each seizure passes over the
// m services of day 40 to the service of day 30. n = 4m + 3 acts.
func ScaleSameDayExecution(n int) (casefile.Case, date.Date) {
	m := (n - 3) / 4
	c := BEB2B()
	d0 := Day(2025, 3, 10)
	c.Acts = append(make([]casefile.Act, 0, n), casefile.Act{Kind: casefile.ActSummons, Date: d0}, casefile.Act{Kind: casefile.ActJudgment, Date: d0.Add(20)},
		casefile.Act{Kind: casefile.ActService, Date: d0.Add(30)})
	for i := 0; i < m; i++ {
		c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActAppeal, Date: d0.Add(40)}, casefile.Act{Kind: casefile.ActJudgment, Date: d0.Add(40)}, casefile.Act{Kind: casefile.ActService, Date: d0.Add(40)})
	}
	for i := 0; i < m; i++ {
		c.Acts = append(c.Acts, casefile.Act{Kind: casefile.ActMovableSeizure, Date: d0.Add(40)})
	}
	return c, d0.Add(40)
}

// FuzzCase decodes a fuzz input into a case; act kinds are taken modulo
// kinds (the fuzz tests written before the newest act kinds pass 18).
func FuzzCase(kinds, country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) casefile.Case {
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
	// The high bits of status, matter and nature, which the seeds leave
	// zero, make a public creditor's claim: its country's basis, a region
	// and the Dutch dwangbevel power (invalid combinations included).
	if status>>4&3 != 0 {
		basis := casefile.PublicBasis(status >> 4 & 3 % 3)
		if status>>4&3 == 3 {
			basis = casefile.PublicNLAwb
			if c.Country == vordering.BE {
				basis = casefile.PublicBELocal
			}
		}
		c.Public = casefile.PublicClaim{Basis: basis, Region: casefile.Region(matter >> 4 % 5), DwangbevelPower: nature>>4&1 != 0}
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
			Kind:       casefile.ActKind(acts[i] % kinds),
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

// WidenActs maps the fuzzer's act bytes onto every defined act kind,
// including those the flow added after the original fourteen.
func WidenActs(c casefile.Case, acts []byte) casefile.Case {
	n := uint8((int(casefile.ActAdminOpposition) + 1))
	for i := range c.Acts {
		if 3*i < len(acts) {
			c.Acts[i].Kind = casefile.ActKind(acts[3*i] % (n + 1))
		}
	}
	return c
}
