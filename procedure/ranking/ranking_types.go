package ranking

import (
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// EnforcementKind is an enforcement route that a creditor holding a title may
// choose, or the choice to stop.
type EnforcementKind uint8

// The enforcement routes.
const (
	// EnforceWageGarnishment is a garnishment of wages or benefits in the
	// hands of the employer or payer (BE loonbeslag, art. 1409 ff. Ger.W.;
	// NL derdenbeslag onder werkgever, art. 475 ff. Rv).
	EnforceWageGarnishment EnforcementKind = iota + 1
	// EnforceBankGarnishment is a garnishment of a bank account (beslag onder
	// derden bij de bank).
	EnforceBankGarnishment
	// EnforceMovableSeizure is a seizure of movable goods at the debtor's
	// (roerend beslag; BE art. 1499 ff. Ger.W., NL art. 439 ff. Rv).
	EnforceMovableSeizure
	// EnforceRealEstate is a conservatory seizure or the registration of a
	// judicial mortgage on immovable property (BE art. 1560 ff. Ger.W. and
	// the hypotheekwet; NL art. 502 ff. Rv), with a view to a later sale.
	EnforceRealEstate
	// EnforcePaymentPlan is an agreed payment arrangement instead of, or
	// while holding back, enforcement.
	EnforcePaymentPlan
	// EnforceStop is stopping: the expected recovery does not cover the
	// costs that would stay with the creditor.
	EnforceStop
)

// EnforcementOption is one ranked enforcement route with its reasons.
type EnforcementOption struct {
	Kind EnforcementKind `json:"kind"`
	// Rank is the position in the ranking, 1 for the best option.
	Rank int `json:"rank"`
	// Score is the ranker's score; higher is better. Its scale is the
	// ranker's own; only the order it induces is meaningful.
	Score int `json:"score"`
	// Monthly is, for a wage garnishment, the amount that may be seized each
	// month (package garnishment); zero otherwise.
	Monthly decimal.Decimal `json:"monthly"`
	// MonthsToClear is, for a wage garnishment, the number of months the
	// monthly amount needs to clear the debt; zero when not applicable or
	// when nothing can be seized.
	MonthsToClear int `json:"monthsToClear,omitempty"`
	// DaysPastDue is the age of the claim on the as-of day: the days since
	// the earliest due date of the case's invoices (zero when none is past
	// due). The default ranking lowers the collectability and the payment
	// plan's score with it; see [DefaultRanker].
	DaysPastDue int `json:"daysPastDue,omitempty"`
	// ExpectedRecovery is the ranker's estimate of what the route recovers.
	ExpectedRecovery decimal.Decimal `json:"expectedRecovery"`
	// CreditorCosts are the costs the creditor advances and bears if the
	// route fails (not recoverable from a debtor who does not pay).
	CreditorCosts decimal.Decimal `json:"creditorCosts"`
	// Why says, factor by factor, why the option ranks where it does.
	Why []string `json:"why"`
	// Cites are the rules the option rests on.
	Cites []vordering.Citation `json:"cites"`
	// Assurance is how sure the option's figures are (the bailiff tariff
	// and, for a wage garnishment, the seizable amount).
	Assurance vordering.Assurance `json:"assurance,omitzero"`
}

// Ranker orders the enforcement options of a case. The planner calls it with
// the options that are lawful on the as-of date; it returns them ranked (Rank
// set from 1, best first) with the reasons filled in. A Ranker must be safe
// for concurrent use and must not read a clock, a file or the network.
type Ranker interface {
	Rank(c casefile.Case, p casefile.DebtorProfile, options []EnforcementOption) []EnforcementOption
}
