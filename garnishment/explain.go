package garnishment

import (
	"encoding/json"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Explanation returns the computation as the library's common explanation:
// the steps in the package's own words (citing the decree that set the
// period's figures), one step per band of the Belgian scale (an open-ended
// top band has no upper bound), then the seizable and protected amounts.
func (r Seizure) Explanation() vordering.Explanation {
	var cite vordering.Citation
	if len(r.Citations) > 0 {
		cite = r.Citations[0]
	}
	out := make(vordering.Explanation, 0, len(r.Steps)+len(r.Brackets)+2)
	for _, s := range r.Steps {
		out = append(out, vordering.Step{What: s, Citation: cite})
	}
	for _, b := range r.Brackets {
		upTo := decimal.NewNullDecimal(b.To)
		if b.Unbounded {
			upTo = decimal.NullDecimal{}
		}
		out = append(out, vordering.Step{
			What:  "Band " + vordering.BandValue(b.From, upTo).String() + " at " + vordering.RateValue(b.Rate).String() + ": income in the band EUR " + b.Base.StringFixed(2) + ", seized",
			Value: vordering.AmountValue(b.Seized), Rule: "garnishment.be.band", Citation: cite,
		})
	}
	return append(out,
		vordering.Step{What: "Seizable for the month", Value: vordering.AmountValue(r.Seizable), Rule: "garnishment.seizable", Citation: cite},
		vordering.Step{What: "Protected for the month", Value: vordering.AmountValue(r.Protected), Rule: "garnishment.protected", Citation: cite})
}

// Explanation returns one step per good (exempt or not, with the rule that
// decided), as the library's common explanation.
func (r GoodsResult) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(r.Goods))
	for _, g := range r.Goods {
		what := g.Good.Category.String()
		if g.Good.Description != "" {
			what += " (" + g.Good.Description + ")"
		}
		out = append(out, vordering.Step{What: what + " exempt from seizure: " + g.Reason, Value: vordering.FlagValue(g.Exempt), Rule: "garnishment.goods", Citation: g.Cite})
	}
	return out
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r Seizure) MarshalJSON() ([]byte, error) {
	type plain Seizure
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r GoodsResult) MarshalJSON() ([]byte, error) {
	type plain GoodsResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}
