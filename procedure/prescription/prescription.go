package prescription

import (
	"errors"
	"slices"
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/kit"
)

// PrescriptionResult is the time-bar (verjaring) position of one invoice on
// the as-of date.
type PrescriptionResult struct {
	// Invoice is the invoice number.
	Invoice string `json:"invoice"`
	// Covered is false when no rule of the library covers the invoice's due
	// date; the other fields are then empty and Note says why.
	Covered bool `json:"covered"`
	// Years is the length of the term that runs now.
	Years int `json:"years,omitempty"`
	// Rule cites the article that sets the term.
	Rule vordering.Citation `json:"rule"`
	// Start is the first day of the term that runs now: the day after the due
	// date, or the day after the last interruption.
	Start date.Date `json:"start,omitzero"`
	// LastDay is the last day on which the claim is not yet time-barred; an
	// interrupting act must be done on or before it.
	LastDay date.Date `json:"lastDay,omitzero"`
	// Barred is true when LastDay is before the as-of date.
	Barred bool `json:"barred"`
	// Interruptions are the acts that interrupted the term, in date order.
	Interruptions []Interruption `json:"interruptions,omitempty"`
	// Note explains a limit of the answer (a judgment obtained, a term based
	// on a presumption of payment, an interruption that did not count).
	Note string `json:"note,omitempty"`
	// Assurance is how sure the term is: the level of its table row.
	Assurance vordering.Assurance `json:"assurance,omitzero"`
}

// Interruption is one act that interrupted prescription (stuiting).
type Interruption struct {
	Act  casefile.ActKind   `json:"act"`
	Date date.Date          `json:"date"`
	Cite vordering.Citation `json:"cite"`
	// LastDay is the last day of the term after this interruption.
	LastDay date.Date `json:"lastDay"`
}

// Prescription returns the time-bar position of every invoice of the case on
// asOf.
//
// The term runs from the day after the due date (NL art. 3:307 and 3:308 BW:
// "na de aanvang van de dag, volgende op die waarop de vordering opeisbaar is
// geworden"; BE: the day of the due date is not counted, art. 2260–2261 oud
// BW). A term of n years ends on the day before the same calendar date n
// years after its first day (a first day of 29 February counts from 1 March).
// Prescription terms are not moved for weekends or holidays (Atw art. 4 in
// the Netherlands; in Belgium art. 52–53 Ger.W. govern procedural terms only,
// art. 48), so no calendar of package deadlines is used here.
//
// Interruptions taken into account, when done on or before the last day:
//   - NL: a written reminder or demand (art. 3:317 lid 1 BW), an
//     acknowledgement or payment plan (art. 3:318), a summons or petition
//     (art. 3:316); the new term starts the next day, is as long as the
//     original but at most five years, and never ends before the original
//     would have (art. 3:319).
//   - BE: a summons, an order to pay (bevel) or a seizure (art. 2244 §1 oud
//     BW) and an acknowledgement or payment plan (art. 2248) start a new term
//     of the same length; a registered formal notice by a lawyer or bailiff to
//     a debtor domiciled in Belgium (art. 2244 §2, Law of 23 May 2013) starts a
//     new term of one year (or of the original term if shorter) that never
//     ends before the original. Only the first such notice is counted (the
//     conservative reading; sources say the extension is limited).
//
// Once a judgment is recorded, the claim's own term no longer matters; the
// result says so and does not compute the prescription of the title.
//
// The error wraps [vordering.ErrInvalidInput] for a bad case or date, and
// [vordering.ErrNoRuleInForce] (joined, one per invoice) when no rule covers
// an invoice's due date; the results are returned for every invoice either way.
func Prescription(c casefile.Case, asOf date.Date) ([]PrescriptionResult, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := kit.CheckAsOf(asOf); err != nil {
		return nil, err
	}
	return prescriptions(c, asOf)
}

// prescriptions is Prescription on a validated case. The acts are sorted
// once and indexed by the invoices they name, so that each invoice reads
// only the acts that concern it: the cost is linear in the invoices and in
// the (invoice, act) pairs, after one sort of the acts.
func prescriptions(c casefile.Case, asOf date.Date) ([]PrescriptionResult, error) {
	ix := indexActs(c, asOf)
	out := make([]PrescriptionResult, 0, len(c.Invoices))
	var errs []error
	for _, inv := range c.Invoices {
		r, err := prescribeInvoice(c, inv, asOf, ix)
		if err != nil {
			errs = append(errs, err)
		}
		out = append(out, r)
	}
	return out, errors.Join(errs...)
}

// actIndex holds the acts of a case on or before the as-of date in date
// order (the given order kept for acts of the same day), and by invoice.
type actIndex struct {
	acts    []casefile.Act
	general []int32            // positions of the acts that name no invoice (they concern all)
	named   map[string][]int32 // positions of the acts that name each invoice, each once
}

func indexActs(c casefile.Case, asOf date.Date) actIndex {
	ix := actIndex{acts: make([]casefile.Act, 0, len(c.Acts))}
	for _, a := range c.Acts {
		if !a.Date.After(asOf) {
			ix.acts = append(ix.acts, a)
		}
	}
	if !slices.IsSortedFunc(ix.acts, kit.ByDate) {
		slices.SortStableFunc(ix.acts, kit.ByDate)
	}
	for p, a := range ix.acts {
		if len(a.Invoices) == 0 {
			ix.general = append(ix.general, int32(p))
			continue
		}
		if ix.named == nil {
			ix.named = map[string][]int32{}
		}
		for _, n := range a.Invoices {
			l := ix.named[n]
			if len(l) > 0 && l[len(l)-1] == int32(p) {
				continue // the act names the invoice twice
			}
			ix.named[n] = append(l, int32(p))
		}
	}
	return ix
}

// each calls f with the acts that concern invoice n, in date order, until
// f returns false.
func (ix actIndex) each(n string, f func(a casefile.Act) bool) {
	g, named := ix.general, ix.named[n]
	for len(g) > 0 || len(named) > 0 {
		var p int32
		if len(named) == 0 || (len(g) > 0 && g[0] < named[0]) {
			p, g = g[0], g[1:]
		} else {
			p, named = named[0], named[1:]
		}
		if !f(ix.acts[p]) {
			return
		}
	}
}

// prescriptionTerm picks the term table for an invoice.
func prescriptionTerm(c casefile.Case, inv casefile.Invoice) vordering.Timeline[int] {
	consumerSale := inv.Nature == casefile.NatureGoods && c.Debtor.Kind == vordering.Consumer && c.Creditor.Kind == vordering.Enterprise
	switch c.Country {
	case vordering.BE:
		switch {
		case inv.Nature == casefile.NatureUtility:
			return beUtilityTerm
		case inv.Nature == casefile.NaturePeriodic:
			return bePeriodicTerm
		case consumerSale:
			return beTraderSaleTerm
		}
		return beGeneralTerm
	default:
		switch {
		case consumerSale:
			return nlConsumerSaleTerm
		case inv.Nature == casefile.NaturePeriodic:
			return nlPeriodicTerm
		}
		return nlContractTerm
	}
}

func prescribeInvoice(c casefile.Case, inv casefile.Invoice, asOf date.Date, ix actIndex) (PrescriptionResult, error) {
	res := PrescriptionResult{Invoice: inv.Number}
	tl := prescriptionTerm(c, inv)
	row, err := tl.At(inv.DueDate)
	if err != nil {
		res.Note = err.Error()
		return res, err
	}
	res.Covered = true
	res.Years = row.Value
	res.Rule = row.Cite
	res.Assurance = vordering.Assurance{}.Add(tl.Ref(row))
	res.Start = inv.DueDate.Add(1)
	res.LastDay = endOfYears(res.Start, row.Value)
	original := res.LastDay
	if row.Note != "" {
		res.Note = row.Note
	}

	lawyerNoticeUsed := false
	// The acts come in date order and are on or before asOf. Once an act is
	// after the last day, so are all later ones: the last day moves only at
	// an interruption, which is on or before it.
	ix.each(inv.Number, func(a casefile.Act) bool {
		if a.Date.After(res.LastDay) {
			return false
		}
		if a.Kind == casefile.ActJudgment {
			res.Note = "A judgment was obtained on " + a.Date.String() +
				"; the claim now rests on the title, whose prescription is not computed here."
			return false
		}
		cite, years, floor, ok := interruption(c, a, row.Value, original, lawyerNoticeUsed)
		if !ok {
			return true
		}
		if a.Kind == casefile.ActLawyerNotice {
			lawyerNoticeUsed = true
		}
		start := a.Date.Add(1)
		last := endOfYears(start, years)
		if vordering.HasDate(floor) && last.Before(floor) {
			last = floor
		}
		res.Start = start
		res.LastDay = last
		res.Interruptions = append(res.Interruptions, Interruption{Act: a.Kind, Date: a.Date, Cite: cite, LastDay: last})
		return true
	})
	res.Barred = res.LastDay.Before(asOf)
	return res, nil
}

// interruption says whether act a interrupts prescription of a term of
// `years` and, if so, the citation, the length of the new term and the day
// before which the new term may not end (the zero date: no such day).
func interruption(c casefile.Case, a casefile.Act, years int, original date.Date, lawyerNoticeUsed bool) (cite vordering.Citation, newYears int, floor date.Date, ok bool) {
	if c.Country == vordering.NL {
		newYears = min(years, 5)
		switch a.Kind {
		case casefile.ActReminder, casefile.ActFormalNotice, casefile.ActFourteenDayLetter, casefile.ActLawyerNotice:
			return citeNL3317, newYears, original, true
		case casefile.ActAcknowledgement, casefile.ActPaymentPlan:
			return citeNL3318, newYears, original, true
		case casefile.ActSummons, casefile.ActPetition:
			return citeNL3316, newYears, original, true
		}
		return cite, 0, floor, false
	}
	switch a.Kind {
	case casefile.ActSummons, casefile.ActService, casefile.ActSeizure:
		return citeBE2244, years, vordering.NoDate(), true
	case casefile.ActAcknowledgement, casefile.ActPaymentPlan:
		return citeBE2248, years, vordering.NoDate(), true
	case casefile.ActLawyerNotice:
		if lawyerNoticeUsed || c.Debtor.Domicile != "BE" {
			return cite, 0, floor, false
		}
		return citeBE2244par2, min(years, 1), original, true
	}
	return cite, 0, floor, false
}

// The citations of the interruptions, built once (a result holds copies).
var (
	citeNL3317     = nlInterruption("art. 3:317 lid 1")
	citeNL3318     = nlInterruption("art. 3:318")
	citeNL3316     = nlInterruption("art. 3:316")
	citeBE2244     = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2244 §1"}
	citeBE2248     = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2248"}
	citeBE2244par2 = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2244 §2", Publication: "Wet 23.5.2013, BS 1.7.2013"}
)

func nlInterruption(article string) vordering.Citation {
	return vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: article + "; art. 3:319", URL: "https://wetten.overheid.nl/BWBR0005291/"}
}

// endOfYears returns the last day of a term of n years whose first day is
// start: the day before the same calendar date n years later. A first day of
// 29 February is counted from 1 March in a year that has no 29 February.
func endOfYears(start date.Date, n int) date.Date {
	y, m, day := start.Date()
	ty := y + n
	if m == time.February && day == 29 && !date.IsLeap(ty) {
		return date.New(ty, time.March, 1).Add(-1)
	}
	return date.New(ty, m, day).Add(-1)
}

// OfChecked is [Prescription] for the other packages of procedure, on a
// case they have validated, with an as-of date they have checked.
func OfChecked(k kit.Checked, asOf date.Date) ([]PrescriptionResult, error) {
	return prescriptions(k.Case(), asOf)
}
