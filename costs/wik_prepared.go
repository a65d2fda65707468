package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// The staffel is computed for every invoice an ERP handles, so the values
// that do not depend on the principal are worked out once from the table
// (nlWIKScale); nothing here holds a figure of its own. When the principal
// has at most two decimals and every rate is a whole number of per mille,
// the computation runs in exact integer arithmetic (cents × per mille) and
// gives exactly the decimal result; otherwise it falls back to decimals.

type wikPreparedBracket struct {
	label      string
	lower      decimal.Decimal // the bracket's lower bound
	upto       decimal.Decimal // zero: no upper bound
	rate       decimal.Decimal
	width      decimal.Decimal // upto − lower
	fullCost   decimal.Decimal // width × rate
	costsBelow decimal.Decimal // costs of the brackets below lower

	// Integer form: bounds in cents, rate in per mille, costs in 1e-5 euro.
	lowerC, uptoC, permille, costsBelowM int64
}

type wikPreparedScale struct {
	from     date.Date
	brackets []wikPreparedBracket
	fast     bool  // every figure has an exact integer form
	minC     int64 // minimum in cents
	maxC     int64 // maximum in cents
}

var nlWIKPrepared = prepareWIK(nlWIKScale)

// wikIntOf returns d × 10^shift as an int64 when that is a whole number that
// fits comfortably.
func wikIntOf(d decimal.Decimal, shift int32) (int64, bool) {
	v := d.Shift(shift)
	if !v.IsInteger() || v.IsNegative() || v.GreaterThan(decimal.New(1, 15)) {
		return 0, false
	}
	return v.IntPart(), true
}

func prepareWIK(tl vordering.Timeline[wikScale]) []wikPreparedScale {
	out := make([]wikPreparedScale, 0, len(tl.Rows))
	for _, r := range tl.Rows {
		ps := wikPreparedScale{from: r.From, fast: true}
		var ok bool
		ps.minC, ok = wikIntOf(r.Value.Min, 2)
		ps.fast = ps.fast && ok
		ps.maxC, ok = wikIntOf(r.Value.Max, 2)
		ps.fast = ps.fast && ok
		lower, below := decimal.Zero, decimal.Zero
		for _, b := range r.Value.Brackets {
			pb := wikPreparedBracket{
				label: "staffel " + b.Rate.Shift(2).String() + " %",
				lower: lower, upto: b.Upto, rate: b.Rate, costsBelow: below,
			}
			pb.lowerC, ok = wikIntOf(lower, 2)
			ps.fast = ps.fast && ok
			pb.permille, ok = wikIntOf(b.Rate, 3)
			ps.fast = ps.fast && ok
			pb.costsBelowM, ok = wikIntOf(below, 5)
			ps.fast = ps.fast && ok
			if !b.Upto.IsZero() {
				pb.uptoC, ok = wikIntOf(b.Upto, 2)
				ps.fast = ps.fast && ok
				pb.width = b.Upto.Sub(lower)
				pb.fullCost = pb.width.Mul(b.Rate)
				below = below.Add(pb.fullCost)
				lower = b.Upto
			}
			ps.brackets = append(ps.brackets, pb)
		}
		out = append(out, ps)
	}
	return out
}

func wikPreparedFor(from date.Date) *wikPreparedScale {
	for i := range nlWIKPrepared {
		if nlWIKPrepared[i].from.Equal(from) {
			return &nlWIKPrepared[i]
		}
	}
	return nil
}

// wikCosts computes the staffel on principal: the bracket lines appended to
// steps, one half-up rounding to the cent, then the minimum and maximum.
func wikCosts(row *vordering.Row[wikScale], principal decimal.Decimal, steps []CostLine) (decimal.Decimal, []CostLine) {
	ps := wikPreparedFor(row.From)
	if ps == nil { // not reached: every row is prepared
		return wikCostsDecimal(row, principal, steps)
	}
	cents, ok := wikToCents(principal)
	if !ps.fast || !ok {
		return wikCostsDecimal(row, principal, steps)
	}
	var totalM int64 // in 1e-5 euro
	for _, b := range ps.brackets {
		if b.uptoC != 0 && cents > b.uptoC {
			steps = append(steps, CostLine{Label: b.label, Base: b.width, Rate: b.rate, Amount: b.fullCost, Cite: row.Cite})
			continue
		}
		part := cents - b.lowerC
		lineM := part * b.permille
		steps = append(steps, CostLine{Label: b.label, Base: decimal.New(part, -2), Rate: b.rate, Amount: decimal.New(lineM, -5), Cite: row.Cite})
		totalM = b.costsBelowM + lineM
		break
	}
	amountC := (totalM + 500) / 1000 // half-up to the cent; totalM ≥ 0
	amount := decimal.New(amountC, -2)
	switch {
	case amountC < ps.minC:
		steps = append(steps, CostLine{Label: "minimum", Base: amount, Amount: row.Value.Min, Cite: row.Cite})
		amount = row.Value.Min
	case amountC > ps.maxC:
		steps = append(steps, CostLine{Label: "maximum", Base: amount, Amount: row.Value.Max, Cite: row.Cite})
		amount = row.Value.Max
	}
	return amount, steps
}

// wikCostsDecimal is wikCosts in decimal arithmetic, for any principal.
func wikCostsDecimal(row *vordering.Row[wikScale], principal decimal.Decimal, steps []CostLine) (decimal.Decimal, []CostLine) {
	scale := row.Value
	amount, lower := decimal.Zero, decimal.Zero
	for _, b := range scale.Brackets {
		label := "staffel " + b.Rate.Shift(2).String() + " %"
		if !b.Upto.IsZero() && principal.GreaterThan(b.Upto) {
			part := b.Upto.Sub(lower)
			line := part.Mul(b.Rate)
			amount = amount.Add(line)
			steps = append(steps, CostLine{Label: label, Base: part, Rate: b.Rate, Amount: line, Cite: row.Cite})
			lower = b.Upto
			continue
		}
		part := principal.Sub(lower)
		line := part.Mul(b.Rate)
		amount = amount.Add(line)
		steps = append(steps, CostLine{Label: label, Base: part, Rate: b.Rate, Amount: line, Cite: row.Cite})
		break
	}
	amount = vordering.RoundCents(amount, vordering.HalfUp)
	switch {
	case amount.LessThan(scale.Min):
		steps = append(steps, CostLine{Label: "minimum", Base: amount, Amount: scale.Min, Cite: row.Cite})
		amount = scale.Min
	case amount.GreaterThan(scale.Max):
		steps = append(steps, CostLine{Label: "maximum", Base: amount, Amount: scale.Max, Cite: row.Cite})
		amount = scale.Max
	}
	return amount, steps
}

// wikToCents returns a non-negative d with at most two decimals as a whole
// number of cents, when it is below 10^15 cents.
func wikToCents(d decimal.Decimal) (int64, bool) {
	c, e, ok := smallDec(d)
	if !ok || c >= 1e15 {
		return 0, false
	}
	switch e {
	case -2:
		return int64(c), true
	case -1:
		return int64(c) * 10, true
	case 0:
		return int64(c) * 100, true
	}
	return 0, false
}

// nlVATPermille is each nlVATRate row's rate in whole per mille (0 when it
// has no such form), worked out once.
var nlVATPermille = func() []int64 {
	out := make([]int64, len(nlVATRate.Rows))
	for i, r := range nlVATRate.Rows {
		if v, ok := wikIntOf(r.Value, 3); ok {
			out[i] = v
		}
	}
	return out
}()

// wikVATOn returns amount × the VAT rate of row, rounded half-up to the cent,
// in integer arithmetic when it can (the same value either way).
func wikVATOn(amount decimal.Decimal, row vordering.Row[decimal.Decimal]) decimal.Decimal {
	if ac, ok := wikToCents(amount); ok {
		for i, r := range nlVATRate.Rows {
			if r.From.Equal(row.From) && nlVATPermille[i] > 0 {
				return decimal.New((ac*nlVATPermille[i]+500)/1000, -2)
			}
		}
	}
	return vordering.RoundCents(amount.Mul(row.Value), vordering.HalfUp)
}
