package flow

import (
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/casetest"
)

// The reference cases the procedure packages' tests share (casetest).
var (
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
// fuzz test was written for (widenActs then spreads them).
func fuzzCase(country, dk, ck, status, matter, nature, flags uint8, principal, access int64, invDay, dueGap int32, acts []byte) casefile.Case {
	return casetest.FuzzCase(18, country, dk, ck, status, matter, nature, flags, principal, access, invDay, dueGap, acts)
}
