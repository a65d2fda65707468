package procedure

import (
	"errors"
	"slices"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/jurisdiction"
)

// Eligibility returns, for every route of the case's country, whether it is
// open on asOf and, if not, every reason that blocks it (a typed code, a
// sentence and the citation), with the first day it opens when time is the
// only block. The assessment also gives the addressee of letters, the effect
// of the debtor's status and the time-bar position of each invoice.
//
// Routes of Belgium: [RouteBEReminder], [RouteBECosts], [RouteBEIOS],
// [RouteBESRP], [RouteBESummons], [RouteBEPetition]. Routes of the
// Netherlands: [RouteNLReminder], [RouteNLCosts], [RouteNLKanton],
// [RouteNLRechtbank]. Each block names its condition and article; the
// checks are:
//
//   - BE reminder: an invoice is due; the status allows letters; a company's
//     seat is deliverable.
//   - BE costs: consumer: Book XIX in force for the invoice, a free first
//     reminder sent after the default, and its 14 days over; enterprise: the
//     day after the due date (Law of 2 August 2002, art. 5–6).
//   - BE IOS (art. 1394/20 ff. Ger.W., from 2 July 2016): creditor and debtor
//     enterprises, neither a public body, both in the KBO or (from 1 October
//     2018) the register of NL, FR, DE, LU, IT, ES or AT; a debt from the
//     business, contractual or agreed, uncontested, due; no bankruptcy,
//     reorganisation or debt settlement; interest and penalty clauses above
//     10 % of the principal are a note, not a block.
//   - BE SRP (art. 1338 ff.): at most EUR 1,860 (principal and accessories);
//     a written document from the debtor; a domicile or residence in
//     Belgium; a due claim; the vrederechter or the court of art. 573
//     competent; after the art. 1339 summons, the 15 days to pay, then the
//     15 days for the petition (ClosesOn).
//   - BE summons: a due claim; the status allows seeking a title. BE
//     petition: only for leases (art. 1344bis; art. 700 otherwise).
//   - NL reminder: as BE. NL costs: consumer: the 14-day letter of art. 6:96
//     lid 6 BW sent after the default and its 14 days from the day after
//     receipt over (receipt presumed on the second delivery day when not
//     given); commercial contract: the day after the due date (lid 4).
//   - NL kanton and rechtbank: the court package jurisdiction finds
//     competent is open, the other closed; the status allows a title.
//
// A route is open when nothing blocks it; a closed route always carries at
// least one block. Prescription never closes a court route (the court does
// not apply it of its own motion: art. 2223 oud BW; art. 3:322 lid 1 BW): a
// time-barred invoice is a note. The error wraps
// [vordering.ErrInvalidInput] for a bad case or date; a rule that no table
// covers on the date closes the route concerned with [ReasonNotInForce]
// rather than failing the whole assessment.
//
// The debtor's status counts from Case.StatusSince: a status that begins
// after asOf is not yet in effect, so a case can be replayed at any date of
// its history.
func Eligibility(c Case, asOf date.Date) (Assessment, error) { return Rules{}.Eligibility(c, asOf) }

// Eligibility is [Eligibility] on the rule sets r.
func (r Rules) Eligibility(c Case, asOf date.Date) (Assessment, error) {
	if err := c.Validate(); err != nil {
		return Assessment{}, err
	}
	if err := checkAsOf(asOf); err != nil {
		return Assessment{}, err
	}
	c.Status = c.statusOn(asOf)
	eff, err := effects(c.Country, c.Status)
	if err != nil {
		return Assessment{}, err
	}
	presc, _ := prescriptions(c, asOf) // an uncovered invoice is reported in its result

	e := newEval(r, c, asOf, eff, presc)
	a := Assessment{
		Country:      c.Country,
		AsOf:         asOf,
		Addressee:    e.addr,
		Status:       eff.clone(),
		Prescription: presc,
	}
	if c.Country == vordering.BE {
		a.Routes = []RouteResult{e.beReminder(), e.beCosts(), e.beIOS(), e.beSRP(), e.beSummons(), e.bePetition()}
	} else {
		a.Routes = []RouteResult{e.nlReminder(), e.nlCosts(), e.nlCourt(RouteNLKanton), e.nlCourt(RouteNLRechtbank)}
	}
	a.Assurance = e.assure
	for _, p := range presc {
		a.Assurance = a.Assurance.Join(p.Assurance)
	}
	if a.Assurance.Level == 0 {
		a.Assurance = vordering.Sure()
	}
	return a, nil
}

// eval holds what every route check needs.
type eval struct {
	rules        Rules
	c            Case
	asOf         date.Date
	eff          StatusEffect
	presc        []PrescriptionResult
	addr         Addressee
	firstDue     date.Date // earliest due date
	firstInvoice date.Date // earliest invoice date, standing for the contract date
	lastDue      date.Date // latest due date
	total        decimal.Decimal
	princ        decimal.Decimal
	access       decimal.Decimal

	// The competent court, asked of package jurisdiction once.
	courtDone bool
	courtDec  jurisdiction.Decision
	courtErr  error

	// assure gathers the levels of the table rows read.
	assure vordering.Assurance
}

// use records that the assessment read a table row.
func (e *eval) use(r vordering.RowRef) { e.assure = e.assure.Add(r) }

func newEval(r Rules, c Case, asOf date.Date, eff StatusEffect, presc []PrescriptionResult) *eval {
	e := &eval{rules: r, c: c, asOf: asOf, eff: eff, presc: presc, addr: AddresseeFor(c)}
	e.princ, e.access = c.Total()
	e.total = e.princ.Add(e.access)
	for i, inv := range c.Invoices {
		if i == 0 || inv.DueDate.Before(e.firstDue) {
			e.firstDue = inv.DueDate
		}
		if i == 0 || inv.Date.Before(e.firstInvoice) {
			e.firstInvoice = inv.Date
		}
		if i == 0 || inv.DueDate.After(e.lastDue) {
			e.lastDue = inv.DueDate
		}
	}
	return e
}

// route accumulates one RouteResult.
type route struct{ r RouteResult }

func newRoute(r Route) *route { return &route{r: RouteResult{Route: r}} }

func (b *route) block(code ReasonCode, text string, cite vordering.Citation) {
	b.r.Blocks = append(b.r.Blocks, Reason{Code: code, Text: text, Cite: cite})
}

func (b *route) blockUntil(code ReasonCode, text string, cite vordering.Citation, until date.Date) {
	b.r.Blocks = append(b.r.Blocks, Reason{Code: code, Text: text, Cite: cite, Until: until})
}

func (b *route) note(code ReasonCode, text string, cite vordering.Citation) {
	b.r.Notes = append(b.r.Notes, Reason{Code: code, Text: text, Cite: cite})
}

// done sets Open and OpensOn from the blocks.
func (b *route) done() RouteResult {
	b.r.Open = len(b.r.Blocks) == 0
	if b.r.Open {
		return b.r
	}
	opens := vordering.NoDate()
	for _, x := range b.r.Blocks {
		if !x.timeOnly() {
			return b.r
		}
		if !vordering.HasDate(opens) || x.Until.After(opens) {
			opens = x.Until
		}
	}
	b.r.OpensOn = opens
	return b.r
}

// statusBlock closes the route when the debtor's status forbids step s.
func (e *eval) statusBlock(b *route, s Step) bool {
	if r, ok := e.eff.forbidden(s); ok {
		b.r.Blocks = append(b.r.Blocks, r)
		return true
	}
	return false
}

// dueCite is the rule that payment cannot be demanded before the due date.
func (e *eval) dueCite() vordering.Citation {
	if e.c.Country == vordering.NL {
		return vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:39 lid 1; art. 6:83 sub a", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	}
	// Obligations arising from 1 January 2023 fall under Book 5 of the new
	// Civil Code (Law of 28 April 2022, BS 1.7.2022), whose article on terms
	// was not identified; the rule is the same.
	return vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 1186 (tijdsbepaling)",
		Publication: "vanaf 1.1.2023: Burgerlijk Wetboek boek 5 (Wet 28.4.2022, BS 1.7.2022), artikel niet geïdentificeerd"}
}

// dueBlock closes the route until the day after the earliest due date when
// no invoice is due yet, and notes the invoices not yet due otherwise.
func (e *eval) dueBlock(b *route, cite vordering.Citation) {
	if e.asOf.After(e.firstDue) {
		if !e.asOf.After(e.lastDue) {
			b.note(ReasonNotDue, "Some invoices fall due only later (the last on "+e.lastDue.String()+"); they can be included from the day after.", cite)
		}
		return
	}
	b.blockUntil(ReasonNotDue, "No invoice is due yet: payment can be demanded from the day after the due date "+e.firstDue.String()+".",
		cite, e.firstDue.Add(1))
}

// prescriptionNotes adds a note for each invoice that appears time-barred.
func (e *eval) prescriptionNotes(b *route) {
	cite := vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2223"}
	if e.c.Country == vordering.NL {
		cite = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 3:322 lid 1", URL: "https://wetten.overheid.nl/BWBR0005291/"}
	}
	for _, p := range e.presc {
		if p.Covered && p.Barred {
			b.note(ReasonPrescribed, "Invoice "+p.Invoice+" appears time-barred since "+p.LastDay.Add(1).String()+
				" ("+p.Rule.String()+"); the debtor must invoke it, the court does not apply it of its own motion.", cite)
		}
	}
}

// allBarred reports whether every invoice is covered and time-barred.
func (e *eval) allBarred() bool {
	if len(e.presc) == 0 {
		return false
	}
	for _, p := range e.presc {
		if !p.Covered || !p.Barred {
			return false
		}
	}
	return true
}

// seatBlock closes a letter route when a company's seat is undeliverable.
func (e *eval) seatBlock(b *route) {
	d := e.c.Debtor
	if d.Kind == vordering.Enterprise && !d.SoleTrader && d.SeatUndeliverable && e.c.Status == StatusNone {
		b.block(ReasonSeatUndeliverable, commercialAction(e.c.Country), commercialCite(e.c.Country))
	}
}

// lastAct returns the latest act of one of the kinds done on or before asOf,
// and whether there is one.
func (e *eval) lastAct(kinds ...ActKind) (Act, bool) {
	var best Act
	found := false
	for _, a := range e.c.Acts {
		if a.Date.After(e.asOf) {
			continue
		}
		for _, k := range kinds {
			if a.Kind == k && (!found || !a.Date.Before(best.Date)) {
				best, found = a, true
			}
		}
	}
	return best, found
}

// court asks package jurisdiction for the competent court on asOf, once.
func (e *eval) court() (jurisdiction.Decision, error) {
	if e.courtDone {
		return e.courtDec, e.courtErr
	}
	e.courtDone = true
	q := jurisdiction.Claim{
		Country:             e.c.Country,
		AsOf:                e.asOf,
		Matter:              e.c.matter(),
		Creditor:            e.c.Creditor.Kind,
		Debtor:              e.c.Debtor.Kind,
		CreditorNotMerchant: e.c.Creditor.NotMerchant,
		DebtorNotMerchant:   e.c.Debtor.NotMerchant,
		CreditorDomicile:    e.c.Creditor.Domicile,
		DebtorDomicile:      e.c.Debtor.Domicile,
		Principal:           e.princ,
		Interest:            e.access,
	}
	e.courtDec, e.courtErr = e.rules.Jurisdiction.Competent(q)
	e.assure = e.assure.Join(e.courtDec.Assurance)
	return e.courtDec, e.courtErr
}

// courtNote notes the competent court for a title route, or why it is not
// known.
func (e *eval) courtNote(b *route) (jurisdiction.Decision, bool) {
	dec, err := e.court()
	if err != nil {
		b.note(ReasonNotCompetent, "The competent court could not be determined: "+err.Error(), vordering.Citation{Instrument: "package jurisdiction"})
		return dec, false
	}
	var cite vordering.Citation
	if len(dec.Citations) > 0 {
		cite = dec.Citations[0]
	}
	text := "Competent court: " + dec.Court.String() + ". " + dec.Reason
	if dec.LawyerRequired {
		text += " A lawyer is required."
	}
	b.note(ReasonCourt, text, cite)
	return dec, true
}

// firstLetterAfterDefault returns the first act of the kinds sent after the
// earliest due date and on or before asOf; early is true when such an act
// was sent on or before the due date (it does not count).
func (e *eval) firstLetterAfterDefault(kinds ...ActKind) (act Act, found, early bool) {
	acts := e.c.Acts
	if !slices.IsSortedFunc(acts, byDate) {
		acts = sortedActs(acts)
	}
	for _, a := range acts {
		if a.Date.After(e.asOf) || !slices.Contains(kinds, a.Kind) {
			continue
		}
		if !a.Date.After(e.firstDue) {
			early = true
			continue
		}
		return a, true, early
	}
	return Act{}, false, early
}

// costsCheck asks package costs whether its rules cover the claim on asOf
// and what the costs come to. A date no rule covers closes the route; a
// later due date than the term computed here closes it until then; the
// amount is a note. received is the day the reminder counts from (the zero date:
// none yet).
func (e *eval) costsCheck(b *route, received date.Date, cite vordering.Citation) {
	q := costs.Claim{
		Principal:         e.princ,
		Debtor:            e.c.Debtor.Kind,
		AsOf:              e.asOf,
		ContractConcluded: e.firstInvoice,
	}
	if def := e.firstDue.Add(1); !def.After(e.asOf) {
		q.Default = def
	}
	if vordering.HasDate(received) && !received.After(e.asOf) {
		q.ReminderReceived = received
	}
	res, err := e.rules.Costs.Extrajudicial(e.c.Country, q)
	e.assure = e.assure.Join(res.Assurance)
	if err != nil {
		if errors.Is(err, vordering.ErrNoRuleInForce) {
			b.block(ReasonNotInForce, "No collection-costs rule covers this claim on this date (package costs): "+err.Error(), cite)
		} else {
			b.note(ReasonNotInForce, "The collection costs could not be computed (package costs): "+err.Error(), cite)
		}
		return
	}
	if !res.Due && vordering.HasDate(res.DueFrom) && res.DueFrom.After(e.asOf) && len(b.r.Blocks) == 0 {
		b.blockUntil(ReasonTermRunning, res.Reason, cite, res.DueFrom)
	}
	c := cite
	if len(res.Citations) > 0 {
		c = res.Citations[0]
	}
	b.note(ReasonCap, "Collection costs once due: EUR "+res.Quoted.StringFixed(2)+" (package costs, rounded half-up to the cent; for a Belgian consumer a ceiling that applies only if the contract provides flat damages).", c)
}
