package ranking

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// DefaultRanker returns the ranking RankEnforcement and the planner use
// when the caller gives none (a nil Ranker). It is a fixed, documented
// scoring of the options; see the scoring below. It holds no state, is safe
// for concurrent use, and the library never reads it through a variable a
// caller could change.
//
// Each option gets an integer score, the sum of these factors; higher is
// better, and ties go to the earlier EnforcementKind (wage garnishment before
// bank garnishment … before stop). Each factor's contribution is a line of
// the option's Why. The figures are the ranking's own weights, not law.
//
//  1. Cost cover: +1000 when the expected recovery exceeds the creditor's
//     costs (a cost that is not confirmed counts as zero), −1000 when it does
//     not; stop scores 0. So every option that pays for itself ranks above
//     stop, and stop ranks above every option that does not. No other factor
//     can undo this: factors 2 to 9 together stay within −240..+190.
//  2. Recovery share: ⌊100 × expected recovery ÷ outstanding⌋, 0 to 100.
//  3. Speed: wage garnishment +30 when the debt clears in at most 6 months,
//     +20 within 12, +10 within 24, 0 beyond or when the monthly amount is
//     unknown; bank garnishment +30 (one act, the bank declares within days);
//     movable seizure +10 (a sale follows after weeks); real estate −30 (a
//     sale takes a year or more: the seizure or mortgage secures the claim
//     but pays late); payment plan +10.
//  4. Certainty: wage garnishment +20 when the employer or payer is known,
//     −20 when not (the garnishee must first be found); bank garnishment
//     +10 (an account is known); movable seizure +10 when a vehicle is known,
//     0 for an enterprise, −10 for a natural person with no known goods;
//     real estate +20 (the property is registered); payment plan 0.
//  5. Failed earlier collections: −10 each, at most −50.
//  6. Insolvency events: −10 each, at most −50.
//  7. Address problems: −20 for movable seizure (the bailiff seizes at the
//     address) and for a payment plan (the debtor must be reached); 0 for
//     the garnishments and real estate, which go through third parties and
//     registers.
//  8. Claim age (DaysPastDue): a payment plan −10 per full year (365
//     days) since the earliest due date, at most −30: a debt left unpaid
//     through the amicable stage is seldom settled by agreement; the forced
//     routes 0 (their recovery already falls with age, see the
//     collectability of [RankEnforcement]).
//  9. Attitude (DebtorProfile.Attitude): a debtor who cannot pay gives the
//     payment plan +40 (a plan matched to the means is the realistic
//     route) and the bank garnishment and the movable seizure −10 each
//     (accounts run empty, goods are exempt); a debtor who will not pay
//     gives the payment plan −40 (a plan the debtor refuses is not kept)
//     and the wage and bank garnishments and the movable seizure +10 each
//     (forced routes reach means the debtor holds back); unknown 0.
//
// Factors 8 and 9 are assumptions about practice, taken from the
// collection practice of public creditors that weighs the age of the debt
// and the difference between debtors who cannot and who will not pay; no
// statute sets them. Stop scores 0 on every factor.
//
// The options it returns are new values: their Why and Cites lists are
// copies, never the input options' own.
func DefaultRanker() Ranker { return defaultRanker{} }

// defaultRanker is the ranking documented on [DefaultRanker].
type defaultRanker struct{}

// factor is one factor's contribution to a score.
type factor struct {
	name  string
	delta int
	why   string
}

// Rank scores and orders the options; the input slice is not modified.
func (defaultRanker) Rank(c casefile.Case, p casefile.DebtorProfile, options []EnforcementOption) []EnforcementOption {
	out := outstanding(c)
	res := make([]EnforcementOption, len(options))
	for i, o := range options {
		fs := scoreFactors(o, p, c)
		if out.IsPositive() && o.Kind != EnforceStop {
			pct := 0
			if o.ExpectedRecovery.IsPositive() {
				q := vordering.Div(o.ExpectedRecovery.Mul(hundred), out).Floor()
				pct = int(decimal.Min(q, hundred).IntPart())
			}
			fs[1] = factor{"recovery share", pct, strconv.Itoa(pct) + "% of the outstanding EUR " + euro(out)}
		}
		score := 0
		why := make([]string, 0, len(o.Why)+len(fs)+1)
		why = append(why, o.Why...)
		for _, f := range fs {
			score += f.delta
			sign, n := "+", f.delta
			if n < 0 {
				sign, n = "-", -n
			}
			why = append(why, f.name+": "+sign+strconv.Itoa(n)+" ("+f.why+")")
		}
		o.Why, o.Score = why, score
		o.Cites = slices.Clone(o.Cites)
		res[i] = o
	}
	slices.SortStableFunc(res, func(a, b EnforcementOption) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return cmp.Compare(a.Kind, b.Kind)
	})
	for i := range res {
		res[i].Rank = i + 1
		res[i].Why = append(res[i].Why, "rank "+strconv.Itoa(i+1)+" of "+strconv.Itoa(len(res))+": score "+strconv.Itoa(res[i].Score))
	}
	return res
}

// scoreFactors returns factors 1 to 7 of the default ranking; the recovery
// share (index 1) is filled in by the caller.
func scoreFactors(o EnforcementOption, p casefile.DebtorProfile, c casefile.Case) (fs [len(factorNames)]factor) {
	fs[1] = factor{"recovery share", 0, "no outstanding amount to compare"}
	if o.Kind == EnforceStop {
		fs[0] = factor{"cost cover", 0, "stop"}
		for i := 2; i < len(factorNames); i++ {
			fs[i] = factor{factorNames[i], 0, "stop"}
		}
		fs[1].why = "stop recovers nothing"
		return
	}
	if o.ExpectedRecovery.GreaterThan(o.CreditorCosts) {
		fs[0] = factor{"cost cover", 1000, "expected EUR " + euro(o.ExpectedRecovery) + " exceeds costs EUR " + euro(o.CreditorCosts)}
	} else {
		fs[0] = factor{"cost cover", -1000, "expected EUR " + euro(o.ExpectedRecovery) + " does not exceed costs EUR " + euro(o.CreditorCosts)}
	}
	switch o.Kind {
	case EnforceWageGarnishment:
		m := o.MonthsToClear
		switch {
		case m <= 0:
			fs[2] = factor{"speed", 0, "months to clear unknown"}
		case m <= 6:
			fs[2] = factor{"speed", 30, strconv.Itoa(m) + " months to clear, at most 6"}
		case m <= 12:
			fs[2] = factor{"speed", 20, strconv.Itoa(m) + " months to clear, at most 12"}
		case m <= 24:
			fs[2] = factor{"speed", 10, strconv.Itoa(m) + " months to clear, at most 24"}
		default:
			fs[2] = factor{"speed", 0, strconv.Itoa(m) + " months to clear, more than 24"}
		}
		if p.EmployerKnown {
			fs[3] = factor{"certainty", 20, "employer or payer known"}
		} else {
			fs[3] = factor{"certainty", -20, "employer or payer not known"}
		}
	case EnforceBankGarnishment:
		fs[2] = factor{"speed", 30, "one act; the bank declares within days"}
		fs[3] = factor{"certainty", 10, "an account is known"}
	case EnforceMovableSeizure:
		fs[2] = factor{"speed", 10, "a sale follows the seizure after weeks"}
		switch {
		case p.Vehicle:
			fs[3] = factor{"certainty", 10, "a vehicle is known"}
		case !naturalPerson(c):
			fs[3] = factor{"certainty", 0, "an enterprise's business assets"}
		default:
			fs[3] = factor{"certainty", -10, "no goods of value known"}
		}
	case EnforceRealEstate:
		fs[2] = factor{"speed", -30, "a sale takes a year or more; the seizure secures the claim but pays late"}
		fs[3] = factor{"certainty", 20, "the property is registered"}
	case EnforcePaymentPlan:
		fs[2] = factor{"speed", 10, "instalments start at once if the debtor agrees"}
		fs[3] = factor{"certainty", 0, "depends on the debtor's agreement"}
	default:
		fs[2] = factor{"speed", 0, "unknown route"}
		fs[3] = factor{"certainty", 0, "unknown route"}
	}
	f := min(50, 10*max(0, p.FailedCollections))
	fs[4] = factor{"failed collections", -f, strconv.Itoa(p.FailedCollections) + " failed earlier collections, −10 each, at most −50"}
	e := min(50, 10*max(0, p.InsolvencyEvents))
	fs[5] = factor{"insolvency events", -e, strconv.Itoa(p.InsolvencyEvents) + " insolvency events, −10 each, at most −50"}
	switch {
	case !p.AddressProblems:
		fs[6] = factor{"address problems", 0, "none known"}
	case o.Kind == EnforceMovableSeizure || o.Kind == EnforcePaymentPlan:
		fs[6] = factor{"address problems", -20, "letters come back; the route needs the debtor's address"}
	default:
		fs[6] = factor{"address problems", 0, "the route goes through a third party or a register"}
	}
	years := max(0, o.DaysPastDue) / daysPerYear
	if o.Kind == EnforcePaymentPlan {
		fs[7] = factor{"claim age", -min(30, 10*years), strconv.Itoa(years) + " full years past due, −10 each for a payment plan, at most −30"}
	} else {
		fs[7] = factor{"claim age", 0, strconv.Itoa(years) + " full years past due; a forced route's recovery already falls with age"}
	}
	fs[8] = attitudeFactor(o.Kind, p.Attitude)
	return
}

// attitudeFactor is factor 9 of the default ranking.
func attitudeFactor(k EnforcementKind, a casefile.Attitude) factor {
	switch a {
	case casefile.AttitudeCannotPay:
		switch k {
		case EnforcePaymentPlan:
			return factor{"attitude", 40, "cannot pay: a plan matched to the means"}
		case EnforceBankGarnishment, EnforceMovableSeizure:
			return factor{"attitude", -10, "cannot pay: accounts run empty, goods are exempt"}
		}
		return factor{"attitude", 0, "cannot pay"}
	case casefile.AttitudeWillNotPay:
		switch k {
		case EnforcePaymentPlan:
			return factor{"attitude", -40, "will not pay: a refused plan is not kept"}
		case EnforceWageGarnishment, EnforceBankGarnishment, EnforceMovableSeizure:
			return factor{"attitude", 10, "will not pay: a forced route reaches the means held back"}
		}
		return factor{"attitude", 0, "will not pay"}
	}
	return factor{"attitude", 0, "not known"}
}

var factorNames = [...]string{"cost cover", "recovery share", "speed", "certainty", "failed collections", "insolvency events", "address problems", "claim age", "attitude"}

var hundred = intDec(100)

func intDec(n int) decimal.Decimal { return decimal.New(int64(n), 0) }
