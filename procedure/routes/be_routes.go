package routes

import (
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
)

// citeBook19 is Book XIX WER (consumer debts): the free first reminder with
// at least 14 days before any cost or interest, for contracts from 1
// September 2023 and older contracts for defaults from 1 December 2023
// (ordevanvlaamsebalies.be, elegis.be, samvzw.be, studio-legale.com). The
// figures live in packages costs and deadlines. The start of the 14 days
// (third working day after a paper reminder, the working day after an
// electronic one) is one reading of art. XIX.2 that we could not confirm
// with a second source; the starting day is not counted (the later reading).
var citeBook19 = vordering.Citation{
	Instrument:  "Wetboek van economisch recht",
	Article:     "art. XIX.2–XIX.4",
	Publication: "Wet 4.5.2023, BS 23.5.2023; overgangsrecht art. 15 (gewijzigd bij Wet 5.11.2023, BS 11.12.2023)",
	URL:         "https://studio-legale.com/tag/invordering/",
}

var (
	citeBEArt700  = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 700"}
	citeBE1344bis = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1344bis"}
	citeBELaw2002 = vordering.Citation{Instrument: "Wet 2.8.2002 betalingsachterstand bij handelstransacties", Article: "art. 5–6",
		Publication: "gewijzigd bij Wet 22.11.2013"}
	citeBESRP1338 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1338", URL: "https://e-justice.europa.eu/41/NL/european_payment_order?BELGIUM"}
	citeBESRP1339 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1339–1340"}
	citeBESRP1344 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1344", URL: "https://e-justice.europa.eu/41/NL/european_payment_order?BELGIUM"}
)

// beRoutes is the table of the Belgian routes, in the order of the Route
// constants: each row names the route, the acts of the flow it governs and
// the function that checks its conditions.
var beRoutes = []routeDef{
	{RouteBEReminder, "be-reminder", []casefile.ActKind{casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice}, (*eval).beReminder},
	{RouteBECosts, "be-costs", nil, (*eval).beCosts},
	{RouteBEIOS, "be-ios", []casefile.ActKind{casefile.ActIOSSummons}, (*eval).beIOS},
	{RouteBESRP, "be-srp", []casefile.ActKind{casefile.ActSRPSummons}, (*eval).beSRP},
	{RouteBESummons, "be-dagvaarding", []casefile.ActKind{casefile.ActSummons}, (*eval).beSummons},
	{RouteBEPetition, "be-verzoekschrift", []casefile.ActKind{casefile.ActPetition}, (*eval).bePetition},
	{RouteBEDwangbevel, "be-dwangbevel", []casefile.ActKind{casefile.ActAdminReminder, casefile.ActDwangbevel}, (*eval).beDwangbevel},
}

// beReminder: an amicable reminder or formal notice may be sent once an
// invoice is due, to the addressee the status gives, unless the status
// forbids letters or a company's seat is undeliverable.
func (e *eval) beReminder(b *route) {
	b.r.Next = "Send a reminder or formal notice (ingebrekestelling) to " + e.addr.Name + "."
	if e.c.Debtor.Kind == vordering.Consumer {
		b.r.Next = "Send the free first reminder of art. XIX.2 WER, giving at least 14 days to pay."
	}
	e.statusBlock(b, debtor.ActivityLetter)
	e.seatBlock(b)
	e.dueBlock(b, e.dueCite())
}

// beCosts: costs and late interest may be charged to a consumer only after
// the free first reminder and its 14 days (Book XIX WER); between
// enterprises, interest and the EUR 40 flat sum are due by law from the day
// after the due date (Law of 2 August 2002, art. 5–6). Which regime applies
// on the date, and the amount, come from package costs; the reminder term
// from package deadlines.
func (e *eval) beCosts(b *route) {
	if e.c.Debtor.Kind != vordering.Consumer {
		b.r.Next = "Interest and the flat compensation for recovery costs run by law, without notice."
		e.dueBlock(b, citeBELaw2002)
		e.statusBlock(b, debtor.ActivityDirectPayment)
		e.costsCheck(b, vordering.NoDate(), citeBELaw2002)
		return
	}
	b.r.Next = "Charge only what Book XIX WER allows."
	e.statusBlock(b, debtor.ActivityLetter)
	e.dueBlock(b, citeBook19)
	rem, found, early := e.firstLetterAfterDefault(casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice)
	switch {
	case !found && early:
		b.block(casefile.ReasonLetterTooEarly, "The reminder was sent before the payment default and does not count: send the first reminder after the due date.", citeBook19)
	case !found:
		b.block(casefile.ReasonNoPriorLetter, "No first reminder has been sent: it is free and must give at least 14 days to pay before any cost or interest.", citeBook19)
	}
	if !found {
		e.costsCheck(b, vordering.NoDate(), citeBook19)
		return
	}
	nth, how := 3, "the third working day after the paper reminder of "
	if rem.Electronic {
		nth, how = 1, "the working day after the electronic reminder of "
	}
	start, ok := e.cal.NthWorkingDayAfter(vordering.BE, rem.Date, nth)
	var last date.Date
	var err error
	if ok {
		last, _, err = e.cal.Term(vordering.BE, start, deadlines.ConsumerReminder)
	}
	if !ok || err != nil {
		b.block(casefile.ReasonNotInForce, "The reminder term could not be computed: no working day in the calendar after "+rem.Date.String()+".", citeBook19)
		return
	}
	if !e.asOf.After(last) {
		b.blockUntil(casefile.ReasonTermRunning, "The 14 days of the first reminder run from "+how+rem.Date.String()+
			" ("+start.String()+") to "+last.String()+"; costs and interest may be charged from the next day.", citeBook19, last.Add(1))
	}
	e.costsCheck(b, start, citeBook19)
}

// beIOS: art. 1394/20 ff. Ger.W.
func (e *eval) beIOS(b *route) {
	b.r.Next = "Instruct a lawyer, who has a bailiff serve the summons to pay (art. 1394/21 Ger.W.); the debtor has one month to react."
	regs, err := beIOSRegisters.At(e.asOf)
	if err == nil {
		e.use(beIOSRegisters.Ref(regs))
	}
	if err != nil {
		b.block(casefile.ReasonNotInForce, "The procedure for uncontested debts applies from 2.7.2016.", citeIOS)
	}
	e.iosParty(b, "creditor", e.c.Creditor, regs.Value, err == nil)
	e.iosParty(b, "debtor", e.c.Debtor, regs.Value, err == nil)
	if e.c.OutsideBusiness {
		b.block(casefile.ReasonOutsideBusiness, "The debt does not arise from the debtor's business activity.", vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 3°"})
	}
	if e.c.NonContractual {
		b.block(casefile.ReasonNonContractual, "The debt is not contractual and was neither agreed nor acknowledged.", vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 5°"})
	}
	if contested(e.c, e.asOf) {
		b.block(casefile.ReasonContested, "The debtor disputes the claim: IOS is only for uncontested debts; summon the debtor instead.", citeIOS)
	}
	e.statusBlock(b, debtor.ActivityIOS)
	e.dueBlock(b, citeIOS)
	if e.allBarred() {
		b.block(casefile.ReasonPrescribed, "Every invoice appears time-barred: the debt is no longer certain and due.", citeIOS)
	} else {
		e.prescriptionNotes(b)
	}
	if cap, err := beIOSAccessoryCap.At(e.asOf); err == nil {
		e.use(beIOSAccessoryCap.Ref(cap))
		limit := vordering.RoundCents(e.princ.Mul(cap.Value), vordering.HalfUp)
		if e.access.GreaterThan(limit) {
			b.note(casefile.ReasonCap, "Interest and penalty clauses of EUR "+e.access.StringFixed(2)+" exceed the cap of 10 % of the principal: "+
				"at most EUR "+limit.StringFixed(2)+" of them can be recovered through IOS (rounded half-up to the cent).", cap.Cite)
		}
	}
}

// iosParty checks one party of an IOS claim.
func (e *eval) iosParty(b *route, role string, p casefile.Party, registers []string, haveRegs bool) {
	switch p.Kind {
	case vordering.Consumer:
		if role == "debtor" {
			b.block(casefile.ReasonConsumer, "The debtor is a consumer: IOS is for debts between enterprises only.", vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 2°"})
		} else {
			b.block(casefile.ReasonNotEnterprise, "The creditor is not an enterprise: IOS is for debts between enterprises only.", vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 2°"})
		}
		return
	case vordering.PublicBody:
		b.block(casefile.ReasonPublicBody, "The "+role+" is a public body (art. 1412bis §1 Ger.W.): debts of or towards public bodies are excluded.", vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 1°"})
		return
	}
	if !haveRegs {
		return
	}
	cite := vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 2°"}
	if p.RegisterCountry == "" || p.RegisterNumber == "" {
		b.block(casefile.ReasonNotRegistered, "The "+role+" has no known enterprise-register number; IOS requires registration in the KBO or an accepted register.", cite)
		return
	}
	for _, r := range registers {
		if r == p.RegisterCountry {
			return
		}
	}
	// A register that a later row accepts opens the route on that row's date.
	for _, row := range beIOSRegisters.Rows {
		if row.From.After(e.asOf) {
			for _, r := range row.Value {
				if r == p.RegisterCountry {
					b.blockUntil(casefile.ReasonNotRegistered, "The "+role+"'s register ("+p.RegisterCountry+") is accepted for IOS only from "+row.From.String()+".", row.Cite, row.From)
					return
				}
			}
		}
	}
	b.block(casefile.ReasonNotRegistered, "The "+role+" is registered in "+p.RegisterCountry+", a register IOS does not accept (accepted: "+strings.Join(registers, ", ")+").", cite)
}

// beSRP: art. 1338–1344 Ger.W.
func (e *eval) beSRP(b *route) {
	b.r.Next = "Serve the summons of art. 1339 Ger.W. (bailiff, or registered letter with acknowledgment of receipt) giving 15 days to pay."
	ceiling, err := beSRPCeiling.At(e.asOf)
	if err == nil {
		e.use(beSRPCeiling.Ref(ceiling))
	}
	if err != nil {
		b.block(casefile.ReasonNotInForce, err.Error(), citeBESRP1338)
	} else if e.total.GreaterThan(ceiling.Value) {
		b.block(casefile.ReasonAboveCeiling, "The claim of EUR "+e.total.StringFixed(2)+" (principal and accessories, art. 557 Ger.W.) exceeds the EUR "+
			ceiling.Value.StringFixed(0)+" of art. 1338 Ger.W.", ceiling.Cite)
	}
	if !e.c.WrittenDocument {
		b.block(casefile.ReasonNoWrittenDocument, "The claim must rest on a written document emanating from the debtor (an invoice alone is not enough).", citeBESRP1338)
	}
	switch {
	case e.c.Status == casefile.StatusStruckFromRegister || e.c.Status == casefile.StatusAddressUnknown:
		b.block(casefile.ReasonNoAddress, "The debtor has no known domicile or residence in Belgium.", citeBESRP1344)
	case e.c.Debtor.Domicile == "":
		b.block(casefile.ReasonDomicileAbroad, "The debtor's domicile is not known: the summary payment order needs a domicile or residence in Belgium.", citeBESRP1344)
	case e.c.Debtor.Domicile != "BE":
		b.block(casefile.ReasonDomicileAbroad, "The debtor is domiciled in "+e.c.Debtor.Domicile+": the summary payment order needs a domicile or residence in Belgium.", citeBESRP1344)
	}
	e.statusBlock(b, debtor.ActivityTitle)
	e.dueBlock(b, citeBESRP1338)
	if dec, ok := e.courtNote(b); ok && dec.Court != jurisdiction.JusticeOfThePeace && dec.Court != jurisdiction.EnterpriseCourt && dec.Court != jurisdiction.CommercialCourt {
		b.block(casefile.ReasonNotCompetent, "The summary payment order is heard by the vrederechter or the court of art. 573; the "+dec.Court.String()+" is competent here.", citeBESRP1338)
	}
	e.prescriptionNotes(b)
	// The 15 + 15 days sequence.
	s, ok := e.lastAct(casefile.ActSRPSummons)
	if !ok {
		return
	}
	from := s.Date
	if vordering.HasDate(s.Received) {
		from = s.Received
	}
	payEnd, _, err1 := e.cal.Term(vordering.BE, from, deadlines.SRPPaymentTerm)
	petEnd, _, err2 := e.cal.Term(vordering.BE, payEnd, deadlines.SRPPetition)
	if err1 != nil || err2 != nil {
		b.block(casefile.ReasonNotInForce, "The SRP terms could not be computed: "+firstErr(err1, err2), citeBESRP1339)
		return
	}
	switch {
	case !e.asOf.After(payEnd):
		b.r.Next = "File the petition (art. 1340 Ger.W.), signed by a lawyer, from " + payEnd.Add(1).String() + " to " + petEnd.String() + "."
		b.r.ClosesOn = petEnd
		b.blockUntil(casefile.ReasonTermRunning, "The 15 days to pay of the summons of "+s.Date.String()+" run to "+payEnd.String()+".", citeBESRP1339, payEnd.Add(1))
	case !e.asOf.After(petEnd):
		b.r.Next = "File the petition (art. 1340 Ger.W.), signed by a lawyer, by " + petEnd.String() + "."
		b.r.ClosesOn = petEnd
	default:
		b.note(casefile.ReasonTermRunning, "The petition window after the summons of "+s.Date.String()+" closed on "+petEnd.String()+": a new summons is needed.", citeBESRP1339)
	}
}

// beSummons: proceedings by writ of summons, the ordinary way (art. 700
// Ger.W.).
func (e *eval) beSummons(b *route) {
	b.r.Next = "Have a bailiff serve a writ of summons (dagvaarding) before the competent court."
	e.titleRoute(b)
}

// bePetition: an inter partes petition is possible only where the law
// provides it; for money claims, leases (art. 1344bis Ger.W.).
func (e *eval) bePetition(b *route) {
	if kit.Matter(e.c) != jurisdiction.MatterLease {
		b.block(casefile.ReasonNoPetitionRoute, "Claims are brought by writ of summons unless the law provides for a petition; it does so for leases (art. 1344bis), "+
			"not for this claim. The summary payment order is a separate petition route.", citeBEArt700)
		return
	}
	b.r.Next = "File an inter partes petition with the vrederechter (art. 1344bis Ger.W.)."
	b.note(casefile.ReasonCourt, "Lease claims may be brought by petition.", citeBE1344bis)
	e.titleRoute(b)
}

// titleRoute holds the checks common to the court routes of both countries.
func (e *eval) titleRoute(b *route) {
	e.statusBlock(b, debtor.ActivityTitle)
	e.dueBlock(b, e.dueCite())
	e.courtNote(b)
	switch e.c.Status {
	case casefile.StatusStruckFromRegister, casefile.StatusAddressUnknown:
		cite := citeBEArt40
		if e.c.Country == vordering.NL {
			cite = citeNLRv54
		}
		b.note(casefile.ReasonNoAddress, "No known domicile or residence: after reasonable efforts to find one, the writ is served at the public prosecutor's office.", cite)
	case casefile.StatusDeceased:
		b.note(casefile.ReasonDeceased, "The claim is brought against the heirs.", e.eff.Citations[0])
	case casefile.StatusUnderAdministration:
		b.note(casefile.ReasonAddressee, "The debtor is summoned represented by the administrator.", e.eff.Citations[0])
	case casefile.StatusCollectiveDebtSettlement, casefile.StatusJudicialReorganisation:
		for _, a := range e.eff.Actions {
			b.note(casefile.ReasonAddressee, a, e.eff.Citations[0])
		}
	}
	e.prescriptionNotes(b)
}

func firstErr(a, b error) string {
	if a != nil {
		return a.Error()
	}
	return b.Error()
}
