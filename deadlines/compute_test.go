package deadlines

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func mustStatutory(t *testing.T, c vordering.Country, k TermKind) Term {
	t.Helper()
	tm, err := Statutory(c, k)
	if err != nil {
		t.Fatalf("Statutory(%v, %v): %v", c, k, err)
	}
	return tm
}

// Every counting rule with a worked case. Each expected date is computed by
// hand in the comment from the rule cited; weekdays checked against an
// independent calendar.
func TestCompute(t *testing.T) {
	be, nl := vordering.BE, vordering.NL
	beAppeal := mustStatutory(t, be, Appeal)
	nlAppeal := mustStatutory(t, nl, Appeal)
	cases := []struct {
		name       string
		c          vordering.Country
		event      date.Date
		term       Term
		unadjusted date.Date
		want       date.Date
		rules      []Rule
		flags      Flags
	}{
		// ---- Belgium ----
		{"BE art. 54: served 30 June runs from 1 July, ends 31 July (issue text; ckbgentstad)",
			be, d(2025, 6, 30), Months(1), d(2025, 7, 31), d(2025, 7, 31), []Rule{RuleCount}, 0},
		{"BE art. 54: served 28 February 2023 runs from 1 March, ends 31 March (issue text)",
			be, d(2023, 2, 28), Months(1), d(2023, 3, 31), d(2023, 3, 31), []Rule{RuleCount}, 0},
		{"BE art. 54: served 31 January runs from 1 February, ends 28 February 2025 (day before 1 March)",
			be, d(2025, 1, 31), Months(1), d(2025, 2, 28), d(2025, 2, 28), []Rule{RuleCount}, 0},
		{"BE art. 54 in a leap year: served 28 February 2024 runs from 29 February, ends the day before 29 March: Thursday 28 March",
			be, d(2024, 2, 28), Months(1), d(2024, 3, 28), d(2024, 3, 28), []Rule{RuleCount}, 0},
		{"BE art. 54 years: served 27 February 2023 runs from 28 February 2023, ends 27 February 2024 (Tuesday)",
			be, d(2023, 2, 27), Years(1), d(2024, 2, 27), d(2024, 2, 27), []Rule{RuleCount}, 0},
		{"BE art. 54 years unsettled: served 28 February 2024 runs from 29 February; no 29 February 2025 → Friday 28 February 2025",
			be, d(2024, 2, 28), Years(1), d(2025, 2, 28), d(2025, 2, 28), []Rule{RuleCount, RuleMonthEndUnsettled}, UnsettledMonthEnd},
		{"BE art. 54 unsettled: served 30 January runs from 31 January; no 31 February → last day of February",
			be, d(2025, 1, 30), Months(1), d(2025, 2, 28), d(2025, 2, 28), []Rule{RuleCount, RuleMonthEndUnsettled}, UnsettledMonthEnd},
		{"BE art. 50: appeal served 30 June 2025 starts 1 July, ends 31 July, inside the vacation → 15 September (Monday)",
			be, d(2025, 6, 30), beAppeal, d(2025, 7, 31), d(2025, 9, 15), []Rule{RuleCount, RuleVacation}, 0},
		{"BE art. 50: appeal served 29 June 2025 starts 30 June, outside the vacation → 29 July (Tuesday)",
			be, d(2025, 6, 29), beAppeal, d(2025, 7, 29), d(2025, 7, 29), []Rule{RuleCount}, 0},
		{"BE art. 50: appeal served 31 July 2025 runs 1 August–31 August, inside → 15 September",
			be, d(2025, 7, 31), beAppeal, d(2025, 8, 31), d(2025, 9, 15), []Rule{RuleCount, RuleVacation}, 0},
		{"BE art. 50: appeal served 1 August 2025 runs 2 August–1 September, ends outside → Monday 1 September",
			be, d(2025, 8, 1), beAppeal, d(2025, 9, 1), d(2025, 9, 1), []Rule{RuleCount}, 0},
		{"BE art. 50 only for appeal/opposition: a plain month served 30 June 2025 ends 31 July",
			be, d(2025, 6, 30), Months(1), d(2025, 7, 31), d(2025, 7, 31), []Rule{RuleCount}, 0},
		{"BE art. 53: 15 days from Sunday 6 July 2025 end Monday 21 July (Nationale feestdag) → Tuesday 22 July",
			be, d(2025, 7, 6), Days(15), d(2025, 7, 21), d(2025, 7, 22), []Rule{RuleCount, RuleRollForward}, 0},
		{"BE art. 53: 8 days from 13 April 2025 end Monday 21 April (Paasmaandag) → 22 April",
			be, d(2025, 4, 13), Days(8), d(2025, 4, 21), d(2025, 4, 22), []Rule{RuleCount, RuleRollForward}, 0},
		{"BE: Good Friday 18 April 2025 is a working day in Belgium; 5 days from 13 April end on it",
			be, d(2025, 4, 13), Days(5), d(2025, 4, 18), d(2025, 4, 18), []Rule{RuleCount}, 0},
		{"BE art. 55: served 10 March 2025, 1 month ends 10 April, +15 days (neighbour) → Friday 25 April",
			be, d(2025, 3, 10), Months(1).WithAbroad(AbroadNeighbour), d(2025, 4, 10), d(2025, 4, 25), []Rule{RuleCount, RuleAbroad}, 0},
		{"BE art. 707: 8 free days after service on Monday 3 March 2025 (4–11 March) → hearing from Wednesday 12 March",
			be, d(2025, 3, 3), mustStatutory(t, be, Summons), d(2025, 3, 12), d(2025, 3, 12), []Rule{RuleWaiting}, UnsettledWaitingPeriod},
		{"BE Book XIX: 14 days from 7 April 2025 end Monday 21 April (Paasmaandag); not a procedural term, not moved",
			be, d(2025, 4, 7), mustStatutory(t, be, ConsumerReminder), d(2025, 4, 21), d(2025, 4, 21), []Rule{RuleCount, RuleNoExtension}, 0},
		{"BE art. 1394/20 ff.: IOS month from 2 June 2025 runs 3 June–2 July (Wednesday)",
			be, d(2025, 6, 2), mustStatutory(t, be, IOSResponse), d(2025, 7, 2), d(2025, 7, 2), []Rule{RuleCount}, 0},
		{"BE cassation: 3 months from 14 November 2025 run 15 November–14 February 2026 (Saturday) → Monday 16 February",
			be, d(2025, 11, 14), mustStatutory(t, be, Cassation), d(2026, 2, 14), d(2026, 2, 16), []Rule{RuleCount, RuleRollForward}, 0},

		// ---- Netherlands ----
		{"NL appeal: judgment 29 February 2016 + 3 months = Sunday 29 May → Monday 30 May (barentskrans/brenner example)",
			nl, d(2016, 2, 29), nlAppeal, d(2016, 5, 29), d(2016, 5, 30), []Rule{RuleCount, RuleRollForward}, DecreeDaysUnconfirmed},
		{"NL HR 2017:2225: 31 March 2023 + 3 months → 30 June 2023 (last day of the shorter month), a Friday",
			nl, d(2023, 3, 31), Months(3), d(2023, 6, 30), d(2023, 6, 30), []Rule{RuleCount, RuleMonthEndShort}, 0},
		{"NL HR 2017:2225: 31 August 2025 + 3 months → 30 November (Sunday) → Monday 1 December",
			nl, d(2025, 8, 31), Months(3), d(2025, 11, 30), d(2025, 12, 1), []Rule{RuleCount, RuleMonthEndShort, RuleRollForward}, 0},
		{"NL HR 2017:2225: 15 January 2025 + 3 months → 15 April (same day number, not the day before)",
			nl, d(2025, 1, 15), Months(3), d(2025, 4, 15), d(2025, 4, 15), []Rule{RuleCount}, 0},
		{"NL Good Friday: 4 weeks from Friday 21 March 2025 end Goede Vrijdag 18 April; Sat, Sun, Tweede Paasdag → Tuesday 22 April",
			nl, d(2025, 3, 21), mustStatutory(t, nl, Opposition), d(2025, 4, 18), d(2025, 4, 22), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL 5 May: 14 days from Tuesday 21 April 2026 end Tuesday 5 May (not a lustrum year) → Wednesday 6 May",
			nl, d(2026, 4, 21), Days(14), d(2026, 5, 5), d(2026, 5, 6), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL Koningsdag + decree day: 14 days from 13 April 2023 end Thursday 27 April; Fri 28 (decree), Sat, Sun → Monday 1 May",
			nl, d(2023, 4, 13), Days(14), d(2023, 4, 27), d(2023, 5, 1), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL Koningsdag on 26 April: 1 week from Saturday 19 April 2025 ends Saturday 26 April (Koningsdag), Sunday → Monday 28 April",
			nl, d(2025, 4, 19), Weeks(1), d(2025, 4, 26), d(2025, 4, 28), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL decree 2018: 10 days from Friday 14 December 2018 end Monday 24 December (equated), 25, 26 → Thursday 27 December",
			nl, d(2018, 12, 14), Days(10), d(2018, 12, 24), d(2018, 12, 27), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL Atw art. 2 at Christmas: 3 days from Wednesday 24 December 2025 = 25, 26, 27 (none a working day) → extended to Mon 29, Tue 30: ends Tuesday 30 December",
			nl, d(2025, 12, 24), Days(3), d(2025, 12, 27), d(2025, 12, 30), []Rule{RuleCount, RuleTwoWorkingDays}, 0},
		{"NL Atw art. 2 at Christmas: 3 days from Tuesday 23 December 2025 = 24 (working), 25, 26 → one working day; extended to Monday 29 December",
			nl, d(2025, 12, 23), Days(3), d(2025, 12, 26), d(2025, 12, 29), []Rule{RuleCount, RuleTwoWorkingDays}, 0},
		{"NL 14-day letter received Friday 4 April 2025: 5–18 April, 18 April Goede Vrijdag → Tuesday 22 April",
			nl, d(2025, 4, 4), mustStatutory(t, nl, FourteenDayLetter), d(2025, 4, 18), d(2025, 4, 22), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL summons counted back (Rv 114, 119; Atw art. 1 lid 2): hearing Wednesday 7 May 2025 → serve by Tuesday 29 April (30 April–6 May is the week)",
			nl, d(2025, 5, 7), mustStatutory(t, nl, Summons), d(2025, 4, 29), d(2025, 4, 29), []Rule{RuleCountBackward, RuleBackwardNotExtended}, UnsettledBackward},
		{"NL backward term on a holiday is not extended but counted further back (creditexpo.nl): hearing Tuesday 13 May 2025 → 5 May (holiday), Sun, Sat → Friday 2 May",
			nl, d(2025, 5, 13), Weeks(1).CountedBackward(), d(2025, 5, 5), d(2025, 5, 2), []Rule{RuleCountBackward, RuleRollBackward}, UnsettledBackward},
		{"NL Atw art. 4: 6 months from 31 May 2025 end Sunday 30 November 2025, not extended",
			nl, d(2025, 5, 31), Months(6), d(2025, 11, 30), d(2025, 11, 30), []Rule{RuleCount, RuleMonthEndShort, RuleAtwExcluded}, 0},
		{"NL Atw art. 4: 13 weeks from Sunday 31 August 2025 end Sunday 30 November, not extended",
			nl, d(2025, 8, 31), Weeks(13), d(2025, 11, 30), d(2025, 11, 30), []Rule{RuleCount, RuleAtwExcluded}, 0},
		{"NL Atw art. 4 limit: 12 weeks are still extended: from Sunday 7 September 2025 to Sunday 30 November → Monday 1 December",
			nl, d(2025, 9, 7), Weeks(12), d(2025, 11, 30), d(2025, 12, 1), []Rule{RuleCount, RuleRollForward}, 0},
		{"NL years (Atw art. 4: not extended): 1 year from 29 February 2024 → 28 February 2025, the shorter month's last day",
			nl, d(2024, 2, 29), Years(1), d(2025, 2, 28), d(2025, 2, 28), []Rule{RuleCount, RuleMonthEndShort, RuleAtwExcluded}, 0},
		{"NL bevel (Rv 439): 2 days from Thursday 24 April 2025 end Saturday 26 April (Koningsdag); Sunday → Monday 28 April",
			nl, d(2025, 4, 24), mustStatutory(t, nl, PaymentOrder), d(2025, 4, 26), d(2025, 4, 28), []Rule{RuleCount, RuleRollForward}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Compute(tc.c, tc.event, tc.term)
			if err != nil {
				t.Fatalf("Compute: %v", err)
			}
			if !got.Date.Equal(tc.want) || !got.Unadjusted.Equal(tc.unadjusted) {
				t.Errorf("Date %v (unadjusted %v), want %v (unadjusted %v)\n%s", got.Date, got.Unadjusted, tc.want, tc.unadjusted, got.Explain())
			}
			var rules []Rule
			for _, s := range got.Steps() {
				rules = append(rules, s.Rule)
				if s.Text == "" || s.Cite.IsZero() {
					t.Errorf("step %v without text or citation", s.Rule)
				}
			}
			if !equalRules(rules, tc.rules) {
				t.Errorf("rules %v, want %v", rules, tc.rules)
			}
			if got.Flags != tc.flags {
				t.Errorf("flags %v, want %v", got.Flags, tc.flags)
			}
			if len(got.Citations()) == 0 {
				t.Errorf("no citations")
			}
		})
	}
}

func equalRules(a, b []Rule) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The explanation names the holiday that moved the deadline and the rule.
func TestExplainNamesReasons(t *testing.T) {
	dl, err := Compute(vordering.NL, d(2025, 3, 21), Weeks(4))
	if err != nil {
		t.Fatal(err)
	}
	text := dl.Explain()
	for _, want := range []string{"Goede Vrijdag", "Tweede Paasdag", "Saturday", "Sunday", "2025-04-22", "Algemene termijnenwet art. 1 lid 1", "Algemene termijnenwet art. 3 lid 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("Explain lacks %q:\n%s", want, text)
		}
	}
	dl, _ = Compute(vordering.BE, d(2025, 6, 30), mustStatutory(t, vordering.BE, Appeal))
	text = dl.Explain()
	for _, want := range []string{"2025-09-15", "art. 50 al. 2", "art. 1051", "art. 54"} {
		if !strings.Contains(text, want) {
			t.Errorf("Explain lacks %q:\n%s", want, text)
		}
	}
}

func TestComputeErrors(t *testing.T) {
	cases := []struct {
		name  string
		c     vordering.Country
		event date.Date
		term  Term
	}{
		{"zero days", vordering.BE, d(2025, 1, 1), Days(0)},
		{"negative weeks", vordering.NL, d(2025, 1, 1), Weeks(-1)},
		{"zero months", vordering.BE, d(2025, 1, 1), Months(0)},
		{"zero years", vordering.NL, d(2025, 1, 1), Years(0)},
		{"zero free days", vordering.BE, d(2025, 1, 1), FreeDays(0)},
		{"no unit", vordering.BE, d(2025, 1, 1), Term{N: 3}},
		{"huge term", vordering.BE, d(2025, 1, 1), Days(1 << 40)},
		{"no country", 0, d(2025, 1, 1), Days(3)},
		{"bad country", 7, d(2025, 1, 1), Days(3)},
		{"event before 1900", vordering.BE, d(1899, 12, 31), Days(3)},
		{"event after 2199", vordering.NL, d(2200, 1, 1), Days(3)},
		{"result after 2199", vordering.BE, d(2199, 12, 20), Months(1)},
		{"result before 1900", vordering.NL, d(1900, 1, 3), Weeks(1).CountedBackward()},
		{"art. 55 on a Dutch term", vordering.NL, d(2025, 1, 1), Months(1).WithAbroad(AbroadEurope)},
		{"art. 50 on a Dutch term", vordering.NL, d(2025, 1, 1), Months(1).ForAppealOrOpposition()},
		{"undefined zone", vordering.BE, d(2025, 1, 1), Months(1).WithAbroad(9)},
		{"undefined kind", vordering.BE, d(2025, 1, 1), Term{N: 1, Unit: Month, Kind: 200}},
	}
	for _, tc := range cases {
		if _, err := Compute(tc.c, tc.event, tc.term); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("%s: error %v, want ErrInvalidInput", tc.name, err)
		}
	}
}

func TestStatutory(t *testing.T) {
	// The figures and articles of the catalogue.
	want := []struct {
		c    vordering.Country
		k    TermKind
		term Term
		art  string
	}{
		{vordering.BE, Appeal, Months(1).ForAppealOrOpposition(), "art. 1051"},
		{vordering.BE, Opposition, Months(1).ForAppealOrOpposition(), "art. 1048"},
		{vordering.BE, Cassation, Months(3), "art. 1073"},
		{vordering.BE, Summons, FreeDays(8), "art. 707"},
		{vordering.BE, PaymentOrder, FreeDays(1), "art. 1499"},
		{vordering.BE, IOSResponse, Months(1), "art. 1394/20"},
		{vordering.BE, IOSNonContestation, FreeDays(8), "art. 1394/20"},
		{vordering.BE, SRPPaymentTerm, Days(15), "art. 1339"},
		{vordering.BE, SRPPetition, Days(15), "art. 1340"},
		{vordering.BE, GarnisheeDeclaration, Days(15), "art. 1452"},
		{vordering.BE, ConsumerReminder, Days(14).WithoutExtension(), "art. XIX.2"},
		{vordering.NL, Appeal, Months(3), "art. 339 lid 1"},
		{vordering.NL, Opposition, Weeks(4), "art. 143 lid 2"},
		{vordering.NL, Cassation, Months(3), "art. 402 lid 1"},
		{vordering.NL, Summons, Weeks(1).CountedBackward(), "art. 114"},
		{vordering.NL, PaymentOrder, Days(2), "art. 439 lid 1"},
		{vordering.NL, FourteenDayLetter, Days(14), "art. 6:96 lid 6"},
		{vordering.NL, B2BPaymentTerm, Days(30), "art. 6:119a lid 2"},
		{vordering.NL, VerzetFourWeeks, Weeks(4), "art. 143 lid 2"},
		{vordering.NL, VerzetEightWeeks, Weeks(8), "art. 143 lid 2"},
		{vordering.BE, PublicOpposition, Months(1), "art. 177"},
		{vordering.BE, ImmovableSeizureWait, FreeDays(15), "art. 1566"},
		{vordering.NL, AdminReminder, Weeks(2), "art. 4:112 lid 1"},
		{vordering.NL, GarnishmentService, Days(8), "art. 475i lid 1"},
		{vordering.NL, GarnisheeWait, Weeks(4).WithoutExtension(), "art. 476a lid 1"},
		{vordering.NL, SeizureReport, Days(3), "art. 443 lid 1"},
		{vordering.NL, SaleWait, Weeks(4), "art. 462 lid 1"},
	}
	have := map[[2]int]bool{}
	for _, w := range want {
		have[[2]int{int(w.c), int(w.k)}] = true
		got, err := Statutory(w.c, w.k)
		if err != nil {
			t.Errorf("Statutory(%v, %v): %v", w.c, w.k, err)
			continue
		}
		w.term.Kind = w.k
		if got != w.term {
			t.Errorf("Statutory(%v, %v) = %+v, want %+v", w.c, w.k, got, w.term)
		}
		e, _ := Lookup(w.c, w.k)
		if !strings.Contains(e.Cite.Article, w.art) {
			t.Errorf("Lookup(%v, %v) cites %q, want %q", w.c, w.k, e.Cite.Article, w.art)
		}
	}
	// Every other (country, kind) pair is an error wrapping ErrInvalidInput.
	for _, c := range vordering.Countries() {
		for _, k := range Kinds() {
			if have[[2]int{int(c), int(k)}] {
				continue
			}
			if _, err := Statutory(c, k); !errors.Is(err, vordering.ErrInvalidInput) {
				t.Errorf("Statutory(%v, %v) error %v, want ErrInvalidInput", c, k, err)
			}
		}
	}
	for _, bad := range []struct {
		c vordering.Country
		k TermKind
	}{{0, Appeal}, {vordering.BE, 0}, {vordering.NL, 99}} {
		if _, err := Statutory(bad.c, bad.k); !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("Statutory(%v, %v) error %v", bad.c, bad.k, err)
		}
	}
	if n := len(Catalogue(vordering.BE)) + len(Catalogue(vordering.NL)); n != len(want) {
		t.Errorf("catalogue has %d entries, want %d", n, len(want))
	}
	if Catalogue(0) != nil {
		t.Errorf("Catalogue(0) not nil")
	}
}

func TestEnumsRoundTrip(t *testing.T) {
	for _, k := range Kinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back TermKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("Kind %v round trip: %v %v", k, back, err)
		}
	}
	for u := Day; u <= FreeDay; u++ {
		b, _ := u.MarshalText()
		var back Unit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("Unit %v round trip: %v %v", u, back, err)
		}
	}
	for a := Domestic; a <= AbroadOtherContinent; a++ {
		b, _ := a.MarshalText()
		var back Abroad
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("Abroad %v round trip: %v %v", a, back, err)
		}
	}
	for r := RuleCount; r <= RuleRollBackward; r++ {
		b, _ := r.MarshalText()
		var back Rule
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("Rule %v round trip: %v %v", r, back, err)
		}
	}
	f := UnsettledMonthEnd | DecreeDaysUnconfirmed
	b, _ := json.Marshal(f)
	var back Flags
	if err := json.Unmarshal(b, &back); err != nil || back != f {
		t.Errorf("Flags round trip: %s → %v %v", b, back, err)
	}
	var k TermKind
	var u Unit
	var a Abroad
	var r Rule
	for _, err := range []error{k.UnmarshalText([]byte("x")), u.UnmarshalText([]byte("x")), a.UnmarshalText([]byte("x")), r.UnmarshalText([]byte("x")), back.UnmarshalJSON([]byte(`["x"]`))} {
		if !errors.Is(err, vordering.ErrInvalidInput) {
			t.Errorf("bad name accepted: %v", err)
		}
	}
	if _, err := TermKind(0).MarshalText(); err == nil {
		t.Errorf("Kind(0) marshalled")
	}
	if TermKind(0).String() != "Kind(0)" || Unit(9).String() != "Unit(9)" || Abroad(9).String() != "Abroad(9)" || Rule(99).String() != "Rule(99)" {
		t.Errorf("undefined enum strings")
	}
}

func TestDeadlineJSON(t *testing.T) {
	dl, err := Compute(vordering.BE, d(2025, 7, 6), Days(15))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(dl)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Country string   `json:"country"`
		Date    string   `json:"date"`
		Flags   []string `json:"flags"`
		Steps   []struct {
			Rule string `json:"rule"`
			Text string `json:"text"`
		} `json:"steps"`
		Citations []vordering.Citation `json:"citations"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.Country != "BE" || got.Date != "2025-07-22" || len(got.Steps) != 2 || got.Steps[1].Rule != "roll-forward" ||
		!strings.Contains(got.Steps[1].Text, "Nationale feestdag") || len(got.Citations) < 2 || got.Flags == nil {
		t.Errorf("JSON: %s", b)
	}
}
