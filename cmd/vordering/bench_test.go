package main

import (
	"github.com/rickb777/date"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchClients is how many clients drive the server at once.
const benchClients = 64

// benchEndpoint drives POST path with body from benchClients concurrent
// clients over loopback (keep-alive connections, a real http.Client) and
// reports the requests per second and the 99th-percentile latency. The
// access log is formatted as in production, to io.Discard.
func benchEndpoint(b *testing.B, path, body string) {
	benchEndpointFunc(b, path, func() string { return body })
}

func benchEndpointFunc(b *testing.B, path string, body func() string) {
	s := newServer(newEngine(), discardLogger())
	s.today = func() dateT { return testAsOf }
	ts := httptest.NewServer(s)
	defer ts.Close()
	tr := &http.Transport{MaxIdleConns: benchClients, MaxIdleConnsPerHost: benchClients, MaxConnsPerHost: benchClients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	url := ts.URL + path
	call := func() bool {
		req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body()))
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			return false
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	}
	// Warm the connections.
	var wg sync.WaitGroup
	for range benchClients {
		wg.Add(1)
		go func() { defer wg.Done(); call() }()
	}
	wg.Wait()
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var failed atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range benchClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if !call() {
					failed.Add(1)
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d requests failed", n)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds()), "p99-µs")
}

func BenchmarkDeadline(b *testing.B) {
	benchEndpoint(b, "/v1/deadline", `{"country":"BE","event":"2025-06-30","kind":"appeal"}`)
}

func BenchmarkPlan(b *testing.B) {
	benchEndpoint(b, "/v1/plan?asOf=2025-06-30", caseJSON)
}

// BenchmarkDeadlineUncached asks for a different event day on each request
// (20,000 days, more than the cache holds), so that nearly every answer
// is computed and rendered.
func BenchmarkDeadlineUncached(b *testing.B) {
	var n atomic.Int64
	benchEndpointFunc(b, "/v1/deadline", func() string {
		d := testAsOf.Add(date.PeriodOfDays(n.Add(1) % 20000))
		return `{"country":"BE","event":"` + d.String() + `","kind":"appeal"}`
	})
}
