package flow

import (
	"github.com/vordering/vordering"
	dl "github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
)

// The Dutch collection flow: the acts and the transitions the law allows
// between them, with the statutory waits (package deadlines) and windows.
//
// Sources checked: netherlands.md §3 (Rv art. 114–119 summons term, 143–144
// verzet, 339 appeal, 430 lid 3 service before execution, 439 and 502 order
// to pay within 2 days, 233 provisional enforceability), the text of the
// Wetboek van Burgerlijke Rechtsvordering (statengeneraal/laws-markdown
// BWBR0001827, 2015) for art. 475 ff. (derdenbeslag), and art. 6:96 lid 6 BW
// with HR 25 November 2016 for the 14-day letter. The written rounds and the
// hearing follow the court's roll (Landelijk procesreglement), which sets no
// statutory term: those edges carry no wait. The enforcement terms come
// from the 2015 Rv text: the garnishment served on the debtor within eight
// days (art. 475i), the garnishee's declaration once four weeks have passed
// (art. 476a), the seizure report served within three days (art. 443) and
// the sale of movables not before four weeks from that service (art. 462).
// The sale of real estate follows the notary's terms (art. 514–517), which
// start from acts the history does not record: not checked.
//
// A public creditor's money debt under title 4.4 of the Algemene wet
// bestuursrecht (text of 2015, statengeneraal/laws-markdown BWBR0005537)
// has its own route: once the payment term has passed (art. 4:87, default
// without notice art. 4:97), a written aanmaning giving two weeks (art.
// 4:112), then the dwangbevel (art. 4:114, 4:117), an executoriale titel
// (art. 4:116) served by a bailiff (art. 4:123) and executed under the Rv.
// The Awb has no verzet: the debtor's remedy is an executiegeschil before
// the civil court (art. 438 Rv), which suspends only if the judge so orders.

func nlRv(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: art, URL: "https://wetten.overheid.nl/BWBR0001827"}
}

var (
	citeNLFlowLetter   = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:81, 6:82 (verzuim, ingebrekestelling)", URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeNLFlow14       = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 6", Publication: "HR 25.11.2016, ECLI:NL:HR:2016:2704", URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeNLFlowSummons  = nlRv("art. 111, 114, 119")
	citeNLFlowDefault  = nlRv("art. 139 (verstek)")
	citeNLFlowTrial    = nlRv("art. 128, 131, 132 (conclusie van antwoord, mondelinge behandeling, re- en dupliek)")
	citeNLFlowJudgment = nlRv("art. 230 ff.")
	citeNLFlowService  = nlRv("art. 430 lid 3, 439 lid 2")
	citeNLFlowVerzet   = nlRv("art. 143 lid 2–3, 144")
	citeNLFlowAppeal   = nlRv("art. 339 lid 1")
	citeNLFlowGarnish  = nlRv("art. 475 ff. (executoriaal derdenbeslag), 475c (beslagvrije voet)")
	citeNLFlowMovable  = nlRv("art. 439 lid 1, 440 ff.")
	citeNLFlowImmov    = nlRv("art. 502 lid 1, 504 ff.")
	citeNLFlowGDecl    = nlRv("art. 476a")
	citeNLFlowSale     = nlRv("art. 462 lid 1, 463 ff. (roerende zaken)")
	citeNLFlowSaleImm  = nlRv("art. 514–517 (onroerende zaken)")
	citeNLAwbReminder  = nlAwb("art. 4:97, 4:112")
	citeNLAwbDwang     = nlAwb("art. 4:114–4:117")
	citeNLAwbService   = nlAwb("art. 4:116, 4:123 (betekening bij exploot; Rv art. 439, 502)")
)

func nlAwb(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: art, URL: "https://wetten.overheid.nl/BWBR0005537"}
}

// nlNodes are the acts of the Dutch flow.
var nlNodes = []FlowNode{
	{Act: casefile.ActReminder, Label: "reminder (herinnering, aanmaning)", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActFourteenDayLetter, Label: "14-day letter (veertiendagenbrief, art. 6:96 lid 6 BW)", Phase: PhaseAmicable, Step: debtor.ActivityLetter, Then: dl.FourteenDayLetter, ThenFromReceipt: true},
	{Act: casefile.ActFormalNotice, Label: "formal demand (sommatie, ingebrekestelling)", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActLawyerNotice, Label: "formal demand by a lawyer or bailiff", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActSummons, Label: "writ of summons (dagvaarding)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActPetition, Label: "petition (verzoekschrift)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActDefence, Label: "defence (verweer, conclusie van antwoord)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActWrittenRound, Label: "written round (repliek, dupliek)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActHearing, Label: "oral hearing (mondelinge behandeling, comparitie)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActDefaultJudgment, Label: "judgment by default (verstekvonnis)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true},
	{Act: casefile.ActJudgment, Label: "judgment after a defence (vonnis op tegenspraak)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true, Then: dl.Appeal},
	{Act: casefile.ActOpposition, Label: "opposition against the default judgment (verzet)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Remedy: true},
	{Act: casefile.ActAppeal, Label: "appeal (hoger beroep)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Remedy: true},
	{Act: casefile.ActService, Label: "service of the title with an order to pay (betekening met bevel tot betaling)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.PaymentOrder},
	{Act: casefile.ActAdminReminder, Label: "aanmaning of the bestuursorgaan (art. 4:112 Awb: two weeks to pay)", Phase: PhaseAmicable, Step: debtor.ActivityLetter, Then: dl.AdminReminder},
	{Act: casefile.ActDwangbevel, Label: "dwangbevel (art. 4:114 Awb), an executoriale titel", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true},
	{Act: casefile.ActWageGarnishment, Label: "wage garnishment (derdenbeslag onder de werkgever of uitkeringsinstantie)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.GarnishmentService},
	{Act: casefile.ActBankGarnishment, Label: "bank garnishment (derdenbeslag onder de bank)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.GarnishmentService},
	{Act: casefile.ActGarnisheeDeclaration, Label: "garnishee's declaration (verklaring derde-beslagene)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Remedy: true},
	{Act: casefile.ActMovableSeizure, Label: "executory seizure of movables (executoriaal beslag op roerende zaken)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.SeizureReport},
	{Act: casefile.ActSeizure, Label: "seizure (kind not stated; checked as a seizure of movables)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.SeizureReport},
	{Act: casefile.ActRealEstateSeizure, Label: "executory seizure of real estate (executoriaal beslag op onroerende zaken)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActSale, Label: "executory sale (executieveiling)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActPayment, Label: "payment", Neutral: true, Step: debtor.ActivityDirectPayment},
	{Act: casefile.ActAcknowledgement, Label: "acknowledgement of the debt", Neutral: true},
	{Act: casefile.ActPaymentPlan, Label: "payment arrangement (betalingsregeling)", Neutral: true},
	{Act: casefile.ActClaimDeclaration, Label: "submission of the claim to the curator or WSNP administrator", Neutral: true},
}

var (
	nlLetterStart = []casefile.ActKind{0, casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice}
	nlTrial       = []casefile.ActKind{casefile.ActDefence, casefile.ActWrittenRound, casefile.ActHearing}
)

// nlFlow is the Dutch transition table.
var nlFlow = flowTable(vordering.NL,
	// Amicable stage.
	edges(nlLetterStart, []casefile.ActKind{casefile.ActReminder}, Transition{Rule: "A reminder may be sent once the invoice is due, and repeated.", Cite: citeNLFlowLetter}),
	edges([]casefile.ActKind{0, casefile.ActReminder, casefile.ActFourteenDayLetter}, []casefile.ActKind{casefile.ActFourteenDayLetter}, Transition{ConsumerOnly: true,
		Rule: "A consumer must receive the 14-day letter, after the default, before collection costs are due.", Cite: citeNLFlow14}),
	edges([]casefile.ActKind{casefile.ActFourteenDayLetter}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{ConsumerOnly: true, Wait: []dl.TermKind{dl.FourteenDayLetter}, WaitFromReceipt: true,
		Rule: "A demand that charges collection costs to a consumer follows only after the 14 days from the day after receipt of the 14-day letter.", Cite: citeNLFlow14}),
	edges(nlLetterStart, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{NonConsumerOnly: true,
		Rule: "Between businesses a formal demand may follow at once; costs are due from the default (art. 6:96 lid 4 BW).", Cite: citeNLFlowLetter}),
	edges([]casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{Rule: "A formal demand may be repeated.", Cite: citeNLFlowLetter}),
	// Proceedings.
	edges(append(nlLetterStart, casefile.ActFourteenDayLetter), []casefile.ActKind{casefile.ActSummons, casefile.ActPetition}, Transition{
		Rule: "Proceedings start with a writ of summons served by a bailiff (a petition where the law provides one).", Cite: citeNLFlowSummons}),
	edges([]casefile.ActKind{casefile.ActSummons, casefile.ActPetition}, []casefile.ActKind{casefile.ActDefaultJudgment, casefile.ActDefence}, Transition{Wait: []dl.TermKind{dl.Summons},
		Rule: "On the roll date, at least one week after service, the defendant defends or is declared in default (verstek).", Cite: citeNLFlowDefault}),
	edges(nlTrial, nlTrial, Transition{
		Rule: "After the defence the court orders an oral hearing or written rounds; the roll sets the dates.", Cite: citeNLFlowTrial}),
	edges(nlTrial, []casefile.ActKind{casefile.ActJudgment}, Transition{
		Rule: "The court gives judgment after the defence, the written rounds or the hearing; the roll sets the date.", Cite: citeNLFlowJudgment}),
	// Title to execution.
	edges([]casefile.ActKind{casefile.ActJudgment, casefile.ActDefaultJudgment}, []casefile.ActKind{casefile.ActService}, Transition{
		Rule: "The title must be served before execution; the order to pay may be combined with the service.", Cite: citeNLFlowService}),
	edges([]casefile.ActKind{casefile.ActJudgment}, []casefile.ActKind{casefile.ActAppeal}, Transition{Within: []dl.TermKind{dl.Appeal},
		Rule: "Appeal within three months of the day of the judgment.", Cite: citeNLFlowAppeal}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActOpposition}, Transition{Title: DefaultTitle, Within: []dl.TermKind{dl.VerzetFourWeeks},
		Rule: "Verzet within four weeks of service of the default judgment on the defendant in person (otherwise from a daad van bekendheid or execution).", Cite: citeNLFlowVerzet}),
	edges([]casefile.ActKind{casefile.ActOpposition, casefile.ActAppeal}, append([]casefile.ActKind{casefile.ActJudgment}, nlTrial...), Transition{Rule: "The opposition or appeal is heard and decided.", Cite: nlRv("art. 146, 339 ff.")}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActWageGarnishment, casefile.ActBankGarnishment}, Transition{
		Rule: "Executory garnishment under the employer or the bank, on a title served.", Cite: citeNLFlowGarnish}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActMovableSeizure, casefile.ActSeizure}, Transition{Wait: []dl.TermKind{dl.PaymentOrder},
		Rule: "Seizure of movables after the two days of the order to pay.", Cite: citeNLFlowMovable}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActRealEstateSeizure}, Transition{Wait: []dl.TermKind{dl.PaymentOrder},
		Rule: "Seizure of real estate after the two days of the order to pay.", Cite: citeNLFlowImmov}),
	edges([]casefile.ActKind{casefile.ActWageGarnishment, casefile.ActBankGarnishment}, []casefile.ActKind{casefile.ActGarnisheeDeclaration}, Transition{Wait: []dl.TermKind{dl.GarnisheeWait},
		Rule: "The garnishee declares what it owes the debtor once four weeks have passed since the garnishment.", Cite: citeNLFlowGDecl}),
	edges([]casefile.ActKind{casefile.ActMovableSeizure, casefile.ActSeizure}, []casefile.ActKind{casefile.ActSale}, Transition{Wait: []dl.TermKind{dl.SeizureReport, dl.SaleWait},
		Rule: "The seized movables are sold at auction no sooner than four weeks from the service of the seizure report, which is due within three days of the seizure; " +
			"counted from the last of those three days, the latest the sale can be barred by (shorter by agreement or leave, art. 462 lid 2).", Cite: citeNLFlowSale}),
	edges([]casefile.ActKind{casefile.ActRealEstateSeizure}, []casefile.ActKind{casefile.ActSale}, Transition{
		Rule: "The seized real estate is sold by a notary; the notary's terms (day set within 14 days, announcement 30 days before) run from acts the history does not record and are NOT checked.", Cite: citeNLFlowSaleImm}),
	// A public creditor's own title (Awb title 4.4).
	edges(append(nlLetterStart, casefile.ActAdminReminder), []casefile.ActKind{casefile.ActAdminReminder}, Transition{PublicOnly: true,
		Rule: "Once the payment term has passed the debtor is in default without notice; the bestuursorgaan sends a written aanmaning to pay within two weeks, stating that collection will follow at the debtor's cost.", Cite: citeNLAwbReminder}),
	edges([]casefile.ActKind{casefile.ActAdminReminder}, []casefile.ActKind{casefile.ActDwangbevel}, Transition{PublicOnly: true, Wait: []dl.TermKind{dl.AdminReminder},
		Rule: "A dwangbevel may be issued only once the two weeks of the aanmaning have passed without full payment, by a body a statute gives the power.", Cite: citeNLAwbDwang}),
	edges([]casefile.ActKind{casefile.ActDwangbevel}, []casefile.ActKind{casefile.ActService}, Transition{PublicOnly: true,
		Rule: "The dwangbevel is served by a bailiff's exploot naming the court for an executiegeschil; the order to pay within two days (art. 439, 502 Rv) may go with it.", Cite: citeNLAwbService}),
)
