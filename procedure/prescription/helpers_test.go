package prescription

import "github.com/vordering/vordering/procedure/internal/casetest"

// The reference cases the procedure packages' tests share (casetest).
var (
	beB2B      = casetest.BEB2B
	beConsumer = casetest.BEConsumer
	nlConsumer = casetest.NLConsumer
	nlB2B      = casetest.NLB2B
)
