package routes

import (
	"errors"
	"slices"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/internal/terms"
	"github.com/vordering/vordering/procedure/prescription"
)

// Eligibility returns, for every route of the case's country, whether it is
// open on asOf and, if not, every reason that blocks it (a typed code, a
// sentence and the citation), with the first day it opens when time is the
// only block. The assessment also gives the addressee of letters, the effect
// of the debtor's status and the time-bar position of each invoice.
//
// Routes of Belgium: [RouteBEReminder], [RouteBECosts], [RouteBEIOS],
// [RouteBESRP], [RouteBESummons], [RouteBEPetition], [RouteBEDwangbevel].
// Routes of the Netherlands: [RouteNLReminder], [RouteNLCosts],
// [RouteNLKanton], [RouteNLRechtbank], [RouteNLAwbReminder],
// [RouteNLAwbDwangbevel]. Each block names its condition and article; the
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
//   - The public creditors' own routes, closed (ReasonNotPublicClaim)
//     unless Case.Public gives the country's basis. BE dwangbevel (a
//     municipality's or OCMW's non-fiscal claim; the region's decree): a
//     date the region's rule covers; a debtor that is not a public body; an
//     undisputed, due claim; the status allows a title. NL aanmaning (title
//     4.4 Awb, from 1 July 2009): the payment term passed (art. 4:97); the
//     status allows letters; not time-barred (art. 4:104: five years from
//     the payment term or the latest interruption, a bar after which no
//     aanmaning or dwangbevel may follow). NL dwangbevel: as the aanmaning,
//     and a statutory power (art. 4:115), an aanmaning sent after the
//     payment term whose two weeks have passed (art. 4:117).
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
func Eligibility(c casefile.Case, asOf date.Date) (EligibilityReport, error) {
	return Rules{}.Eligibility(c, asOf)
}

// Eligibility is [Eligibility] on the rule sets r.
func (r Rules) Eligibility(c casefile.Case, asOf date.Date) (EligibilityReport, error) {
	if err := c.Validate(); err != nil {
		return EligibilityReport{}, err
	}
	if err := kit.CheckAsOf(asOf); err != nil {
		return EligibilityReport{}, err
	}
	c.Status = kit.StatusOn(c, asOf)
	eff, err := debtor.Effects(c.Country, c.Status)
	if err != nil {
		return EligibilityReport{}, err
	}
	presc, _ := prescription.OfChecked(kit.Trust(c), asOf) // an uncovered invoice is reported in its result

	e := newEval(r, c, asOf, eff, presc)
	a := EligibilityReport{
		Country:      c.Country,
		AsOf:         asOf,
		Addressee:    e.addr,
		Status:       eff,
		Prescription: presc,
	}
	table := routeTable(c.Country)
	a.Routes = make([]RouteResult, len(table))
	for i, row := range table {
		// The builder lives in e, which is on the heap already: the indirect
		// call would otherwise move a new one there for every route.
		e.rt = route{r: RouteResult{Route: row.route}}
		row.check(e, &e.rt)
		a.Routes[i] = e.rt.done()
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

// routeDef is one row of a country's route table: adding a route is a
// Route constant, a row and its check function.
type routeDef struct {
	// route is the route; name its text form (Route.String).
	route Route
	name  string
	// acts are the acts of the flow that start or continue the route: the
	// planner proposes them only while the route is open, or opens on a
	// known day. An act that several routes govern is proposed while any
	// of them is (the first in table order gives its day and notes).
	acts []casefile.ActKind
	// check adds to b every block and note of the route's conditions on
	// the case, and the next act.
	check func(e *eval, b *route)
}

// routeTable returns the route table of country c (nil for an unsupported
// country). The rows are read in place and never changed.
func routeTable(c vordering.Country) []routeDef {
	switch c {
	case vordering.BE:
		return beRoutes
	case vordering.NL:
		return nlRoutes
	}
	return nil
}

// routeNameList is the text form of every route, from the tables.
func routeNameList() []string {
	var names []string
	for _, t := range [][]routeDef{beRoutes, nlRoutes} {
		for _, row := range t {
			for int(row.route) >= len(names) {
				names = append(names, "")
			}
			names[row.route] = row.name
		}
	}
	return names
}

// ForAct returns the routes of country c that govern act k, in table
// order: the planner proposes act k only while one of them is open or
// opens on a known day. The slice is new; nil when no route governs k.
func ForAct(c vordering.Country, k casefile.ActKind) []Route {
	table := routeTable(c)
	n := 0
	for _, row := range table {
		if slices.Contains(row.acts, k) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Route, 0, n)
	for _, row := range table {
		if slices.Contains(row.acts, k) {
			out = append(out, row.route)
		}
	}
	return out
}

// eval holds what every route check needs.
type eval struct {
	rules        Rules
	cal          terms.Calendar
	c            casefile.Case
	asOf         date.Date
	eff          debtor.StatusEffect
	presc        []prescription.PrescriptionResult
	addr         debtor.Addressee
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

	// rt is the route being checked.
	rt route
}

// use records that the assessment read a table row.
func (e *eval) use(r vordering.RowRef) { e.assure = e.assure.Add(r) }

func newEval(r Rules, c casefile.Case, asOf date.Date, eff debtor.StatusEffect, presc []prescription.PrescriptionResult) *eval {
	e := &eval{rules: r, cal: terms.Calendar{Rules: r.Deadlines}, c: c, asOf: asOf, eff: eff, presc: presc, addr: debtor.AddresseeFor(c)}
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

func (b *route) block(code casefile.ReasonCode, text string, cite vordering.Citation) {
	b.r.Blocks = append(b.r.Blocks, casefile.Reason{Code: code, Text: text, Cite: cite})
}

func (b *route) blockUntil(code casefile.ReasonCode, text string, cite vordering.Citation, until date.Date) {
	b.r.Blocks = append(b.r.Blocks, casefile.Reason{Code: code, Text: text, Cite: cite, Until: until})
}

func (b *route) note(code casefile.ReasonCode, text string, cite vordering.Citation) {
	b.r.Notes = append(b.r.Notes, casefile.Reason{Code: code, Text: text, Cite: cite})
}

// done sets Open and OpensOn from the blocks.
func (b *route) done() RouteResult {
	b.r.Open = len(b.r.Blocks) == 0
	if b.r.Open {
		return b.r
	}
	opens := vordering.NoDate()
	for _, x := range b.r.Blocks {
		if !timeOnly(x) {
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
func (e *eval) statusBlock(b *route, s debtor.Activity) bool {
	if r, ok := e.eff.Forbids(s); ok {
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
			b.note(casefile.ReasonNotDue, "Some invoices fall due only later (the last on "+e.lastDue.String()+"); they can be included from the day after.", cite)
		}
		return
	}
	b.blockUntil(casefile.ReasonNotDue, "No invoice is due yet: payment can be demanded from the day after the due date "+e.firstDue.String()+".",
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
			b.note(casefile.ReasonPrescribed, "Invoice "+p.Invoice+" appears time-barred since "+p.LastDay.Add(1).String()+
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
	if d.Kind == vordering.Enterprise && !d.SoleTrader && d.SeatUndeliverable && e.c.Status == casefile.StatusNone {
		b.block(casefile.ReasonSeatUndeliverable, e.addr.Action, e.addr.Cite) // the addressee of an undeliverable seat
	}
}

// lastAct returns the latest act of one of the kinds done on or before asOf,
// and whether there is one.
func (e *eval) lastAct(kinds ...casefile.ActKind) (casefile.Act, bool) {
	var best casefile.Act
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
	q := kit.CourtClaim(e.c, e.asOf, e.princ, e.access)
	e.courtDec, e.courtErr = e.rules.Jurisdiction.Competent(q)
	e.assure = e.assure.Join(e.courtDec.Assurance)
	return e.courtDec, e.courtErr
}

// courtNote notes the competent court for a title route, or why it is not
// known.
func (e *eval) courtNote(b *route) (jurisdiction.Decision, bool) {
	dec, err := e.court()
	if err != nil {
		b.note(casefile.ReasonNotCompetent, "The competent court could not be determined: "+err.Error(), vordering.Citation{Instrument: "package jurisdiction"})
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
	b.note(casefile.ReasonCourt, text, cite)
	return dec, true
}

// firstLetterAfterDefault returns the first act of the kinds sent after the
// earliest due date and on or before asOf; early is true when such an act
// was sent on or before the due date (it does not count).
func (e *eval) firstLetterAfterDefault(kinds ...casefile.ActKind) (act casefile.Act, found, early bool) {
	acts := e.c.Acts
	if !slices.IsSortedFunc(acts, kit.ByDate) {
		acts = kit.SortedActs(acts)
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
	return casefile.Act{}, false, early
}

// costsCheck asks package costs whether its rules cover the claim on asOf
// and what the costs come to. A date no rule covers closes the route; a
// later due date than the term computed here closes it until then; the
// amount is a note. received is the day the reminder counts from (the zero date:
// none yet).
func (e *eval) costsCheck(b *route, received date.Date, cite vordering.Citation) {
	q := costs.ExtrajudicialClaim{
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
			b.block(casefile.ReasonNotInForce, "No collection-costs rule covers this claim on this date (package costs): "+err.Error(), cite)
		} else {
			b.note(casefile.ReasonNotInForce, "The collection costs could not be computed (package costs): "+err.Error(), cite)
		}
		return
	}
	if !res.Due && vordering.HasDate(res.DueFrom) && res.DueFrom.After(e.asOf) && len(b.r.Blocks) == 0 {
		b.blockUntil(casefile.ReasonTermRunning, res.Reason, cite, res.DueFrom)
	}
	c := cite
	if len(res.Citations) > 0 {
		c = res.Citations[0]
	}
	b.note(casefile.ReasonCap, "Collection costs once due: EUR "+res.Quoted.StringFixed(2)+" (package costs, rounded half-up to the cent; for a Belgian consumer a ceiling that applies only if the contract provides flat damages).", c)
}

// contested reports whether the debtor disputes the claim, by the flag or by
// an act's outcome.
func contested(c casefile.Case, asOf date.Date) bool {
	if c.Contested {
		return true
	}
	for _, a := range c.Acts {
		if a.Outcome == casefile.OutcomeContested && !a.Date.After(asOf) {
			return true
		}
	}
	return false
}
