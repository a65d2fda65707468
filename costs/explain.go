package costs

import (
	"encoding/json"
	"strconv"

	"github.com/vordering/vordering"
)

// This file gives every answer of the package the library's common
// explanation ([vordering.Explanation]): the same steps the answer lists in
// its own words, as (what, value, rule, citation), so that a host reads
// every package's reasoning in one shape.

// Explanation returns the computation as the library's common explanation: one
// step per cost line, then whether the costs are due and the total claimed.
func (r ExtrajudicialCosts) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(r.Steps)+3)
	for _, s := range r.Steps {
		out = append(out, vordering.Step{What: s.Label, Value: vordering.AmountValue(s.Amount), Rule: "costs.extrajudicial.line", Citation: s.Cite})
	}
	main := firstCite(r.Citations)
	out = append(out, vordering.Step{What: "Quoted amount (excluding VAT)", Value: vordering.AmountValue(r.Quoted), Rule: "costs.extrajudicial.quoted", Citation: main})
	due := vordering.Step{What: "Due on the as-of day", Value: vordering.FlagValue(r.Due), Rule: "costs.extrajudicial.due", Citation: main}
	if !r.Due && r.Reason != "" {
		due.What = "Due on the as-of day (" + r.Reason + ")"
	}
	out = append(out, due)
	if r.Due {
		out = append(out, vordering.Step{What: "Amount claimable, VAT included", Value: vordering.AmountValue(r.Total()), Rule: "costs.extrajudicial.total", Citation: main})
	}
	return out
}

// Explanation returns the computation as the library's common explanation: one
// step per period (the interest it gave, at its rate, with the rate's
// source), one per capitalisation, then the total.
func (r InterestResult) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(r.Periods)+len(r.Capitalisations)+1)
	ci := 0
	for _, p := range r.Periods {
		for ci < len(r.Capitalisations) && r.Capitalisations[ci].Date.Before(p.From) {
			out = append(out, capitalisationStep(r.Capitalisations[ci]))
			ci++
		}
		out = append(out, vordering.Step{
			What:  "Interest " + p.From.String() + " to " + p.Until.String() + " (" + strconv.Itoa(p.Days) + " days at " + vordering.RateValue(p.Rate).String() + " on EUR " + p.Base.StringFixed(2) + ")",
			Value: vordering.AmountValue(p.Amount), Rule: "costs.interest.period", Citation: p.Cite,
		})
	}
	for ; ci < len(r.Capitalisations); ci++ {
		out = append(out, capitalisationStep(r.Capitalisations[ci]))
	}
	what := "Total interest"
	if r.Partial {
		what = "Total interest of the periods covered (partial)"
	}
	out = append(out, vordering.Step{What: what, Value: vordering.AmountValue(r.Total), Rule: "costs.interest.total", Citation: firstCite(r.Citations)})
	return out
}

func capitalisationStep(c Capitalisation) vordering.Step {
	return vordering.Step{
		What:  "Interest of the year added to the base on " + c.Date.String() + " (new base EUR " + c.NewBase.StringFixed(2) + ")",
		Value: vordering.AmountValue(c.Added), Rule: "costs.interest.capitalisation", Citation: c.Cite,
	}
}

// Explanation returns the allocation of every payment and the balance on the
// as-of day as the library's common explanation.
func (m Imputation) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, 4*len(m.Allocations)+1)
	cite := firstCite(m.Citations)
	for _, a := range m.Allocations {
		day := a.Payment.Date.String()
		out = append(out,
			vordering.Step{What: "Payment of " + day, Value: vordering.AmountValue(a.Payment.Amount), Rule: "costs.imputation.payment", Citation: cite},
			vordering.Step{What: "Payment of " + day + " to costs", Value: vordering.AmountValue(a.ToCosts), Rule: "costs.imputation.costs", Citation: cite},
			vordering.Step{What: "Payment of " + day + " to interest", Value: vordering.AmountValue(a.ToInterest), Rule: "costs.imputation.interest", Citation: cite},
			vordering.Step{What: "Payment of " + day + " to principal", Value: vordering.AmountValue(a.ToPrincipal), Rule: "costs.imputation.principal", Citation: cite},
		)
	}
	out = append(out, vordering.Step{What: "Balance on " + m.AsOf.String() + ", interest included", Value: vordering.AmountValue(m.Final.Total), Rule: "costs.imputation.balance", Citation: cite})
	return out
}

// Explanation returns the lookup as the library's common explanation.
func (r CourtFeeResult) Explanation() vordering.Explanation {
	return lookupExplanation(r.Steps, r.Citations, "Court fee", "costs.court-fee", vordering.AmountValue(r.Amount))
}

// Explanation returns the lookup as the library's common explanation.
func (r BailiffFeeResult) Explanation() vordering.Explanation {
	return lookupExplanation(r.Steps, r.Citations, "Bailiff fee (excluding VAT)", "costs.bailiff-fee", vordering.AmountValue(r.Amount))
}

// Explanation returns the lookup as the library's common explanation, ending
// with the base amount; the minimum and maximum follow as their own steps.
func (r IndemnityResult) Explanation() vordering.Explanation {
	out := lookupExplanation(r.Steps, r.Citations, "Procedural indemnity, base amount", "costs.indemnity.base", vordering.AmountValue(r.Base))
	cite := firstCite(r.Citations)
	return append(out,
		vordering.Step{What: "Procedural indemnity, minimum", Value: vordering.AmountValue(r.Min), Rule: "costs.indemnity.min", Citation: cite},
		vordering.Step{What: "Procedural indemnity, maximum", Value: vordering.AmountValue(r.Max), Rule: "costs.indemnity.max", Citation: cite})
}

// Explanation returns the lookup as the library's common explanation.
func (r LiquidationResult) Explanation() vordering.Explanation {
	out := lookupExplanation(r.Steps, r.Citations, "Liquidation tariff", "costs.liquidation", vordering.AmountValue(r.Amount))
	if !r.AmountMax.Equal(r.Amount) {
		out = append(out, vordering.Step{What: "Liquidation tariff, highest the court may choose", Value: vordering.AmountValue(r.AmountMax), Rule: "costs.liquidation.max", Citation: firstCite(r.Citations)})
	}
	return out
}

// lookupExplanation turns the prose steps of a table lookup into plain
// steps (facts without a value, citing the table's source) and ends with
// the figure read.
func lookupExplanation(steps []string, cites []vordering.Citation, what, rule string, v vordering.Value) vordering.Explanation {
	cite := firstCite(cites)
	out := make(vordering.Explanation, 0, len(steps)+1)
	for _, s := range steps {
		out = append(out, vordering.Step{What: s, Citation: cite})
	}
	return append(out, vordering.Step{What: what, Value: v, Rule: rule, Citation: cite})
}

func firstCite(cs []vordering.Citation) vordering.Citation {
	if len(cs) == 0 {
		return vordering.Citation{}
	}
	return cs[0]
}

// The answers marshal with their explanation, under "explanation", beside
// their own fields; decoding ignores it (it is derived from the fields).

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r ExtrajudicialCosts) MarshalJSON() ([]byte, error) {
	type plain ExtrajudicialCosts
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r InterestResult) MarshalJSON() ([]byte, error) {
	type plain InterestResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r Imputation) MarshalJSON() ([]byte, error) {
	type plain Imputation
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r CourtFeeResult) MarshalJSON() ([]byte, error) {
	type plain CourtFeeResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r BailiffFeeResult) MarshalJSON() ([]byte, error) {
	type plain BailiffFeeResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r IndemnityResult) MarshalJSON() ([]byte, error) {
	type plain IndemnityResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}

// MarshalJSON encodes the answer with its fields and its [vordering.Explanation].
func (r LiquidationResult) MarshalJSON() ([]byte, error) {
	type plain LiquidationResult
	return json.Marshal(struct {
		plain
		Explanation vordering.Explanation `json:"explanation"`
	}{plain(r), r.Explanation()})
}
