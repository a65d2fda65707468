package deadlines

// The catalogue of statutory terms. Each entry is the term in force today;
// the figure and the article come from the sources named per entry.
//
// BE sources: e-justice.europa.eu "Procedural time limits – Belgium" (art.
// 1048, 1051, 1073, 707); elfri.be (art. 50, 55, 1048, 1051); 2747.com
// (art. 1499, 1539); wordscope.be (art. 1452–1456); kmoinsider.be, vjn-legal.be,
// studio-legale.com and modero.be (IOS 1 month and + 8 days); aequalaw and
// vlex.be (SRP 15 + 15 days); elegis.be, creno.be and tcm.be (Book XIX,
// 14 days).
// NL sources: the text of the Wetboek van Burgerlijke Rechtsvordering (art.
// 114, 119, 143, 339, 402, 439; statengeneraal/laws-markdown BWBR0001827,
// 2015), HR 25 November 2016 ECLI:NL:HR:2016:2704 as summarised in the
// reference sheet (14-day letter from the day after receipt), and art. 6:119a
// lid 2 BW (30 days); the Algemene wet bestuursrecht (art. 4:112,
// statengeneraal/laws-markdown BWBR0005537, 2015, with handhavingsrecht.nl
// 2020) and the Rv text for art. 443, 462, 475i and 476a (2015; art. 475i
// and 476a lid 1 confirmed unchanged by explore.law and beslagrecht.nl).
// BE public opposition: the text of art. 177 Decreet lokaal bestuur as a
// municipal council decision of Haacht quotes it (with the Flemish local
// government agency's FAQ on the procedure) and of art. L1124-40 CDLD as the
// Donceel municipal rules quote it; art. 1566 Ger.W.: 2747.com (2006) and
// justifit.be. An entry whose Known is set rests on fewer than two sources.

import (
	"github.com/vordering/vordering"
)

func gerW(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: art}
}

func awb(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: art, URL: "https://wetten.overheid.nl/BWBR0005537"}
}

func rv(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: art, URL: "https://wetten.overheid.nl/BWBR0001827"}
}

var statutoryTerms = []StatutoryTerm{
	// ---- Belgium ----
	{Country: vordering.BE, Kind: Appeal, Term: Months(1).ForAppealOrOpposition(),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1051 (with art. 50 al. 2)", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"},
		Event: "service (betekening) of the judgment, or its notification under art. 792 al. 2–3"},
	{Country: vordering.BE, Kind: Opposition, Term: Months(1).ForAppealOrOpposition(),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1048 (with art. 50 al. 2)", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"},
		Event: "service of the default judgment"},
	{Country: vordering.BE, Kind: Cassation, Term: Months(3),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1073", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"},
		Event: "service of the decision"},
	{Country: vordering.BE, Kind: Summons, Term: FreeDays(8),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 707", URL: "https://e-justice.europa.eu/content_procedural_time_limits-279-be-en.do"},
		Event: "service of the writ of summons; the result is the earliest hearing day",
		Note:  "8 days in main proceedings; 2 days in summary proceedings (art. 1035), not catalogued. Whether art. 53 moves the end of a waiting period is not sourced; the library does not move it"},
	{Country: vordering.BE, Kind: PaymentOrder, Term: FreeDays(1),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1499", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h2.html"},
		Event: "service of the bevel tot betaling; the result is the earliest day of the executory seizure of movables",
		Note:  "reading: \"at least one day before\" is taken as one whole day between service and seizure (art. 52: the day of service is not counted). Immovables: 15 days (art. 1566), not catalogued"},
	{Country: vordering.BE, Kind: IOSResponse, Term: Months(1),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20 ff. (IOS), inserted by Wet 19 oktober 2015", URL: "https://www.kmoinsider.be/wetgeving/de-ios-procedure-en-buitenlandse-ondernemers"},
		Event: "service of the IOS summons to pay (aanmaning)",
		Note:  "in force since 2 July 2016; the exact sub-article (1394/22) is not confirmed"},
	{Country: vordering.BE, Kind: IOSNonContestation, Term: FreeDays(8),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20 ff. (IOS)", URL: "https://www.modero.be/nl/opdrachtgevers/invordering-onbetwiste-schulden"},
		Event: "the last day of the IOSResponse term; the result is the earliest day for the PV of non-contestation",
		Note:  "\"at the earliest 8 days after the term\" is read cautiously as 8 whole days after the last day of the month term; a PV on the resulting day is valid under either reading"},
	{Country: vordering.BE, Kind: SRPPaymentTerm, Term: Days(15),
		Cite:  gerW("art. 1339"),
		Event: "service of the summons, or receipt of the registered letter, giving 15 days to pay"},
	{Country: vordering.BE, Kind: SRPPetition, Term: Days(15),
		Cite:  gerW("art. 1340"),
		Event: "the last day of the SRPPaymentTerm"},
	{Country: vordering.BE, Kind: GarnisheeDeclaration, Term: Days(15),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1452 (conservatory), art. 1539 (executory)", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h4.html"},
		Event: "the garnishment (beslag onder derden) served on the third party"},
	{Country: vordering.BE, Kind: PublicOpposition, Term: Months(1),
		Cite: vordering.Citation{Instrument: "Decreet over het lokaal bestuur (22.12.2017, BS 15.02.2018)", Article: "art. 177; Wallonia: CDLD art. L1124-40 §1, 1°",
			URL: "https://lokaalbestuur.vlaanderen.be/faq/financiering/hoe-wordt-er-tewerk-gegaan-als-de-financieel-directeur-een-dwangbevel-uitvaardigt-als-bedoeld-in"},
		Event: "service (betekening, signification) of the dwangbevel or contrainte by a bailiff",
		Note:  "\"binnen een maand na de betekening\", by petition or by a writ of summons on the merits; the Walloon text has the same month. Each region's wording is known from one municipal text quoting it (Haacht; Donceel), not from the Staatsblad. Brussels (art. 137bis Nieuwe Gemeentewet): term not found, not catalogued. Whether art. 50 al. 2 (judicial vacation) extends it is not sourced: not applied; art. 53 (a last day on a Saturday, Sunday or holiday moves) applies as to any term of the Code (art. 48)",
		Known: vordering.OneSource},
	{Country: vordering.BE, Kind: ImmovableSeizureWait, Term: FreeDays(15),
		Cite:  vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1566", URL: "https://www.2747.com/2747/law/court/code/2006/belgie5t3h6.html"},
		Event: "service of the order to pay (bevel); the result is the earliest day of the seizure of immovables",
		Note:  "\"niet ... dan vijftien dagen na het bevel\" read as fifteen whole days between the order and the seizure, the later of the two readings. Sources: an unofficial 2006 copy of the Code and a practitioner page (\"entre 15 jours et 6 mois après la signification du commandement\"). The order lapses if no seizure follows within six months (art. 1567), not checked"},
	{Country: vordering.BE, Kind: ConsumerReminder, Term: Days(14).WithoutExtension(),
		Cite:  vordering.Citation{Instrument: "Wetboek van economisch recht, Boek XIX (Wet 4 mei 2023, BS 23.05.2023)", Article: "art. XIX.2", URL: "https://www.elegis.be"},
		Event: "the day the first reminder is deemed received",
		Note:  "14 calendar days; not a procedural term (art. 48 Ger.W.), so art. 53 does not move it. When the 14 days start (3rd working day after a paper sending) is not sourced: pass the start date yourself. Applies to contracts from 1 September 2023 (older ones from 1 December 2023)"},
	// ---- Netherlands ----
	{Country: vordering.NL, Kind: Appeal, Term: Months(3),
		Cite:  rv("art. 339 lid 1"),
		Event: "the day of the judgment (uitspraak)",
		Note:  "kort geding: 4 weeks (art. 339 lid 2), not catalogued"},
	{Country: vordering.NL, Kind: Opposition, Term: Weeks(4),
		Cite:  rv("art. 143 lid 2"),
		Event: "service on the defendant in person, or an act showing he knows of the judgment (daad van bekendheid)"},
	{Country: vordering.NL, Kind: Cassation, Term: Months(3),
		Cite:  rv("art. 402 lid 1"),
		Event: "the day of the judgment"},
	{Country: vordering.NL, Kind: Summons, Term: Weeks(1).CountedBackward(),
		Cite:  rv("art. 114 and 119"),
		Event: "the hearing (roldatum); the result is the last day to serve the writ",
		Note:  "art. 119: the term starts the day after service and the hearing day is not counted; counted back, so not extended (Atw art. 1 lid 2). Defendants abroad: 4 weeks or 3 months (art. 115), not catalogued"},
	{Country: vordering.NL, Kind: PaymentOrder, Term: Days(2),
		Cite:  rv("art. 439 lid 1 (movables), art. 502 lid 1 (immovables)"),
		Event: "service of the bevel tot betaling; the result is the last day to pay, seizure may follow the day after"},
	{Country: vordering.NL, Kind: FourteenDayLetter, Term: Days(14),
		Cite:  vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:96 lid 6", Publication: "HR 25.11.2016, ECLI:NL:HR:2016:2704 (term starts the day after receipt)", URL: "https://wetten.overheid.nl/BWBR0005289"},
		Event: "the day the letter (aanmaning) is received"},
	{Country: vordering.NL, Kind: B2BPaymentTerm, Term: Days(30),
		Cite:  vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:119a lid 2", URL: "https://wetten.overheid.nl/BWBR0005289"},
		Event: "receipt of the invoice (or of the goods or services, if later or if the receipt date is uncertain)"},
	{Country: vordering.NL, Kind: VerzetFourWeeks, Term: Weeks(4),
		Cite:  rv("art. 143 lid 2"),
		Event: "service in person or a daad van bekendheid (otherwise: execution, art. 143 lid 3 and 144)"},
	{Country: vordering.NL, Kind: VerzetEightWeeks, Term: Weeks(8),
		Cite:  rv("art. 143 lid 2"),
		Event: "as VerzetFourWeeks, when the defendant has no known Dutch address but a known foreign one"},
	{Country: vordering.NL, Kind: AdminReminder, Term: Weeks(2),
		Cite:  awb("art. 4:112 lid 1"),
		Event: "the day the aanmaning was sent (toegezonden); the term runs from the next day",
		Note:  "a statute may set another term (art. 4:112 lid 2), not catalogued. The dwangbevel may be issued only once the term has passed unpaid (art. 4:117 lid 1). Text of 2015 (laws-markdown BWBR0005537) and a commentary of 2020 agree"},
	{Country: vordering.NL, Kind: GarnishmentService, Term: Days(8),
		Cite:  rv("art. 475i lid 1"),
		Event: "the garnishment (beslag onder derden); the result is the last day to serve the garnishment on the debtor",
		Note:  "otherwise the voorzieningenrechter may lift the garnishment. For a periodic claim the beslagvrije voet is notified with the service (art. 475i lid 2, since 2021)"},
	{Country: vordering.NL, Kind: GarnisheeWait, Term: Weeks(4).WithoutExtension(),
		Cite:  rv("art. 476a lid 1"),
		Event: "the garnishment; the garnishee declares once the four weeks have passed, from the day after the result",
		Note:  "\"zodra vier weken zijn verstreken na het leggen van het beslag\": a waiting period, not a deadline, so not moved off a weekend (Atw). When the execution is suspended, the weeks run from the judgment that ends the suspension (not modelled)"},
	{Country: vordering.NL, Kind: SeizureReport, Term: Days(3),
		Cite:  rv("art. 443 lid 1"),
		Event: "the seizure of movables; the result is the last day to serve the seizure report (proces-verbaal) on the debtor"},
	{Country: vordering.NL, Kind: SaleWait, Term: Weeks(4),
		Cite:  rv("art. 462 lid 1"),
		Event: "the service of the seizure report (art. 443) on the debtor; the sale may take place from the day after the result",
		Note:  "the parties or the voorzieningenrechter may shorten it (art. 462 lid 2), not modelled. The flow counts it from the last day the report may be served (SeizureReport), the latest the sale can be barred by"},
}
