package costs

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// allocationCite returns the rule an allocation to claim cs applied.
func (r StatementResult) allocationCite(cs *ClaimStatement, basis ImputationBasis) vordering.Citation {
	designated := basis == BasisDesignated
	switch {
	case r.Country == vordering.NL && designated:
		return citeDesignateNL
	case r.Country == vordering.NL:
		return citeOrderNL
	case cs.Date.Before(book5From) && designated:
		return citeDesignateBEOld
	case cs.Date.Before(book5From):
		return citeOrderBEOld
	case designated:
		return citeDesignateBE
	}
	return citeOrderBE
}

// withinCite returns the rule of the order within claim cs.
func (r StatementResult) withinCite(cs *ClaimStatement) vordering.Citation {
	switch {
	case r.Country == vordering.NL:
		return citeImputeNL
	case cs.Date.Before(book5From):
		return citeImputeBE
	}
	return citeWithinBE5
}

// claim finds the claim by ID: by binary search, as a statement lists its
// claims sorted by ID (so that explaining costs no claims × allocations
// term), else by a scan for a hand-built result.
func (r StatementResult) claim(id string) *ClaimStatement {
	k := sort.Search(len(r.Claims), func(i int) bool { return r.Claims[i].ID >= id })
	if k < len(r.Claims) && r.Claims[k].ID == id {
		return &r.Claims[k]
	}
	for i := range r.Claims {
		if r.Claims[i].ID == id {
			return &r.Claims[i]
		}
	}
	return nil
}

// Explanation lists the steps of the statement: the day convention and the
// rule for the most onerous claim, every interest period and
// capitalisation of every claim, every allocation of every payment with the
// rule that decided it, the balances and the totals.
func (r StatementResult) Explanation() vordering.Explanation {
	ex := make(vordering.Explanation, 0, 8+4*len(r.Claims)+3*len(r.Payments))
	ex = append(ex,
		vordering.Step{What: "day convention", Value: vordering.TextValue(r.DayConvention), Rule: "statement.day-convention", Citation: citeDayConvention},
		vordering.Step{What: "most onerous claim", Value: vordering.TextValue(r.Options.Onerous.String()), Rule: "statement.onerous",
			Citation: r.orderCite()},
	)
	for i := range r.Claims {
		cs := &r.Claims[i]
		ex = append(ex, vordering.Step{What: "claim " + cs.ID + " principal", Value: vordering.AmountValue(cs.Principal)})
		if cs.Costs.IsPositive() {
			ex = append(ex, vordering.Step{What: "claim " + cs.ID + " costs owed from " + cs.CostsDue.String(), Value: vordering.AmountValue(cs.Costs)})
		}
		ex = append(ex, vordering.Step{What: "claim " + cs.ID + " first day of interest", Value: vordering.DateValue(cs.InterestFrom)})
		for _, p := range cs.Periods {
			what := fmt.Sprintf("claim %s interest %s..%s, %d days on EUR %s at %s %%", cs.ID, p.From, p.Until, p.Days,
				p.Base.StringFixed(2), p.Rate.Shift(2).String())
			if p.Surcharge.IsPositive() {
				what += fmt.Sprintf(" (surcharge %s %%)", p.Surcharge.Shift(2).String())
			}
			ex = append(ex, vordering.Step{What: what, Value: vordering.AmountValue(p.Amount), Rule: "interest.period", Citation: p.Cite})
		}
		for _, c := range cs.Capitalisations {
			ex = append(ex, vordering.Step{What: "claim " + cs.ID + " interest capitalised at the end of " + c.Date.String() + ", new base EUR " + c.NewBase.StringFixed(2),
				Value: vordering.AmountValue(c.Added), Rule: "interest.compound", Citation: c.Cite})
		}
	}
	for _, p := range r.Payments {
		ex = append(ex, vordering.Step{What: fmt.Sprintf("payment %d of %s", p.Index, p.Date), Value: vordering.AmountValue(p.Amount)})
		for _, a := range p.Allocations {
			cs := r.claim(a.Claim)
			ex = append(ex, vordering.Step{
				What:  fmt.Sprintf("payment %d to claim %s (%s)", p.Index, a.Claim, a.Basis),
				Value: vordering.AmountValue(a.Total()), Rule: "imputation." + string(a.Basis), Citation: r.allocationCite(cs, a.Basis)})
			ex = append(ex, vordering.Step{
				What: fmt.Sprintf("payment %d within claim %s: costs EUR %s, interest EUR %s, principal EUR %s", p.Index, a.Claim,
					a.ToCosts.StringFixed(2), a.ToInterest.StringFixed(2), a.ToPrincipal.StringFixed(2)),
				Value: vordering.AmountValue(a.After.Total), Rule: "imputation.within-claim", Citation: r.withinCite(cs)})
		}
		if p.Surplus.IsPositive() {
			ex = append(ex, vordering.Step{What: fmt.Sprintf("payment %d overpaid", p.Index), Value: vordering.AmountValue(p.Surplus), Rule: "imputation.surplus"})
		}
	}
	for i := range r.Claims {
		cs := &r.Claims[i]
		ex = append(ex, vordering.Step{What: "claim " + cs.ID + " balance on " + r.AsOf.String(), Value: vordering.AmountValue(cs.Balance.Total)})
	}
	ex = append(ex,
		vordering.Step{What: "interest up to " + r.AsOf.String(), Value: vordering.AmountValue(r.Totals.Interest)},
		vordering.Step{What: "payments", Value: vordering.AmountValue(r.Totals.Paid)},
		vordering.Step{What: "balance on " + r.AsOf.String(), Value: vordering.AmountValue(r.Totals.Balance.Total)},
	)
	if r.Totals.Overpaid.IsPositive() {
		ex = append(ex, vordering.Step{What: "overpaid", Value: vordering.AmountValue(r.Totals.Overpaid)})
	}
	if r.Totals.CostsNotDue.IsPositive() {
		ex = append(ex, vordering.Step{What: "costs not yet owed on " + r.AsOf.String(), Value: vordering.AmountValue(r.Totals.CostsNotDue)})
	}
	return ex
}

func (r StatementResult) orderCite() vordering.Citation {
	if r.Country == vordering.NL {
		return citeOrderNL
	}
	return citeOrderBE
}

// CSVHeader returns the columns of [StatementResult.WriteCSV].
func CSVHeader() []string {
	return []string{"record", "claim", "payment", "from", "until", "days", "rate", "surcharge", "base", "amount",
		"capitalised", "to_costs", "to_interest", "to_principal", "basis", "citation"}
}

// WriteCSV writes the statement for a spreadsheet: a header (see
// [CSVHeader]), then one row per interest period of each claim (record
// "period"), one row per allocation of each payment (record "allocation":
// the payment's index and day, the claim and the parts to costs, interest
// and principal) and one row per overpaid payment (record "surplus").
// Amounts are decimal strings with a point and two decimals; rates are
// fractions (0.07 is 7 %); dates are ISO 8601.
func (r StatementResult) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return err
	}
	fx := func(d decimal.Decimal) string { return d.StringFixed(2) }
	for i := range r.Claims {
		cs := &r.Claims[i]
		for _, p := range cs.Periods {
			if err := cw.Write([]string{"period", cs.ID, "", p.From.String(), p.Until.String(), strconv.Itoa(p.Days),
				p.Rate.String(), p.Surcharge.String(), fx(p.Base), fx(p.Amount), fx(p.Capitalised), "", "", "", "", p.Cite.String()}); err != nil {
				return err
			}
		}
	}
	for _, p := range r.Payments {
		for _, a := range p.Allocations {
			cs := r.claim(a.Claim)
			if err := cw.Write([]string{"allocation", a.Claim, strconv.Itoa(p.Index), p.Date.String(), p.Date.String(), "",
				"", "", "", fx(a.Total()), "", fx(a.ToCosts), fx(a.ToInterest), fx(a.ToPrincipal), string(a.Basis),
				r.allocationCite(cs, a.Basis).String()}); err != nil {
				return err
			}
		}
		if p.Surplus.IsPositive() {
			if err := cw.Write([]string{"surplus", "", strconv.Itoa(p.Index), p.Date.String(), p.Date.String(), "",
				"", "", "", fx(p.Surplus), "", "", "", "", "", ""}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// eur writes an amount the Dutch way: "EUR 1.234,50".
func eur(d decimal.Decimal) string {
	s := d.StringFixed(2)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, ch := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(ch)
	}
	out := "EUR " + b.String() + "," + frac
	if neg {
		out = "-" + out
	}
	return out
}

// pctNL writes a yearly fraction as a Dutch percentage: "12,5 %".
func pctNL(d decimal.Decimal) string {
	return strings.Replace(d.Shift(2).String(), ".", ",", 1) + " %"
}

func dayNL(d date.Date) string {
	if d.IsZero() {
		return "-"
	}
	y, m, dd := d.Date()
	return fmt.Sprintf("%02d-%02d-%04d", dd, int(m), y)
}

func (r StatementResult) kindNL(k InterestKind) string {
	switch {
	case r.Country == vordering.NL && k == Statutory:
		return "wettelijke rente (art. 6:119 BW)"
	case r.Country == vordering.NL:
		return "wettelijke handelsrente (art. 6:119a BW)"
	case k == Statutory:
		return "wettelijke interest (wet van 5 mei 1865)"
	}
	return "interest bij handelstransacties (wet van 2 augustus 2002)"
}

func basisNL(b ImputationBasis) string {
	switch b {
	case BasisDesignated:
		return "aanwijzing schuldenaar"
	case BasisDue:
		return "opeisbaar"
	case BasisOnerous:
		return "meest bezwarend"
	case BasisOldest:
		return "oudste"
	case BasisProRata:
		return "naar evenredigheid"
	case BasisOnly:
		return "enige openstaande vordering"
	}
	return string(b)
}

// Specification returns the statement as a specification to attach to a
// summons ("renteberekening"), in Markdown with Dutch headings: per claim
// the principal, the costs, the interest periods (from, to, days, rate,
// base, amount), the capitalisations and the balance; the payments and
// their imputation; the totals; the day convention and the sources.
func (r StatementResult) Specification() string {
	var b strings.Builder
	_ = r.WriteSpecification(&b)
	return b.String()
}

// WriteSpecification writes [StatementResult.Specification] to w.
func (r StatementResult) WriteSpecification(w io.Writer) error {
	var b strings.Builder
	pf := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	land := "Nederland"
	if r.Country == vordering.BE {
		land = "België"
	}
	pf("# Renteberekening\n\n")
	pf("Peildatum: %s  \nLand: %s\n\n", dayNL(r.AsOf), land)
	pf("Rente loopt vanaf de eerste rentedag tot en met de peildatum. Een betaling telt aan het einde van de dag van betaling: ")
	pf("die dag draagt nog rente over het saldo vóór de betaling. Rente per periode = grondslag × rente × dagen / 365")
	pf(" (of de werkelijke lengte van het jaar waar vermeld), per periode afgerond op de cent.\n\n")
	for i := range r.Claims {
		cs := &r.Claims[i]
		pf("## Vordering %s\n\n", cs.ID)
		pf("| | |\n|---|---|\n")
		pf("| Ontstaan | %s |\n| Opeisbaar | %s |\n| Rente vanaf | %s |\n| Soort rente | %s |\n", dayNL(cs.Date), dayNL(cs.Due), dayNL(cs.InterestFrom), r.kindNL(cs.Kind))
		switch {
		case cs.Rate.Fixed.Valid:
			pf("| Overeengekomen rente | %s per jaar |\n", pctNL(cs.Rate.Fixed.Decimal))
		case cs.Rate.Surcharge.Valid:
			from := cs.Rate.SurchargeFrom
			if from.IsZero() || from.Before(cs.InterestFrom) {
				from = cs.InterestFrom
			}
			pf("| Overeengekomen opslag | %s per jaar vanaf %s |\n", pctNL(cs.Rate.Surcharge.Decimal), dayNL(from))
		}
		if cs.Compounded {
			pf("| Samengesteld | ja, telkens na afloop van een jaar vanaf de eerste rentedag |\n")
		} else {
			pf("| Samengesteld | nee (enkelvoudige rente) |\n")
		}
		pf("| Hoofdsom | %s |\n", eur(cs.Principal))
		if cs.Costs.IsPositive() {
			pf("| Kosten (verschuldigd vanaf %s) | %s |\n", dayNL(cs.CostsDue), eur(cs.Costs))
		}
		pf("\n")
		if len(cs.Periods) > 0 {
			pf("| Van | Tot en met | Dagen | Rente | Grondslag | Rentebedrag | Bron |\n|---|---|---:|---:|---:|---:|---|\n")
			for _, p := range cs.Periods {
				rate := pctNL(p.Rate)
				if p.Surcharge.IsPositive() {
					rate += " (incl. opslag " + pctNL(p.Surcharge) + ")"
				}
				pf("| %s | %s | %d | %s | %s | %s | %s |\n", dayNL(p.From), dayNL(p.Until), p.Days, rate, eur(p.Base), eur(p.Amount), p.Cite.String())
			}
			pf("\n")
		}
		for _, c := range cs.Capitalisations {
			pf("Kapitalisatie per %s: %s bijgeteld, nieuwe grondslag %s (%s).\n\n", dayNL(c.Date), eur(c.Added), eur(c.NewBase), c.Cite.String())
		}
		pf("Rente tot en met de peildatum: %s. Betaald op kosten %s, op rente %s, op hoofdsom %s.\n\n",
			eur(cs.Interest), eur(cs.PaidCosts), eur(cs.PaidInterest), eur(cs.PaidPrincipal))
		pf("Saldo per peildatum: kosten %s, rente %s, hoofdsom %s, totaal **%s**", eur(cs.Balance.Costs), eur(cs.Balance.Interest), eur(cs.Balance.Principal), eur(cs.Balance.Total))
		if cs.CostsNotDue.IsPositive() {
			pf("; nog niet verschuldigde kosten %s", eur(cs.CostsNotDue))
		}
		pf(".\n\n")
	}
	if len(r.Payments) > 0 {
		pf("## Betalingen en toerekening\n\n")
		pf("| Datum | Betaald | Vordering | Kosten | Rente | Hoofdsom | Grond |\n|---|---:|---|---:|---:|---:|---|\n")
		for _, p := range r.Payments {
			if len(p.Allocations) == 0 {
				pf("| %s | %s | - | | | | |\n", dayNL(p.Date), eur(p.Amount))
			}
			for k, a := range p.Allocations {
				amt := ""
				if k == 0 {
					amt = eur(p.Amount)
				}
				pf("| %s | %s | %s | %s | %s | %s | %s |\n", dayNL(p.Date), amt, a.Claim, eur(a.ToCosts), eur(a.ToInterest), eur(a.ToPrincipal), basisNL(a.Basis))
			}
			if p.Surplus.IsPositive() {
				pf("| %s | | teveel betaald | | | | %s |\n", dayNL(p.Date), eur(p.Surplus))
			}
		}
		pf("\n")
	}
	t := r.Totals
	pf("## Totaal\n\n| | |\n|---|---:|\n")
	pf("| Hoofdsommen | %s |\n| Kosten | %s |\n| Rente tot en met %s | %s |\n| Betalingen | -%s |\n", eur(t.Principal), eur(t.Costs), dayNL(r.AsOf), eur(t.Interest), eur(t.Paid))
	if t.Overpaid.IsPositive() {
		pf("| Teveel betaald | %s |\n", eur(t.Overpaid))
	}
	pf("| **Verschuldigd per %s** | **%s** |\n", dayNL(r.AsOf), eur(t.Balance.Total))
	if t.CostsNotDue.IsPositive() {
		pf("| Nog niet verschuldigde kosten | %s |\n", eur(t.CostsNotDue))
	}
	pf("\n## Grondslagen\n\n")
	for _, c := range r.Citations {
		if c.URL != "" {
			pf("- %s <%s>\n", c.String(), c.URL)
		} else {
			pf("- %s\n", c.String())
		}
	}
	pf("\nBerekend met regelset %s (digest %s).\n", r.Stamp.Release, r.Stamp.Digest)
	_, err := io.WriteString(w, b.String())
	return err
}

// InvoiceTotalResult is the answer of [InvoiceTotal].
type InvoiceTotalResult struct {
	Claim string    `json:"claim"`
	AsOf  date.Date `json:"asOf"`
	// Principal is the principal still owed, capitalised interest included.
	Principal decimal.Decimal `json:"principal"`
	// Interest is the interest owed, up to and including AsOf.
	Interest decimal.Decimal `json:"interest"`
	// Costs are the costs owed on AsOf; CostsNotDue those owed only later.
	Costs       decimal.Decimal `json:"costs"`
	CostsNotDue decimal.Decimal `json:"costsNotDue"`
	// Total is Principal + Interest + Costs: what the debtor must pay on
	// AsOf to settle the invoice.
	Total    decimal.Decimal `json:"total"`
	Overpaid decimal.Decimal `json:"overpaid"`
	// Statement is the statement of account behind the figures.
	Statement StatementResult     `json:"statement"`
	Assurance vordering.Assurance `json:"assurance"`
	Stamp     vordering.Stamp     `json:"stamp"`
}

// InvoiceTotal answers the common ERP question "what does this invoice
// come to today?": the principal still owed, the interest up to and
// including asOf and the costs owed on asOf (costs whose CostsDue is later
// are left out and reported as CostsNotDue), after the payments. It is
// [Statement] on a ledger of this one claim; see there for the rules.
func InvoiceTotal(c vordering.Country, claim LedgerClaim, payments []LedgerPayment, asOf date.Date) (InvoiceTotalResult, error) {
	return Rules{}.InvoiceTotal(c, claim, payments, asOf)
}

// InvoiceTotal is [InvoiceTotal] on the rule set and under its policy.
func (r Rules) InvoiceTotal(c vordering.Country, claim LedgerClaim, payments []LedgerPayment, asOf date.Date) (InvoiceTotalResult, error) {
	st, err := r.Statement(c, Ledger{Claims: []LedgerClaim{claim}, Payments: payments}, asOf)
	if err != nil {
		return InvoiceTotalResult{}, err
	}
	b := st.Claims[0].Balance
	return InvoiceTotalResult{
		Claim: claim.ID, AsOf: asOf, Principal: b.Principal, Interest: b.Interest, Costs: b.Costs,
		CostsNotDue: st.Claims[0].CostsNotDue, Total: b.Total, Overpaid: st.Totals.Overpaid,
		Statement: st, Assurance: st.Assurance, Stamp: st.Stamp,
	}, nil
}

// Explanation is the statement's explanation followed by the invoice total.
func (t InvoiceTotalResult) Explanation() vordering.Explanation {
	ex := t.Statement.Explanation()
	return append(ex, vordering.Step{What: "invoice " + t.Claim + " total on " + t.AsOf.String() + " (principal, interest, costs owed)",
		Value: vordering.AmountValue(t.Total)})
}
