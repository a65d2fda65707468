package prescription

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

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
