package flow

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// beB2B is a Belgian invoice between two KBO-registered enterprises that
// meets every IOS and SRP condition on 2025-03-03.
func beB2B() casefile.Case {
	return casefile.Case{
		Country:  vordering.BE,
		Creditor: casefile.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   casefile.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []casefile.Invoice{{
			Number: "F1", Date: day(2025, 1, 10), DueDate: day(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
		WrittenDocument: true,
	}
}

// beConsumer is a Belgian invoice of an enterprise to a consumer.
func beConsumer() casefile.Case {
	c := beB2B()
	c.Debtor = casefile.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"}
	return c
}

// nlConsumer is a Dutch invoice of an enterprise to a consumer.
func nlConsumer() casefile.Case {
	return casefile.Case{
		Country:  vordering.NL,
		Creditor: casefile.Party{Name: "Leverancier BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "12345678", Domicile: "NL"},
		Debtor:   casefile.Party{Name: "P. de Vries", Kind: vordering.Consumer, Domicile: "NL"},
		Invoices: []casefile.Invoice{{
			Number: "2025-001", Date: day(2025, 1, 15), DueDate: day(2025, 2, 14),
			Principal: vordering.Euros(800), Accessories: vordering.Euros(0),
		}},
	}
}

func nlB2B() casefile.Case {
	c := nlConsumer()
	c.Debtor = casefile.Party{Name: "Afnemer BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "87654321", Domicile: "NL"}
	return c
}

// scaleBEReminders is a Belgian B2B case with n reminders, one a day from
// the day after the due date (2025-02-10): a reminder may be repeated (art.
// 1139 oud BW), so the history is valid.
func scaleBEReminders(n int) (casefile.Case, date.Date) {
	c := beB2B()
	c.Acts = make([]casefile.Act, n)
	first := day(2025, 2, 10)
	for i := range c.Acts {
		c.Acts[i] = casefile.Act{Kind: casefile.ActReminder, Date: first.Add(date.PeriodOfDays(i))}
	}
	return c, c.Acts[n-1].Date
}

// scaleNLFormalNotices is a Dutch B2B case with n formal demands, one a
// day from 2025-02-15: between businesses a demand may follow at once and
// be repeated.
func scaleNLFormalNotices(n int) (casefile.Case, date.Date) {
	c := nlB2B()
	c.Acts = make([]casefile.Act, n)
	first := day(2025, 2, 15)
	for i := range c.Acts {
		c.Acts[i] = casefile.Act{Kind: casefile.ActFormalNotice, Date: first.Add(date.PeriodOfDays(i))}
	}
	return c, c.Acts[n-1].Date
}

// scaleSameDayExecution is a Belgian case built to give the replay many
// candidate predecessors: a judgment served on day 30, then, m times on day
// 40, an appeal, a new judgment and its service, and then m seizures of
// movables on day 40. A seizure may follow a service only after the whole
// day of the order to pay (art. 1499 Ger.W.), so each seizure passes over the
// m services of day 40 to the service of day 30. n = 4m + 3 acts.
func scaleSameDayExecution(n int) (casefile.Case, date.Date) {
	m := (n - 3) / 4
	c := beB2B()
	d0 := day(2025, 3, 10)
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
