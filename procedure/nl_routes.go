package procedure

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/jurisdiction"
)

var (
	citeNLVerzuim = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:82; art. 6:83 sub a", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNL96lid4  = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 4", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNL96lid6  = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 6", Publication: "HR 25.11.2016, ECLI:NL:HR:2016:2704", URL: "https://wetten.overheid.nl/BWBR0005289/"}
	citeNLRv93    = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93", URL: "https://wetten.overheid.nl/BWBR0001827/"}
)

// nlReminder: reminders and formal demands (aanmaning, sommatie) once an
// invoice is due, unless the status forbids letters or the registered office
// is undeliverable.
func (e *eval) nlReminder() RouteResult {
	b := newRoute(RouteNLReminder)
	b.r.Next = "Send a written demand (aanmaning, sommatie) to " + e.addr.Name + "; it also interrupts prescription (art. 3:317 BW)."
	if e.c.Debtor.Kind == vordering.Consumer {
		b.r.Next = "Send the 14-day letter of art. 6:96 lid 6 BW, stating the collection costs that will be charged."
	}
	e.statusBlock(b, StepLetter)
	e.seatBlock(b)
	e.dueBlock(b, citeNLVerzuim)
	return b.done()
}

// nlCosts: extrajudicial collection costs. A consumer owes them only after a
// letter sent once in default that gives 14 days from the day after receipt
// (art. 6:96 lid 6 BW); in a commercial contract at least EUR 40 is due
// without reminder from the day after the due date (art. 6:96 lid 4). Which
// regime applies, and the amount, come from package costs; the 14 days from
// package deadlines.
func (e *eval) nlCosts() RouteResult {
	b := newRoute(RouteNLCosts)
	if e.c.Debtor.Kind != vordering.Consumer {
		b.r.Next = "Collection costs (at least EUR 40 in a commercial contract) are due without reminder."
		e.dueBlock(b, citeNL96lid4)
		e.statusBlock(b, StepDirectPayment)
		e.costsCheck(b, vordering.NoDate(), citeNL96lid4)
		return b.done()
	}
	b.r.Next = "Charge the collection costs of the BIK-besluit."
	e.statusBlock(b, StepLetter)
	e.dueBlock(b, citeNLVerzuim)
	letter, found, early := e.firstLetterAfterDefault(ActFourteenDayLetter)
	switch {
	case !found && early:
		b.block(ReasonLetterTooEarly, "The 14-day letter was sent before the debtor was in default and does not count; send a new one after the due date.", citeNL96lid6)
	case !found:
		b.block(ReasonNoPriorLetter, "No 14-day letter has been sent: costs are due from a consumer only after it.", citeNL96lid6)
	}
	if !found {
		e.costsCheck(b, vordering.NoDate(), citeNL96lid6)
		return b.done()
	}
	received := letter.Received
	how := "received on "
	if !vordering.HasDate(received) {
		var ok bool
		if received, ok = presumedDelivery(letter.Date); !ok {
			b.block(ReasonNotInForce, "The delivery of the letter of "+letter.Date.String()+" cannot be presumed: no delivery day in the calendar.", citeNL96lid6)
			return b.done()
		}
		how = "presumed delivered (second delivery day after posting, HR 25.11.2016) on "
	}
	last, cite, err := computeTerm(vordering.NL, received, deadlines.FourteenDayLetter)
	if err != nil {
		b.block(ReasonNotInForce, "The 14-day term could not be computed: "+err.Error(), citeNL96lid6)
		return b.done()
	}
	if !e.asOf.After(last) {
		b.blockUntil(ReasonTermRunning, "The 14-day letter of "+letter.Date.String()+", "+how+received.String()+
			", gives the debtor until "+last.String()+"; costs are due from the next day.", cite, last.Add(1))
	}
	e.costsCheck(b, received, citeNL96lid6)
	return b.done()
}

// nlCourt: the kanton and rechtbank routes; the competent court comes from
// package jurisdiction and the other route is closed.
func (e *eval) nlCourt(r Route) RouteResult {
	b := newRoute(r)
	want := jurisdiction.SubdistrictCourt
	b.r.Next = "Have a bailiff serve a writ of summons (dagvaarding) before the kantonrechter; a party may appear in person or by an authorised representative."
	if r == RouteNLRechtbank {
		want = jurisdiction.DistrictCourt
		b.r.Next = "Instruct an advocaat to have a writ of summons served before the rechtbank."
	}
	e.statusBlock(b, StepTitle)
	e.dueBlock(b, e.dueCite())
	dec, err := e.court()
	switch {
	case err != nil:
		b.block(ReasonNotInForce, "The competent court could not be determined: "+err.Error(), citeNLRv93)
	case dec.Court != want:
		cite := citeNLRv93
		if len(dec.Citations) > 0 {
			cite = dec.Citations[0]
		}
		b.block(ReasonNotCompetent, "The "+dec.Court.String()+" is competent, not the "+want.String()+": "+dec.Reason, cite)
	default:
		cite := citeNLRv93
		if len(dec.Citations) > 0 {
			cite = dec.Citations[0]
		}
		b.note(ReasonCourt, dec.Reason, cite)
	}
	switch e.c.Status {
	case StatusStruckFromRegister, StatusAddressUnknown:
		b.note(ReasonNoAddress, "No known domicile or residence: the writ is served at the public prosecutor's office (art. 54 lid 2 Rv).", citeNLRv54)
	case StatusDeceased:
		b.note(ReasonDeceased, "The claim is brought against the joint heirs (art. 4:182 BW; art. 53 Rv).", citeNLHeirs)
	case StatusUnderAdministration:
		b.note(ReasonAddressee, "The debtor is represented by the bewindvoerder (art. 1:441 BW).", citeNLBewind)
	case StatusJudicialReorganisation:
		b.note(ReasonAddressee, "During the suspension of payments a judgment cannot be enforced (art. 230 Fw).", citeNLSurseance)
	}
	e.prescriptionNotes(b)
	return b.done()
}

// presumedDelivery returns the day a letter posted on posted may be presumed
// delivered: the second day after posting, not counting Sundays, Mondays and
// public holidays (HR 25 November 2016, ECLI:NL:HR:2016:2704, as reported by
// bvvb.nl and ikbendrentsondernemer.nl).
func presumedDelivery(posted date.Date) (date.Date, bool) {
	d := posted
	for n, scanned := 0, 0; n < 2; scanned++ {
		if scanned >= maxScan || d.After(lastDay) {
			return vordering.NoDate(), false
		}
		d = d.Add(1)
		switch wd := d.Weekday(); {
		case wd == time.Sunday || wd == time.Monday:
			continue
		case wd == time.Saturday && isHoliday(vordering.NL, d):
			continue
		case wd != time.Saturday && !isWorkingDay(vordering.NL, d):
			continue // a public holiday on a weekday, or outside the calendar
		}
		n++
	}
	if d.After(lastDay) {
		return vordering.NoDate(), false
	}
	return d, true
}
