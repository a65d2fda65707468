package letters

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func d(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }

func nullDec(s string) decimal.NullDecimal {
	return decimal.NullDecimal{Decimal: decimal.RequireFromString(s), Valid: true}
}

// Fixtures. The values each test expects are computed by hand in its
// comments, from the texts cited in the elements.

// nlFacts: a consumer owes 1,000.00 due 2025-03-31; the letter goes out on
// Friday 2025-04-04.
func nlFacts() Facts {
	return Facts{Country: vordering.NL, Kind: NLFourteenDayLetter,
		Creditor: Party{Name: "Verhuur BV", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "J. de Vries", Kind: vordering.Consumer},
		Claim:    "factuur 2025-017", Principal: vordering.Euros(1000),
		DueDate: d(2025, 3, 31), Sent: d(2025, 4, 4), AddVAT: true}
}

func xixFacts() Facts {
	return Facts{Country: vordering.BE, Kind: BEFirstReminder,
		Creditor: Party{Name: "Energie NV", Number: "0123.456.789", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "A. Peeters", Kind: vordering.Consumer},
		Claim:    "factuur F-2025-112 (levering elektriciteit februari 2025)", Principal: vordering.Euros(400),
		DueDate: d(2025, 2, 28), Sent: d(2025, 3, 3), ContractConcluded: d(2024, 1, 15), DamagesAgreed: true,
		InterestRate: decimal.RequireFromString("0.08")}
}

func iosFacts() Facts {
	return Facts{Country: vordering.BE, Kind: BEIOSSummons,
		Creditor: Party{Name: "Bouw BV", Number: "0111.222.333", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "Handel BV", Number: "0444.555.666", Kind: vordering.Enterprise},
		Claim:    "facturen F-101 en F-102", Principal: vordering.Euros(5000),
		DueDate: d(2025, 1, 31), Sent: d(2025, 3, 3), Interest: vordering.Cents(12345), Damages: vordering.Euros(250),
		FlatCompensation: true, SummonsCosts: vordering.Cents(9876)}
}

func srpFacts() Facts {
	return Facts{Country: vordering.BE, Kind: BESRPSummons,
		Creditor: Party{Name: "Garage Janssens", Kind: vordering.Enterprise},
		Debtor:   Party{Name: "M. Dubois", Kind: vordering.Consumer},
		Claim:    "bestelbon nr. 55 van 10 januari 2025", Principal: vordering.Cents(145000),
		DueDate: d(2025, 2, 10), Sent: d(2025, 3, 3), Court: "de vrederechter van het kanton Leuven"}
}

func TestPresumedReceiptNL(t *testing.T) {
	// HR 25.11.2016: delivered the second day after sending, Sundays,
	// Mondays and holidays counting neither as intervening day nor as day
	// of delivery. Hand count per case.
	for _, c := range []struct{ sent, want date.Date }{
		{d(2025, 4, 4), d(2025, 4, 8)},   // Fri: Sat (1), Sun, Mon skipped, Tue (2)
		{d(2025, 4, 5), d(2025, 4, 9)},   // Sat: Sun, Mon skipped, Tue (1), Wed (2)
		{d(2025, 4, 8), d(2025, 4, 10)},  // Tue: Wed (1), Thu (2)
		{d(2025, 4, 25), d(2025, 4, 30)}, // Fri: Sat 26 April is Koningsdag 2025 (27th a Sunday), Sun, Mon skipped, Tue (1), Wed (2)
	} {
		if got, err := deadlines.PresumedDelivery(c.sent); err != nil || !got.Equal(c.want) {
			t.Errorf("PresumedDelivery(%s) = %s %v, want %s", c.sent, got, err, c.want)
		}
	}
}

func TestBuildValues(t *testing.T) {
	// NL: received Tue 8 April (above); 14 days → Tue 22 April 2025, a
	// working day (Easter Monday is the 21st). Staffel on 1,000: 15 % =
	// 150.00 (Besluit BIK art. 2 lid 1); VAT 21 % = 31.50 (art. 2 lid 3).
	l, err := Build(nlFacts())
	if err != nil {
		t.Fatal(err)
	}
	if !l.Received.Equal(d(2025, 4, 8)) || !l.TermEnd.Equal(d(2025, 4, 22)) || !l.Costs.Equal(vordering.Euros(150)) || !l.VAT.Equal(vordering.Cents(3150)) {
		t.Errorf("NL: received %s end %s costs %s vat %s", l.Received, l.TermEnd, l.Costs, l.VAT)
	}
	// BE Book XIX, paper: sent Mon 3 March; working days Tue 4, Wed 5, Thu
	// 6 → the 14 days run 6..19 March 2025. Damages on 400: 30 + 10 % of
	// 250 = 55.00 (art. XIX.4 tiers).
	l, err = Build(xixFacts())
	if err != nil {
		t.Fatal(err)
	}
	if !l.TermStart.Equal(d(2025, 3, 6)) || !l.TermEnd.Equal(d(2025, 3, 19)) || !l.Costs.Equal(vordering.Euros(55)) {
		t.Errorf("XIX: start %s end %s damages %s", l.TermStart, l.TermEnd, l.Costs)
	}
	// Electronic: starts Tue 4 March, ends 17 March.
	f := xixFacts()
	f.Electronic = true
	if l, err = Build(f); err != nil || !l.TermEnd.Equal(d(2025, 3, 17)) {
		t.Errorf("XIX electronic: end %s, %v", l.TermEnd, err)
	}
	// SRP: served Mon 3 March + 15 days = Tue 18 March; petition 15 days
	// later = Wed 2 April 2025 (art. 1339, 1340).
	l, err = Build(srpFacts())
	if err != nil {
		t.Fatal(err)
	}
	if !l.TermEnd.Equal(d(2025, 3, 18)) || !l.Next.Equal(d(2025, 4, 2)) {
		t.Errorf("SRP: end %s petition %s", l.TermEnd, l.Next)
	}
	// IOS: total = 5,000 + 123.45 + 250 + 40 (flat, art. 6 Act 2.8.2002) +
	// 98.76 = 5,512.21.
	l, err = Build(iosFacts())
	if err != nil {
		t.Fatal(err)
	}
	if !l.Total.Equal(vordering.Cents(551221)) {
		t.Errorf("IOS total %s", l.Total)
	}
}

func TestGolden(t *testing.T) {
	for _, f := range []Facts{nlFacts(), xixFacts(), iosFacts(), srpFacts()} {
		l, err := Build(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range f.Kind.Languages() {
			name := f.Kind.String() + "-" + lang.String()
			t.Run(name, func(t *testing.T) {
				got, err := l.Render(lang)
				if err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				b.WriteString(got)
				b.WriteString("\n-- explanation --\n")
				for _, s := range l.Explanation() {
					b.WriteString(s.String())
					b.WriteByte('\n')
				}
				b.WriteString("-- assurance: " + l.Assurance.String() + "\n")
				path := filepath.Join("testdata", name+".golden")
				if *update {
					if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./letters/ -update)", err)
				}
				if b.String() != string(want) {
					t.Errorf("%s differs from the golden file; got:\n%s", path, b.String())
				}
			})
		}
	}
}

func TestCheckFindings(t *testing.T) {
	type want struct {
		id      string
		problem Problem
		article string // part of the citation the finding must carry
	}
	sunday := nlFacts()
	sunday.Received = d(2025, 6, 1) // Sunday; day 14 is Sunday 15 June → Monday 16 June (Atw art. 1)
	iosOK, _ := Build(iosFacts())
	noForm := iosOK.Stated()
	noForm.Mentions = []string{ElemServed, ElemEvidence} // the answer form is left out
	srpOK, _ := Build(srpFacts())
	noChapter := srpOK.Stated()
	noChapter.Mentions = []string{ElemServed, ElemCourt}
	for _, c := range []struct {
		name  string
		facts Facts
		st    Stated
		want  []want
	}{
		{"NL correct letter", nlFacts(), Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromReceipt,
			Costs: nullDec("181.50"), VATIncluded: true, VATStatement: true}, nil},
		// "binnen 14 dagen na dagtekening": sent 4 April + 14 = 18 April,
		// before the correct 22 April (HR 2016:2704).
		{"NL 14 days from the sending day", nlFacts(), Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromSending,
			Costs: nullDec("181.50"), VATIncluded: true, VATStatement: true}, []want{{ElemTerm, Wrong, "ECLI:NL:HR:2016:2704"}}},
		// Costs 181.50 including VAT but no statement: Besluit BIK art. 2 lid 3.
		{"NL costs with VAT, no statement", nlFacts(), Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromReceipt,
			Costs: nullDec("181.50"), VATIncluded: true}, []want{{ElemVAT, Missing, "art. 2 lid 3"}}},
		// The letter names Sunday 15 June; the term runs to Monday 16 June.
		{"NL term ending on a Sunday", sunday, Stated{Principal: nullDec("1000"), TermEnd: d(2025, 6, 15),
			Costs: nullDec("181.50"), VATIncluded: true, VATStatement: true}, []want{{ElemTermEnd, Wrong, "ECLI:NL:HR:2016:2704"}}},
		{"NL no costs stated", nlFacts(), Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromReceipt},
			[]want{{ElemCosts, Missing, "art. 6:96 lid 6"}}},
		{"IOS without the answer form", iosFacts(), noForm, []want{{ElemAnswerForm, Missing, "art. 1394/21"}}},
		{"SRP without the chapter", srpFacts(), noChapter, []want{{ElemChapter, Missing, "art. 1339"}}},
		// Book XIX: "14 dagen na de datum van deze brief": 3 + 13 = 16 March
		// < 19 March.
		{"XIX term from the letter date", xixFacts(), Stated{Principal: nullDec("400"), DueDate: d(2025, 2, 28), TermDays: 14, TermFrom: TermFromLetterDate,
			Costs: nullDec("55"), InterestRate: nullDec("0.08"), Mentions: []string{ElemCreditor, ElemClaim}}, []want{{ElemTerm, Wrong, "art. XIX.2"}}},
		{"XIX fee for the reminder and damages too high", xixFacts(), Stated{Principal: nullDec("400"), DueDate: d(2025, 2, 28), TermDays: 14, TermFrom: TermFromReceipt,
			Costs: nullDec("60"), InterestRate: nullDec("0.08"), ReminderFee: nullDec("7.50"), Mentions: []string{ElemCreditor, ElemClaim}},
			[]want{{ElemCosts, Wrong, "art. XIX.4"}, {ElemFree, Wrong, "art. XIX.2"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep, err := Check(c.facts, c.st)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Findings) != len(c.want) {
				t.Fatalf("findings %v, want %v", rep.Findings, c.want)
			}
			for i, w := range c.want {
				f := rep.Findings[i]
				if f.Element.ID != w.id || f.Problem != w.problem || !strings.Contains(f.Element.Cite.String(), w.article) {
					t.Errorf("finding %d = %s, want %s %s (%s)", i, f, w.id, w.problem, w.article)
				}
				if f.Correct.Kind == vordering.ValueNone && f.Element.Fill != FillMention {
					t.Errorf("finding %s has no correct value", f)
				}
			}
			if rep.OK() != (len(c.want) == 0) {
				t.Errorf("OK() = %v", rep.OK())
			}
		})
	}
}

func TestCheckSentBeforeDefault(t *testing.T) {
	f := nlFacts()
	f.Sent = f.DueDate
	rep, err := Check(f, Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromReceipt, Costs: nullDec("181.50"), VATIncluded: true, VATStatement: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Element.ID != ElemLetterDate {
		t.Errorf("findings %v", rep.Findings)
	}
	if _, err := Build(f); !errors.Is(err, vordering.ErrInvalidInput) || !strings.Contains(err.Error(), "Facts.Sent") {
		t.Errorf("Build: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	noDue := nlFacts()
	noDue.DueDate = date.Date{}
	wrongCountry := iosFacts()
	wrongCountry.Country = vordering.NL
	iosConsumer := iosFacts()
	iosConsumer.Debtor.Kind = vordering.Consumer
	noCourt := srpFacts()
	noCourt.Court = ""
	rate := xixFacts()
	rate.InterestRate = decimal.RequireFromString("0.5") // above the cap (11.5 % on 20 March 2025)
	for _, c := range []struct {
		name, field string
		f           Facts
	}{
		{"no due date", "Facts.DueDate", noDue},
		{"a letter of the other country", "Facts.Kind", wrongCountry},
		{"IOS against a consumer", "Facts.Debtor.Kind", iosConsumer},
		{"SRP without a court", "Facts.Court", noCourt},
		{"interest above the XIX.4 cap", "Facts.InterestRate", rate},
	} {
		_, err := Build(c.f)
		var ie *vordering.InputError
		if !errors.As(err, &ie) || ie.Field != c.field || !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s: %v, want an InputError on %s", c.name, err, c.field)
		}
	}
	if _, err := (Letter{}).Render(Dutch); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("zero letter: %v", err)
	}
	l, _ := Build(nlFacts())
	if _, err := l.Render(French); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("NL letter in French: %v", err)
	}
}

func TestConfidencePolicy(t *testing.T) {
	early := nlFacts()
	early.Sent, early.DueDate = d(2012, 3, 1), d(2012, 2, 1) // before the 14-day letter existed (1 July 2012)
	if _, err := Build(early); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("NL 2012: %v", err)
	}
	xix := xixFacts()
	xix.Sent, xix.DueDate, xix.ContractConcluded = d(2023, 6, 1), d(2023, 5, 1), date.Date{} // before Book XIX
	if _, err := Build(xix); !errors.Is(err, vordering.ErrNoRuleInForce) {
		t.Errorf("XIX 2023: %v", err)
	}
	// The SRP amount element is one-source: a policy that wants two
	// sources refuses it with the row's level.
	_, err := Rules{Policy: vordering.Policy{Minimum: vordering.TwoSources}}.Build(srpFacts())
	var nr *vordering.NoRuleError
	if !errors.As(err, &nr) || nr.Found != vordering.OneSource {
		t.Errorf("SRP under two-sources: %v", err)
	}
	// Without that policy the answer is provisional and names the element.
	l, err := Build(srpFacts())
	if err != nil || !l.Assurance.Provisional || len(l.Assurance.Weakest) == 0 {
		t.Errorf("SRP assurance %v, %v", l.Assurance, err)
	}
	if _, err := (Rules{Policy: vordering.Policy{Minimum: 99}}).Build(nlFacts()); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad policy: %v", err)
	}
}

func TestRequirementsFresh(t *testing.T) {
	for _, k := range Kinds() {
		a := Requirements(k)
		if len(a) == 0 {
			t.Fatalf("%s: no elements", k)
		}
		want := a[0].Sources
		a[0].What, a[0].Cite.Article = "changed", "changed"
		if len(a[0].Sources) > 0 {
			a[0].Sources[0] = "changed"
		}
		b := Requirements(k)
		if b[0].What == "changed" || b[0].Cite.Article == "changed" || (len(want) > 0 && b[0].Sources[0] == "changed") {
			t.Errorf("%s: Requirements shares memory with its callers", k)
		}
		for _, e := range b {
			if e.Cite.IsZero() || !e.Known.Valid() || !e.Fill.Valid() || e.Sanction == "" {
				t.Errorf("%s/%s: incomplete element %+v", k, e.ID, e)
			}
		}
	}
	if Requirements(0) != nil {
		t.Error("Requirements(0) is not nil")
	}
}

func TestRulebook(t *testing.T) {
	rb := Rulebook()
	if len(rb) != len(Kinds()) {
		t.Fatalf("%d tables", len(rb))
	}
	for _, tb := range rb {
		for _, r := range tb.Rows {
			if len(r.Cells) != len(tb.Columns) || r.Cite.IsZero() || !tb.Level(r).Valid() {
				t.Errorf("%s: bad row %+v", tb.Title, r)
			}
		}
	}
}

func TestTemplates(t *testing.T) {
	l, _ := Build(nlFacts())
	// A template that leaves out the costs and the VAT statement.
	tp, err := ParseTemplate("short", `{{.Text "letter-date"}} {{.Text "principal"}} {{.Text "term"}}`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.RenderWith(tp, Dutch)
	var me *MissingError
	if !errors.As(err, &me) || !errors.Is(err, vordering.ErrInvalidInput) || len(me.Missing) != 2 || me.Missing[0].ID != ElemCosts || me.Missing[1].ID != ElemVAT {
		t.Errorf("short template: %v", err)
	}
	// A template over every element passes.
	all, _ := ParseTemplate("all", `{{range .Elements}}{{.What}}: {{.Text}}
{{end}}`)
	if _, err := l.RenderWith(all, Dutch); err != nil {
		t.Error(err)
	}
	if _, err := ParseTemplate("bad", "{{"); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad template: %v", err)
	}
	if _, ok := DefaultTemplate(NLFourteenDayLetter, French); ok {
		t.Error("a French template for the Dutch letter")
	}
	for _, k := range Kinds() {
		for _, lang := range k.Languages() {
			if _, ok := DefaultTemplate(k, lang); !ok {
				t.Errorf("no default template %s %s", k, lang)
			}
		}
	}
}

func TestOwnStatementChecksClean(t *testing.T) {
	for _, f := range []Facts{nlFacts(), xixFacts(), iosFacts(), srpFacts()} {
		l, err := Build(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Check(f, l.Stated())
		if err != nil || len(rep.Findings) != 0 {
			t.Errorf("%s: %v %v", f.Kind, rep.Findings, err)
		}
	}
}

func TestEnums(t *testing.T) {
	for _, k := range Kinds() {
		b, err := k.MarshalText()
		var k2 Kind
		if err != nil || k2.UnmarshalText(b) != nil || k2 != k {
			t.Errorf("kind %s round trip", k)
		}
	}
	var k Kind
	if k.UnmarshalText([]byte("x")) == nil || Kind(9).String() != "Kind(9)" {
		t.Error("bad kind accepted")
	}
	for _, l := range []Language{Dutch, French} {
		b, _ := l.MarshalText()
		var l2 Language
		if l2.UnmarshalText(b) != nil || l2 != l {
			t.Errorf("language %s round trip", l)
		}
	}
	for f := FillMention; f <= FillText; f++ {
		b, _ := f.MarshalText()
		var f2 Fill
		if f2.UnmarshalText(b) != nil || f2 != f {
			t.Errorf("fill %s round trip", f)
		}
	}
	for p := Missing; p <= Lower; p++ {
		b, _ := p.MarshalText()
		var p2 Problem
		if p2.UnmarshalText(b) != nil || p2 != p {
			t.Errorf("problem %s round trip", p)
		}
	}
}

func TestFormat(t *testing.T) {
	// Dutch and Belgian usage: a point between thousands, a comma before cents.
	for v, want := range map[string]string{"0": "EUR 0,00", "40": "EUR 40,00", "1234.5": "EUR 1.234,50", "1000000": "EUR 1.000.000,00", "-12.3": "EUR -12,30"} {
		if got := fmtMoney(decimal.RequireFromString(v)); got != want {
			t.Errorf("fmtMoney(%s) = %s, want %s", v, got, want)
		}
	}
	if fmtDate(French, d(2025, 8, 1)) != "1 août 2025" || fmtRate(decimal.RequireFromString("0.115")) != "11,5 %" {
		t.Error("format")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	l, err := Build(xixFacts())
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back Letter
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.TermEnd.Equal(l.TermEnd) || len(back.Elements) != len(l.Elements) || !back.Costs.Equal(l.Costs) {
		t.Errorf("round trip: %+v", back)
	}
	if err := json.Unmarshal([]byte(`{"kind":"be-ios-summons","sent":"2025-02-30"}`), new(Facts)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad date: %v", err)
	}
}
