package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// safeBuffer is a bytes.Buffer safe for the server's goroutines.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func appealDeadline(t testing.TB) deadlines.Deadline {
	t.Helper()
	term, err := deadlines.Statutory(vordering.BE, deadlines.Appeal)
	if err != nil {
		t.Fatal(err)
	}
	d, err := deadlines.Compute(vordering.BE, date.New(2025, 6, 30), term)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestDeadlineCommand is the README's example: text with the explanation,
// and --json the library's JSON of the deadline.
func TestDeadlineCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "deadline", "--country", "BE", "--event", "2025-06-30", "--term", "appeal")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"2025-09-15", "art. 50 al. 2", "art. 54", "art. 1051"} {
		if !strings.Contains(out, w) {
			t.Errorf("text lacks %q:\n%s", w, out)
		}
	}
	if want := appealDeadline(t).Explain(); strings.TrimSpace(out) != strings.TrimSpace(want) {
		t.Errorf("text is not the library's explanation:\n%s\nwant\n%s", out, want)
	}
	code, out, errOut = runCLI(t, "deadline", "--country", "BE", "--event", "2025-06-30", "--term", "appeal", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got, want any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(appealDeadline(t))
	json.Unmarshal(b, &want)
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if !bytes.Equal(gb, wb) {
		t.Errorf("--json:\n%s\nwant\n%s", gb, wb)
	}
	if !strings.Contains(out, `"date": "2025-09-15"`) {
		t.Errorf("--json lacks the date: %s", out)
	}
}

func TestQuestionsFromFlags(t *testing.T) {
	for _, k := range []struct {
		args []string
		want string
	}{
		{[]string{"deadline", "--country", "NL", "--event", "2025-04-04", "--term", "14 days"}, "2025-04-22"},
		{[]string{"interest", "--country", "BE", "--kind", "commercial", "--principal", "10000", "--from", "2025-01-31", "--to", "2025-06-30"}, "total: 472.6"},
		{[]string{"interest", "--country", "BE", "--kind", "commercial", "--principal", "10000", "--from", "2025-01-31", "--as-of", "2025-06-30", "--json"}, `"total": "472.6"`},
		{[]string{"costs", "--country", "NL", "--principal", "10000", "--debtor", "enterprise", "--as-of", "2025-06-30"}, "amount: 875"},
		{[]string{"seizable", "--country", "BE", "--net", "2000", "--children", "1", "--as-of", "2025-06-30"}, "seizable:"},
		{[]string{"goods", "--owner", "natural-person", "--good", "mobile-phone=450", "--as-of", "2025-06-30"}, "goods:"},
		{[]string{"court", "--country", "BE", "--principal", "4000", "--creditor", "enterprise", "--debtor", "consumer", "--as-of", "2025-06-30"}, "court:"},
	} {
		code, out, errOut := runCLI(t, k.args...)
		if code != 0 || !strings.Contains(out, k.want) {
			t.Errorf("%v: exit %d, stderr %s\n%.1500s", k.args, code, errOut, out)
		}
	}
}

func TestCaseQuestionsFromFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "case.json")
	os.WriteFile(file, []byte(caseJSON), 0o600)
	for _, q := range []string{"eligibility", "plan", "prescription"} {
		code, out, errOut := runCLI(t, q, "--as-of", "2025-06-30", file)
		if code != 0 || out == "" {
			t.Errorf("%s: exit %d: %s", q, code, errOut)
		}
		code, out, _ = runCLI(t, q, "--as-of", "2025-06-30", "--json", "--in", file)
		if code != 0 || !json.Valid([]byte(out)) {
			t.Errorf("%s --json: exit %d", q, code)
		}
	}
	// A bad date in the file: the message names the field path.
	os.WriteFile(file, []byte(strings.Replace(caseJSON, `"date":"2025-03-01"`, `"date":"2025-03-32"`, 1)), 0o600)
	code, _, errOut := runCLI(t, "plan", file)
	if code != exitFailed || !strings.Contains(errOut, "acts[0].date") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	// A flag replaces the field of the request file.
	os.WriteFile(file, []byte(`{"country":"NL","event":"2025-06-30","kind":"appeal"}`), 0o600)
	code, out, errOut := runCLI(t, "deadline", "--country", "BE", "--in", file)
	if code != 0 || !strings.Contains(out, "2025-09-15") {
		t.Errorf("flag over --in: exit %d %s %s", code, out, errOut)
	}
}

func TestUsageAndErrors(t *testing.T) {
	if code, out, _ := runCLI(t, "help"); code != 0 || !strings.Contains(out, "deadline") || !strings.Contains(out, "serve") {
		t.Errorf("help: %d %s", code, out)
	}
	if code, _, errOut := runCLI(t, "deadline", "-h"); code != 0 || !strings.Contains(errOut, "--event") && !strings.Contains(errOut, "-event") {
		t.Errorf("deadline -h: %d %s", code, errOut)
	}
	if code, out, _ := runCLI(t, "help", "plan"); code != 0 || !strings.Contains(out, "CSV input") {
		t.Errorf("help plan: %d %s", code, out)
	}
	if code, _, _ := runCLI(t); code != exitUsage {
		t.Errorf("no args: %d", code)
	}
	if code, _, _ := runCLI(t, "nonsense"); code != exitUsage {
		t.Errorf("unknown command: %d", code)
	}
	if code, _, errOut := runCLI(t, "deadline", "--country", "BE", "--event", "2025-02-30", "--term", "appeal"); code != exitUsage || !strings.Contains(errOut, "--event") {
		t.Errorf("bad day: %d %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "deadline", "--country", "BE", "--event", "2025-06-30"); code != exitFailed || !strings.Contains(errOut, "kind") {
		t.Errorf("no term: %d %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "interest", "--country", "BE", "--kind", "commercial", "--principal", "100", "--from", "2027-01-01", "--to", "2027-12-31"); code != exitFailed || !strings.Contains(errOut, "no rule in force") {
		t.Errorf("no rule: %d %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "serve", "--max-body", "0"); code != exitUsage {
		t.Errorf("serve --max-body 0: %d", code)
	}
}

func TestPlanCSV(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "in.csv")
	csv := "\ufeffcase_id,country,debtor_name,debtor_kind,invoice_number,invoice_date,due_date,principal,history\n" +
		"# a comment\n" +
		"A1,BE,Peeters,consumer,F1,2025-01-10,2025-02-09,1200,reminder@2025-03-01\n" +
		"A2,BE,Janssens,consumer,F2,2025-01-10,2025-02-30,1200,\n" + // impossible day
		"A3,NL,\"Bakker, J.\",enterprise,F3,2025-01-10,2025-02-09,abc,\n" + // bad amount
		"A4,BE,\"unterminated,consumer,F4,2025-01-10,2025-02-09,100,\n" + // malformed CSV
		"\n" +
		"A5,NL,de Vries,consumer,F5,2025-03-01,2025-03-31,500,\n"
	os.WriteFile(file, []byte(csv), 0o600)
	code, out, errOut := runCLI(t, "plan", "--csv", file, "--as-of", "2025-06-30")
	if code != exitSkipped {
		t.Errorf("exit %d, want %d: %s", code, exitSkipped, errOut)
	}
	for _, w := range []string{"line 4:", "due_date", "line 5:", "principal", "line 6:", "malformed", "2 lines planned, 3 not"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	if !strings.Contains(out, "line 3 A1") || !strings.Contains(out, "line 8 A5") {
		t.Errorf("stdout:\n%.3000s", out)
	}
	code, out, _ = runCLI(t, "plan", "--csv", file, "--as-of", "2025-06-30", "--json")
	if code != exitSkipped {
		t.Errorf("--json exit %d", code)
	}
	var lines []csvResult
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r csvResult
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		lines = append(lines, r)
	}
	if len(lines) != 5 || lines[0].Line != 3 || lines[0].Plan == nil || lines[1].Error == nil || lines[1].Line != 4 || lines[4].Line != 8 || lines[4].Plan == nil {
		t.Errorf("json lines: %s", out)
	}
	// A missing required column stops the run.
	os.WriteFile(file, []byte("case_id,country\nA1,BE\n"), 0o600)
	if code, _, errOut := runCLI(t, "plan", "--csv", file); code != exitFailed || !strings.Contains(errOut, "invoice_date") {
		t.Errorf("header: %d %s", code, errOut)
	}
}

const ratesFile = "from,until,value,instrument,article,publication,url,sources,note\n" +
	"2027-01-01,2027-06-30,0.05,Burgerlijk Wetboek Boek 6,\"art. 6:119, 6:120 lid 1\",the AMvB the caller holds,,,illustrative figure\n"

func TestRulesCommands(t *testing.T) {
	code, out, errOut := runCLI(t, "rules", "list")
	if code != 0 || !strings.Contains(out, "wettelijke rente") {
		t.Fatalf("list: %d %s\n%s", code, errOut, out)
	}
	code, out, _ = runCLI(t, "rules", "show", "wettelijke rente")
	if code != 0 || !strings.Contains(out, "rows:") {
		t.Errorf("show: %d %.500s", code, out)
	}
	if code, _, errOut := runCLI(t, "rules", "show", "no such table at all"); code != exitFailed || !strings.Contains(errOut, "no table") {
		t.Errorf("show missing: %d %s", code, errOut)
	}
	dir := t.TempDir()
	rates := filepath.Join(dir, "rates.csv")
	os.WriteFile(rates, []byte(ratesFile), 0o600)
	code, out, errOut = runCLI(t, "rules", "validate", "--table", "rates", "--country", "NL", "--kind", "statutory", rates)
	if code != 0 || !strings.Contains(out, "valid") || !strings.Contains(out, "added") {
		t.Errorf("validate: %d %s %s", code, out, errOut)
	}
	badRates := filepath.Join(dir, "bad.csv")
	os.WriteFile(badRates, []byte(strings.Replace(ratesFile, "2027-06-30", "2027-06-31", 1)), 0o600)
	if code, _, errOut := runCLI(t, "rules", "validate", "--table", "rates", "--country", "NL", "--kind", "statutory", badRates); code != exitFailed || !strings.Contains(errOut, "line 2") {
		t.Errorf("validate bad: %d %s", code, errOut)
	}
	code, out, _ = runCLI(t, "rules", "diff", "--rates", "NL:statutory="+rates)
	if code != 0 || !strings.Contains(out, "added") {
		t.Errorf("diff flags: %d %s", code, out)
	}
	// Two saved rulebooks.
	_, builtIn, _ := runCLI(t, "rules", "list", "--json")
	_, supplied, _ := runCLI(t, "rules", "list", "--json", "--rates", "NL:statutory="+rates)
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	os.WriteFile(a, []byte(builtIn), 0o600)
	os.WriteFile(b, []byte(supplied), 0o600)
	code, out, errOut = runCLI(t, "rules", "diff", "--json", a, b)
	var changes []vordering.RowChange
	if code != 0 || json.Unmarshal([]byte(out), &changes) != nil || len(changes) == 0 {
		t.Errorf("diff files: %d %s %s", code, out, errOut)
	}
	// A supplied rate answers a question the built-in rules cannot.
	code, out, errOut = runCLI(t, "interest", "--country", "NL", "--kind", "statutory", "--principal", "1000", "--from", "2027-01-01", "--to", "2027-03-01", "--rates", "NL:statutory="+rates)
	if code != 0 || !strings.Contains(out, "supplied") {
		t.Errorf("interest with supplied rates: %d %s %.800s", code, errOut, out)
	}
}

func TestStatementCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "ledger.json")
	os.WriteFile(file, []byte(`{"country":"NL","asOf":"2025-06-30","ledger":{"claims":[{"id":"F1","kind":"statutory","principal":"1000","date":"2025-01-01","due":"2025-01-31","interestFrom":"2025-02-01"}],"payments":[]}}`), 0o600)
	if code, out, errOut := runCLI(t, "statement", "--in", file, "--json"); code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("exit %d: %s", code, errOut)
	}
	os.WriteFile(file, []byte(`{"country":"NL","ledger":{"claims":[{"id":"F1","kind":"statutory","principal":"1000"}]}}`), 0o600)
	if code, _, errOut := runCLI(t, "statement", "--in", file); code != exitFailed || !strings.Contains(errOut, "claims[0].") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// TestCLIPlanLenient: "vordering plan --lenient" plans a Dutch history whose
// judgment follows the summons without a defence or default (art. 139 Rv),
// which the strict planner refuses, and prints the act as a warning.
func TestCLIPlanLenient(t *testing.T) {
	f := filepath.Join(t.TempDir(), "case.json")
	body := `{"country":"NL","creditor":{"kind":"enterprise"},"debtor":{"kind":"enterprise"},` +
		`"invoices":[{"number":"F1","date":"2026-09-01","dueDate":"2026-10-01","principal":"900","accessories":"0"}],` +
		`"acts":[{"kind":"summons","date":"2026-10-05"},{"kind":"judgment","date":"2026-10-20"}]}`
	if err := os.WriteFile(f, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "plan", "--as-of", "2026-11-28", f); code == exitOK || !strings.Contains(errs, "Acts[1]") {
		t.Fatalf("strict: exit %d, stderr %q", code, errs)
	}
	code, out, errs := runCLI(t, "plan", "--as-of", "2026-11-28", "--lenient", "--json", f)
	if code != exitOK || !strings.Contains(out, `"warnings"`) || !strings.Contains(out, `"act": "judgment"`) {
		t.Fatalf("lenient: exit %d, stderr %q, out %.300s", code, errs, out)
	}
}
