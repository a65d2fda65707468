package procedure

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// BenchmarkRankEnforcement ranks a Belgian consumer case with every route open.
func BenchmarkRankEnforcement(b *testing.B) {
	c := enfCase(vordering.BE, true, 2500, 100)
	p := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Children: 2}, EmployerKnown: true, BankAccountKnown: true, RealEstate: true, Vehicle: true}
	asOf := date.New(2025, 6, 30)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RankEnforcement(c, p, asOf, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRankEnforcementNL ranks a Dutch case, with the Btag costs.
func BenchmarkRankEnforcementNL(b *testing.B) {
	c := enfCase(vordering.NL, true, 2500, 100)
	p := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Household: garnishment.Single}, EmployerKnown: true, BankAccountKnown: true}
	asOf := date.New(2024, 12, 31)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RankEnforcement(c, p, asOf, nil); err != nil {
			b.Fatal(err)
		}
	}
}
