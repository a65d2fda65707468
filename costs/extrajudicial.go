package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// Claim describes a claim for which [Extrajudicial] computes the
// extrajudicial collection costs.
type ExtrajudicialClaim struct {
	// Principal is the sum of the principals of the unpaid invoices of one
	// creditor (art. 6:96 lid 7 BW adds them before the staffel applies); in
	// Belgium, the outstanding balance. Must be positive.
	Principal decimal.Decimal `json:"principal"`
	// Debtor is the debtor's quality: Consumer, Enterprise or PublicBody.
	Debtor vordering.PartyKind `json:"debtor"`
	// AsOf is the day for which the question is asked: which rule is in
	// force, and whether the costs are already due.
	AsOf date.Date `json:"asOf"`
	// AddVAT says the creditor may add VAT (NL, Besluit BIK art. 2 lid 3): he
	// pays VAT on a collection service, cannot deduct it, and says so in his
	// claim. Belgian flat damages carry no VAT uplift.
	AddVAT bool `json:"addVat"`
	// ReminderReceived is, for a consumer, the day the debtor received the
	// reminder (NL: the 14-day letter of art. 6:96 lid 6 BW; BE: the free
	// first reminder of art. XIX.2 WER). The 14 days run from the next day.
	// For Belgium pass the day the reminder is deemed received: the library
	// does not derive it from a posting date. Zero: no reminder yet.
	ReminderReceived date.Date `json:"reminderReceived,omitzero"`
	// Default is the first day the debtor was in default (in verzuim; the
	// day after the due date). Optional; when given it is checked against
	// transitional rules (NL: no staffel for a default before 1 July 2012;
	// BE: Book XIX for older contracts from 1 December 2023) and against the
	// reminder, which must follow it.
	Default date.Date `json:"default,omitzero"`
	// ContractConcluded is, for a Belgian consumer, the day the contract was
	// concluded: Book XIX governs contracts from 1 September 2023 at once and
	// older ones only for defaults from 1 December 2023. Optional.
	ContractConcluded date.Date `json:"contractConcluded,omitzero"`
	// Instalment says, for a Dutch consumer, that Principal is one
	// instalment or periodic claim (a termijnbetaling); with
	// CostsLastSixMonths it feeds the EUR 140 per six months cap that applies
	// from 1 October 2024.
	Instalment bool `json:"instalment"`
	// CostsLastSixMonths is the total of the collection costs (excluding VAT)
	// already charged to this debtor by this creditor on small instalments in
	// the six months before AsOf. The caller keeps that history; the library
	// applies the cap to it.
	CostsLastSixMonths decimal.Decimal `json:"costsLastSixMonths"`
}

// Step is one line of a costs computation.
type CostLine struct {
	Label  string             `json:"label"`
	Base   decimal.Decimal    `json:"base"`   // the amount the line applies to
	Rate   decimal.Decimal    `json:"rate"`   // zero for a fixed amount
	Amount decimal.Decimal    `json:"amount"` // the line's amount
	Cite   vordering.Citation `json:"cite"`
}

// Result is the answer of [Extrajudicial].
type ExtrajudicialCosts struct {
	Country vordering.Country   `json:"country"`
	Debtor  vordering.PartyKind `json:"debtor"`
	// Due says the costs may be claimed on AsOf. When it is false, Amount and
	// VAT are zero and Reason says why; Quoted still gives the amount.
	Due bool `json:"due"`
	// DueFrom is the first day the costs may be claimed, when known (the day
	// after the reminder's 14 days, or the day after the default).
	DueFrom date.Date `json:"dueFrom,omitzero"`
	// Reason explains a false Due, or a zero amount.
	Reason string `json:"reason,omitempty"`
	// Quoted is the amount, excluding VAT, that the costs come to once due:
	// the figure a Dutch 14-day letter must state (art. 6:96 lid 6 BW).
	Quoted decimal.Decimal `json:"quoted"`
	// Amount is the costs that may be claimed on AsOf, excluding VAT.
	Amount decimal.Decimal `json:"amount"`
	// VATRate and VAT are the uplift when ExtrajudicialClaim.AddVAT applies (NL only).
	VATRate decimal.Decimal `json:"vatRate"`
	VAT     decimal.Decimal `json:"vat"`
	// Default tells that the figure is a default rule that the parties may
	// replace by agreement (NL B2B, art. 6:96 lid 5 BW a contrario), subject
	// to the mandatory minimum of EUR 40.
	Default bool `json:"default"`
	// MaxInterestRate is, for a Belgian consumer, the highest yearly rate of
	// late-payment interest that may be agreed (art. XIX.4 WER: the rate of
	// the Act of 2 August 2002 in force on AsOf); invalid when no rate is
	// known for AsOf or the cap does not apply.
	MaxInterestRate decimal.NullDecimal    `json:"maxInterestRate"`
	Steps           []CostLine             `json:"steps"`
	Notes           []string               `json:"notes,omitempty"`
	Rounding        vordering.RoundingRule `json:"rounding"`
	Citations       []vordering.Citation   `json:"citations"`
	// Assurance is how sure the answer is: the weakest level of the
	// table rows used.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
}

// Total returns Amount plus VAT.
func (r ExtrajudicialCosts) Total() decimal.Decimal { return r.Amount.Add(r.VAT) }

// Extrajudicial computes the extrajudicial collection costs that a creditor
// may charge on claim in country c.
//
// Netherlands (from 1 July 2012): the staffel of the Besluit vergoeding voor
// buitengerechtelijke incassokosten on the principal, at least 40 and at
// most 6,775, rounded to the cent half-up; raised by the general VAT rate in
// force on AsOf (19 % until 30 September 2012, 21 % after) when AddVAT. For a
// consumer the costs are mandatory law and due only after the 14-day letter:
// before its term expired (or without one) the result is not an error but a
// zero Amount with Due false and the Reason, and Quoted gives the amount the
// letter must state. From 1 October 2024 an instalment below 266.67 shares a
// cap of 140 per six months with the costs already charged on other small
// instalments (Claim.CostsLastSixMonths). For a non-consumer the staffel is
// the default rule (Result.Default) and the costs are due from the day after
// the default without a reminder; the EUR 40 minimum of art. 6:96 lid 4 BW is
// mandatory.
//
// Belgium: for a consumer, Book XIX WER (from 1 September 2023, or from 1
// December 2023 for older contracts): the first reminder is free and gives 14
// days; afterwards flat damages, if the contract provides them, of at most
// 20 / 30 + 10 % / 65 + 5 % with a maximum of 2,000, and the agreed interest
// is capped (Result.MaxInterestRate). For an enterprise or public body the
// flat EUR 40 of art. 6 of the Act of 2 August 2002 (from 16 March 2013).
//
// A date before a rule existed gives an error wrapping
// vordering.ErrNoRuleInForce; bad input an error wrapping
// vordering.ErrInvalidInput.
func Extrajudicial(c vordering.Country, claim ExtrajudicialClaim) (ExtrajudicialCosts, error) {
	return Rules{}.Extrajudicial(c, claim)
}

// Extrajudicial is [Extrajudicial] under the rules' policy.
func (r Rules) Extrajudicial(c vordering.Country, claim ExtrajudicialClaim) (ExtrajudicialCosts, error) {
	res, err := r.extrajudicial(c, claim)
	if err == nil {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) extrajudicial(c vordering.Country, claim ExtrajudicialClaim) (ExtrajudicialCosts, error) {
	if err := r.Policy.Validate(); err != nil {
		return ExtrajudicialCosts{}, err
	}
	if !c.Valid() {
		return ExtrajudicialCosts{}, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if !claim.Principal.IsPositive() {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.Principal", claim.Principal, "must be positive")
	}
	if err := vordering.CheckAmount("Claim.Principal", claim.Principal); err != nil {
		return ExtrajudicialCosts{}, err
	}
	if !claim.Debtor.Valid() {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.Debtor", uint8(claim.Debtor), "want Consumer, Enterprise or PublicBody")
	}
	if err := vordering.CheckDate("Claim.AsOf", claim.AsOf); err != nil {
		return ExtrajudicialCosts{}, err
	}
	if claim.CostsLastSixMonths.IsNegative() {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.CostsLastSixMonths", claim.CostsLastSixMonths, "must not be negative")
	}
	if err := vordering.CheckAmount("Claim.CostsLastSixMonths", claim.CostsLastSixMonths); err != nil {
		return ExtrajudicialCosts{}, err
	}
	for _, d := range []struct {
		field string
		date  date.Date
	}{{"Claim.Default", claim.Default}, {"Claim.ReminderReceived", claim.ReminderReceived}, {"Claim.ContractConcluded", claim.ContractConcluded}} {
		if err := vordering.CheckOptionalDate(d.field, d.date); err != nil {
			return ExtrajudicialCosts{}, err
		}
	}
	if vordering.HasDate(claim.ContractConcluded) && claim.ContractConcluded.After(claim.AsOf) {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.ContractConcluded", claim.ContractConcluded, "after AsOf "+claim.AsOf.String())
	}
	if !claim.Default.IsZero() && claim.Default.After(claim.AsOf) {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.Default", claim.Default, "after AsOf "+claim.AsOf.String())
	}
	if !claim.ReminderReceived.IsZero() && claim.ReminderReceived.After(claim.AsOf) {
		return ExtrajudicialCosts{}, vordering.Invalid("Claim.ReminderReceived", claim.ReminderReceived, "after AsOf "+claim.AsOf.String())
	}
	res := ExtrajudicialCosts{Country: c, Debtor: claim.Debtor, Rounding: vordering.HalfUp,
		Amount: decimal.Zero, VAT: decimal.Zero, VATRate: decimal.Zero, Quoted: decimal.Zero,
		Steps: make([]CostLine, 0, 6), Citations: make([]vordering.Citation, 0, 6)}
	var err error
	if c == vordering.NL {
		err = nlExtrajudicial(claim, &res, r.Policy)
	} else {
		err = beExtrajudicial(claim, &res, r.Policy)
	}
	if err != nil {
		return ExtrajudicialCosts{}, err
	}
	return res, nil
}

// reminderDue applies a 14-day reminder term: it sets DueFrom and, when the
// term has not run out on AsOf, Due false with a reason.
//
// In the Netherlands the term is a statutory one and the Algemene
// termijnenwet extends it (computed by package deadlines); the Belgian Book
// XIX term is one of calendar days (art. XIX.2 WER) and is not moved.
func reminderDue(c vordering.Country, claim ExtrajudicialClaim, days int, res *ExtrajudicialCosts, cite vordering.Citation, what string) error {
	if claim.ReminderReceived.IsZero() {
		res.Due = false
		res.Reason = "no " + what + " received yet: costs are not due before its 14 days have run out"
		return nil
	}
	if !claim.Default.IsZero() && claim.ReminderReceived.Before(claim.Default) {
		res.Due = false
		res.Reason = "the " + what + " was received before the default began; a new one is needed"
		return nil
	}
	res.DueFrom = claim.ReminderReceived.Add(date.PeriodOfDays(days + 1))
	if c == vordering.NL {
		// Art. 6:96 lid 6 BW sets the 14 days in a statute, so the Algemene
		// termijnenwet applies: a last day on a Saturday, Sunday or holiday
		// runs on to the next working day (art. 1 lid 1 Atw).
		d, err := deadlines.Compute(vordering.NL, claim.ReminderReceived, deadlines.Days(days))
		if err != nil {
			return err
		}
		if !d.Date.Equal(d.Unadjusted) {
			res.Notes = append(res.Notes, "the 14-day term ended on "+d.Unadjusted.String()+", not a working day; the Algemene termijnenwet extends it to "+d.Date.String())
			res.Citations = append(res.Citations, d.Citations()...)
		}
		res.DueFrom = d.Date.Add(1)
	}
	if claim.AsOf.Before(res.DueFrom) {
		res.Due = false
		res.Reason = "the " + what + "'s 14 days run until " + res.DueFrom.Add(-1).String() + "; costs are due from " + res.DueFrom.String()
		return nil
	}
	res.Due = true
	res.Citations = append(res.Citations, cite)
	return nil
}

func nlExtrajudicial(claim ExtrajudicialClaim, res *ExtrajudicialCosts, p vordering.Policy) error {
	ref := claim.AsOf
	row, err := lookup(&nlWIKScale, ref, p, &res.Assurance)
	if err != nil {
		return err
	}
	if !claim.Default.IsZero() && claim.Default.Before(row.From) {
		return &vordering.NoRuleError{Table: nlWIKScale.Name + " (art. 3: default before the Besluit took effect)", Date: claim.Default, Covered: nlWIKScale.Span()}
	}
	res.Citations = append(res.Citations, row.Cite, citeNLAggregate)
	if !claim.Default.IsZero() {
		res.Citations = append(res.Citations, citeNLTransition) // checked above
	}
	var amount decimal.Decimal
	amount, res.Steps = wikCosts(row, claim.Principal, res.Steps)
	consumer := claim.Debtor == vordering.Consumer
	if consumer && claim.Instalment {
		if cr, err := lookup(&nlRecurringCap, ref, p, &res.Assurance); err == nil && claim.Principal.LessThan(cr.Value.Below) {
			room := cr.Value.Cap.Sub(claim.CostsLastSixMonths)
			if room.IsNegative() {
				room = decimal.Zero
			}
			if amount.GreaterThan(room) {
				res.Steps = append(res.Steps, CostLine{Label: "cap 140 per six months on small instalments (already charged: " + claim.CostsLastSixMonths.StringFixed(2) + ")", Base: amount, Amount: room, Cite: cr.Cite})
				amount = room
			}
			res.Citations = append(res.Citations, cr.Cite)
			res.Notes = append(res.Notes, "small recurring claim: the six-month look-back uses Claim.CostsLastSixMonths as supplied")
		}
	}
	res.Quoted = amount
	if consumer {
		term, err := lookup(&nlReminderTerm, ref, p, &res.Assurance)
		if err != nil {
			return err
		}
		if err := reminderDue(vordering.NL, claim, term.Value, res, term.Cite, "14-day letter"); err != nil {
			return err
		}
	} else {
		res.Default = true
		res.Due = true
		if !claim.Default.IsZero() {
			res.DueFrom = claim.Default
		}
		res.Notes = append(res.Notes, "non-consumer: the staffel applies unless other costs were agreed; the judge may moderate agreed costs (art. 242 Rv)")
		if m, err := lookup(&nlB2BMinimum, ref, p, &res.Assurance); err == nil {
			res.Citations = append(res.Citations, m.Cite)
			if amount.LessThan(m.Value) {
				res.Steps = append(res.Steps, CostLine{Label: "minimum (handelsovereenkomst)", Base: amount, Amount: m.Value, Cite: m.Cite})
				amount = m.Value
				res.Quoted = amount
			}
		}
	}
	if !res.Due {
		return nil
	}
	res.Amount = amount
	if claim.AddVAT {
		vr, err := lookup(&nlVATRate, ref, p, &res.Assurance)
		if err != nil {
			return err
		}
		res.VATRate = vr.Value
		res.VAT = wikVATOn(amount, *vr)
		// The uplift applies to "de vergoeding", after the minimum and
		// maximum, as the Besluit's text reads; some practitioners instead cap
		// the total including VAT at 6,775 (see the package documentation).
		res.Steps = append(res.Steps, CostLine{Label: "VAT uplift (art. 2 lid 3 Besluit BIK), after minimum and maximum", Base: amount, Rate: vr.Value, Amount: res.VAT, Cite: vr.Cite})
		res.Citations = append(res.Citations, vr.Cite)
	}
	if amount.IsZero() {
		res.Reason = "the cap on small recurring claims is used up"
	}
	return nil
}

func beExtrajudicial(claim ExtrajudicialClaim, res *ExtrajudicialCosts, p vordering.Policy) error {
	if claim.AddVAT {
		res.Notes = append(res.Notes, "Belgian flat damages carry no VAT uplift; AddVAT ignored")
	}
	if claim.Debtor != vordering.Consumer {
		row, err := lookup(&beFlat40, claim.AsOf, p, &res.Assurance)
		if err != nil {
			return err
		}
		if !claim.Default.IsZero() && claim.Default.Before(row.From) {
			return &vordering.NoRuleError{Table: beFlat40.Name, Date: claim.Default, Covered: beFlat40.Span()}
		}
		res.Steps = append(res.Steps, CostLine{Label: "flat compensation", Base: claim.Principal, Amount: row.Value, Cite: row.Cite})
		res.Citations = append(res.Citations, row.Cite)
		res.Quoted, res.Amount, res.Due = row.Value, row.Value, true
		if !claim.Default.IsZero() {
			res.DueFrom = claim.Default
		}
		res.Notes = append(res.Notes, "due by law whenever late-payment interest is due; higher proven reasonable costs may be claimed instead")
		return nil
	}
	// Book XIX: which default is judged, and under which contract.
	ref := claim.AsOf
	if !claim.Default.IsZero() {
		ref = claim.Default
	}
	row, err := lookup(&beBookXIX, ref, p, &res.Assurance)
	if err != nil {
		return err
	}
	newContract := !claim.ContractConcluded.IsZero() && !claim.ContractConcluded.Before(row.From)
	if !newContract && ref.Before(beBookXIXOldContracts) {
		return &vordering.NoRuleError{Table: beBookXIX.Name + " (contract before 01.09.2023 or date unknown: from 01.12.2023)", Date: ref, Covered: vordering.Period{From: beBookXIXOldContracts}}
	}
	scale := row.Value
	res.Citations = append(res.Citations, row.Cite)
	var amount decimal.Decimal
	for _, t := range scale.Tiers {
		if !t.Upto.IsZero() && claim.Principal.GreaterThan(t.Upto) {
			continue
		}
		amount = t.Fixed
		res.Steps = append(res.Steps, CostLine{Label: "flat damages: fixed part", Base: claim.Principal, Amount: t.Fixed, Cite: row.Cite})
		if t.Rate.IsPositive() {
			part := claim.Principal.Sub(t.Over)
			line := part.Mul(t.Rate)
			amount = amount.Add(line)
			res.Steps = append(res.Steps, CostLine{Label: "flat damages: " + t.Rate.Shift(2).String() + " % above " + t.Over.String(), Base: part, Rate: t.Rate, Amount: line, Cite: row.Cite})
		}
		break
	}
	amount = vordering.RoundCents(amount, vordering.HalfUp)
	if amount.GreaterThan(scale.Max) {
		res.Steps = append(res.Steps, CostLine{Label: "maximum", Base: amount, Amount: scale.Max, Cite: row.Cite})
		amount = scale.Max
	}
	if r, err := lookup(&beLatePaymentRates, claim.AsOf, p, &res.Assurance); err == nil {
		res.MaxInterestRate = decimal.NullDecimal{Decimal: r.Value, Valid: true}
		res.Citations = append(res.Citations, r.Cite)
	} else {
		res.Notes = append(res.Notes, "no confirmed late-payment rate for AsOf: the interest cap of art. XIX.4 is not given")
	}
	res.Notes = append(res.Notes, "the flat damages are due only if the contract provides for them; they are a ceiling, and no other charges may be added beyond interest")
	res.Quoted = amount
	if err := reminderDue(vordering.BE, claim, scale.FreeDays, res, row.Cite, "free first reminder"); err != nil {
		return err
	}
	if res.Due {
		res.Amount = amount
	}
	return nil
}

// lookup returns the row of t in force on d under policy p and records it
// in the answer's assurance (see vordering.Timeline.Read).
func lookup[T any](t *vordering.Timeline[T], d date.Date, p vordering.Policy, a *vordering.Assurance) (*vordering.Row[T], error) {
	row, _, err := t.Read(d, p, a)
	return row, err
}
