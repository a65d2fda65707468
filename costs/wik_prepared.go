package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// preparedBracket is a bracket of the staffel with the values that do not
// depend on the principal worked out once: the label, the bracket's full
// width and the costs on it, and the costs of all brackets up to its lower
// bound. Computing the costs of a principal then takes one subtraction, one
// multiplication and one addition.
type preparedBracket struct {
	label      string
	lower      decimal.Decimal // the bracket's lower bound
	upto       decimal.Decimal // zero: no upper bound
	rate       decimal.Decimal
	width      decimal.Decimal // upto − lower
	fullCost   decimal.Decimal // width × rate
	costsBelow decimal.Decimal // costs of the brackets below lower
}

type preparedScale struct {
	from     date.Date
	brackets []preparedBracket
}

// nlWIKPrepared is built once from nlWIKScale; it holds no figure of its
// own.
var nlWIKPrepared = prepareWIK(nlWIKScale)

func prepareWIK(tl vordering.Timeline[wikScale]) []preparedScale {
	out := make([]preparedScale, 0, len(tl.Rows))
	for _, r := range tl.Rows {
		ps := preparedScale{from: r.From}
		lower, below := decimal.Zero, decimal.Zero
		for _, b := range r.Value.Brackets {
			pb := preparedBracket{
				label: "staffel " + b.Rate.Shift(2).String() + " %",
				lower: lower, upto: b.Upto, rate: b.Rate, costsBelow: below,
			}
			if !b.Upto.IsZero() {
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

// wikBrackets appends the staffel lines for principal to steps and returns
// the unrounded costs.
func wikBrackets(row vordering.Row[wikScale], principal decimal.Decimal, steps []Step) (decimal.Decimal, []Step) {
	var ps *preparedScale
	for i := range nlWIKPrepared {
		if nlWIKPrepared[i].from.Equal(row.From) {
			ps = &nlWIKPrepared[i]
			break
		}
	}
	if ps == nil { // not reached: every row is prepared
		return decimal.Zero, steps
	}
	for _, b := range ps.brackets {
		if !b.upto.IsZero() && principal.GreaterThan(b.upto) {
			steps = append(steps, Step{Label: b.label, Base: b.width, Rate: b.rate, Amount: b.fullCost, Cite: row.Cite})
			continue
		}
		part := principal.Sub(b.lower)
		line := part.Mul(b.rate)
		steps = append(steps, Step{Label: b.label, Base: part, Rate: b.rate, Amount: line, Cite: row.Cite})
		return b.costsBelow.Add(line), steps
	}
	return decimal.Zero, steps
}
