package procedure

import (
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// Answers of the procedure package carry the confidence of the figures they
// used: on 28.11.2026 a Belgian wage garnishment rests on the 2026 art. 1409
// thresholds (one source), so the option and the plan built on it are
// provisional; so is the assessment of the same case, because Book XIX
// quotes the late-payment rate as the consumer's interest cap and the 2026 H2
// rate is derived by the statutory formula.
func TestAssuranceTravels(t *testing.T) {
	today := date.New(2026, 11, 28)
	c := enfCase(vordering.BE, true, 2500, 100)
	opts, err := RankEnforcement(c, DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000)}, EmployerKnown: true}, today, nil)
	if err != nil {
		t.Fatal(err)
	}
	o := enfFind(t, opts, EnforceWageGarnishment)
	if o.Assurance.Level != vordering.OneSource || !o.Assurance.Provisional {
		t.Errorf("BE wage garnishment 2026: %+v, want one-source, provisional", o.Assurance)
	}
	a, err := Eligibility(c, today)
	if err != nil {
		t.Fatal(err)
	}
	if a.Assurance.Level != vordering.Derived || !a.Assurance.Provisional || a.Assurance.Weakest[0].From != date.New(2026, 7, 1) {
		t.Errorf("BE assessment 2026: %+v, want derived (the 2026 H2 late-payment rate)", a.Assurance)
	}
	// The NL norm of 1.7.2026 is read in the official text.
	nl := enfCase(vordering.NL, true, 2500, 100)
	opts, err = RankEnforcement(nl, DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Household: garnishment.Single}, EmployerKnown: true}, today, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The Btag 2026 amounts come from one source, so the option is provisional
	// all the same.
	if o := enfFind(t, opts, EnforceWageGarnishment); o.Assurance.Level != vordering.OneSource {
		t.Errorf("NL wage garnishment 2026: %+v, want one-source (Btag 2026)", o.Assurance)
	}
}
