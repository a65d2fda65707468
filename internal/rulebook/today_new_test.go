package rulebook

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/letters"
	"github.com/vordering/vordering/procedure"
	"github.com/vordering/vordering/procedure/routes"
)

// TestNewQuestionsToday asks the questions this release added on
// 2026-11-28 (a Saturday) under the default policy, and prints what each
// answers with its assurance: a statement of account, an invoice total, a
// letter of each country, the earliest writ day and a lenient plan. Each
// must answer and say how sure it is.
func TestNewQuestionsToday(t *testing.T) {
	today := date.New(2026, 11, 28)
	claim := func(c vordering.Country) costs.Ledger {
		return costs.Ledger{
			Claims: []costs.LedgerClaim{{ID: "F1", Kind: costs.Statutory, Principal: vordering.Euros(1000),
				Date: date.New(2025, 10, 1), Due: date.New(2025, 10, 31), InterestFrom: date.New(2025, 11, 1)}},
			Payments: []costs.LedgerPayment{{Date: date.New(2026, 3, 2), Amount: vordering.Euros(300)}},
		}
	}
	type answer struct {
		what string
		a    vordering.Assurance
		err  error
	}
	var got []answer
	for _, c := range vordering.Countries() {
		s, err := costs.Statement(c, claim(c), today)
		got = append(got, answer{c.String() + " statement, balance " + s.Totals.Balance.Total.StringFixed(2), s.Assurance, err})
		w, err := deadlines.EarliestWritDay(c, today)
		got = append(got, answer{c.String() + " earliest writ day " + w.Date.String(), vordering.Assurance{Level: w.Known, Provisional: w.Known < vordering.Settled}, err})
	}
	inv, err := costs.InvoiceTotal(vordering.NL, costs.LedgerClaim{ID: "F1", Kind: costs.Commercial, Principal: vordering.Euros(1000),
		Date: date.New(2026, 6, 1), Due: date.New(2026, 7, 1), InterestFrom: date.New(2026, 7, 2)}, nil, today)
	got = append(got, answer{"NL invoice total " + inv.Total.StringFixed(2), inv.Assurance, err})
	for _, f := range []letters.Facts{
		{Country: vordering.NL, Kind: letters.NLFourteenDayLetter, Creditor: letters.Party{Name: "C BV", Kind: vordering.Enterprise},
			Debtor: letters.Party{Name: "D", Kind: vordering.Consumer}, Claim: "F1", Principal: vordering.Euros(1000),
			DueDate: date.New(2026, 10, 31), Sent: today},
		{Country: vordering.BE, Kind: letters.BEFirstReminder, Creditor: letters.Party{Name: "C NV", Number: "0123.456.789", Kind: vordering.Enterprise},
			Debtor: letters.Party{Name: "D", Kind: vordering.Consumer}, Claim: "F1", Principal: vordering.Euros(1000),
			DueDate: date.New(2026, 10, 31), Sent: today},
	} {
		l, err := letters.Build(f)
		got = append(got, answer{f.Kind.String() + " term end " + l.TermEnd.String(), l.Assurance, err})
	}
	c := procedure.Case{Country: vordering.BE,
		Creditor: procedure.Party{Name: "C", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "D", Kind: vordering.Consumer, Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "F1", Date: date.New(2026, 9, 1), DueDate: date.New(2026, 10, 1), Principal: vordering.Euros(1200)}}}
	p, err := procedure.Planner{Lenient: true}.Next(c, today)
	got = append(got, answer{"BE lenient plan", p.Assurance, err})

	// A municipality's Awb money debt: aanmaning 19 October, dwangbevel 9
	// November; today the bailiff's service is next.
	nl := procedure.Case{Country: vordering.NL,
		Creditor: procedure.Party{Name: "Gemeente", Kind: vordering.PublicBody},
		Debtor:   procedure.Party{Name: "D", Kind: vordering.Consumer, Domicile: "NL"},
		Invoices: []procedure.Invoice{{Number: "B1", Date: date.New(2026, 9, 1), DueDate: date.New(2026, 10, 13), Principal: vordering.Euros(650)}},
		Acts:     []procedure.Act{{Kind: procedure.ActAdminReminder, Date: date.New(2026, 10, 19)}, {Kind: procedure.ActDwangbevel, Date: date.New(2026, 11, 9)}},
		Public:   procedure.PublicClaim{Basis: procedure.PublicNLAwb, DwangbevelPower: true}}
	p, err = procedure.Next(nl, today)
	if err == nil && p.Recommended >= 0 {
		r := p.Steps[p.Recommended]
		got = append(got, answer{"NL Awb plan: " + r.Act.String() + " " + r.Earliest.String(), p.Assurance, err})
	} else {
		got = append(got, answer{"NL Awb plan: none", p.Assurance, err})
	}
	// A Flemish municipality's dwangbevel served Monday 2 November.
	be := procedure.Case{Country: vordering.BE,
		Creditor: procedure.Party{Name: "Gemeente", Kind: vordering.PublicBody},
		Debtor:   procedure.Party{Name: "D", Kind: vordering.Consumer, Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "R1", Date: date.New(2026, 9, 1), DueDate: date.New(2026, 10, 1), Principal: vordering.Euros(420)}},
		Acts: []procedure.Act{{Kind: procedure.ActAdminReminder, Date: date.New(2026, 10, 12)}, {Kind: procedure.ActDwangbevel, Date: date.New(2026, 10, 26)},
			{Kind: procedure.ActService, Date: date.New(2026, 11, 2)}},
		Public: procedure.PublicClaim{Basis: procedure.PublicBELocal, Region: procedure.RegionFlanders}}
	p, err = procedure.Next(be, today)
	opp := "none"
	for _, m := range p.DebtorMoves {
		if m.Act == procedure.ActAdminOpposition {
			opp = m.Latest.String()
		}
	}
	got = append(got, answer{"BE dwangbevel plan, opposition until " + opp, p.Assurance, err})
	// The aanmaning fee today: the amounts from 1 January 2026 were not
	// found, so the answer is an error that says so.
	if _, _, _, err := routes.AwbReminderFee(today, vordering.Euros(650), date.New(2026, 9, 1)); !errors.Is(err, vordering.ErrNoRuleInForce) || !strings.Contains(err.Error(), "39855") {
		t.Errorf("aanmaning fee today: %v, want no rule in force naming Stcrt. 2025, 39855", err)
	}

	// Hand computations (2026-11-28 is a Saturday):
	//   - NL writ day: art. 64 Rv allows a Saturday; BE: Saturday avoided,
	//     Sunday closed, so Monday 30 November (art. 47 Ger.W.).
	//   - NL 14-day letter sent Saturday: receipt presumed on the second day
	//     after sending, Sundays and Mondays not counted: Wednesday 2
	//     December; 14 days from the next day: 16 December (HR 25.11.2016).
	//   - BE Book XIX reminder on paper: the 14 days start on the third
	//     working day after sending (30 Nov, 1 and 2 Dec): 2 December + 13
	//     = 15 December.
	//   - NL statement: 6 % (2025) on 1000 for 61 days = 10.03, 4 % (2026)
	//     for 61 days to 2 March = 6.68; the 300 paid go to those 16.71 first
	//     (art. 6:44 BW), principal 716.71; 4 % for 243 days to 31 October =
	//     19.09, added to the base on the first anniversary (art. 6:119 lid 2
	//     BW): 735.80; 28 days of November = 2.26; balance 738.06.
	//   - BE statement: 4.5 % both years, simple: 7.52 + 7.52 = 15.04 paid
	//     first (art. 5.210 BW), principal 715.04; 271 days to 28 November
	//     = 23.89; balance 738.93.
	//   - NL invoice total: handelsrente 10.40 % (2026 H2) for the 150 days
	//     from 2 July = 42.74; total 1042.74.
	//   - NL Awb: the dwangbevel of 9 November is served by a bailiff (art.
	//     4:123 Awb), on Saturday 28 November (art. 64 Rv allows it); the
	//     plan's weakest row is the 2026 bailiff tariff (one source).
	//   - BE dwangbevel served Monday 2 November: opposition within a month,
	//     until Wednesday 2 December (art. 177 Decreet lokaal bestuur; one
	//     source per region).
	//   - The levels are those of the rows in force (RULES.md); the BE
	//     reminder reads the 2026 H2 late-payment rate, derived; a plan
	//     that moved a Belgian writ is one-source.
	want := map[string]vordering.Confidence{
		"BE statement, balance 738.93":                    vordering.TwoSources,
		"BE earliest writ day 2026-11-30":                 vordering.OneSource,
		"NL statement, balance 738.06":                    vordering.TwoSources,
		"NL earliest writ day 2026-11-28":                 vordering.TwoSources,
		"NL invoice total 1042.74":                        vordering.TwoSources,
		"nl-14-day-letter term end 2026-12-16":            vordering.TwoSources,
		"be-first-reminder term end 2026-12-15":           vordering.Derived,
		"BE lenient plan":                                 vordering.OneSource,
		"NL Awb plan: service 2026-11-28":                 vordering.OneSource,
		"BE dwangbevel plan, opposition until 2026-12-02": vordering.OneSource,
	}
	for _, g := range got {
		if w, ok := want[g.what]; !ok || g.a.Level != w {
			t.Errorf("%s (%s): not the answer or level computed by hand", g.what, g.a)
		}
		if g.err != nil {
			t.Errorf("%s: %v", g.what, g.err)
			continue
		}
		if g.a.Level == 0 || g.a.Provisional != (g.a.Level < vordering.Settled) {
			t.Errorf("%s: assurance %+v does not say how sure it is", g.what, g.a)
		}
		t.Logf("%s: %s", g.what, g.a)
	}
}
