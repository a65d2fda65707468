package costs

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

type wantAlloc struct {
	payment                  int
	claim                    string
	costs, interest, princip string
	basis                    ImputationBasis
}

type wantClaim struct {
	id                string
	interest, balance string
}

// threeClaims are the NL claims of several cases: agreed fixed rates, all
// due on 31 December 2023 with interest from 1 January 2024.
func threeClaims(t *testing.T) []LedgerClaim {
	return []LedgerClaim{
		{ID: "A", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2024-01-01"), Rate: LedgerRate{Fixed: tNull(t, "0.10")}},
		{ID: "B", Kind: Statutory, Principal: tDec(t, "500"), InterestFrom: tDay(t, "2024-01-01"), Rate: LedgerRate{Fixed: tNull(t, "0.05")}},
		{ID: "C", Kind: Statutory, Principal: tDec(t, "300"), InterestFrom: tDay(t, "2024-01-01"), Rate: LedgerRate{Fixed: tNull(t, "0.20")}},
	}
}

func TestStatementCases(t *testing.T) {
	cases := []struct {
		name    string
		c       vordering.Country
		claims  []LedgerClaim
		pays    []LedgerPayment
		asOf    string
		opts    StatementOptions
		allocs  []wantAlloc
		claimsW []wantClaim
		caps    map[string][]string // claim → capitalisation days
		balance string
		over    string
		cite    string // a citation every allocation's rule must contain, if set
	}{
		{
			// A payment designated to two claims, B then A (art. 6:43 lid 1
			// BW); each claim costs, interest, principal (art. 6:44). Hand
			// computation, 365-day year, 1.1.–31.3.2024 is 91 days:
			//   B: 500 × 5 % × 91/365 = 6.23; owes 506.23, paid in full
			//   A: 1000 × 10 % × 91/365 = 24.93; the 693.77 left pays 24.93
			//      interest and 668.84 principal; base 331.16;
			//      331.16 × 10 % × 275/365 = 24.95 (1.4.–31.12.2024)
			//   C: 300 × 20 % × 366/365 = 60.16
			//   balance 356.11 + 0 + 360.16 = 716.27
			name: "NL designated to two claims", c: vordering.NL, claims: threeClaims(t),
			pays: []LedgerPayment{{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "1200"), Designation: []string{"B", "A"}}},
			asOf: "2024-12-31",
			allocs: []wantAlloc{
				{0, "B", "0", "6.23", "500", BasisDesignated},
				{0, "A", "0", "24.93", "668.84", BasisDesignated},
			},
			claimsW: []wantClaim{{"A", "49.88", "356.11"}, {"B", "6.23", "0"}, {"C", "60.16", "360.16"}},
			balance: "716.27", over: "0",
		},
		{
			// No designation: all three are due and equally old, so the most
			// onerous comes first (art. 6:43 lid 2 BW), ranked by rate: C
			// (20 %), then A (10 %), then B (5 %). On 31.3.2024:
			//   C owes 300 + 300 × 20 % × 91/365 (14.96) = 314.96, paid
			//   A: the 85.04 left pays 24.93 interest and 60.11 principal;
			//      939.89 × 10 % × 275/365 = 70.81
			//   B: 500 × 5 % × 366/365 = 25.07
			//   balance 1,010.70 + 525.07 = 1,535.77
			name: "NL most onerous first", c: vordering.NL, claims: threeClaims(t),
			pays: []LedgerPayment{{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "400")}},
			asOf: "2024-12-31",
			allocs: []wantAlloc{
				{0, "C", "0", "14.96", "300", BasisOnerous},
				{0, "A", "0", "24.93", "60.11", BasisOnerous},
			},
			claimsW: []wantClaim{{"A", "95.74", "1010.70"}, {"B", "25.07", "525.07"}, {"C", "14.96", "0"}},
			balance: "1535.77", over: "0", cite: "6:43 lid 2",
		},
		{
			// The caller treats the claims as equally onerous
			// (OnerousEqual); they are equally old, so the 400 is shared
			// pro rata to what each owes on 31.3.2024 (art. 6:43 lid 2,
			// last sentence): A 1,024.93, B 506.23, C 314.96, total
			// 1,846.12:
			//   A 400 × 1,024.93/1,846.12 = 222.0722 → 222.07
			//   B 400 ×   506.23/1,846.12 = 109.6852 → 109.68 (+0.01, the
			//     largest remainder) = 109.69
			//   C 400 ×   314.96/1,846.12 =  68.2426 →  68.24
			name: "NL pro rata", c: vordering.NL, claims: threeClaims(t),
			pays: []LedgerPayment{{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "400")}},
			asOf: "2024-03-31", opts: StatementOptions{Onerous: OnerousEqual},
			allocs: []wantAlloc{
				{0, "A", "0", "24.93", "197.14", BasisProRata},
				{0, "B", "0", "6.23", "103.46", BasisProRata},
				{0, "C", "0", "14.96", "53.28", BasisProRata},
			},
			balance: "1446.12", over: "0",
		},
		{
			// The statutory rate plus 2 % from 1 July 2024 (agreed rate,
			// simple interest): 1,000 from 1.1.2024, NL statutory 7 % in
			// 2024:
			//   1,000 × 7 % × 182/365 = 34.90 (1.1.–30.6.2024)
			//   1,000 × 9 % × 184/365 = 45.37 (1.7.–31.12.2024)
			name: "NL statutory rate plus surcharge", c: vordering.NL,
			claims: []LedgerClaim{{ID: "S", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2024-01-01"),
				Rate: LedgerRate{Surcharge: tNull(t, "0.02"), SurchargeFrom: tDay(t, "2024-07-01")}}},
			asOf:    "2024-12-31",
			claimsW: []wantClaim{{"S", "80.27", "1080.27"}},
			balance: "1080.27", over: "0",
		},
		{
			// Interest from 29 February 2024 (NL statutory, compounding):
			// the year ends on 28 February 2025, as in TestInterestWorkedCases
			// ("NL year from 29 February"): 58.88 + 9.70, capitalised
			// 2025-02-28 to 1,068.58, then 5.45; total 74.03.
			name: "NL 29 February start", c: vordering.NL,
			claims:  []LedgerClaim{{ID: "L", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2024-02-29")}},
			asOf:    "2025-03-31",
			claimsW: []wantClaim{{"L", "74.03", "1074.03"}},
			caps:    map[string][]string{"L": {"2025-02-28"}},
			balance: "1074.03", over: "0",
		},
		{
			// Compounding across three years of interest from 1 March 2022
			// (art. 6:119 lid 2 BW), NL statutory. As in the Interest case
			// "NL year from 1 March across 29 February" up to 29.2.2024
			// (16.77 + 6.47, capitalised 28.2.2023 to 1,023.24; 13.68 +
			// 30.95 + 11.77, capitalised 29.2.2024 to 1,079.64), then:
			//   1,079.64 × 7 % × 306/365 = 63.36 (1.3.–31.12.2024)
			//   1,079.64 × 6 % ×  59/365 = 10.47 (1.1.–28.2.2025)
			//   capitalised 28.2.2025: 1,079.64 + 73.83 = 1,153.47
			//   1,153.47 × 6 % ×  31/365 =  5.88 (1.3.–31.3.2025)
			//   interest 159.35, balance 1,159.35
			name: "NL compounding over several years", c: vordering.NL,
			claims:  []LedgerClaim{{ID: "K", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2022-03-01")}},
			asOf:    "2025-03-31",
			claimsW: []wantClaim{{"K", "159.35", "1159.35"}},
			caps:    map[string][]string{"K": {"2023-02-28", "2024-02-29", "2025-02-28"}},
			balance: "1159.35", over: "0",
		},
		{
			// A payment that overpays: 1,000 at 10 % from 1.1.2024 owes
			// 1,000 + 24.93 (91 days) on 31.3.2024; 1,500 leaves 475.07.
			name: "NL overpayment", c: vordering.NL,
			claims:  []LedgerClaim{{ID: "O", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2024-01-01"), Rate: LedgerRate{Fixed: tNull(t, "0.10")}}},
			pays:    []LedgerPayment{{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "1500")}},
			asOf:    "2024-12-31",
			allocs:  []wantAlloc{{0, "O", "0", "24.93", "1000", BasisOnly}},
			claimsW: []wantClaim{{"O", "24.93", "0"}},
			balance: "0", over: "475.07",
		},
		{
			// Belgium, two claims at an agreed 8 % (simple): A arose on
			// 30.6.2022 (old Civil Code, art. 64 Wet 28.4.2022), B on
			// 30.6.2023 (Book 5). Equal rates, so the oldest, A, first
			// (art. 1256 old Civil Code). On 31.1.2024:
			//   A: 1,000 × 8 % × 365/365 = 80.00 (1.7.2022–30.6.2023)
			//      1,000 × 8 % × 215/365 = 47.12 (1.7.2023–31.1.2024)
			//      the 500 pays 127.12 interest (art. 1254), 372.88 principal
			//      627.12 × 8 % × 151/365 = 20.76 (1.2.–30.6.2024)
			//   B: 2,000 × 8 % × 366/365 = 160.44 (1.7.2023–30.6.2024)
			//   balance 647.88 + 2,160.44 = 2,808.32
			name: "BE oldest first, old Civil Code", c: vordering.BE,
			claims: []LedgerClaim{
				{ID: "A", Kind: Statutory, Principal: tDec(t, "1000"), InterestFrom: tDay(t, "2022-07-01"), Rate: LedgerRate{Fixed: tNull(t, "0.08")}},
				{ID: "B", Kind: Statutory, Principal: tDec(t, "2000"), InterestFrom: tDay(t, "2023-07-01"), Rate: LedgerRate{Fixed: tNull(t, "0.08")}},
			},
			pays:    []LedgerPayment{{Date: tDay(t, "2024-01-31"), Amount: tDec(t, "500")}},
			asOf:    "2024-06-30",
			allocs:  []wantAlloc{{0, "A", "0", "127.12", "372.88", BasisOldest}},
			claimsW: []wantClaim{{"A", "147.88", "647.88"}, {"B", "160.44", "2160.44"}},
			balance: "2808.32", over: "0", cite: "art. 1256",
		},
		{
			// Belgium, Book 5: legal interest 5.75 % in 2024, costs 100; a
			// payment goes to costs, then interest (art. 5.210), then
			// principal. 1.1.–1.7.2024 is 183 days:
			//   1,000 × 5.75 % × 183/365 = 28.83; the 150 pays 100 costs,
			//   28.83 interest, 21.17 principal; 978.83 × 5.75 % × 183/365
			//   = 28.22 (2.7.–31.12.2024)
			name: "BE costs, interest, principal", c: vordering.BE,
			claims: []LedgerClaim{{ID: "F1", Kind: Statutory, Principal: tDec(t, "1000"), Costs: tDec(t, "100"),
				Date: tDay(t, "2023-11-30"), InterestFrom: tDay(t, "2024-01-01")}},
			pays:    []LedgerPayment{{Date: tDay(t, "2024-07-01"), Amount: tDec(t, "150")}},
			asOf:    "2024-12-31",
			allocs:  []wantAlloc{{0, "F1", "100", "28.83", "21.17", BasisOnly}},
			claimsW: []wantClaim{{"F1", "57.05", "1007.05"}},
			balance: "1007.05", over: "0", cite: "5.209",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := StatementWith(c.c, Ledger{Claims: c.claims, Payments: c.pays}, tDay(t, c.asOf), c.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []wantAlloc
			for _, p := range res.Payments {
				for _, a := range p.Allocations {
					got = append(got, wantAlloc{p.Index, a.Claim, a.ToCosts.String(), a.ToInterest.String(), a.ToPrincipal.String(), a.Basis})
					if c.cite != "" && !strings.Contains(res.allocationCite(res.claim(a.Claim), a.Basis).Article, c.cite) {
						t.Errorf("allocation to %s cites %v, want %q", a.Claim, res.allocationCite(res.claim(a.Claim), a.Basis), c.cite)
					}
				}
			}
			if len(got) != len(c.allocs) {
				t.Fatalf("allocations %v, want %v", got, c.allocs)
			}
			for i := range got {
				w := c.allocs[i]
				g := got[i]
				if g.payment != w.payment || g.claim != w.claim || g.basis != w.basis ||
					!tDec(t, g.costs).Equal(tDec(t, w.costs)) || !tDec(t, g.interest).Equal(tDec(t, w.interest)) || !tDec(t, g.princip).Equal(tDec(t, w.princip)) {
					t.Errorf("allocation %d = %v, want %v", i, g, w)
				}
			}
			for _, w := range c.claimsW {
				cs := res.claim(w.id)
				if !cs.Interest.Equal(tDec(t, w.interest)) || !cs.Balance.Total.Equal(tDec(t, w.balance)) {
					t.Errorf("claim %s: interest %s balance %s, want %s %s", w.id, cs.Interest, cs.Balance.Total, w.interest, w.balance)
				}
			}
			for id, days := range c.caps {
				cs := res.claim(id)
				var gd []string
				for _, cp := range cs.Capitalisations {
					gd = append(gd, cp.Date.String())
				}
				if strings.Join(gd, ",") != strings.Join(days, ",") {
					t.Errorf("claim %s capitalised on %v, want %v", id, gd, days)
				}
			}
			if !res.Totals.Balance.Total.Equal(tDec(t, c.balance)) || !res.Totals.Overpaid.Equal(tDec(t, c.over)) {
				t.Errorf("balance %s overpaid %s, want %s %s", res.Totals.Balance.Total, res.Totals.Overpaid, c.balance, c.over)
			}
			checkReconciles(t, res)
		})
	}
}

// checkReconciles checks the totals: principal + costs + interest =
// balance + applied; paid = applied + overpaid; no negative figure.
func checkReconciles(t testing.TB, res StatementResult) {
	t.Helper()
	tot := res.Totals
	if l, r := tot.Principal.Add(tot.Costs).Add(tot.Interest), tot.Balance.Total.Add(tot.Applied); !l.Equal(r) {
		t.Errorf("principal+costs+interest %s != balance+applied %s", l, r)
	}
	if !tot.Paid.Equal(tot.Applied.Add(tot.Overpaid)) {
		t.Errorf("paid %s != applied %s + overpaid %s", tot.Paid, tot.Applied, tot.Overpaid)
	}
	for _, c := range res.Claims {
		b := c.Balance
		if b.Costs.IsNegative() || b.Interest.IsNegative() || b.Principal.IsNegative() {
			t.Errorf("claim %s negative balance %+v", c.ID, b)
		}
		paid := c.PaidCosts.Add(c.PaidInterest).Add(c.PaidPrincipal)
		if l, r := c.Principal.Add(c.Costs).Sub(c.CostsNotDue).Add(c.Interest), b.Total.Add(paid); !l.Equal(r) {
			t.Errorf("claim %s: principal+costs+interest %s != balance+paid %s", c.ID, l, r)
		}
	}
	for _, p := range res.Payments {
		sum := p.Surplus
		for _, a := range p.Allocations {
			sum = sum.Add(a.Total())
		}
		if !sum.Equal(p.Amount) {
			t.Errorf("payment %d: parts %s != amount %s", p.Index, sum, p.Amount)
		}
	}
}

// TestImputePaymentsLeapYear checks the fix of issue 14 in ImputePayments:
// a debt with interest from 1 March 2022 (From = 28.2.2022) is capitalised
// at the end of 29 February 2024, as in the Interest case "NL year from 1
// March across 29 February": base 1,079.64 from 1.3.2024, then 6.42 to
// 31.3.2024.
func TestImputePaymentsLeapYear(t *testing.T) {
	res, err := ImputePayments(Debt{Country: vordering.NL, Kind: Statutory, Principal: tDec(t, "1000"), From: tDay(t, "2022-02-28")}, nil, tDay(t, "2024-03-31"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Capitalisations) != 2 || res.Capitalisations[1].Date.String() != "2024-02-29" ||
		!res.Final.Principal.Equal(tDec(t, "1079.64")) || !res.Final.Interest.Equal(tDec(t, "6.42")) {
		t.Errorf("caps %v, final %+v; want 2024-02-29, principal 1079.64, interest 6.42", res.Capitalisations, res.Final)
	}
}

func TestStatementInvoiceTotal(t *testing.T) {
	// One invoice: 1,000 at 10 % from 1.1.2024 with costs of 150 owed from
	// 1.7.2024. On 31.3.2024 the costs are not yet owed: 1,000 + 24.93
	// (91 days) = 1,024.93. On 31.7.2024: 1,000 × 10 % × 213/365 = 58.36,
	// plus the costs: 1,208.36.
	claim := LedgerClaim{ID: "INV-1", Kind: Commercial, Principal: tDec(t, "1000"), Costs: tDec(t, "150"),
		Date: tDay(t, "2023-11-30"), CostsDue: tDay(t, "2024-07-01"), InterestFrom: tDay(t, "2024-01-01"), Rate: LedgerRate{Fixed: tNull(t, "0.10")}}
	got, err := InvoiceTotal(vordering.NL, claim, nil, tDay(t, "2024-03-31"))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Total.Equal(tDec(t, "1024.93")) || !got.CostsNotDue.Equal(tDec(t, "150")) || !got.Costs.IsZero() {
		t.Errorf("31.3: %+v", got)
	}
	got, err = InvoiceTotal(vordering.NL, claim, nil, tDay(t, "2024-07-31"))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Total.Equal(tDec(t, "1208.36")) || !got.CostsNotDue.IsZero() || !got.Costs.Equal(tDec(t, "150")) {
		t.Errorf("31.7: %+v", got)
	}
	if got.Stamp.Digest == "" || got.Assurance.Level == 0 || len(got.Explanation()) == 0 {
		t.Errorf("stamp %v assurance %v", got.Stamp, got.Assurance)
	}
}

func TestStatementOutputs(t *testing.T) {
	claims := threeClaims(t)
	claims[0].Costs, claims[0].CostsDue = tDec(t, "40"), tDay(t, "2024-02-15")
	l := Ledger{Claims: claims, Payments: []LedgerPayment{
		{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "400"), Ref: "bank 1"},
		{Date: tDay(t, "2024-05-31"), Amount: tDec(t, "5000"), Designation: []string{"B"}},
	}}
	res, err := Statement(vordering.NL, l, tDay(t, "2024-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	// JSON round trip.
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back StatementResult
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if !bytes.Equal(b, b2) {
		t.Errorf("JSON round trip differs:\n%s\n%s", b, b2)
	}
	var lb Ledger
	lj, _ := json.Marshal(l)
	if err := json.Unmarshal(lj, &lb); err != nil {
		t.Fatal(err)
	}
	if res2, err := Statement(vordering.NL, lb, tDay(t, "2024-12-31")); err != nil || !res2.Totals.Balance.Total.Equal(res.Totals.Balance.Total) {
		t.Errorf("ledger JSON round trip: %v %v", err, res2.Totals)
	}
	// CSV: one row per period and per allocation (and surplus).
	var buf bytes.Buffer
	if err := res.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := 1
	for _, c := range res.Claims {
		want += len(c.Periods)
	}
	for _, p := range res.Payments {
		want += len(p.Allocations)
		if p.Surplus.IsPositive() {
			want++
		}
	}
	if len(rows) != want || strings.Join(rows[0], ",") != strings.Join(CSVHeader(), ",") {
		t.Errorf("CSV has %d rows, want %d; header %v", len(rows), want, rows[0])
	}
	// Specification: Dutch headings and the sources.
	spec := res.Specification()
	for _, s := range []string{"# Renteberekening", "## Vordering A", "## Betalingen en toerekening", "## Totaal", "## Grondslagen",
		"art. 6:43 lid 1", "art. 6:43 lid 2", "art. 6:44", "tot en met de peildatum", "EUR 1.000,00"} {
		if !strings.Contains(spec, s) {
			t.Errorf("specification lacks %q:\n%s", s, spec)
		}
	}
	// Explanation: the day convention first, and every allocation.
	ex := res.Explanation()
	if ex[0].Rule != "statement.day-convention" {
		t.Errorf("first step %v", ex[0])
	}
	n := 0
	for _, s := range ex {
		if strings.HasPrefix(s.Rule, "imputation.") && s.Rule != "imputation.within-claim" && s.Rule != "imputation.surplus" {
			n++
		}
	}
	if n != len(res.Payments[0].Allocations)+len(res.Payments[1].Allocations) {
		t.Errorf("%d allocation steps", n)
	}
	checkReconciles(t, res)
}

func TestStatementBadInput(t *testing.T) {
	good := func() Ledger {
		cs := threeClaims(t)
		return Ledger{Claims: cs, Payments: []LedgerPayment{
			{Date: tDay(t, "2024-02-01"), Amount: tDec(t, "10")},
			{Date: tDay(t, "2024-03-01"), Amount: tDec(t, "10"), Designation: []string{"A"}},
		}}
	}
	asOf := tDay(t, "2024-12-31")
	cases := []struct {
		name  string
		edit  func(l *Ledger)
		asOf  date.Date
		field string
	}{
		{"negative principal", func(l *Ledger) { l.Claims[1].Principal = tDec(t, "-1") }, asOf, "claims[1].principal"},
		{"negative costs", func(l *Ledger) { l.Claims[2].Costs = tDec(t, "-0.01") }, asOf, "claims[2].costs"},
		{"negative payment", func(l *Ledger) { l.Payments[1].Amount = tDec(t, "-5") }, asOf, "payments[1].amount"},
		{"cents", func(l *Ledger) { l.Payments[0].Amount = tDec(t, "1.001") }, asOf, "payments[0].amount"},
		{"payment before every claim", func(l *Ledger) { l.Payments[0].Date = tDay(t, "2023-12-30") }, asOf, "payments[0].date"},
		{"unknown designation", func(l *Ledger) { l.Payments[1].Designation = []string{"A", "Z"} }, asOf, "payments[1].designation[1]"},
		{"designated twice", func(l *Ledger) { l.Payments[1].Designation = []string{"A", "A"} }, asOf, "payments[1].designation[1]"},
		{"unsorted IDs", func(l *Ledger) { l.Claims[1].ID = "0" }, asOf, "claims[1].id"},
		{"duplicate IDs", func(l *Ledger) { l.Claims[2].ID = "B" }, asOf, "claims[2].id"},
		{"empty ID", func(l *Ledger) { l.Claims[0].ID = "" }, asOf, "claims[0].id"},
		{"zero interest day", func(l *Ledger) { l.Claims[0].InterestFrom = date.Date{} }, asOf, "claims[0].interestFrom"},
		{"zero payment date", func(l *Ledger) { l.Payments[0].Date = date.Date{} }, asOf, "payments[0].date"},
		{"zero asOf", func(l *Ledger) {}, date.Date{}, "asOf"},
		{"unsorted payments", func(l *Ledger) { l.Payments[1].Date = tDay(t, "2024-01-15") }, asOf, "payments[1].date"},
		{"payment after asOf", func(l *Ledger) { l.Payments[1].Date = tDay(t, "2025-01-15") }, asOf, "payments[1].date"},
		{"no claims", func(l *Ledger) { l.Claims = nil }, asOf, "claims"},
		{"fixed and surcharge", func(l *Ledger) { l.Claims[0].Rate.Surcharge = tNull(t, "0.02") }, asOf, "claims[0].rate"},
		{"bad fixed rate", func(l *Ledger) { l.Claims[0].Rate.Fixed = tNull(t, "-0.02") }, asOf, "claims[0].rate.fixed"},
		{"due after interest", func(l *Ledger) { l.Claims[0].Due = tDay(t, "2024-01-01") }, asOf, "claims[0].due"},
		{"kind", func(l *Ledger) { l.Claims[2].Kind = 0 }, asOf, "claims[2].kind"},
		{"designation before the claim arose", func(l *Ledger) {
			l.Claims[0].Date, l.Claims[0].Due, l.Claims[0].InterestFrom = tDay(t, "2024-03-15"), tDay(t, "2024-03-15"), tDay(t, "2024-03-16")
		}, asOf, "payments[1].designation[0]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := good()
			c.edit(&l)
			_, err := Statement(vordering.NL, l, c.asOf)
			var ie *vordering.InputError
			if !errors.Is(err, vordering.ErrInvalidInput) || !errors.As(err, &ie) || ie.Field != c.field {
				t.Errorf("err = %v, want ErrInvalidInput on %s", err, c.field)
			}
		})
	}
	if _, err := StatementWith(vordering.NL, good(), asOf, StatementOptions{Onerous: 9}); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("bad option: %v", err)
	}
	if _, err := Statement(vordering.NL, good(), asOf); err != nil {
		t.Errorf("good ledger: %v", err)
	}
}

func TestOnerousText(t *testing.T) {
	for _, o := range []Onerous{OnerousByRate, OnerousByRank, OnerousEqual} {
		b, err := o.MarshalText()
		var back Onerous
		if err != nil || back.UnmarshalText(b) != nil || back != o {
			t.Errorf("%v: %s %v", o, b, err)
		}
	}
	if _, err := Onerous(7).MarshalText(); err == nil || Onerous(7).String() != "Onerous(7)" {
		t.Error("undefined Onerous accepted")
	}
	var o Onerous
	if o.UnmarshalText([]byte("x")) == nil {
		t.Error("bad text accepted")
	}
}

func TestStatementRankOption(t *testing.T) {
	// OnerousByRank: B (rank 5) before C (20 %) and A; the 100 goes to B:
	// 500 × 5 % × 91/365 = 6.23 interest, 93.77 principal.
	cs := threeClaims(t)
	cs[1].Rank = 5
	res, err := StatementWith(vordering.NL, Ledger{Claims: cs, Payments: []LedgerPayment{{Date: tDay(t, "2024-03-31"), Amount: tDec(t, "100")}}},
		tDay(t, "2024-03-31"), StatementOptions{Onerous: OnerousByRank})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Payments[0].Allocations
	if len(a) != 1 || a[0].Claim != "B" || !a[0].ToInterest.Equal(tDec(t, "6.23")) || !a[0].ToPrincipal.Equal(tDec(t, "93.77")) || a[0].Basis != BasisOnerous {
		t.Errorf("allocations %+v", a)
	}
	_ = decimal.Zero
}
