package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	neturl "net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// testAsOf is the as-of day of the tests, so that they do not depend on the
// clock.
var testAsOf = date.New(2025, 6, 30)

const caseJSON = `{"country":"BE","creditor":{"name":"Acme NV","kind":"enterprise","registerCountry":"BE","registerNumber":"0000000097","domicile":"BE"},` +
	`"debtor":{"name":"J. Peeters","kind":"consumer","domicile":"BE"},` +
	`"invoices":[{"number":"F1","date":"2025-01-10","dueDate":"2025-02-09","principal":"1200"}],` +
	`"acts":[{"kind":"reminder","date":"2025-03-01"}]}`

func newTestServer(t testing.TB, log *slog.Logger) (*server, *httptest.Server) {
	t.Helper()
	if log == nil {
		log = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	s := newServer(newEngine(), log)
	s.today = func() date.Date { return testAsOf }
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t testing.TB, c *http.Client, method, url, contentType string, body io.Reader) response {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b}
}

func errorOf(t *testing.T, r response) apiError {
	t.Helper()
	var eb struct {
		Error apiError `json:"error"`
	}
	if err := json.Unmarshal(r.body, &eb); err != nil {
		t.Fatalf("error body %s: %v", r.body, err)
	}
	if eb.Error.Status != r.status {
		t.Errorf("error status %d, response %d", eb.Error.Status, r.status)
	}
	return eb.Error
}

// TestEndpoints calls every question with a good request and with the
// requests a service must refuse.
func TestEndpoints(t *testing.T) {
	_, ts := newTestServer(t, nil)
	c := ts.Client()
	type tc struct {
		name, path, ct, body string
		status               int
		want                 []string // substrings of the body
		field                string   // for a 400
	}
	const js = "application/json"
	cases := []tc{
		{"deadline", "/v1/deadline", js, `{"country":"BE","event":"2025-06-30","kind":"appeal"}`, 200, []string{`"date":"2025-09-15"`, `art. 50 al. 2`}, ""},
		{"deadline by hand", "/v1/deadline", "application/json; charset=utf-8", `{"country":"NL","event":"2025-04-04","term":{"n":14,"unit":"day"}}`, 200, []string{`"date":"2025-04-22"`}, ""},
		{"interest", "/v1/interest", js, `{"country":"BE","kind":"commercial","principal":"10000","from":"2025-01-31","to":"2025-06-30"}`, 200, []string{`"total":"472.6"`}, ""},
		{"interest to asOf", "/v1/interest?asOf=2025-06-30", js, `{"country":"BE","kind":"commercial","principal":10000,"from":"2025-01-31"}`, 200, []string{`"total":"472.6"`}, ""},
		{"costs", "/v1/costs", js, `{"country":"NL","principal":"10000","debtor":"enterprise","asOf":"2025-06-30"}`, 200, []string{`"amount":"875"`}, ""},
		{"seizable", "/v1/seizable", js, `{"country":"BE","asOf":"2025-06-30","income":{"net":"2000","children":1}}`, 200, []string{`"seizable"`}, ""},
		{"goods", "/v1/goods", js, `{"asOf":"2025-06-30","owner":"natural-person","goods":[{"category":"mobile-phone","value":"450"}]}`, 200, []string{`"goods"`}, ""},
		{"court", "/v1/court", js, `{"country":"BE","asOf":"2025-06-30","creditor":"enterprise","debtor":"consumer","principal":"4000"}`, 200, []string{`"court"`}, ""},
		{"eligibility", "/v1/eligibility?asOf=2025-06-30", js, caseJSON, 200, []string{`"routes"`}, ""},
		{"plan", "/v1/plan?asOf=2025-06-30", js, caseJSON, 200, []string{`"steps"`}, ""},
		{"prescription", "/v1/prescription?asOf=2025-06-30", js, caseJSON, 200, []string{`"lastDay"`}, ""},

		// Malformed JSON.
		{"empty body", "/v1/deadline", js, ``, 400, nil, "json"},
		{"not JSON", "/v1/deadline", js, `{"country":`, 400, nil, "json"},
		{"two values", "/v1/plan", js, caseJSON + caseJSON, 400, nil, "json"},
		{"array for object", "/v1/court", js, `[1,2]`, 400, nil, ""},
		{"wrong type", "/v1/interest", js, `{"country":"BE","kind":"commercial","principal":true,"from":"2025-01-31"}`, 400, nil, "principal"},
		{"bad enum", "/v1/deadline", js, `{"country":"XX","event":"2025-06-30","kind":"appeal"}`, 400, nil, "country"},
		{"both kind and term", "/v1/deadline", js, `{"country":"BE","event":"2025-06-30","kind":"appeal","term":{"n":1,"unit":"month"}}`, 400, nil, "kind"},
		{"neither kind nor term", "/v1/deadline", js, `{"country":"BE","event":"2025-06-30"}`, 400, nil, "kind"},
		// Invalid dates, with the field path.
		{"impossible day", "/v1/deadline", js, `{"country":"BE","event":"2025-02-30","kind":"appeal"}`, 400, nil, "event"},
		{"compact day", "/v1/deadline", js, `{"country":"BE","event":"20250630","kind":"appeal"}`, 400, nil, "event"},
		{"panicking parser input", "/v1/deadline", js, `{"country":"BE","event":"00000-00","kind":"appeal"}`, 400, nil, "event"},
		{"nested date", "/v1/plan", js, strings.Replace(caseJSON, `"date":"2025-03-01"`, `"date":"2025-13-01"`, 1), 400, nil, "acts[0].date"},
		{"invoice date", "/v1/eligibility", js, strings.Replace(caseJSON, `"dueDate":"2025-02-09"`, `"dueDate":"2025-02-29"`, 1), 400, nil, "invoices[0].dueDate"},
		{"bad asOf query", "/v1/plan?asOf=30-06-2025", js, caseJSON, 400, nil, "asOf"},
		{"out of range", "/v1/deadline", js, `{"country":"BE","event":"1800-01-01","kind":"appeal"}`, 400, nil, ""},
		// No rule in force: 422 with the table and the span it covers.
		{"no rule", "/v1/interest", js, `{"country":"BE","kind":"commercial","principal":"100","from":"2027-01-01","to":"2027-12-31"}`, 422, []string{`"table":"BE interest`, `"covered":{"from":"2015-03-16","until":"2026-12-31"}`, `"partial":`}, ""},
		// Wrong content types.
		{"no content type", "/v1/deadline", "", `{}`, 415, nil, ""},
		{"text/plain", "/v1/deadline", "text/plain", `{}`, 415, nil, ""},
		{"form", "/v1/plan", "application/x-www-form-urlencoded", `a=b`, 415, nil, ""},
		{"latin-1", "/v1/deadline", "application/json; charset=iso-8859-1", `{}`, 415, nil, ""},
		{"garbage content type", "/v1/deadline", ";;;", `{}`, 415, nil, ""},
	}
	for _, k := range cases {
		t.Run(k.name, func(t *testing.T) {
			r := do(t, c, http.MethodPost, ts.URL+k.path, k.ct, strings.NewReader(k.body))
			if r.status != k.status {
				t.Fatalf("status %d, want %d: %s", r.status, k.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			for _, w := range k.want {
				if !bytes.Contains(r.body, []byte(w)) {
					t.Errorf("body lacks %s:\n%.2000s", w, r.body)
				}
			}
			if k.status >= 400 {
				e := errorOf(t, r)
				if k.field != "" && e.Field != k.field {
					t.Errorf("field %q, want %q (%s)", e.Field, k.field, e.Message)
				}
			}
		})
	}
}

// TestDeadlineJSON: the API answers with the library's JSON of the
// deadline.
func TestDeadlineJSON(t *testing.T) {
	_, ts := newTestServer(t, nil)
	r := do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/deadline", "application/json", strings.NewReader(`{"country":"BE","event":"2025-06-30","kind":"appeal"}`))
	want, err := json.Marshal(appealDeadline(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := bytes.TrimSpace(r.body); !bytes.Equal(got, want) {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestOversizedBodies(t *testing.T) {
	s, ts := newTestServer(t, nil)
	c := ts.Client()
	big := `{"country":"BE","event":"2025-06-30","kind":"appeal","pad":"` + strings.Repeat("x", int(s.maxBody)) + `"}`
	// With a Content-Length.
	r := do(t, c, http.MethodPost, ts.URL+"/v1/deadline", "application/json", strings.NewReader(big))
	if r.status != http.StatusRequestEntityTooLarge || errorOf(t, r).Code != codeTooLarge {
		t.Errorf("with length: %d %s", r.status, r.body)
	}
	// Chunked, with no length: stopped while reading.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/deadline", "application/json", io.MultiReader(strings.NewReader(big)))
	if r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked: %d %s", r.status, r.body)
	}
	// A batch over its limit.
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/v1/plan:batch", strings.NewReader("[]"))
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = maxBatchBody + 1
	req.Body = io.NopCloser(io.LimitReader(neverEnding('x'), maxBatchBody+1))
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("batch: %d", res.StatusCode)
	}
}

type neverEnding byte

func (b neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

func TestHealthOpenAPINotFoundMethod(t *testing.T) {
	_, ts := newTestServer(t, nil)
	c := ts.Client()
	r := do(t, c, http.MethodGet, ts.URL+"/healthz", "", nil)
	if r.status != 200 || !bytes.Contains(r.body, []byte(`"status":"ok"`)) {
		t.Errorf("healthz: %d %s", r.status, r.body)
	}
	r = do(t, c, http.MethodGet, ts.URL+"/openapi.json", "", nil)
	if r.status != 200 || !json.Valid(r.body) {
		t.Errorf("openapi: %d", r.status)
	}
	r = do(t, c, http.MethodGet, ts.URL+"/v2/nothing", "", nil)
	if r.status != 404 || errorOf(t, r).Code != codeNotFound {
		t.Errorf("404: %d %s", r.status, r.body)
	}
	r = do(t, c, http.MethodGet, ts.URL+"/v1/plan", "", nil)
	if r.status != 405 || r.header.Get("Allow") != "POST" {
		t.Errorf("405: %d %v", r.status, r.header)
	}
	r = do(t, c, http.MethodPost, ts.URL+"/healthz", "application/json", strings.NewReader("{}"))
	if r.status != 405 {
		t.Errorf("POST /healthz: %d", r.status)
	}
}

// TestOpenAPIMatchesHandlers: every path and method of the document has a
// handler, and every handler is in the document.
func TestOpenAPIMatchesHandlers(t *testing.T) {
	s, ts := newTestServer(t, nil)
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	var documented, served []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	for _, rt := range s.routes {
		served = append(served, rt.method+" "+rt.path)
	}
	sort.Strings(documented)
	sort.Strings(served)
	if strings.Join(documented, "\n") != strings.Join(served, "\n") {
		t.Errorf("documented:\n%s\nserved:\n%s", strings.Join(documented, "\n"), strings.Join(served, "\n"))
	}
	// Each documented operation reaches its handler (not the 404 or 405
	// fallback).
	for _, op := range documented {
		m, p, _ := strings.Cut(op, " ")
		r := do(t, ts.Client(), m, ts.URL+p, "application/json", strings.NewReader("{}"))
		if r.status == 404 || r.status == 405 {
			t.Errorf("%s: %d", op, r.status)
		}
	}
}

func TestPanicIsRecovered(t *testing.T) {
	var logBuf safeBuffer
	s, ts := newTestServer(t, slog.New(slog.NewJSONHandler(&logBuf, nil)))
	s.mux.HandleFunc("/boom", func(http.ResponseWriter, *http.Request) { panic("secret internals") })
	r := do(t, ts.Client(), http.MethodGet, ts.URL+"/boom", "", nil)
	if r.status != 500 || bytes.Contains(r.body, []byte("secret")) || errorOf(t, r).Message != internalMessage {
		t.Errorf("%d %s", r.status, r.body)
	}
	if !strings.Contains(logBuf.String(), "secret internals") || !strings.Contains(logBuf.String(), `"status":500`) {
		t.Errorf("log: %s", logBuf.String())
	}
}

// TestAccessLog: one JSON line per request on the logger.
func TestAccessLog(t *testing.T) {
	var logBuf safeBuffer
	_, ts := newTestServer(t, slog.New(slog.NewJSONHandler(&logBuf, nil)))
	do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/deadline", "application/json", strings.NewReader(`{"country":"BE","event":"2025-06-30","kind":"appeal"}`))
	var line map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(logBuf.String())), &line); err != nil {
		t.Fatalf("%v: %s", err, logBuf.String())
	}
	if line["msg"] != "request" || line["path"] != "/v1/deadline" || line["status"] != float64(200) || line["method"] != "POST" {
		t.Errorf("log line %v", line)
	}
}

type batchLine struct {
	Index int             `json:"index"`
	Line  int             `json:"line"`
	Plan  json.RawMessage `json:"plan"`
	Error *apiError       `json:"error"`
}

func readBatch(t *testing.T, body []byte) []batchLine {
	t.Helper()
	var out []batchLine
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var l batchLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		out = append(out, l)
	}
	return out
}

func TestPlanBatch(t *testing.T) {
	_, ts := newTestServer(t, nil)
	c := ts.Client()
	bad := strings.Replace(caseJSON, `"dueDate":"2025-02-09"`, `"dueDate":"2025-02-30"`, 1)
	noInvoices := `{"country":"BE","creditor":{"kind":"enterprise"},"debtor":{"kind":"consumer"}}`

	// A JSON array: every case answered, errors name their index.
	r := do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch?asOf=2025-06-30", "application/json",
		strings.NewReader("["+caseJSON+","+bad+","+noInvoices+",42,"+caseJSON+"]"))
	if r.status != 200 || r.header.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("%d %v", r.status, r.header)
	}
	lines := readBatch(t, r.body)
	if len(lines) != 5 {
		t.Fatalf("%d lines: %s", len(lines), r.body)
	}
	for i, l := range lines {
		if l.Index != i {
			t.Errorf("line %d has index %d", i, l.Index)
		}
		wantErr := i == 1 || i == 2 || i == 3
		if (l.Error != nil) != wantErr || (l.Plan != nil) == wantErr {
			t.Errorf("case %d: error %v, plan %d bytes", i, l.Error, len(l.Plan))
		}
	}
	if e := lines[1].Error; e.Status != 400 || e.Field != "invoices[0].dueDate" {
		t.Errorf("case 1: %+v", e)
	}

	// NDJSON: blank lines skipped, each error names its index and line.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch?asOf=2025-06-30", "application/x-ndjson",
		strings.NewReader(caseJSON+"\n\n{not json\n"+bad+"\r\n"+caseJSON))
	lines = readBatch(t, r.body)
	if len(lines) != 4 {
		t.Fatalf("%d lines: %s", len(lines), r.body)
	}
	if lines[1].Error == nil || lines[1].Line != 3 || lines[1].Index != 1 || lines[1].Error.Status != 400 {
		t.Errorf("bad JSON line: %+v", lines[1])
	}
	if lines[2].Error == nil || lines[2].Line != 4 || lines[2].Error.Field != "invoices[0].dueDate" {
		t.Errorf("bad date line: %+v %+v", lines[2], lines[2].Error)
	}
	if lines[3].Plan == nil || lines[3].Line != 5 {
		t.Errorf("last line: %+v", lines[3])
	}

	// A malformed array: the cases before are answered, then one error.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch", "application/json", strings.NewReader("["+caseJSON+",{]"))
	lines = readBatch(t, r.body)
	if len(lines) != 2 || lines[0].Plan == nil || lines[1].Error == nil || lines[1].Index != 1 {
		t.Errorf("malformed array: %s", r.body)
	}

	// Not an array at all: 400 before streaming.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch", "application/json", strings.NewReader(caseJSON))
	if r.status != 400 {
		t.Errorf("object: %d %s", r.status, r.body)
	}
	// An empty array: an empty stream.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch", "application/json", strings.NewReader("[]"))
	if r.status != 200 || len(r.body) != 0 {
		t.Errorf("empty: %d %q", r.status, r.body)
	}
	// Wrong content type.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch", "text/csv", strings.NewReader("[]"))
	if r.status != 415 {
		t.Errorf("csv: %d", r.status)
	}
	// Bad asOf.
	r = do(t, c, http.MethodPost, ts.URL+"/v1/plan:batch?asOf=2025-02-29", "application/json", strings.NewReader("[]"))
	if r.status != 400 || errorOf(t, r).Field != "asOf" {
		t.Errorf("asOf: %d %s", r.status, r.body)
	}
}

// TestBatchStreams: a large batch is answered in order, in bounded memory
// (it is read and written one case at a time).
func TestBatchStreams(t *testing.T) {
	_, ts := newTestServer(t, nil)
	const n = 300
	pr, pw := io.Pipe()
	go func() {
		for range n {
			io.WriteString(pw, caseJSON+"\n")
		}
		pw.Close()
	}()
	r := do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/plan:batch?asOf=2025-06-30", "application/x-ndjson", pr)
	lines := readBatch(t, r.body)
	if len(lines) != n {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		if l.Index != i || l.Plan == nil {
			t.Fatalf("line %d: %+v", i, l)
		}
	}
}

// TestServeShutdown starts the real server on a loopback port and stops it
// as SIGTERM would.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var logBuf safeBuffer
	s := newServer(newEngine(), slog.New(slog.NewJSONHandler(&logBuf, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, s, ln) }()
	url := "http://" + ln.Addr().String()
	r := do(t, http.DefaultClient, http.MethodPost, url+"/v1/deadline", "application/json", strings.NewReader(`{"country":"BE","event":"2025-06-30","kind":"appeal"}`))
	if r.status != 200 || !bytes.Contains(r.body, []byte("2025-09-15")) {
		t.Errorf("%d %s", r.status, r.body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no shutdown")
	}
	if !strings.Contains(logBuf.String(), `"msg":"stopped"`) {
		t.Errorf("log: %s", logBuf.String())
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("still serving after shutdown")
	}
}

func TestClassify(t *testing.T) {
	if e := classify(io.ErrUnexpectedEOF); e.Status != 500 || e.Message != internalMessage {
		t.Errorf("%+v", e)
	}
	if e := classify(vordering.Invalid("x.y", 1, "bad")); e.Status != 400 || e.Field != "x.y" {
		t.Errorf("%+v", e)
	}
	nr := &vordering.NoRuleError{Table: "T", Date: testAsOf, Covered: vordering.Period{From: date.New(2000, 1, 1), Until: date.New(2020, 12, 31)}}
	if e := classify(nr); e.Status != 422 || e.Table != "T" || e.Covered == nil || e.Covered.Until != date.New(2020, 12, 31) {
		t.Errorf("%+v", e)
	}
	if e := classify(&http.MaxBytesError{Limit: 10}); e.Status != 413 {
		t.Errorf("%+v", e)
	}
}

type dateT = date.Date

func discardLogger() *slog.Logger { return slog.New(slog.NewJSONHandler(io.Discard, nil)) }

// sanitizeURL makes a fuzzed query usable in a request line.
func sanitizeURL(u string) string {
	p, q, ok := strings.Cut(u, "?")
	if !ok {
		return u
	}
	k, v, _ := strings.Cut(q, "=")
	return p + "?" + k + "=" + neturl.QueryEscape(v)
}

// TestServePublicPlan: a municipality's money debt under title 4.4 Awb,
// posted as JSON with its public basis, is planned with the bestuursorgaan's
// own route: the aanmaning of art. 4:112 Awb is the recommended step, from
// the day after the payment term (art. 4:97).
func TestServePublicPlan(t *testing.T) {
	_, ts := newTestServer(t, nil)
	body := `{"country":"NL","creditor":{"name":"Gemeente Utrecht","kind":"public-body"},"debtor":{"name":"P. de Vries","kind":"consumer"},` +
		`"invoices":[{"number":"B-17","date":"2026-03-02","dueDate":"2026-04-13","principal":"650.00","accessories":"0"}],` +
		`"public":{"basis":"nl-awb","dwangbevelPower":true}}`
	r := do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/plan?asOf=2026-04-20", "application/json", strings.NewReader(body))
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var p struct {
		Recommended int `json:"recommended"`
		Steps       []struct {
			Act      string `json:"act"`
			Earliest string `json:"earliest"`
		} `json:"steps"`
	}
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatal(err)
	}
	if p.Recommended < 0 || p.Steps[p.Recommended].Act != "admin-reminder" || p.Steps[p.Recommended].Earliest != "2026-04-20" {
		t.Fatalf("recommended %d of %+v: want the aanmaning on 2026-04-20 (art. 4:112 Awb)", p.Recommended, p.Steps)
	}
	// An unknown basis is refused with the field named.
	bad := strings.Replace(body, `"nl-awb"`, `"city"`, 1)
	if r := do(t, ts.Client(), http.MethodPost, ts.URL+"/v1/plan?asOf=2026-04-20", "application/json", strings.NewReader(bad)); r.status != 400 {
		t.Errorf("unknown basis: status %d", r.status)
	}
}

// TestServeLenientPlan: a Dutch judgment recorded straight after the
// summons, where the flow expects a defence or a default judgment (art. 139
// Rv), is refused by the strict planner with 400 naming the act;
// ?lenient=true plans the case and reports the act in warnings; any other
// value is 400.
func TestServeLenientPlan(t *testing.T) {
	_, ts := newTestServer(t, nil)
	body := `{"country":"NL","creditor":{"kind":"enterprise"},"debtor":{"kind":"enterprise"},` +
		`"invoices":[{"number":"F1","date":"2026-09-01","dueDate":"2026-10-01","principal":"900","accessories":"0"}],` +
		`"acts":[{"kind":"summons","date":"2026-10-05"},{"kind":"judgment","date":"2026-10-20"}]}`
	url := ts.URL + "/v1/plan?asOf=2026-11-28"
	if r := do(t, ts.Client(), http.MethodPost, url, "application/json", strings.NewReader(body)); r.status != 400 || !strings.Contains(string(r.body), "Acts[1]") {
		t.Fatalf("strict: status %d: %s", r.status, r.body)
	}
	r := do(t, ts.Client(), http.MethodPost, url+"&lenient=true", "application/json", strings.NewReader(body))
	if r.status != 200 {
		t.Fatalf("lenient: status %d: %s", r.status, r.body)
	}
	var p struct {
		Warnings []struct {
			Index int    `json:"index"`
			Act   string `json:"act"`
		} `json:"warnings"`
	}
	if err := json.Unmarshal(r.body, &p); err != nil || len(p.Warnings) != 1 || p.Warnings[0].Act != "judgment" {
		t.Fatalf("lenient warnings %+v (%v): want the judgment after a summons with no defence", p.Warnings, err)
	}
	if r := do(t, ts.Client(), http.MethodPost, url+"&lenient=maybe", "application/json", strings.NewReader(body)); r.status != 400 {
		t.Errorf("lenient=maybe: status %d", r.status)
	}
}
