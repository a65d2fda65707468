package flow

import (
	"slices"

	"github.com/vordering/vordering"
	dl "github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
)

// The Belgian collection flow: the acts and the transitions the law allows
// between them, with the statutory waits (package deadlines) and windows.
//
// Sources checked: belgium.md §3 (IOS: art. 1394/20 ff. Ger.W.; 1 month to
// pay, contest or ask for payment facilities; PV of non-contestation at the
// earliest 8 days after that month; declared enforceable by a magistrate of
// the Central File of Seizure Notices), §6 (art. 707, 1048, 1051, 50 al. 2,
// 1499, 1539, 1566), §7 (Book XIX WER, art. XIX.2) and the sources the
// deadlines catalogue names (e-justice.europa.eu, elfri.be, 2747.com,
// kmoinsider.be, modero.be). The IOS sub-articles are cited only as the range
// "art. 1394/20 ff.": the reference sheet marks the per-row numbers unchecked.
// Art. 1566 (15 days between the order to pay and a seizure of immovables)
// is the ImmovableSeizureWait of the deadlines catalogue. The wait before
// the sale of seized movables (one month, by two practitioner pages that
// disagree on its start; article not confirmed) is NOT checked, and says so.
//
// A municipality or OCMW collects an undisputed, due non-fiscal claim with
// its own title: after a registered reminder, the financial director issues
// a dwangbevel (contrainte) that the college (or the OCMW's vast bureau)
// stamps enforceable, a bailiff serves it, and the debtor may oppose it
// within a month of service. Flanders: art. 177 Decreet over het lokaal
// bestuur, as a Haacht council decision quotes it, with the Flemish local
// government agency's FAQ; Wallonia: art. L1124-40 §1, 1° CDLD, as the
// Donceel municipal rules quote it, with the SPW Intérieur page; Brussels:
// art. 137bis Nieuwe Gemeentewet (ordinance of 27 February 2014) as
// Brulocalis describes it; its verzet term was not found and is not set.

func beGW(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: art}
}

var (
	citeBEFlowLetter = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 1139, 1146, 1153 (ingebrekestelling)"}
	citeBEFlowXIX    = vordering.Citation{Instrument: "Wetboek van economisch recht", Article: "art. XIX.2", Publication: "Wet 4.5.2023, BS 23.5.2023", URL: "https://www.elegis.be"}
	citeBEFlowIOS    = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20 ff. (IOS)", Publication: "Wet 19.10.2015 (Potpourri I); in werking 2.7.2016",
		URL: "https://www.kmoinsider.be/wetgeving/de-ios-procedure-en-buitenlandse-ondernemers"}
	citeBEFlowIOSPV = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20 ff. (IOS: PV van niet-betwisting)",
		URL: "https://www.modero.be/nl/opdrachtgevers/invordering-onbetwiste-schulden"}
	citeBEFlowSRP      = beGW("art. 1338–1344")
	citeBEFlowSummons  = beGW("art. 700, 707")
	citeBEFlowTrial    = beGW("art. 735, 747 (inleidende zitting, conclusietermijnen)")
	citeBEFlowDefault  = beGW("art. 802–806 (verstek)")
	citeBEFlowOppose   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1048 (with art. 50 al. 2)", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"}
	citeBEFlowAppeal   = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1051 (with art. 50 al. 2)", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"}
	citeBEFlowService  = beGW("art. 1495 (betekening van de titel), art. 1499 (bevel tot betaling)")
	citeBEFlowMovable  = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1499", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h2.html"}
	citeBEFlowGarnish  = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1539 (uitvoerend beslag onder derden), art. 1409 ff. (loon)", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h4.html"}
	citeBEFlowImmov    = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1560 ff., art. 1566", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h6.html"}
	citeBEFlowSale     = beGW("art. 1519 ff. (verkoping van roerende goederen), art. 1580 ff. (onroerende goederen)")
	citeBEFlowRemedies = beGW("art. 1048, 1051")
	citeBEFlowImmWait  = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1566", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h6.html"}

	citeBEDLB177 = vordering.Citation{Instrument: "Decreet over het lokaal bestuur (22.12.2017, BS 15.02.2018)", Article: "art. 177",
		URL: "https://lokaalbestuur.vlaanderen.be/faq/financiering/hoe-wordt-er-tewerk-gegaan-als-de-financieel-directeur-een-dwangbevel-uitvaardigt-als-bedoeld-in"}
	citeBECDLD   = vordering.Citation{Instrument: "Code de la démocratie locale et de la décentralisation", Article: "art. L1124-40 §1, 1°", URL: "https://interieur.wallonie.be/demarche/146610"}
	citeBENGW137 = vordering.Citation{Instrument: "Nieuwe Gemeentewet", Article: "art. 137bis", Publication: "ordonnantie 27.02.2014",
		URL: "https://brulocalis.brussels/nl/nieuws/niet-fiscale-schuldvorderingen-invordering-vergemakkelijkt-dwangbevel-afgeleverd-door"}
)

// beLocal is one region's local-authority dwangbevel: its citation and
// whether its verzet term is known.
type beLocal struct {
	region    casefile.Region
	cite      vordering.Citation
	reminder  string
	issue     string
	opposeIn  bool
	opposeWhy string
}

var beLocals = []beLocal{
	{casefile.RegionFlanders, citeBEDLB177,
		"The municipality or OCMW reminds the debtor by registered letter (or a letter against receipt, or an electronic notice meeting art. 2281 BW) before a dwangbevel; its cost may be charged to the debtor.",
		"The financial director issues the dwangbevel for an undisputed, due, certain claim; the college (the vast bureau for the OCMW) stamps it enforceable. The decree sets no wait after the reminder; the agency advises naming a reasonable term (for example a month) in it.",
		true, "The debtor may oppose the dwangbevel within a month of its service, by petition or writ of summons on the merits."},
	{casefile.RegionWallonia, citeBECDLD,
		"The commune puts the debtor on notice by registered letter (mise en demeure); its cost may be charged to the debtor.",
		"The directeur financier issues the contrainte for a certain, liquid, due claim; the collège communal stamps it enforceable. The text sets no wait after the notice.",
		true, "The debtor may bring a recours within a month of the service of the contrainte, by petition or writ of summons."},
	{casefile.RegionBrussels, citeBENGW137,
		"The commune puts the debtor on notice (ingebrekestelling, by registered letter as the municipal rules apply it).",
		"After the notice and its submission to the college, the municipal receiver issues the dwangbevel for a certain, due non-fiscal claim.",
		false, "The debtor may oppose the dwangbevel; the term of art. 137bis was not found, so no window is set: check the text."},
}

// beLocalEdges are the public edges of each region.
func beLocalEdges() []edgeSet {
	var out []edgeSet
	for _, l := range beLocals {
		out = append(out,
			edges(append(anyStart, casefile.ActAdminReminder), []casefile.ActKind{casefile.ActAdminReminder}, Transition{PublicOnly: true, Region: l.region, Rule: l.reminder, Cite: l.cite}),
			edges([]casefile.ActKind{casefile.ActAdminReminder}, []casefile.ActKind{casefile.ActDwangbevel}, Transition{PublicOnly: true, Region: l.region, Rule: l.issue, Cite: l.cite}),
			edges([]casefile.ActKind{casefile.ActDwangbevel}, []casefile.ActKind{casefile.ActService}, Transition{PublicOnly: true, Region: l.region,
				Rule: "A bailiff serves the dwangbevel, with an order to pay; the writ interrupts prescription.", Cite: l.cite}),
		)
		t := Transition{PublicOnly: true, Region: l.region, Title: AdminTitle, Rule: l.opposeWhy, Cite: l.cite}
		if l.opposeIn {
			t.Within = []dl.TermKind{dl.PublicOpposition}
		}
		out = append(out, edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActAdminOpposition}, t))
	}
	return append(out, edges([]casefile.ActKind{casefile.ActAdminOpposition}, append([]casefile.ActKind{casefile.ActJudgment}, trialActs...), Transition{PublicOnly: true,
		Rule: "The court hears and decides the opposition to the dwangbevel; whether the opposition suspends execution was not found.", Cite: citeBEDLB177}))
}

// beNodes are the acts of the Belgian flow.
var beNodes = []FlowNode{
	{Act: casefile.ActReminder, Label: "reminder (herinnering; consumer: the free first reminder of Book XIX)", Phase: PhaseAmicable, Step: debtor.ActivityLetter, Then: dl.ConsumerReminder, ThenFromReceipt: true},
	{Act: casefile.ActFormalNotice, Label: "formal notice (ingebrekestelling)", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActLawyerNotice, Label: "formal notice by a lawyer or bailiff (art. 2244 §2 oud BW)", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActIOSSummons, Label: "IOS summons to pay, served by a bailiff (aanmaning)", Phase: PhaseProceedings, Step: debtor.ActivityIOS, Then: dl.IOSResponse},
	{Act: casefile.ActIOSNonContestation, Label: "PV of non-contestation (proces-verbaal van niet-betwisting), to be declared enforceable", Phase: PhaseTitle, Step: debtor.ActivityIOS, Title: true},
	{Act: casefile.ActSRPSummons, Label: "SRP summons to pay (art. 1339)", Phase: PhaseProceedings, Step: debtor.ActivityTitle, Then: dl.SRPPaymentTerm},
	{Act: casefile.ActSRPPetition, Label: "SRP petition for a payment order (art. 1340)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActSummons, Label: "writ of summons (dagvaarding)", Phase: PhaseProceedings, Step: debtor.ActivityTitle, Then: dl.Summons},
	{Act: casefile.ActPetition, Label: "inter partes petition (verzoekschrift op tegenspraak)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActDefence, Label: "defence (conclusie van de verweerder)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActWrittenRound, Label: "further conclusions (conclusietermijnen)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActHearing, Label: "hearing (pleitzitting)", Phase: PhaseProceedings, Step: debtor.ActivityTitle},
	{Act: casefile.ActDefaultJudgment, Label: "judgment by default (verstekvonnis)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true},
	{Act: casefile.ActJudgment, Label: "judgment after a defence (vonnis op tegenspraak) or payment order", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true},
	{Act: casefile.ActOpposition, Label: "opposition against the default judgment (verzet)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Remedy: true},
	{Act: casefile.ActAppeal, Label: "appeal (hoger beroep)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Remedy: true},
	{Act: casefile.ActAdminReminder, Label: "registered reminder of the local authority (aangetekende aanmaning, mise en demeure)", Phase: PhaseAmicable, Step: debtor.ActivityLetter},
	{Act: casefile.ActDwangbevel, Label: "dwangbevel (contrainte) of the financial director, stamped enforceable by the college", Phase: PhaseTitle, Step: debtor.ActivityTitle, Title: true},
	{Act: casefile.ActAdminOpposition, Label: "opposition against the dwangbevel (verzet, recours)", Phase: PhaseTitle, Step: debtor.ActivityTitle, Remedy: true},
	{Act: casefile.ActService, Label: "service of the title with an order to pay (betekening met bevel tot betaling)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.PaymentOrder},
	{Act: casefile.ActWageGarnishment, Label: "wage garnishment (loonbeslag, uitvoerend beslag onder derden)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.GarnisheeDeclaration},
	{Act: casefile.ActBankGarnishment, Label: "bank garnishment (uitvoerend beslag onder derden bij de bank)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Then: dl.GarnisheeDeclaration},
	{Act: casefile.ActGarnisheeDeclaration, Label: "garnishee's declaration (verklaring van de derde-beslagene)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement, Remedy: true},
	{Act: casefile.ActMovableSeizure, Label: "executory seizure of movables (uitvoerend beslag op roerend goed)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActSeizure, Label: "seizure (kind not stated; checked as a seizure of movables)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActRealEstateSeizure, Label: "executory seizure of immovables (uitvoerend beslag op onroerend goed)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActSale, Label: "forced sale (openbare verkoping)", Phase: PhaseExecution, Step: debtor.ActivityEnforcement},
	{Act: casefile.ActPayment, Label: "payment", Neutral: true, Step: debtor.ActivityDirectPayment},
	{Act: casefile.ActAcknowledgement, Label: "acknowledgement of the debt", Neutral: true},
	{Act: casefile.ActPaymentPlan, Label: "payment arrangement (afbetalingsplan)", Neutral: true},
	{Act: casefile.ActClaimDeclaration, Label: "declaration of the claim to the curator or debt mediator", Neutral: true},
}

var (
	anyStart         = []casefile.ActKind{0, casefile.ActReminder, casefile.ActFormalNotice, casefile.ActLawyerNotice}
	proceedingsStart = []casefile.ActKind{casefile.ActSummons, casefile.ActPetition}
	trialActs        = []casefile.ActKind{casefile.ActDefence, casefile.ActWrittenRound, casefile.ActHearing}
	remedyActs       = []casefile.ActKind{casefile.ActOpposition, casefile.ActAppeal}
	seizureActs      = []casefile.ActKind{casefile.ActMovableSeizure, casefile.ActSeizure, casefile.ActRealEstateSeizure}
)

// beCourtFlow is the Belgian transition table of the routes open to every
// creditor.
var beCourtFlow = flowTable(vordering.BE,
	// Amicable stage.
	edges(anyStart, []casefile.ActKind{casefile.ActReminder}, Transition{Rule: "A reminder may be sent once the invoice is due, and repeated.", Cite: citeBEFlowLetter}),
	edges([]casefile.ActKind{0, casefile.ActFormalNotice, casefile.ActLawyerNotice}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{Rule: "A formal notice puts the debtor in default once the invoice is due.", Cite: citeBEFlowLetter}),
	edges([]casefile.ActKind{casefile.ActReminder}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{ConsumerOnly: true, Wait: []dl.TermKind{dl.ConsumerReminder}, WaitFromReceipt: true, Since: d(2023, 9, 1),
		Rule: "Book XIX: a consumer's first reminder is free and gives at least 14 days (from the third working day after a paper sending); a demand that charges costs or damages may follow only after them. " +
			"In force from 1 September 2023 for new contracts, from 1 December 2023 for older ones (Eligibility checks the contract date).", Cite: citeBEFlowXIX}),
	edges([]casefile.ActKind{casefile.ActReminder}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{ConsumerOnly: true, Before: d(2023, 9, 1),
		Rule: "Before Book XIX no statutory wait separated a consumer's reminder from a formal notice.", Cite: citeBEFlowLetter}),
	edges([]casefile.ActKind{casefile.ActReminder}, []casefile.ActKind{casefile.ActFormalNotice, casefile.ActLawyerNotice}, Transition{NonConsumerOnly: true,
		Rule: "Between enterprises a formal notice may follow a reminder at once.", Cite: citeBEFlowLetter}),
	// Title routes.
	edges(anyStart, []casefile.ActKind{casefile.ActIOSSummons}, Transition{NonConsumerOnly: true,
		Rule: "IOS: a bailiff instructed by a lawyer serves the summons to pay an uncontested, due business debt (conditions: see Eligibility).", Cite: citeBEFlowIOS}),
	edges(anyStart, []casefile.ActKind{casefile.ActSRPSummons}, Transition{Rule: "SRP: the summons to pay of art. 1339 opens the summary payment-order procedure.", Cite: beGW("art. 1339")}),
	edges(anyStart, proceedingsStart, Transition{Rule: "Proceedings on the merits start with a writ of summons (or a petition where the law provides one).", Cite: citeBEFlowSummons}),
	// The four IOS outcomes.
	edges([]casefile.ActKind{casefile.ActIOSSummons}, []casefile.ActKind{casefile.ActIOSNonContestation}, Transition{Outcomes: []casefile.Outcome{casefile.OutcomeNone, casefile.OutcomeNoReaction}, Wait: []dl.TermKind{dl.IOSResponse, dl.IOSNonContestation},
		Rule: "IOS, no reaction: the bailiff draws up the PV of non-contestation at the earliest 8 days after the debtor's month has run out.", Cite: citeBEFlowIOSPV}),
	edges([]casefile.ActKind{casefile.ActIOSSummons}, append([]casefile.ActKind{casefile.ActSRPSummons}, proceedingsStart...), Transition{Outcomes: []casefile.Outcome{casefile.OutcomeContested},
		Rule: "IOS, contested: the IOS stops; the creditor may go to court (ordinary proceedings or SRP).", Cite: citeBEFlowIOS}),
	// SRP.
	edges([]casefile.ActKind{casefile.ActSRPSummons}, []casefile.ActKind{casefile.ActSRPPetition}, Transition{Wait: []dl.TermKind{dl.SRPPaymentTerm}, Within: []dl.TermKind{dl.SRPPaymentTerm, dl.SRPPetition},
		Rule: "SRP: the petition is filed after the 15 days to pay and within the 15 days that follow.", Cite: beGW("art. 1339, 1340")}),
	edges([]casefile.ActKind{casefile.ActSRPSummons}, proceedingsStart, Transition{Rule: "SRP summons unanswered or contested: ordinary proceedings remain open.", Cite: citeBEFlowSRP}),
	edges([]casefile.ActKind{casefile.ActSRPPetition}, []casefile.ActKind{casefile.ActJudgment}, Transition{Rule: "SRP: the judge grants the payment order on the petition, without hearing.", Cite: citeBEFlowSRP}),
	edges([]casefile.ActKind{casefile.ActSRPPetition}, proceedingsStart, Transition{Rule: "SRP order refused: the claim may be brought by ordinary proceedings.", Cite: beGW("art. 1343")}),
	// Proceedings on the merits.
	edges(proceedingsStart, []casefile.ActKind{casefile.ActDefaultJudgment}, Transition{Wait: []dl.TermKind{dl.Summons},
		Rule: "Default judgment at the introductory hearing, held at the earliest after the 8 free days of the summons term.", Cite: citeBEFlowDefault}),
	edges(proceedingsStart, append([]casefile.ActKind{casefile.ActJudgment}, trialActs...), Transition{Wait: []dl.TermKind{dl.Summons},
		Rule: "At the introductory hearing, after the 8 free days, the case is decided or put on a calendar of conclusions.", Cite: citeBEFlowTrial}),
	edges(trialActs, append([]casefile.ActKind{casefile.ActJudgment}, trialActs...), Transition{Rule: "The case proceeds by conclusions and a hearing to judgment.", Cite: citeBEFlowTrial}),
	// Title to execution.
	edges([]casefile.ActKind{casefile.ActJudgment, casefile.ActDefaultJudgment, casefile.ActIOSNonContestation}, []casefile.ActKind{casefile.ActService}, Transition{
		Rule: "Execution starts with the service of the title (IOS: the PV declared enforceable) with an order to pay.", Cite: citeBEFlowService}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActOpposition}, Transition{Title: DefaultTitle, Within: []dl.TermKind{dl.Opposition},
		Rule: "Opposition against a default judgment within one month of its service (judicial vacation: art. 50 al. 2); once lodged it suspends execution until decided (art. 1397 al. 1), the month itself does not.", Cite: citeBEFlowOppose}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActAppeal}, Transition{Title: ContradictoryTitle, Within: []dl.TermKind{dl.Appeal},
		Rule: "Appeal within one month of the service of the judgment (judicial vacation: art. 50 al. 2).", Cite: citeBEFlowAppeal}),
	edges(remedyActs, append([]casefile.ActKind{casefile.ActJudgment}, trialActs...), Transition{Rule: "The opposition or appeal is heard and decided.", Cite: citeBEFlowRemedies}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActWageGarnishment, casefile.ActBankGarnishment}, Transition{
		Rule: "Executory garnishment in the hands of the employer or the bank, on a title served.", Cite: citeBEFlowGarnish}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActMovableSeizure, casefile.ActSeizure}, Transition{Wait: []dl.TermKind{dl.PaymentOrder},
		Rule: "Seizure of movables at the earliest one whole day after the order to pay.", Cite: citeBEFlowMovable}),
	edges([]casefile.ActKind{casefile.ActService}, []casefile.ActKind{casefile.ActRealEstateSeizure}, Transition{Wait: []dl.TermKind{dl.ImmovableSeizureWait},
		Rule: "Seizure of immovables at the earliest fifteen days after the order to pay (which lapses after six months, art. 1567, not checked).", Cite: citeBEFlowImmWait}),
	edges([]casefile.ActKind{casefile.ActWageGarnishment, casefile.ActBankGarnishment}, []casefile.ActKind{casefile.ActGarnisheeDeclaration}, Transition{
		Rule: "The garnishee declares what it owes the debtor within 15 days of the garnishment.", Cite: vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1452 (conservatory), art. 1539 (executory)", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h4.html"}}),
	edges(seizureActs, []casefile.ActKind{casefile.ActSale}, Transition{
		Rule: "The seized goods are sold; the wait before the sale (one month by practitioners, article and start not confirmed) is NOT checked.", Cite: citeBEFlowSale}),
)

// beFlow is the Belgian transition table: the court routes, then each
// region's local-authority dwangbevel.
var beFlow = slices.Concat(beCourtFlow, flowTable(vordering.BE, beLocalEdges()...))
