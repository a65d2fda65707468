package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

// FuzzHandlers sends arbitrary bodies to every endpoint, as JSON and as
// NDJSON: the handlers never panic and never answer with a 5xx (every
// failure of the input is a documented 4xx), and every error body names
// its status.
func FuzzHandlers(f *testing.F) {
	seeds := []string{
		`{"country":"BE","event":"2025-06-30","kind":"appeal"}`,
		`{"country":"NL","event":"2025-04-04","term":{"n":14,"unit":"day","backward":true}}`,
		`{"country":"BE","kind":"commercial","principal":"10000","from":"2025-01-31","to":"2025-06-30"}`,
		`{"country":"NL","principal":"1e9000","debtor":"consumer","asOf":"2025-06-30","reminderReceived":"2025-05-01"}`,
		`{"country":"BE","asOf":"2025-06-30","income":{"net":"2000","children":1e3}}`,
		`{"asOf":"2025-06-30","owner":"natural-person","goods":[{"category":"mobile-phone","value":"450"}]}`,
		`{"country":"BE","asOf":"2025-06-30","creditor":"enterprise","debtor":"consumer","principal":"4000","matter":"lease"}`,
		caseJSON,
		"[" + caseJSON + "," + caseJSON + "]",
		caseJSON + "\n" + caseJSON,
		`{"asOf":"00000-00","from":"+0000-00","invoices":[{"dueDate":"2025-02-30"}]}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"country":"NL","invoices":[{"principal":"-1","date":"2199-12-31","dueDate":"2199-12-31"}],"acts":[{"kind":"judgment","date":"1900-01-01"}]}`,
		"",
		"\x00\xff",
	}
	for _, s := range seeds {
		f.Add([]byte(s), uint8(0))
	}
	s := newServer(newEngine(), discardLogger())
	s.today = func() dateT { return testAsOf }
	var paths []string
	for _, rt := range s.routes {
		if rt.method == http.MethodPost {
			paths = append(paths, rt.path)
		}
	}
	f.Fuzz(func(t *testing.T, body []byte, pick uint8) {
		for i, p := range paths {
			for _, ct := range []string{"application/json", "application/x-ndjson"} {
				if ct != "application/json" && p != "/v1/plan:batch" {
					continue
				}
				url := p
				if pick%3 == 1 {
					url += "?asOf=2026-11-28"
				} else if pick%3 == 2 && i%2 == 0 {
					url += "?asOf=" + string(body[:min(len(body), 12)])
				}
				req := httptest.NewRequest(http.MethodPost, "http://x"+sanitizeURL(url), bytes.NewReader(body))
				req.Header.Set("Content-Type", ct)
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				if w.Code >= 500 {
					t.Fatalf("%s %s: %d %s", p, ct, w.Code, w.Body.Bytes())
				}
				if w.Code != 200 && !bytes.Contains(w.Body.Bytes(), []byte(`"status":`)) {
					t.Fatalf("%s: %d without an error body: %s", p, w.Code, w.Body.Bytes())
				}
				if p == "/v1/plan:batch" && w.Code == 200 && bytes.Contains(w.Body.Bytes(), []byte(`"status":500`)) {
					t.Fatalf("batch: a 500 line: %s", w.Body.Bytes())
				}
			}
		}
	})
}
