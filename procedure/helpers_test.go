package procedure

import (
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/procedure/internal/casetest"
)

func mustAssess(t *testing.T, c Case, asOf date.Date) EligibilityReport {
	t.Helper()
	a, err := Eligibility(c, asOf)
	if err != nil {
		t.Fatalf("Eligibility: %v", err)
	}
	return a
}

func routeOf(t *testing.T, a EligibilityReport, r Route) RouteResult {
	t.Helper()
	x, ok := a.Route(r)
	if !ok {
		t.Fatalf("route %v missing", r)
	}
	return x
}

func codes(rs []Reason) []ReasonCode {
	out := make([]ReasonCode, len(rs))
	for i, r := range rs {
		out[i] = r.Code
	}
	return out
}

func hasCode(rs []Reason, c ReasonCode) bool {
	for _, r := range rs {
		if r.Code == c {
			return true
		}
	}
	return false
}

// The reference cases the procedure packages' tests share (casetest).
var (
	day                   = casetest.Day
	beB2B                 = casetest.BEB2B
	beConsumer            = casetest.BEConsumer
	nlConsumer            = casetest.NLConsumer
	nlB2B                 = casetest.NLB2B
	scaleBEReminders      = casetest.ScaleBEReminders
	scaleNLFormalNotices  = casetest.ScaleNLFormalNotices
	scaleSameDayExecution = casetest.ScaleSameDayExecution
	widenActs             = casetest.WidenActs
)

// fuzzCase is the case of a FuzzNext input, with the 18 act kinds the
// fuzz test was written for (widenActs spreads them over every kind).
func fuzzCase(country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) Case {
	return casetest.FuzzCase(18, country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
}
