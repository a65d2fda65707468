package routes

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
)

// The public creditors' own routes: a public body that the law lets collect
// with its own title, without a court. Case.Public selects them; every other
// case finds them closed with ReasonNotPublicClaim.
//
// NL: title 4.4 of the Algemene wet bestuursrecht (art. 4:85–4:125), read in
// its 2015 consolidated text (statengeneraal/laws-markdown BWBR0005537;
// title 4.4 in force since 1 July 2009, Wet 25 juni 2009, Stb. 264, as
// pgawb.nl gives it), with handhavingsrecht.nl (2017–2020) showing the
// articles used here unchanged.
//
// BE: the non-fiscal dwangbevel of the local authorities. Flanders: art. 177
// Decreet over het lokaal bestuur (22 December 2017, BS 15 February 2018), as
// a Haacht council decision quotes it in full, with the Flemish local
// government agency's FAQ; Wallonia: art. L1124-40 §1, 1° CDLD, as the
// Donceel municipal rules quote it, with the SPW Intérieur procedure page
// (revised 17 February 2023); Brussels: art. 137bis Nieuwe Gemeentewet
// (ordinance of 27 February 2014) as Brulocalis describes it. None of the
// three texts was read in the Staatsblad.

var (
	citeNLAwb487   = awbCite("art. 4:87, 4:97 (betalingstermijn, verzuim zonder ingebrekestelling)")
	citeNLAwb4112  = awbCite("art. 4:112")
	citeNLAwb4115  = awbCite("art. 4:115, 4:124")
	citeNLAwb4117  = awbCite("art. 4:117 lid 1")
	citeNLAwb4104  = awbCite("art. 4:104–4:111 (verjaring)")
	citeNLAwbTitle = vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: "titel 4.4 (art. 4:85 ff.)", Publication: "Wet 25.6.2009, Stb. 2009, 264; in werking 1.7.2009",
		URL: "https://wetten.overheid.nl/BWBR0005537"}
	citeNLAwb4123 = awbCite("art. 4:123 lid 2; Rv art. 438")
)

func awbCite(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: art, URL: "https://wetten.overheid.nl/BWBR0005537"}
}

// beLocalRule is one Belgian region's local-authority dwangbevel.
type beLocalRule struct {
	region casefile.Region
	cite   vordering.Citation
	// from is the first day the library holds the rule in force: the
	// earliest day its sources show it, not the (unconfirmed) day it began.
	from date.Date
	why  string // why the route starts on from
	next string
	// contested is the wording of the condition an objection breaks.
	contested string
	// known is how sure the route's conditions are.
	known vordering.Confidence
}

var beLocalRules = [...]beLocalRule{
	casefile.RegionFlanders: {casefile.RegionFlanders,
		vordering.Citation{Instrument: "Decreet over het lokaal bestuur (22.12.2017, BS 15.02.2018)", Article: "art. 177",
			URL: "https://lokaalbestuur.vlaanderen.be/faq/financiering/hoe-wordt-er-tewerk-gegaan-als-de-financieel-directeur-een-dwangbevel-uitvaardigt-als-bedoeld-in"},
		d(2019, 1, 1), "the Decreet over het lokaal bestuur governs the municipalities and OCMWs from 1 January 2019; its predecessor (art. 94 Gemeentedecreet) is not modelled",
		"Send a registered reminder (or a letter against receipt, or an electronic notice meeting art. 2281 BW), then have the financial director issue a dwangbevel for the college (the vast bureau for the OCMW) to stamp enforceable, and a bailiff serve it.",
		"only an undisputed (onbetwiste), due and certain claim is collected by dwangbevel", vordering.TwoSources},
	casefile.RegionWallonia: {casefile.RegionWallonia,
		vordering.Citation{Instrument: "Code de la démocratie locale et de la décentralisation", Article: "art. L1124-40 §1, 1°", URL: "https://interieur.wallonie.be/demarche/146610"},
		d(2023, 2, 17), "the earliest day the library's sources show the contrainte non fiscale in force (the SPW Intérieur page of 17 February 2023); earlier dates are not covered",
		"Send a mise en demeure by registered letter, then have the directeur financier issue a contrainte for the collège communal to stamp enforceable, and a bailiff serve it.",
		"only a certain, liquid and due claim is collected by contrainte; an objection (réclamation) suspends the procedure until the collège rejects it", vordering.TwoSources},
	casefile.RegionBrussels: {casefile.RegionBrussels,
		vordering.Citation{Instrument: "Nieuwe Gemeentewet", Article: "art. 137bis", Publication: "ordonnantie 27.02.2014",
			URL: "https://brulocalis.brussels/nl/nieuws/niet-fiscale-schuldvorderingen-invordering-vergemakkelijkt-dwangbevel-afgeleverd-door"},
		d(2015, 1, 1), "the ordinance of 27 February 2014 inserted the article; its day of effect was not found, so the library covers it from 1 January 2015 only",
		"Put the debtor on notice (ingebrekestelling) and submit the claim to the college; the municipal receiver then issues a dwangbevel that a bailiff serves.",
		"only a certain, due non-fiscal claim is collected by dwangbevel", vordering.OneSource},
}

// beDwangbevel: a Belgian municipality's or OCMW's own title for an
// undisputed, due non-fiscal claim.
func (e *eval) beDwangbevel(b *route) {
	p := e.c.Public
	if p.Basis != casefile.PublicBELocal {
		b.r.Next = "Only a municipality or OCMW collecting a non-fiscal claim (Case.Public.Basis be-local) has this route."
		b.block(casefile.ReasonNotPublicClaim, "The dwangbevel is a local authority's own title for its non-fiscal claims; this case is not one (Case.Public).", beLocalRules[casefile.RegionFlanders].cite)
		return
	}
	r := beLocalRules[p.Region]
	e.assure = e.assure.Add(vordering.RowRef{Table: "BE local-authority dwangbevel (" + p.Region.String() + ")", From: r.from, Level: r.known})
	b.r.Next = r.next
	if e.asOf.Before(r.from) {
		b.block(casefile.ReasonNotInForce, "No rule for "+e.asOf.String()+": "+r.why+".", r.cite)
		return
	}
	if e.c.Debtor.Kind == vordering.PublicBody {
		b.block(casefile.ReasonPublicBody, "A public legal person's debts are never collected by dwangbevel.", r.cite)
	}
	if contested(e.c, e.asOf) {
		b.block(casefile.ReasonContested, "The debtor disputes the claim: "+r.contested+". Bring it before the court instead.", r.cite)
	}
	e.statusBlock(b, debtor.ActivityTitle)
	e.dueBlock(b, r.cite)
	if p.Region == casefile.RegionBrussels {
		b.note(casefile.ReasonTermRunning, "The term for opposing the dwangbevel under art. 137bis was not found: no window is set for the debtor's opposition.", r.cite)
	}
	b.note(casefile.ReasonTermRunning, "Whether the debtor's opposition suspends the execution of the dwangbevel was not found; the plan does not stop at it.", r.cite)
	e.prescriptionNotes(b)
}

// nlAwbBasis closes an Awb route for a case that is not an Awb money debt
// or a date before title 4.4; it reports whether the route may go on.
func (e *eval) nlAwbBasis(b *route) bool {
	if e.c.Public.Basis != casefile.PublicNLAwb {
		b.r.Next = "Only a bestuursorgaan collecting a money debt under title 4.4 Awb (Case.Public.Basis nl-awb) has this route."
		b.block(casefile.ReasonNotPublicClaim, "The aanmaning and dwangbevel of the Awb are a bestuursorgaan's for a money debt under title 4.4; this case is not one (Case.Public).", citeNLAwbTitle)
		return false
	}
	if e.asOf.Before(awbInForce) {
		b.block(casefile.ReasonNotInForce, "Title 4.4 Awb applies from 1 July 2009; no rule for "+e.asOf.String()+".", citeNLAwbTitle)
		return false
	}
	return true
}

// awbInForce is the day title 4.4 Awb took effect.
var awbInForce = d(2009, 7, 1)

// awbReminderTerm is the aanmaning's term in the deadlines catalogue.
const awbReminderTerm = deadlines.AdminReminder

// nlAwbReminder: the aanmaning of art. 4:112 Awb, once the payment term has
// passed (the debtor is then in default without notice, art. 4:97), unless
// the claim is time-barred (art. 4:104 lid 2).
func (e *eval) nlAwbReminder(b *route) {
	if !e.nlAwbBasis(b) {
		return
	}
	b.r.Next = "Send the written aanmaning of art. 4:112 Awb: two weeks to pay from the day after sending, stating that collection will follow at the debtor's cost (and the fee, if one is charged: art. 4:113 lid 2)."
	e.statusBlock(b, debtor.ActivityLetter)
	e.dueBlock(b, citeNLAwb487)
	e.awbPrescription(b)
}

// nlAwbDwangbevel: the dwangbevel, for a body a statute gives the power
// (art. 4:115), once an aanmaning's two weeks have passed unpaid (art.
// 4:117), unless the claim is time-barred (art. 4:104 lid 2).
func (e *eval) nlAwbDwangbevel(b *route) {
	if !e.nlAwbBasis(b) {
		return
	}
	b.r.Next = "Issue the dwangbevel (art. 4:114, 4:122 Awb: the word dwangbevel, the sum, the decision it rests on, its costs) and have a bailiff serve it (art. 4:123)."
	if !e.c.Public.DwangbevelPower {
		b.block(casefile.ReasonNoPower, "No statute is stated to give this bestuursorgaan the power to collect by dwangbevel (art. 4:115 Awb): it collects as a private creditor, through the civil court (art. 4:124).", citeNLAwb4115)
	}
	e.statusBlock(b, debtor.ActivityTitle)
	e.dueBlock(b, citeNLAwb487)
	letter, found, _ := e.firstLetterAfterDefault(casefile.ActAdminReminder)
	if !found {
		b.block(casefile.ReasonNoPriorLetter, "No aanmaning has been sent after the payment term: a dwangbevel may be issued only once an aanmaning's two weeks have passed unpaid.", citeNLAwb4117)
	} else if last, cite, err := e.cal.Term(vordering.NL, letter.Date, awbReminderTerm); err != nil {
		b.block(casefile.ReasonNotInForce, "The aanmaning's term could not be computed: "+err.Error(), citeNLAwb4112)
	} else if !e.asOf.After(last) {
		b.blockUntil(casefile.ReasonTermRunning, "The aanmaning of "+letter.Date.String()+" gives the debtor until "+last.String()+"; the dwangbevel may follow from the next day.", cite, last.Add(1))
	}
	b.note(casefile.ReasonCourt, "The Awb has no verzet against a dwangbevel: the debtor may bring an executiegeschil before the rechtbank the exploot names, which suspends the execution only if the judge so orders.", citeNLAwb4123)
	e.awbPrescription(b)
}

// awbPrescription closes the route when every invoice is time-barred under
// art. 4:104 Awb (five years after the payment term, the day after each
// interruption of art. 4:105–4:106 starting a new five years, art. 4:110),
// and notes the invoices that are. After prescription the body may no
// longer send an aanmaning nor issue or execute a dwangbevel (art. 4:104
// lid 2): unlike a civil claim, it is a bar, not a defence.
func (e *eval) awbPrescription(b *route) {
	// The latest interruption of every invoice, in one pass over the acts:
	// an act that names no invoice concerns them all.
	all := vordering.NoDate()
	named := map[string]date.Date{}
	for _, a := range e.c.Acts {
		if a.Date.After(e.asOf) || !interruptsAwb(a.Kind) {
			continue
		}
		if len(a.Invoices) == 0 {
			all = kit.Later(all, a.Date)
		}
		for _, n := range a.Invoices {
			named[n] = kit.Later(named[n], a.Date)
		}
	}
	barred, from := 0, vordering.NoDate()
	for _, inv := range e.c.Invoices {
		start := kit.Later(kit.Later(inv.DueDate, all), named[inv.Number])
		last := start.AddDate(5, 0, 0)
		if !e.asOf.After(last) {
			continue
		}
		barred++
		if !vordering.HasDate(from) || last.Add(1).Before(from) {
			from = last.Add(1)
		}
		b.note(casefile.ReasonPrescribed, "Invoice "+inv.Number+" is time-barred since "+last.Add(1).String()+": five years after "+start.String()+
			" (the payment term or the latest aanmaning, dwangbevel, act of execution or acknowledgement).", citeNLAwb4104)
	}
	if barred > 0 && barred == len(e.c.Invoices) {
		b.block(casefile.ReasonPrescribed, strconv.Itoa(barred)+" of "+strconv.Itoa(len(e.c.Invoices))+" invoices time-barred (the first since "+from.String()+
			"): the body may no longer send an aanmaning nor issue or execute a dwangbevel (art. 4:104 lid 2).", citeNLAwb4104)
	}
	if barred > 0 {
		b.note(casefile.ReasonPrescribed, "The extensions of art. 4:111 Awb (payment deferred, suspension of payments, bankruptcy, debt rescheduling, a suspended dwangbevel) are not modelled: a claim shown time-barred may have been extended.", citeNLAwb4104)
	}
}

// interruptsAwb reports whether an act of kind k interrupts the
// prescription of an Awb money debt: an aanmaning, a dwangbevel or an act
// executing it (art. 4:106), a daad van rechtsvervolging (art. 4:105 lid 1
// with art. 3:316 BW), an acknowledgement (art. 4:105 lid 2).
func interruptsAwb(k casefile.ActKind) bool {
	switch k {
	case casefile.ActAdminReminder, casefile.ActDwangbevel, casefile.ActService, casefile.ActWageGarnishment, casefile.ActBankGarnishment,
		casefile.ActMovableSeizure, casefile.ActSeizure, casefile.ActRealEstateSeizure, casefile.ActSummons, casefile.ActAcknowledgement:
		return true
	}
	return false
}
