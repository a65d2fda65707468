package costs

import (
	"fmt"
	"sort"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Debt is one claim whose partial payments [ImputePayments] allocates: a
// principal that bears interest from the day after From, and costs (for
// instance the extrajudicial collection costs of [Extrajudicial], VAT
// included where added) that do not bear interest.
type Debt struct {
	Country   vordering.Country `json:"country"`
	Kind      Kind              `json:"kind"`      // interest kind
	Principal decimal.Decimal   `json:"principal"` // hoofdsom, ≥ 0
	Costs     decimal.Decimal   `json:"costs"`     // kosten, ≥ 0
	From      date.Date         `json:"from"`      // interest runs from the day after
	// Options tunes the interest as in [InterestWith] (contractual rate, day
	// count, compounding).
	Options InterestOptions `json:"options"`
}

// Payment is an amount the debtor paid on a day.
type Payment struct {
	Date   date.Date       `json:"date"`
	Amount decimal.Decimal `json:"amount"` // > 0
}

// Balance is what the debtor owes at a moment, by component.
type Balance struct {
	Costs     decimal.Decimal `json:"costs"`
	Interest  decimal.Decimal `json:"interest"`  // accrued, not yet paid nor capitalised
	Principal decimal.Decimal `json:"principal"` // including capitalised interest
	Total     decimal.Decimal `json:"total"`
}

// Allocation is how one payment was imputed, and the balance after it.
type Allocation struct {
	Payment Payment `json:"payment"`
	// InterestAccrued is the interest accrued since the previous payment (or
	// since From) up to and including the payment day.
	InterestAccrued decimal.Decimal `json:"interestAccrued"`
	ToCosts         decimal.Decimal `json:"toCosts"`
	ToInterest      decimal.Decimal `json:"toInterest"`
	ToPrincipal     decimal.Decimal `json:"toPrincipal"`
	// Surplus is the part of the payment left after the whole debt was paid.
	Surplus decimal.Decimal `json:"surplus"`
	After   Balance         `json:"after"`
}

// Imputation is the answer of [ImputePayments]: the running balance payment
// by payment, the interest periods behind it and the balance on AsOf.
type Imputation struct {
	Debt            Debt                   `json:"debt"`
	AsOf            date.Date              `json:"asOf"`
	Start           Balance                `json:"start"`
	Allocations     []Allocation           `json:"allocations"`
	Periods         []InterestPeriod       `json:"periods"`
	Capitalisations []Capitalisation       `json:"capitalisations,omitempty"`
	Final           Balance                `json:"final"` // on AsOf, interest included up to AsOf
	Overpaid        decimal.Decimal        `json:"overpaid"`
	Rounding        vordering.RoundingRule `json:"rounding"`
	Citations       []vordering.Citation   `json:"citations"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
	// Assurance is how sure the balance is: the weakest level of the
	// rate rows used.
	Assurance vordering.Assurance `json:"assurance"`
}

var (
	citeImputeNL = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:44 lid 1 (costs, then interest due, then principal); HR 10.07.2015, ECLI:NL:HR:2015:1868 (extrajudicial costs are costs)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeImputeBE = vordering.Citation{Instrument: "Oud Burgerlijk Wetboek", Article: "art. 1254 (a partial payment goes to interest before principal)",
		Publication: "costs before interest: practice as described by helderrecht.be",
		URL:         "https://www.helderrecht.be/nl/vraag/wat-betaal-je-eerst-terug-de-hoofdsom-de-intresten-de-kosten"}
)

// ImputePayments allocates each payment, in date order, to the debt as the
// law says, and returns the running balance.
//
// Netherlands: art. 6:44 lid 1 BW, a payment goes first to the costs
// (extrajudicial collection costs included, HR 10 July 2015), then to the
// interest due, then to the principal. Belgium: art. 1254 of the old Civil
// Code puts interest before principal; costs are taken first, as Belgian
// practice does. The creditor may refuse another order (art. 6:44 lid 2
// BW); this function applies the statutory one.
//
// Interest accrues as in [InterestWith] on the principal outstanding, from
// the day after From. A payment made on a day counts after that day's
// interest. In the Netherlands, on each anniversary of From the unpaid
// interest is capitalised: it becomes part of the principal that bears
// interest (art. 6:119 lid 2 BW), and later payments reduce it as
// principal. Payments dated on or before From reduce costs and principal
// before any interest runs. Amounts are in euro, rounded to the cent
// half-up per interest period.
func ImputePayments(debt Debt, payments []Payment, asOf date.Date) (Imputation, error) {
	return Rules{}.ImputePayments(debt, payments, asOf)
}

// ImputePayments is [ImputePayments] on the rules' rule set and policy (a
// rate that the policy refuses, or a day no rate covers, is an error: the
// balance after it cannot be known).
func (r Rules) ImputePayments(debt Debt, payments []Payment, asOf date.Date) (Imputation, error) {
	if err := r.Policy.Validate(); err != nil {
		return Imputation{}, err
	}
	e, err := newAccrual(debt.Country, debt.Kind, debt.From, debt.Options)
	if err != nil {
		return Imputation{}, err
	}
	if e.table != nil {
		e.table = r.rateTable(debt.Country, debt.Kind)
	}
	e.policy = r.Policy
	if debt.Principal.IsNegative() {
		return Imputation{}, vordering.Invalid("Debt.Principal", debt.Principal, "must not be negative")
	}
	if debt.Costs.IsNegative() {
		return Imputation{}, vordering.Invalid("Debt.Costs", debt.Costs, "must not be negative")
	}
	if err := vordering.CheckAmount("Debt.Principal", debt.Principal); err != nil {
		return Imputation{}, err
	}
	if err := vordering.CheckAmount("Debt.Costs", debt.Costs); err != nil {
		return Imputation{}, err
	}
	if err := vordering.CheckItems("payments", len(payments)); err != nil {
		return Imputation{}, err
	}
	if err := checkInterestSpan(debt.From, asOf); err != nil {
		return Imputation{}, err
	}
	ps := make([]Payment, len(payments))
	copy(ps, payments)
	for i, p := range ps {
		if err := vordering.CheckDate(fmt.Sprintf("payments[%d].Date", i), p.Date); err != nil {
			return Imputation{}, err
		}
		if err := vordering.CheckAmount(fmt.Sprintf("payments[%d].Amount", i), p.Amount); err != nil {
			return Imputation{}, err
		}
		if p.Date.After(asOf) {
			return Imputation{}, vordering.Invalid(fmt.Sprintf("payments[%d].Date", i), p.Date, "after asOf "+asOf.String())
		}
		if p.Date.Before(debt.From) && debt.From.Sub(p.Date) > 366*maxInterestYears {
			return Imputation{}, vordering.Invalid(fmt.Sprintf("payments[%d].Date", i), p.Date, "more than 100 years before From")
		}
		if !p.Amount.IsPositive() {
			return Imputation{}, vordering.Invalid(fmt.Sprintf("payments[%d].Amount", i), p.Amount, "must be positive")
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Date.Before(ps[j].Date) })

	res := Imputation{Debt: debt, AsOf: asOf, Rounding: vordering.HalfUp, Overpaid: decimal.Zero}
	costs := debt.Costs
	st := accrualState{base: debt.Principal, interest: decimal.Zero, at: debt.From, year: 1}
	res.Start = debtBalance(costs, st)
	for _, p := range ps {
		before := len(res.Periods)
		if p.Date.After(st.at) {
			if err := e.run(&st, p.Date, &res.Periods, &res.Capitalisations); err != nil {
				return Imputation{}, err
			}
		}
		accrued := decimal.Zero
		for _, q := range res.Periods[before:] {
			accrued = accrued.Add(q.Amount)
		}
		left := p.Amount
		take := func(owed *decimal.Decimal) decimal.Decimal {
			x := decimal.Min(left, *owed)
			*owed = owed.Sub(x)
			left = left.Sub(x)
			return x
		}
		a := Allocation{Payment: p, InterestAccrued: accrued}
		a.ToCosts = take(&costs)
		a.ToInterest = take(&st.interest)
		a.ToPrincipal = take(&st.base)
		a.Surplus = left
		a.After = debtBalance(costs, st)
		res.Overpaid = res.Overpaid.Add(left)
		res.Allocations = append(res.Allocations, a)
	}
	if asOf.After(st.at) {
		if err := e.run(&st, asOf, &res.Periods, &res.Capitalisations); err != nil {
			return Imputation{}, err
		}
	}
	res.Final = debtBalance(costs, st)
	res.Stamp = r.Stamp()
	res.Assurance = e.assurance
	if res.Assurance.Level == 0 {
		res.Assurance = vordering.Sure()
	}
	res.Citations = e.citations(res.Periods)
	if debt.Country == vordering.NL {
		res.Citations = append(res.Citations, citeImputeNL)
	} else {
		res.Citations = append(res.Citations, citeImputeBE)
	}
	return res, nil
}

func debtBalance(costs decimal.Decimal, st accrualState) Balance {
	return Balance{Costs: costs, Interest: st.interest, Principal: st.base,
		Total: costs.Add(st.interest).Add(st.base)}
}
