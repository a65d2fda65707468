package procedure

import (
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// beB2B is a Belgian invoice between two KBO-registered enterprises that
// meets every IOS and SRP condition on 2025-03-03.
func beB2B() Case {
	return Case{
		Country:  vordering.BE,
		Creditor: Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []Invoice{{
			Number: "F1", Date: day(2025, 1, 10), DueDate: day(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100),
		}},
		WrittenDocument: true,
	}
}

// beConsumer is a Belgian invoice of an enterprise to a consumer.
func beConsumer() Case {
	c := beB2B()
	c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"}
	return c
}

// nlConsumer is a Dutch invoice of an enterprise to a consumer.
func nlConsumer() Case {
	return Case{
		Country:  vordering.NL,
		Creditor: Party{Name: "Leverancier BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "12345678", Domicile: "NL"},
		Debtor:   Party{Name: "P. de Vries", Kind: vordering.Consumer, Domicile: "NL"},
		Invoices: []Invoice{{
			Number: "2025-001", Date: day(2025, 1, 15), DueDate: day(2025, 2, 14),
			Principal: vordering.Euros(800), Accessories: vordering.Euros(0),
		}},
	}
}

func nlB2B() Case {
	c := nlConsumer()
	c.Debtor = Party{Name: "Afnemer BV", Kind: vordering.Enterprise, RegisterCountry: "NL", RegisterNumber: "87654321", Domicile: "NL"}
	return c
}

func mustAssess(t *testing.T, c Case, asOf date.Date) EligibilityReport {
	t.Helper()
	a, err := Eligibility(c, asOf)
	if err != nil {
		t.Fatalf("Eligibility: %v", err)
	}
	return a
}

func routeOf(t *testing.T, a EligibilityReport, r Route) RouteResult {
	t.Helper()
	x, ok := a.Route(r)
	if !ok {
		t.Fatalf("route %v missing", r)
	}
	return x
}

func codes(rs []Reason) []ReasonCode {
	out := make([]ReasonCode, len(rs))
	for i, r := range rs {
		out[i] = r.Code
	}
	return out
}

func hasCode(rs []Reason, c ReasonCode) bool {
	for _, r := range rs {
		if r.Code == c {
			return true
		}
	}
	return false
}
