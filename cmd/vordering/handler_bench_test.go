package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkHandlerDeadline measures the server's own work per request
// (no network): decoding, computing, encoding, logging.
func BenchmarkHandlerDeadline(b *testing.B) {
	s := newServer(newEngine(), discardLogger())
	body := `{"country":"BE","event":"2025-06-30","kind":"appeal"}`
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/deadline", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}

func BenchmarkLibraryDeadline(b *testing.B) {
	d := appealDeadline(b)
	b.Run("compute", func(b *testing.B) {
		for b.Loop() {
			appealDeadline(b)
		}
	})
	b.Run("marshal", func(b *testing.B) {
		for b.Loop() {
			d.MarshalJSON()
		}
	})
}
