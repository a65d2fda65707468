package procedure

import (
	"encoding/json"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/internal/mutation"
)

// Every value this package returns is the caller's to change: no result
// shares a list with the package's tables, with another package's answer
// or with a later result. These tests take an answer, overwrite in place
// everything reachable in it (mutation.Scramble, the project's tool for
// this), and check that the next answer to
// the same question is what the first was before the overwrite. The
// expected values are the package's own first answers; the tests check
// that they do not move, not what they say.

// snapshot renders a result for comparison: its JSON, which covers every
// exported field. A result that no longer marshals (a scrambled enum is an
// undefined value) is rendered as the error, which differs from any JSON.
func snapshot(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		return "does not marshal: " + err.Error()
	}
	return string(b)
}

// checkUnshared asks get twice with a scramble of the first answer in
// between, and fails when the second answer differs from the first as it
// was. It also fails when the scramble changed nothing visible (the test
// would then prove nothing).
func checkUnshared[T any](t *testing.T, name string, get func() T) {
	t.Helper()
	first := get()
	want := snapshot(t, first)
	mutation.Scramble(&first)
	if snapshot(t, first) == want {
		t.Fatalf("%s: the scramble changed nothing in %s", name, want)
	}
	if got := snapshot(t, get()); got != want {
		t.Errorf("%s: the next answer changed after the first was edited:\n got %s\nwant %s", name, got, want)
	}
}

// must returns a function that returns its value and fails the test on an
// error: must[Plan](t)(Next(c, asOf)).
func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// unsharedCases are cases whose answers carry every kind of list: a status
// with forbidden steps, actions and citations; steps with costs and
// citations from package costs; enforcement options; interruptions.
func unsharedCases() []struct {
	name string
	c    Case
	asOf date.Date
} {
	bankrupt := beB2B()
	bankrupt.Status = StatusBankrupt
	settlement := nlConsumer()
	settlement.Status = StatusCollectiveDebtSettlement
	titled := benchCaseBE()
	titled.Profile = DebtorProfile{BankAccountKnown: true, EmployerKnown: true, Income: garnishment.Income{Net: vordering.Euros(2400), Children: 1}}
	nlLetter := nlConsumer()
	nlLetter.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: ActFormalNotice, Date: day(2025, 3, 10)}}
	return []struct {
		name string
		c    Case
		asOf date.Date
	}{
		{"BE bankrupt", bankrupt, asOf2025},
		{"NL debt settlement", settlement, asOf2025},
		{"BE title served", titled, day(2025, 4, 23)},
		{"NL demand after the 14-day letter", nlLetter, day(2025, 3, 12)},
	}
}

// TestEffectsUnshared: Effects hands out copies of the table's lists, for
// every status of both countries.
func TestEffectsUnshared(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		for s := StatusNone + 1; s.Valid(); s++ {
			if e, _ := Effects(c, s); len(e.Forbidden)+len(e.Actions)+len(e.Citations) == 0 {
				continue // nothing to share
			}
			checkUnshared(t, c.String()+" "+s.String(), func() StatusEffect { return must[StatusEffect](t)(Effects(c, s)) })
		}
	}
}

// TestFlowUnshared: Flow and FlowNodes hand out copies; zeroing a returned
// transition's Wait, in place, leaves ValidateHistory as it was.
func TestFlowUnshared(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		checkUnshared(t, "Flow "+c.String(), func() []Transition { return Flow(c) })
		checkUnshared(t, "FlowNodes "+c.String(), func() []FlowNode { return FlowNodes(c) })
	}
	// A formal notice two days after the 14-day letter is too early (art.
	// 6:96 lid 6 BW: 14 days from the day after receipt). Clearing every
	// Wait of the returned table must not make it lawful.
	c := nlConsumer()
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: ActFormalNotice, Date: day(2025, 2, 19)}}
	before := ValidateHistory(c)
	var fe *FlowError
	if !errors.As(before, &fe) || fe.Problem != "too-early" {
		t.Fatalf("formal notice two days after the 14-day letter: %v", before)
	}
	for _, tr := range Flow(vordering.NL) {
		clear(tr.Wait)
		clear(tr.Within)
		clear(tr.Outcomes)
	}
	if after := ValidateHistory(c); !reflect.DeepEqual(after, before) {
		t.Errorf("after clearing the returned waits: %v, before: %v", after, before)
	}
}

// TestRulebookUnshared: the rulebook's tables are new at each call.
func TestRulebookUnshared(t *testing.T) {
	checkUnshared(t, "Rulebook", Rulebook)
}

// TestAnswersUnshared: Eligibility (with its Status), Next (with its
// Status, steps, costs and enforcement), Prescription, RankEnforcement and
// AddresseeFor hand out values no later answer shares.
func TestAnswersUnshared(t *testing.T) {
	for _, tc := range unsharedCases() {
		c, asOf := tc.c, tc.asOf
		checkUnshared(t, tc.name+": Eligibility", func() EligibilityReport { return must[EligibilityReport](t)(Eligibility(c, asOf)) })
		checkUnshared(t, tc.name+": Eligibility.Status", func() StatusEffect { return must[EligibilityReport](t)(Eligibility(c, asOf)).Status })
		checkUnshared(t, tc.name+": Next", func() Plan { return must[Plan](t)(Next(c, asOf)) })
		checkUnshared(t, tc.name+": Next.Status", func() StatusEffect { return must[Plan](t)(Next(c, asOf)).Status })
		checkUnshared(t, tc.name+": Prescription", func() []PrescriptionResult { return must[[]PrescriptionResult](t)(Prescription(c, asOf)) })
		checkUnshared(t, tc.name+": RankEnforcement", func() []EnforcementOption {
			return must[[]EnforcementOption](t)(RankEnforcement(c, c.Profile, asOf, nil))
		})
		checkUnshared(t, tc.name+": AddresseeFor", func() Addressee { return AddresseeFor(c) })
	}
	// A plan that lists the status's actions as the notes of its step.
	p := must[Plan](t)(Next(unsharedCases()[0].c, asOf2025))
	var decl *PlannedStep
	for i := range p.Steps {
		if p.Steps[i].Act == ActClaimDeclaration {
			decl = &p.Steps[i]
		}
	}
	if decl == nil || len(decl.Notes) == 0 || len(p.Status.Actions) == 0 {
		t.Fatalf("BE bankrupt: no declaration step with notes: %+v", p.Steps)
	}
	decl.Notes[0] = "edited"
	if p.Status.Actions[0] == "edited" {
		t.Error("the declaration step's notes share the plan status's actions")
	}
}

// TestFlowErrorUnshared: the error of ValidateHistory is new at each call.
func TestFlowErrorUnshared(t *testing.T) {
	c := nlConsumer()
	c.Acts = []Act{{Kind: ActFourteenDayLetter, Date: day(2025, 2, 17)}, {Kind: ActFormalNotice, Date: day(2025, 2, 19)}}
	checkUnshared(t, "FlowError", func() *FlowError {
		var fe *FlowError
		if !errors.As(ValidateHistory(c), &fe) {
			t.Fatal("no FlowError")
		}
		return fe
	})
}

// TestRankerAndKindsUnshared: DefaultRanker's options share no list with
// the options given, and EnforcementKinds is a new slice at each call.
func TestRankerAndKindsUnshared(t *testing.T) {
	c := enfCase(vordering.BE, true, 1000, 0)
	in := []EnforcementOption{{Kind: EnforceBankGarnishment, ExpectedRecovery: vordering.Euros(500), CreditorCosts: vordering.Euros(0),
		Why: []string{"given"}, Cites: []vordering.Citation{{Instrument: "given"}}}}
	want := snapshot(t, in)
	out := DefaultRanker().Rank(c, DebtorProfile{}, in)
	mutation.Scramble(&out)
	if got := snapshot(t, in); got != want {
		t.Errorf("editing the ranked options changed the input:\n got %s\nwant %s", got, want)
	}
	checkUnshared(t, "EnforcementKinds", EnforcementKinds)
	if k := EnforcementKinds(); len(k) != 6 || k[0] != EnforceWageGarnishment || k[5] != EnforceStop {
		t.Errorf("EnforcementKinds() = %v", k)
	}
}

// TestResultsUnsharedConcurrent edits answers on some goroutines while
// others ask the same questions; under the race detector (go test -race) a
// list shared between an answer and the tables is a reported race.
func TestResultsUnsharedConcurrent(t *testing.T) {
	cases := unsharedCases()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				tc := cases[(g+i)%len(cases)]
				if g%2 == 0 {
					fl := Flow(tc.c.Country)
					mutation.Scramble(&fl)
					e, _ := Effects(tc.c.Country, tc.c.Status)
					mutation.Scramble(&e)
					if p, err := Next(tc.c, tc.asOf); err == nil {
						mutation.Scramble(&p)
					}
					rb := Rulebook()
					mutation.Scramble(&rb)
					continue
				}
				if _, err := Next(tc.c, tc.asOf); err != nil {
					t.Error(err)
				}
				_ = ValidateHistory(tc.c)
				_, _ = Eligibility(tc.c, tc.asOf)
			}
		}()
	}
	wg.Wait()
}
