package procedure

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
)

// enfCase is a case with one invoice of principal + accessories, against a
// consumer (or an enterprise).
func enfCase(country vordering.Country, consumer bool, principal, accessories int64) Case {
	c := Case{
		Country:  country,
		Creditor: Party{Name: "Creditor", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "Debtor", Kind: vordering.Consumer},
		Invoices: []Invoice{{Number: "1", Date: date.New(2024, 1, 10), DueDate: date.New(2024, 2, 10),
			Principal: vordering.Euros(principal), Accessories: vordering.Euros(accessories)}},
	}
	if !consumer {
		c.Debtor = Party{Name: "Debtor BV", Kind: vordering.Enterprise}
	}
	return c
}

func enfKinds(opts []EnforcementOption) []EnforcementKind {
	ks := make([]EnforcementKind, len(opts))
	for i, o := range opts {
		ks[i] = o.Kind
	}
	return ks
}

func enfFind(t *testing.T, opts []EnforcementOption, k EnforcementKind) EnforcementOption {
	t.Helper()
	for _, o := range opts {
		if o.Kind == k {
			return o
		}
	}
	t.Fatalf("no %v option among %v", k, enfKinds(opts))
	return EnforcementOption{}
}

func enfWhy(o EnforcementOption, sub string) bool {
	return slices.ContainsFunc(o.Why, func(s string) bool { return strings.Contains(s, sub) })
}

// TestRankEnforcementLawful checks which routes are offered.
func TestRankEnforcementLawful(t *testing.T) {
	asOf := date.New(2025, 6, 30)
	bankrupt := enfCase(vordering.BE, false, 1000, 0)
	bankrupt.Status = StatusBankrupt
	csr := enfCase(vordering.NL, true, 1000, 0)
	csr.Status = StatusCollectiveDebtSettlement
	reorg := enfCase(vordering.BE, false, 1000, 0)
	reorg.Status = StatusJudicialReorganisation
	later := enfCase(vordering.BE, true, 1000, 0)
	later.Status, later.StatusSince = StatusBankrupt, date.New(2025, 7, 1)
	tests := []struct {
		name string
		c    Case
		p    DebtorProfile
		want []EnforcementKind // sorted by kind
		cite string            // a citation the first option must carry
		why  string
	}{
		// Movable seizure is always open against the debtor's non-exempt goods
		// (art. 1499 ff., 1408 Ger.W.), and a plan can always be agreed.
		{"nothing known", enfCase(vordering.BE, true, 1000, 0), DebtorProfile{}, []EnforcementKind{EnforceMovableSeizure, EnforcePaymentPlan}, "", ""},
		// A garnishment needs a garnishee: the wage route only with an income,
		// the bank route only with an account; real estate only when owned.
		{"all known", enfCase(vordering.NL, true, 1000, 0),
			DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Household: garnishment.Single}, BankAccountKnown: true, RealEstate: true},
			[]EnforcementKind{EnforceWageGarnishment, EnforceBankGarnishment, EnforceMovableSeizure, EnforceRealEstate, EnforcePaymentPlan}, "", ""},
		// Bankruptcy: individual enforcement stops (Book XX WER).
		{"bankrupt", bankrupt, DebtorProfile{BankAccountKnown: true}, []EnforcementKind{EnforceStop}, "Boek XX", "curator"},
		// WSNP: executions are suspended (art. 299 ff. Fw, via Effects).
		{"debt rescheduling", csr, DebtorProfile{BankAccountKnown: true}, []EnforcementKind{EnforceStop}, "", "suspended"},
		// Judicial reorganisation: no asset may be realised (art. XX.44 WER).
		{"reorganisation", reorg, DebtorProfile{RealEstate: true}, []EnforcementKind{EnforceStop}, "XX.44", "realised"},
		// A status that begins after asOf has no effect yet.
		{"bankrupt later", later, DebtorProfile{BankAccountKnown: true}, []EnforcementKind{EnforceBankGarnishment, EnforceMovableSeizure, EnforcePaymentPlan}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts, err := RankEnforcement(tt.c, tt.p, asOf, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := enfKinds(opts)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("kinds %v, want %v", got, tt.want)
			}
			if tt.cite != "" && !slices.ContainsFunc(opts[0].Cites, func(c vordering.Citation) bool { return strings.Contains(c.String(), tt.cite) }) {
				t.Errorf("cites %v lack %q", opts[0].Cites, tt.cite)
			}
			if tt.why != "" && !enfWhy(opts[0], tt.why) {
				t.Errorf("why %q lacks %q", opts[0].Why, tt.why)
			}
		})
	}
}

// TestRankEnforcementWage checks the monthly amount and the months to clear.
func TestRankEnforcementWage(t *testing.T) {
	tests := []struct {
		name    string
		country vordering.Country
		asOf    date.Date
		in      garnishment.Income
		owed    int64
		monthly string
		months  int
		unknown bool
	}{
		// BE 2025 (KB 5.12.2024): thresholds 1388 / 1492 / 1646 / 1800, child 86.
		// 2000 work income: 20% × 104 + 30% × 154 + 40% × 154 + 200 = 20.80 +
		// 46.20 + 61.60 + 200 = 328.60, less 2 × 86 = 156.60. 2600 / 156.60 =
		// 16.6 → 17 months.
		{"BE 2 children", vordering.BE, date.New(2025, 6, 30), garnishment.Income{Net: vordering.Euros(2000), Children: 2}, 2600, "156.6", 17, false},
		// Same income without children: 328.60; 2600 / 328.60 = 7.9 → 8.
		{"BE no children", vordering.BE, date.New(2025, 6, 30), garnishment.Income{Net: vordering.Euros(2000)}, 2600, "328.6", 8, false},
		// 1300 is below T1 = 1388: nothing seizable, nothing to clear.
		{"BE below T1", vordering.BE, date.New(2025, 6, 30), garnishment.Income{Net: vordering.Euros(1300)}, 2600, "0", 0, false},
		// NL 1.1–30.6.2025 single norm incl. holiday pay 1345.45; bvv = 95% =
		// 1278.18 (rounded); 2000 − 1278.18 = 721.82; 2600 / 721.82 = 3.6 → 4.
		{"NL single", vordering.NL, date.New(2025, 6, 30), garnishment.Income{Net: vordering.Euros(2000), Household: garnishment.Single}, 2600, "721.82", 4, false},
		// NL from 1.1.2027: no norm known yet, the option stays with Monthly unknown.
		{"NL uncovered", vordering.NL, date.New(2027, 1, 4), garnishment.Income{Net: vordering.Euros(2000), Household: garnishment.Single}, 2600, "0", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := enfCase(tt.country, true, tt.owed-100, 100)
			opts, err := RankEnforcement(c, DebtorProfile{Income: tt.in, EmployerKnown: true}, tt.asOf, nil)
			if err != nil {
				t.Fatal(err)
			}
			o := enfFind(t, opts, EnforceWageGarnishment)
			if !o.Monthly.Equal(decimal.RequireFromString(tt.monthly)) || o.MonthsToClear != tt.months {
				t.Errorf("monthly %v, months %d; want %s, %d", o.Monthly, o.MonthsToClear, tt.monthly, tt.months)
			}
			if got := enfWhy(o, "monthly seizable amount unknown"); got != tt.unknown {
				t.Errorf("unknown note %v, want %v: %q", got, tt.unknown, o.Why)
			}
		})
	}
}

// TestRankEnforcementCosts checks the creditor's costs: the Dutch Btag, and
// Belgium left without a figure.
func TestRankEnforcementCosts(t *testing.T) {
	p := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2500), Household: garnishment.Single}, BankAccountKnown: true, EmployerKnown: true}
	// Btag 2024 (indexation 1.1.2024): b 122.34, d 80.64, e 147.54, i 233.28, j 165.48.
	nl, err := RankEnforcement(enfCase(vordering.NL, true, 5000, 0), p, date.New(2024, 9, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		k    EnforcementKind
		want string
	}{
		{EnforceWageGarnishment, "368.46"}, // b + j + d
		{EnforceBankGarnishment, "436.26"}, // b + i + d
		{EnforceMovableSeizure, "269.88"},  // b + e
		{EnforcePaymentPlan, "0"},          // no bailiff act
	} {
		if o := enfFind(t, nl, tt.k); !o.CreditorCosts.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("NL %v costs %v, want %s", tt.k, o.CreditorCosts, tt.want)
		}
	}
	p.Income = garnishment.Income{Net: vordering.Euros(2500)}
	be, err := RankEnforcement(enfCase(vordering.BE, true, 5000, 0), p, date.New(2024, 9, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	o := enfFind(t, be, EnforceBankGarnishment)
	if !o.CreditorCosts.IsZero() || !enfWhy(o, "not confirmed") {
		t.Errorf("BE bank costs %v, why %q: want zero and 'not confirmed'", o.CreditorCosts, o.Why)
	}
}

// TestDefaultRankerFactors checks each factor's contribution, one profile
// change at a time, against the weights documented on DefaultRanker.
func TestDefaultRankerFactors(t *testing.T) {
	asOf := date.New(2025, 6, 30)
	base := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000), Children: 2}, BankAccountKnown: true}
	score := func(t *testing.T, c Case, p DebtorProfile, k EnforcementKind) int {
		t.Helper()
		opts, err := RankEnforcement(c, p, asOf, nil)
		if err != nil {
			t.Fatal(err)
		}
		return enfFind(t, opts, k).Score
	}
	c := enfCase(vordering.BE, true, 2500, 100)
	with := func(f func(*DebtorProfile)) DebtorProfile { p := base; f(&p); return p }
	tests := []struct {
		name  string
		p     DebtorProfile
		kind  EnforcementKind
		delta int
	}{
		// Factor 4: employer known +20 instead of −20.
		{"employer known", with(func(p *DebtorProfile) { p.EmployerKnown = true }), EnforceWageGarnishment, 40},
		// Factor 4: a vehicle known +10 instead of −10 (natural person); factor 2:
		// due 10.2.2024, one full year past due on 30.6.2025, so collectability
		// 95 %: the share rises from ⌊15 × 0.95⌋ = 14 % to ⌊40 × 0.95⌋ = 38 % (+24).
		{"vehicle", with(func(p *DebtorProfile) { p.Vehicle = true }), EnforceMovableSeizure, 20 + 24},
		// Factor 7: address problems −20 on movable seizure, 0 on bank garnishment.
		{"address movables", with(func(p *DebtorProfile) { p.AddressProblems = true }), EnforceMovableSeizure, -20},
		{"address bank", with(func(p *DebtorProfile) { p.AddressProblems = true }), EnforceBankGarnishment, 0},
		// Factor 7 −20 and the plan's collectability −20 points: 60 % × 80 % = 48 %
		// of 2600 instead of 60 %: recovery share −12.
		{"address plan", with(func(p *DebtorProfile) { p.AddressProblems = true }), EnforcePaymentPlan, -20 - 12},
		// Factor 5: one failed collection −10; collectability 80 %: bank share 50 % → 40 % (−10).
		{"failed collection", with(func(p *DebtorProfile) { p.EarlierCollections, p.FailedCollections = 1, 1 }), EnforceBankGarnishment, -10 - 10},
		// Factor 6: two insolvency events −20; collectability 80 %: bank share −10.
		{"insolvency events", with(func(p *DebtorProfile) { p.InsolvencyEvents = 2 }), EnforceBankGarnishment, -20 - 10},
		// Factor 9, attitude (a ranking assumption): cannot pay, plan +40 and
		// bank −10; will not pay, plan −40 and bank, wage and movables +10.
		{"cannot pay plan", with(func(p *DebtorProfile) { p.Attitude = AttitudeCannotPay }), EnforcePaymentPlan, 40},
		{"cannot pay bank", with(func(p *DebtorProfile) { p.Attitude = AttitudeCannotPay }), EnforceBankGarnishment, -10},
		{"will not pay plan", with(func(p *DebtorProfile) { p.Attitude = AttitudeWillNotPay }), EnforcePaymentPlan, -40},
		{"will not pay wage", with(func(p *DebtorProfile) { p.Attitude = AttitudeWillNotPay }), EnforceWageGarnishment, 10},
		{"will not pay movables", with(func(p *DebtorProfile) { p.Attitude = AttitudeWillNotPay }), EnforceMovableSeizure, 10},
		// Real estate is secured: history lowers only factors 5 and 6 (−10, −10).
		{"real estate history", with(func(p *DebtorProfile) { p.RealEstate, p.FailedCollections, p.InsolvencyEvents = true, 1, 1 }), EnforceRealEstate, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.kind == EnforceRealEstate {
				// baseline with real estate but no history; the change is −20.
				b := base
				b.RealEstate = true
				if d := score(t, c, tt.p, tt.kind) - score(t, c, b, tt.kind); d != -20 {
					t.Errorf("delta %d, want -20", d)
				}
				return
			}
			if d := score(t, c, tt.p, tt.kind) - score(t, c, base, tt.kind); d != tt.delta {
				t.Errorf("delta %d, want %d", d, tt.delta)
			}
		})
	}
	// Factor 8 and the collectability, claim age: due 10.2.2022 instead of
	// 10.2.2024 is 3 full years past due on 30.6.2025 (1,236 days) instead of
	// 1. The plan's factor 8 goes from −10 to −30 (−20); its collectability
	// from 95 % to 85 %, so its recovery share from ⌊60 × 0.95⌋ = 57 % to
	// ⌊60 × 0.85⌋ = 51 % (−6). A forced route loses only the share: bank
	// ⌊50 × 0.95⌋ = 47 % to ⌊50 × 0.85⌋ = 42 % (−5).
	old := enfCase(vordering.BE, true, 2500, 100)
	old.Invoices[0].DueDate = date.New(2022, 2, 10)
	old.Invoices[0].Date = date.New(2022, 1, 10)
	if d := score(t, old, base, EnforcePaymentPlan) - score(t, c, base, EnforcePaymentPlan); d != -26 {
		t.Errorf("claim age, plan: delta %d, want -26", d)
	}
	bp := base
	bp.BankAccountKnown = true
	if d := score(t, old, bp, EnforceBankGarnishment) - score(t, c, bp, EnforceBankGarnishment); d != -5 {
		t.Errorf("claim age, bank: delta %d, want -5", d)
	}
	// Factor 3, speed: 156.60 a month clears 2600 in 17 months (+10); 600 in
	// 4 months (+30). Factor 2 stays 100 % in both (24 × 156.60 ≥ 2600).
	small := enfCase(vordering.BE, true, 500, 100)
	if d := score(t, small, base, EnforceWageGarnishment) - score(t, c, base, EnforceWageGarnishment); d != 20 {
		t.Errorf("speed delta %d, want 20", d)
	}
}

// TestRankEnforcementStop checks stop: offered when no route's expected
// recovery exceeds its costs, and then ranked first.
func TestRankEnforcementStop(t *testing.T) {
	// Five failed collections: collectability 100 − 5 × 20 = 0, so every
	// route but real estate expects nothing.
	p := DebtorProfile{EarlierCollections: 5, FailedCollections: 5, BankAccountKnown: true}
	opts, err := RankEnforcement(enfCase(vordering.NL, true, 400, 0), p, date.New(2024, 6, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if opts[0].Kind != EnforceStop || opts[0].Rank != 1 {
		t.Fatalf("first %v rank %d, want stop 1: %v", opts[0].Kind, opts[0].Rank, enfKinds(opts))
	}
	// With real estate (90 %, not lowered by history) stop is not offered.
	p.RealEstate = true
	opts, err = RankEnforcement(enfCase(vordering.NL, true, 400, 0), p, date.New(2024, 6, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(enfKinds(opts), EnforceStop) || opts[0].Kind != EnforceRealEstate {
		t.Errorf("kinds %v: want real estate first and no stop", enfKinds(opts))
	}
}

// TestDefaultRankerTies checks that equal scores keep the EnforcementKind order.
func TestDefaultRankerTies(t *testing.T) {
	// For an enterprise without history a movable seizure and a plan with the
	// same recovery (500 of 1000: share 50) and no costs both score
	// 1000 + 50 + 10 (speed) + 0 (certainty) = 1060.
	c := enfCase(vordering.BE, false, 1000, 0)
	mk := func(k EnforcementKind) EnforcementOption {
		return EnforcementOption{Kind: k, ExpectedRecovery: vordering.Euros(500), CreditorCosts: decimal.Zero}
	}
	got := DefaultRanker().Rank(c, DebtorProfile{}, []EnforcementOption{mk(EnforcePaymentPlan), mk(EnforceMovableSeizure)})
	if got[0].Kind != EnforceMovableSeizure || got[0].Score != got[1].Score || got[0].Score != 1060 {
		t.Errorf("got %v scores %d %d; want movable-seizure first, both 1060", enfKinds(got), got[0].Score, got[1].Score)
	}
}

// reverseRanker ranks by EnforcementKind, last kind first: a ranking that
// differs from the default for any case with two routes.
type reverseRanker struct{}

func (reverseRanker) Rank(_ Case, _ DebtorProfile, options []EnforcementOption) []EnforcementOption {
	out := slices.Clone(options)
	slices.SortFunc(out, func(a, b EnforcementOption) int { return int(b.Kind) - int(a.Kind) })
	for i := range out {
		out[i].Rank, out[i].Score = i+1, -i
		out[i].Why = append(slices.Clone(out[i].Why), "reverse kind order")
	}
	return out
}

func TestRankEnforcementCustomRanker(t *testing.T) {
	c := enfCase(vordering.BE, true, 2500, 100)
	p := DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000)}, EmployerKnown: true, BankAccountKnown: true}
	def, err := RankEnforcement(c, p, date.New(2025, 6, 30), nil)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := RankEnforcement(c, p, date.New(2025, 6, 30), reverseRanker{})
	if err != nil {
		t.Fatal(err)
	}
	// The default puts the wage garnishment first (score 1000 + 100 + 20 + 20);
	// the reverse ranker puts the payment plan, the last kind offered, first.
	if def[0].Kind != EnforceWageGarnishment || rev[0].Kind != EnforcePaymentPlan || !enfWhy(rev[0], "reverse kind order") {
		t.Errorf("default first %v, custom first %v (%q)", def[0].Kind, rev[0].Kind, rev[0].Why)
	}
}

func TestRankEnforcementInvalid(t *testing.T) {
	good := enfCase(vordering.BE, true, 100, 0)
	bad := good
	bad.Invoices = nil
	tests := []struct {
		name string
		c    Case
		p    DebtorProfile
		asOf date.Date
	}{
		{"zero date", good, DebtorProfile{}, vordering.NoDate()},
		{"no invoices", bad, DebtorProfile{}, date.New(2025, 1, 1)},
		{"negative failures", good, DebtorProfile{FailedCollections: -1}, date.New(2025, 1, 1)},
		{"more failures than collections", good, DebtorProfile{EarlierCollections: 1, FailedCollections: 2}, date.New(2025, 1, 1)},
		{"negative income", good, DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(-5)}}, date.New(2025, 1, 1)},
		// NL needs the household for the beslagvrije voet (art. 475da Rv).
		{"NL without household", enfCase(vordering.NL, true, 100, 0), DebtorProfile{Income: garnishment.Income{Net: vordering.Euros(2000)}}, date.New(2025, 1, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := RankEnforcement(tt.c, tt.p, tt.asOf, nil); !errors.Is(err, vordering.ErrInvalidInput) {
				t.Errorf("err %v, want ErrInvalidInput", err)
			}
		})
	}
}

func TestEnforcementKindText(t *testing.T) {
	for _, k := range EnforcementKinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back EnforcementKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("%v → %s → %v, %v", k, b, back, err)
		}
	}
	if _, err := EnforcementKind(0).MarshalText(); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("zero kind marshals: %v", err)
	}
	var k EnforcementKind
	if err := k.UnmarshalText([]byte("auction")); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("unknown name: %v", err)
	}
	opts, err := RankEnforcement(enfCase(vordering.BE, true, 100, 0), DebtorProfile{}, date.New(2025, 1, 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(opts)
	if err != nil || !strings.Contains(string(b), `"kind":"movable-seizure"`) {
		t.Errorf("JSON %s, %v", b, err)
	}
}
