package planner

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/casetest"
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

// fuzzCase is the case of a FuzzPlannerNext input, over every act kind.
func fuzzCase(country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) casefile.Case {
	return casetest.FuzzCase(uint8(int(casefile.ActAdminOpposition)+2), country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
}
