package routes

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
)

var (
	citeNLVerzuim = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:82; art. 6:83 sub a", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNL96lid4  = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 4", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNL96lid6  = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 6", Publication: "HR 25.11.2016, ECLI:NL:HR:2016:2704", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNLRv93    = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93", URL: "https://wetten.overheid.nl/BWBR0001827/"}
)

// nlRoutes is the table of the Dutch routes, in the order of the Route
// constants: each row names the route, the acts of the flow it governs and
// the function that checks its conditions.
var nlRoutes = []routeDef{
	{RouteNLReminder, "nl-sommatie", []casefile.ActKind{casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice, casefile.ActFourteenDayLetter}, (*eval).nlReminder},
	{RouteNLCosts, "nl-costs", nil, (*eval).nlCosts},
	{RouteNLKanton, "nl-kanton", []casefile.ActKind{casefile.ActSummons}, (*eval).nlCourt},
	{RouteNLRechtbank, "nl-rechtbank", []casefile.ActKind{casefile.ActSummons}, (*eval).nlCourt},
	{RouteNLAwbReminder, "nl-awb-aanmaning", []casefile.ActKind{casefile.ActAdminReminder}, (*eval).nlAwbReminder},
	{RouteNLAwbDwangbevel, "nl-awb-dwangbevel", []casefile.ActKind{casefile.ActDwangbevel}, (*eval).nlAwbDwangbevel},
}

// nlReminder: reminders and formal demands (aanmaning, sommatie) once an
// invoice is due, unless the status forbids letters or the registered office
// is undeliverable.
func (e *eval) nlReminder(b *route) {
	b.r.Next = "Send a written demand (aanmaning, sommatie) to " + e.addr.Name + "; it also interrupts prescription (art. 3:317 BW)."
	if e.c.Debtor.Kind == vordering.Consumer {
		b.r.Next = "Send the 14-day letter of art. 6:96 lid 6 BW, stating the collection costs that will be charged."
	}
	e.statusBlock(b, debtor.ActivityLetter)
	e.seatBlock(b)
	e.dueBlock(b, citeNLVerzuim)
}

// nlCosts: extrajudicial collection costs. A consumer owes them only after a
// letter sent once in default that gives 14 days from the day after receipt
// (art. 6:96 lid 6 BW); in a commercial contract at least EUR 40 is due
// without reminder from the day after the due date (art. 6:96 lid 4). Which
// regime applies, and the amount, come from package costs; the 14 days from
// package deadlines.
func (e *eval) nlCosts(b *route) {
	if e.c.Public.Basis == casefile.PublicNLAwb {
		b.note(casefile.ReasonCap, "A money debt under title 4.4 Awb carries the Awb's own charges: the aanmaning fee (art. 4:113) and the costs of the dwangbevel (art. 4:119, 4:120); whether the collection costs of art. 6:96 BW may be charged besides was not checked.", citeNLAwbTitle)
	}
	if e.c.Debtor.Kind != vordering.Consumer {
		b.r.Next = "Collection costs (at least EUR 40 in a commercial contract) are due without reminder."
		e.dueBlock(b, citeNL96lid4)
		e.statusBlock(b, debtor.ActivityDirectPayment)
		e.costsCheck(b, vordering.NoDate(), citeNL96lid4)
		return
	}
	b.r.Next = "Charge the collection costs of the BIK-besluit."
	e.statusBlock(b, debtor.ActivityLetter)
	e.dueBlock(b, citeNLVerzuim)
	letter, found, early := e.firstLetterAfterDefault(casefile.ActFourteenDayLetter)
	switch {
	case !found && early:
		b.block(casefile.ReasonLetterTooEarly, "The 14-day letter was sent before the debtor was in default and does not count; send a new one after the due date.", citeNL96lid6)
	case !found:
		b.block(casefile.ReasonNoPriorLetter, "No 14-day letter has been sent: costs are due from a consumer only after it.", citeNL96lid6)
	}
	if !found {
		e.costsCheck(b, vordering.NoDate(), citeNL96lid6)
		return
	}
	received := letter.Received
	how := "received on "
	if !vordering.HasDate(received) {
		var ok bool
		if received, ok = e.cal.PresumedDelivery(letter.Date); !ok {
			b.block(casefile.ReasonNotInForce, "The delivery of the letter of "+letter.Date.String()+" cannot be presumed: no delivery day in the calendar.", citeNL96lid6)
			return
		}
		how = "presumed delivered (second delivery day after posting, HR 25.11.2016) on "
	}
	last, cite, err := e.cal.Term(vordering.NL, received, deadlines.FourteenDayLetter)
	if err != nil {
		b.block(casefile.ReasonNotInForce, "The 14-day term could not be computed: "+err.Error(), citeNL96lid6)
		return
	}
	if !e.asOf.After(last) {
		b.blockUntil(casefile.ReasonTermRunning, "The 14-day letter of "+letter.Date.String()+", "+how+received.String()+
			", gives the debtor until "+last.String()+"; costs are due from the next day.", cite, last.Add(1))
	}
	e.costsCheck(b, received, citeNL96lid6)
}

// nlCourt: the kanton and rechtbank routes; the competent court comes from
// package jurisdiction and the other route is closed.
func (e *eval) nlCourt(b *route) {
	r := b.r.Route
	want := jurisdiction.SubdistrictCourt
	b.r.Next = "Have a bailiff serve a writ of summons (dagvaarding) before the kantonrechter; a party may appear in person or by an authorised representative."
	if r == RouteNLRechtbank {
		want = jurisdiction.DistrictCourt
		b.r.Next = "Instruct an advocaat to have a writ of summons served before the rechtbank."
	}
	e.statusBlock(b, debtor.ActivityTitle)
	e.dueBlock(b, e.dueCite())
	dec, err := e.court()
	switch {
	case err != nil:
		b.block(casefile.ReasonNotInForce, "The competent court could not be determined: "+err.Error(), citeNLRv93)
	case dec.Court != want:
		cite := citeNLRv93
		if len(dec.Citations) > 0 {
			cite = dec.Citations[0]
		}
		b.block(casefile.ReasonNotCompetent, "The "+dec.Court.String()+" is competent, not the "+want.String()+": "+dec.Reason, cite)
	default:
		cite := citeNLRv93
		if len(dec.Citations) > 0 {
			cite = dec.Citations[0]
		}
		b.note(casefile.ReasonCourt, dec.Reason, cite)
	}
	switch e.c.Status {
	case casefile.StatusStruckFromRegister, casefile.StatusAddressUnknown:
		b.note(casefile.ReasonNoAddress, "No known domicile or residence: the writ is served at the public prosecutor's office (art. 54 lid 2 Rv).", citeNLRv54)
	case casefile.StatusDeceased:
		b.note(casefile.ReasonDeceased, "The claim is brought against the joint heirs (art. 4:182 BW; art. 53 Rv).", citeNLHeirs)
	case casefile.StatusUnderAdministration:
		b.note(casefile.ReasonAddressee, "The debtor is represented by the bewindvoerder (art. 1:441 BW).", citeNLBewind)
	case casefile.StatusJudicialReorganisation:
		b.note(casefile.ReasonAddressee, "During the suspension of payments a judgment cannot be enforced (art. 230 Fw).", citeNLSurseance)
	}
	e.prescriptionNotes(b)
}
