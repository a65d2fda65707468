package costs

import "github.com/vordering/vordering"

// Rules answers the questions of this package under a caller's policy: which
// figures an answer may rest on (a minimum confidence level) and whether the
// last known figure of a table may be carried past its end. The zero value
// is the default policy, and the package functions (Interest, Extrajudicial,
// CourtFee, …) are shortcuts for the zero Rules.
//
// A Rules value holds no mutable state; it is safe for concurrent use.
type Rules struct {
	Policy vordering.Policy
}
