package letters

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// FuzzBuildCheck builds, renders and checks letters from arbitrary facts.
// Invariants: no panic; every error wraps ErrInvalidInput or
// ErrNoRuleInForce; a built letter has its term after the sending day,
// carries the text of every required element in each of its languages,
// renders with the default templates, and checks clean against its own
// statements; checking arbitrary statements never fails on facts that
// build, and every finding names a cited element.
func FuzzBuildCheck(f *testing.F) {
	f.Add(uint8(1), int64(100000), int32(20180), int32(4), uint8(0), int32(14), int8(1), int64(18150))
	f.Add(uint8(2), int64(40000), int32(20150), int32(3), uint8(5), int32(14), int8(2), int64(5500))
	f.Add(uint8(3), int64(500000), int32(20150), int32(30), uint8(2), int32(0), int8(0), int64(0))
	f.Add(uint8(4), int64(145000), int32(20150), int32(21), uint8(1), int32(15), int8(4), int64(0))
	f.Fuzz(func(t *testing.T, kind uint8, cents int64, due int32, gap int32, flags uint8, days int32, from int8, statedCents int64) {
		k := Kind(kind%5 + 0)
		c := k.Country()
		if flags&64 != 0 {
			c = vordering.Country(flags % 4)
		}
		debtor := vordering.Consumer
		if k == BEIOSSummons {
			debtor = vordering.Enterprise
		}
		if flags&128 != 0 {
			debtor = vordering.PartyKind(flags % 5)
		}
		fc := Facts{Country: c, Kind: k, Creditor: Party{Name: "C", Number: "0123.456.789"}, Debtor: Party{Name: "D", Kind: debtor},
			Claim: "F-1", Principal: decimal.New(cents, -2), DueDate: date.Date{}.Add(date.PeriodOfDays(due)), Sent: date.Date{}.Add(date.PeriodOfDays(due + gap%400)),
			Electronic: flags&1 != 0, AddVAT: flags&2 != 0, DamagesAgreed: flags&4 != 0, FlatCompensation: flags&8 != 0,
			Court: "de vrederechter"}
		if flags&16 != 0 {
			fc.InterestRate = decimal.New(int64(flags), -3)
		}
		if flags&32 != 0 {
			fc.Received = fc.Sent.Add(date.PeriodOfDays(days % 10))
		}
		st := Stated{Principal: decimal.NullDecimal{Decimal: fc.Principal, Valid: flags&1 == 0}, TermDays: int(days % 100),
			TermFrom: TermFrom(uint8(from) % 6), TermEnd: fc.Sent.Add(date.PeriodOfDays(days % 60)),
			Costs: decimal.NullDecimal{Decimal: decimal.New(statedCents, -2), Valid: statedCents != 0}, VATIncluded: flags&2 != 0,
			Mentions: []string{ElemEvidence, ElemCreditor}}
		okErr := func(err error) {
			if err != nil && !errors.Is(err, vordering.ErrInvalidInput) && !errors.Is(err, vordering.ErrNoRuleInForce) {
				t.Fatalf("unexpected error %v", err)
			}
		}
		rep, cerr := Check(fc, st)
		okErr(cerr)
		if cerr == nil {
			for _, fd := range rep.Findings {
				if fd.Element.Cite.IsZero() || fd.Reason == "" {
					t.Fatalf("uncited finding %v", fd)
				}
			}
		}
		l, err := Build(fc)
		okErr(err)
		if err != nil {
			return
		}
		if !l.TermEnd.After(fc.Sent) || l.TermStart.Before(fc.Sent) || !l.Assurance.Level.Valid() {
			t.Fatalf("term %s..%s for a letter sent %s", l.TermStart, l.TermEnd, fc.Sent)
		}
		for _, lang := range k.Languages() {
			for _, e := range l.Elements {
				if e.Element.Required && strings.TrimSpace(e.Text.In(lang)) == "" {
					t.Fatalf("%s: empty text for %s", lang, e.Element.ID)
				}
			}
			if _, err := l.Render(lang); err != nil {
				t.Fatalf("default template %s: %v", lang, err)
			}
		}
		own, err := Check(fc, l.Stated())
		if err != nil || !own.OK() || len(own.Findings) != 0 {
			t.Fatalf("own statements: %v %v", own.Findings, err)
		}
	})
}
