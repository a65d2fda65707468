package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/rickb777/date"
)

// TestRunMalformedRows feeds three good rows and four malformed ones: each
// malformed row is reported on stderr with its line number (counted in the
// file, comments and header included) and skipped; the good rows are all
// planned, one output row each under the header.
func TestRunMalformedRows(t *testing.T) {
	header := strings.Join(columns, ",")
	// The good rows: a Belgian consumer (no act yet), a Dutch enterprise
	// after a formal notice, a Belgian consumer with a served default
	// judgment and a known employer (enforcement ranked).
	good := func(id, country, kind, history, income string) string {
		f := map[string]string{
			"case_id": id, "country": country, "debtor_name": "Debtor " + id, "debtor_kind": kind,
			"invoice_number": "F-" + id, "invoice_date": "2024-11-04", "due_date": "2024-12-04",
			"principal": "1250.00", "accessories": "35.10", "history": history, "net_income": income,
			"employer_known": "true", "children": "2",
		}
		if kind == "enterprise" {
			f["debtor_register"] = "12345678"
		}
		vals := make([]string, len(columns))
		for i, c := range columns {
			vals[i] = f[c]
		}
		return strings.Join(vals, ",")
	}
	bad := func(g, col, val string) string {
		vals := strings.Split(g, ",")
		for i, c := range columns {
			if c == col {
				vals[i] = val
			}
		}
		return strings.Join(vals, ",")
	}
	g1 := good("A1", "BE", "consumer", "", "")
	g2 := good("A2", "NL", "enterprise", "formal-notice@2025-01-10:no-reaction", "")
	g3 := good("A3", "BE", "consumer", "reminder@2024-12-20;formal-notice@2025-01-20:no-reaction;summons@2025-02-20;default-judgment@2025-04-01;service@2025-04-25", "2000.00")
	in := strings.Join([]string{
		"# a comment line",                // line 1
		header,                            // line 2
		g1,                                // line 3
		bad(g1, "due_date", "2024-02-30"), // line 4: no such day
		g2,                                // line 5
		bad(g2, "country", "DE"),          // line 6: not a covered country
		"A9,BE,too few fields",            // line 7
		bad(g3, "history", "summons@2025-02-20:x"), // line 8: unknown outcome
		g3, // line 9
	}, "\n") + "\n"
	var out, errw bytes.Buffer
	st, err := run(strings.NewReader(in), &out, &errw, date.New(2025, 6, 30))
	if err != nil {
		t.Fatal(err)
	}
	if st.planned != 3 || st.skipped != 4 {
		t.Errorf("planned %d, skipped %d; want 3, 4\nstderr:\n%s", st.planned, st.skipped, errw.String())
	}
	for _, want := range []string{"line 4: skipped: due_date", "line 6: skipped: country", "line 7: skipped: 3 fields", "line 8: skipped: history"} {
		if !strings.Contains(errw.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errw.String())
		}
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || strings.Join(recs[0], ",") != strings.Join(outColumns, ",") {
		t.Fatalf("output: %d records, header %v", len(recs), recs[0])
	}
	for i, line := range []string{"3", "5", "9"} {
		if recs[i+1][0] != line {
			t.Errorf("row %d from line %s, want %s", i+1, recs[i+1][0], line)
		}
	}
	// The served title with a known income: enforcement is ranked, and the
	// best route for BE 2025, 2,000 euro with 2 children (156.60 a month,
	// 1,285.10 / 156.60 → 9 months; see procedure's tests) is the wage garnishment.
	last := recs[3]
	col := func(name string) string {
		for i, c := range outColumns {
			if c == name {
				return last[i]
			}
		}
		return ""
	}
	if col("enforcement") != "wage-garnishment" || col("enforcement_monthly") != "156.60" || col("enforcement_months_to_clear") != "9" {
		t.Errorf("enforcement %q %q %q; want wage-garnishment 156.60 9", col("enforcement"), col("enforcement_monthly"), col("enforcement_months_to_clear"))
	}
}

// TestRunSample plans the shipped sample: every row but the four malformed
// ones the generator inserted is planned.
func TestRunSample(t *testing.T) {
	var out, errw bytes.Buffer
	st, err := run(bytes.NewReader(sample), &out, &errw, sampleAsOf)
	if err != nil {
		t.Fatal(err)
	}
	if st.skipped != len(sampleMalformed) || st.planned < 300 {
		t.Errorf("planned %d, skipped %d; want ≥ 300 and %d\n%s", st.planned, st.skipped, len(sampleMalformed), errw.String())
	}
	if got := strings.Count(errw.String(), "\n"); got != len(sampleMalformed) {
		t.Errorf("%d error lines, want %d", got, len(sampleMalformed))
	}
	for _, m := range sampleMalformed {
		if !strings.Contains(errw.String(), m.why) {
			t.Errorf("stderr lacks %q:\n%s", m.why, errw.String())
		}
	}
	if n := strings.Count(out.String(), "\n"); n != st.planned+1 {
		t.Errorf("%d output lines, want %d", n, st.planned+1)
	}
}

// TestRunHeader rejects a file without the required columns.
func TestRunHeader(t *testing.T) {
	var out, errw bytes.Buffer
	if _, err := run(strings.NewReader("case_id,country\nA,BE\n"), &out, &errw, sampleAsOf); err == nil || !strings.Contains(err.Error(), "missing column") {
		t.Errorf("err %v, want a missing column", err)
	}
}
