package letters

import (
	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// Element is one thing a letter must carry (or, when Required is false, a
// value the library adds because the letter's other elements depend on it):
// what it is, the rule, the article, the library value that fills it, the
// sanction of a missing or wrong element, and how the rule is known.
type Element struct {
	ID   string `json:"id"`   // stable identifier, e.g. "term-end"
	What string `json:"what"` // the element, in English
	Rule string `json:"rule"` // what the law requires of it
	// Cite is the provision (or the judgment) that requires it.
	Cite vordering.Citation `json:"cite"`
	// Fill says which value fills it.
	Fill Fill `json:"fill"`
	// Required is true when the letter must carry the element; false for a
	// value the library computes for the other elements (the presumed day of
	// receipt, the first day of the next step).
	Required bool `json:"required"`
	// When names the condition under which the element applies; empty:
	// always.
	When string `json:"when,omitempty"`
	// Sanction is what a missing or wrong element costs, as far as the
	// sources say.
	Sanction string `json:"sanction"`
	// Known is how the rule is known.
	Known vordering.Confidence `json:"known"`
	// Sources are the sources that confirm the rule beyond the citation.
	Sources []string `json:"sources,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// The element identifiers.
const (
	ElemLetterDate      = "letter-date"
	ElemCreditor        = "creditor"
	ElemClaim           = "claim"
	ElemPrincipal       = "principal"
	ElemDueDate         = "due-date"
	ElemReceipt         = "receipt"
	ElemTerm            = "term"
	ElemTermEnd         = "term-end"
	ElemCosts           = "costs"
	ElemVAT             = "vat"
	ElemInterest        = "interest"
	ElemFree            = "free"
	ElemServed          = "served"
	ElemAmounts         = "amounts"
	ElemEvidence        = "evidence"
	ElemAnswerForm      = "answer-form"
	ElemNonContestation = "non-contestation"
	ElemChapter         = "reproduce-chapter"
	ElemCourt           = "court"
	ElemPetition        = "petition"
)

func ymd(y, m, d int) date.Date { return date.New(y, timeMonth(m), d) }

const (
	urlBW6 = "https://wetten.overheid.nl/BWBR0005289"
	urlBIK = "https://wetten.overheid.nl/BWBR0031432"
	urlHR  = "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2016:2704"
)

func citeBW(lid string) vordering.Citation {
	return vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:96 " + lid,
		Publication: "Wet normering buitengerechtelijke incassokosten, in force 01.07.2012", URL: urlBW6}
}

var (
	citeHR = vordering.Citation{Instrument: "Hoge Raad 25 november 2016 (prejudiciële beslissing, veertiendagenbrief)",
		Publication: "ECLI:NL:HR:2016:2704", URL: urlHR}
	citeBIKVAT = vordering.Citation{Instrument: "Besluit vergoeding voor buitengerechtelijke incassokosten", Article: "art. 2 lid 3",
		Publication: "Stb. 2012, 141", URL: urlBIK}
	citeXIX2 = vordering.Citation{Instrument: "Wetboek van economisch recht, boek XIX (Schulden van de consument)", Article: "art. XIX.2",
		Publication: "Wet 4.5.2023, BS 23.05.2023", URL: "https://www.prato.be/nieuwe-regels-in-kader-van-minnelijke-invordering-schulden-bij-consumenten/"}
	citeXIX4 = vordering.Citation{Instrument: "Wetboek van economisch recht, boek XIX (Schulden van de consument)", Article: "art. XIX.4",
		Publication: "Wet 4.5.2023, BS 23.05.2023", URL: "https://www.elegis.be"}
	citeIOS = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/21 (sub-article not read in the text)",
		Publication: "Wet 19.10.2015 (Pot-Pourri I), in force 02.07.2016", URL: "http://alexandravasilakis.be/le-recouvrement-de-dettes-dargent-non-contestees/"}
	citeIOSTerm = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20 ff. (IOS; the sub-article, 1394/22, is not confirmed)",
		Publication: "Wet 19.10.2015 (Pot-Pourri I), in force 02.07.2016", URL: "https://www.kmoinsider.be/wetgeving/de-ios-procedure-en-buitenlandse-ondernemers"}
	citeSRP       = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1339", URL: "https://aequalaw.dev.weeb.agency/?p=1"}
	citeSRPPetite = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1340", URL: "https://aequalaw.dev.weeb.agency/?p=1"}
)

const (
	sanctionNL = "the collection costs do not become due (art. 6:96 lid 6 BW); a letter that names too early a start or end of the term has no effect, and a later letter with a shorter term does not repair it (HR 25.11.2016, ECLI:NL:HR:2016:2704)"
	sanctionBE = "no flat damages or interest may be charged until a reminder that complies has run its 14 days (art. XIX.2 WER); a further civil sanction was not read in the text"
	sanctionIO = "not confirmed: the issue and practitioners describe the mentions as prescribed for the summons; whether on pain of nullity was not read in the text of art. 1394/21"
	sanctionSR = "nullity of the summons (art. 1339 Ger.W. as aequalaw describes it: 'à peine de nullité'; one source)"
)

// rules returns the rule of kind k, with its first day in force, and the
// elements in the order a letter carries them. The slices are built afresh
// on every call.
func rules(k Kind) (from date.Date, els []Element) {
	two, one, primary := vordering.TwoSources, vordering.OneSource, vordering.PrimaryText
	switch k {
	case NLFourteenDayLetter:
		return ymd(2012, 7, 1), []Element{
			{ID: ElemLetterDate, What: "date of the letter, sent after the default began", Rule: "the reminder may be sent only once the debtor is in default (verzuim, art. 6:81 BW): after the due date", Cite: citeBW("lid 6"), Fill: FillDate, Required: true, Sanction: sanctionNL, Known: primary},
			{ID: ElemPrincipal, What: "principal claimed (every claim of the creditor, added)", Rule: "the debtor is summoned to pay; several claims of one creditor go in one letter and their principals are added", Cite: citeBW("lid 6 en 7"), Fill: FillPrincipal, Required: true, Sanction: sanctionNL, Known: primary},
			{ID: ElemReceipt, What: "day of receipt (presumed unless known)", Rule: "the term runs from the day after receipt; in default cases the judge may take the second day after sending as the day of delivery, a Sunday, a Monday or a holiday not counting", Cite: citeHR, Fill: FillDate, Sanction: sanctionNL, Known: two, Sources: []string{"bvvb.nl 2017-01-30", "juridischedatabase.nl", "hetrechtenstudentje.nl"}, Note: "pass Facts.Received when the day of receipt is known; the presumption is the one the Hoge Raad accepts in default (verstek) cases"},
			{ID: ElemTerm, What: "term of 14 days from the day after receipt", Rule: "the debtor must be given 14 days starting the day after receipt; 'within 14 days of today' or 'of sending' is too early", Cite: citeHR, Fill: FillTermDays, Required: true, Sanction: sanctionNL, Known: two, Sources: []string{"art. 6:96 lid 6 BW (text)", "hr-center.nl", "bvvb.nl", "schuldinfo.nl"}},
			{ID: ElemTermEnd, What: "last day to pay, if the letter names one", Rule: "a named last day must not be earlier than the 14th day after receipt, extended to the next working day when it is a Saturday, Sunday or holiday (art. 1 Algemene termijnenwet)", Cite: citeHR, Fill: FillTermEnd, Sanction: sanctionNL, Known: two, Sources: []string{"hr-center.nl", "lexboost ECLI:NL:RBMNE:2016:1575"}, Note: "the extension by the Algemene termijnenwet is the library's reading of a statutory term (see package costs)"},
			{ID: ElemCosts, What: "collection costs charged if the debtor does not pay in time", Rule: "the letter states the consequences of non-payment, among them the costs that will be claimed, computed by the Besluit's staffel", Cite: citeBW("lid 6; Besluit BIK art. 2 lid 1 en 2"), Fill: FillCosts, Required: true, Sanction: sanctionNL, Known: primary, Sources: []string{"schuldinfo.nl", "baltesadvocatuur.nl"}},
			{ID: ElemVAT, What: "VAT on the costs, with the creditor's statement", Rule: "the costs may be raised by the general VAT rate only if the creditor expressly states that he cannot deduct the VAT charged to him and that the costs were raised for that reason", Cite: citeBIKVAT, Fill: FillVAT, Required: true, When: "the creditor adds VAT (Facts.AddVAT)", Sanction: sanctionNL, Known: primary},
		}
	case BEFirstReminder:
		return ymd(2023, 9, 1), []Element{
			{ID: ElemCreditor, What: "name and enterprise number of the creditor", Rule: "the first reminder names the enterprise that is the creditor", Cite: citeXIX2, Fill: FillParty, Required: true, Sanction: sanctionBE, Known: two, Sources: []string{"villajuris.be 2023-08-28", "prato.be 2023-08-30"}},
			{ID: ElemClaim, What: "description of the product or service the debt arose from", Rule: "the reminder describes what the debt is for (invoice, product)", Cite: citeXIX2, Fill: FillClaim, Required: true, Sanction: sanctionBE, Known: two, Sources: []string{"villajuris.be", "prato.be"}},
			{ID: ElemPrincipal, What: "balance due", Rule: "the reminder states the amount due", Cite: citeXIX2, Fill: FillPrincipal, Required: true, Sanction: sanctionBE, Known: two, Sources: []string{"villajuris.be", "prato.be"}},
			{ID: ElemDueDate, What: "day the debt fell due", Rule: "the reminder states the due date of the debt", Cite: citeXIX2, Fill: FillDueDate, Required: true, Sanction: sanctionBE, Known: two, Sources: []string{"villajuris.be", "prato.be"}},
			{ID: ElemLetterDate, What: "day the reminder is sent", Rule: "the 14 days start on the third working day after a paper reminder is sent, or on the calendar day after an electronic one", Cite: citeXIX2, Fill: FillDate, Sanction: sanctionBE, Known: two, Sources: []string{"legalnews.be", "prato.be"}, Note: "'ingaat op' is read as: the first of the 14 days is that day; working days are those of art. 53 Ger.W."},
			{ID: ElemTerm, What: "term of at least 14 calendar days to pay before damages or interest", Rule: "at least 14 calendar days, counted from the start above, before any cost, interest or damages", Cite: citeXIX2, Fill: FillTermDays, Required: true, Sanction: sanctionBE, Known: two, Sources: []string{"elegis.be", "creno.be", "tcm.be", "villajuris.be"}},
			{ID: ElemTermEnd, What: "last day of the term, if the letter names one", Rule: "a named last day must not be earlier than the 14th calendar day; calendar days, not moved by art. 53 Ger.W.", Cite: citeXIX2, Fill: FillTermEnd, Sanction: sanctionBE, Known: two, Sources: []string{"legalnews.be", "prato.be"}},
			{ID: ElemCosts, What: "flat damages that may be charged after the term", Rule: "the reminder states the amount of the damages clause that applies on late payment; at most the cap of art. XIX.4, and only if the contract provides for it", Cite: citeXIX4, Fill: FillCosts, Required: true, When: "the contract provides flat damages (Facts.DamagesAgreed)", Sanction: sanctionBE, Known: two, Sources: []string{"villajuris.be", "prato.be"}},
			{ID: ElemInterest, What: "late-payment interest that may run after the term", Rule: "the reminder states the interest that applies on late payment; the agreed rate is capped at the rate of the Act of 2 August 2002", Cite: citeXIX4, Fill: FillInterestRate, Required: true, When: "an interest rate is agreed (Facts.InterestRate)", Sanction: sanctionBE, Known: one, Sources: []string{"justified.tawk.help"}, Note: "that the reminder must state the interest is seen in one source; the cap itself is two-sources (package costs)"},
			{ID: ElemFree, What: "the first reminder is free", Rule: "no costs may be charged for the first reminder", Cite: citeXIX2, Fill: FillMention, Sanction: sanctionBE, Known: two, Sources: []string{"elegis.be", "vrt.be 2023-09-01", "villajuris.be"}},
		}
	case BEIOSSummons:
		return ymd(2016, 7, 2), []Element{
			{ID: ElemServed, What: "summons to pay served by a bailiff", Rule: "a bailiff, instructed by a lawyer, serves the summons (betekening) on the debtor", Cite: citeIOS, Fill: FillDate, Required: true, Sanction: sanctionIO, Known: two, Sources: []string{"studio-legale.com", "vjn-legal.be", "alexandravasilakis.be"}},
			{ID: ElemAmounts, What: "overview of every amount claimed (cost overview)", Rule: "a clear description and justification of every amount claimed: principal, interest, penalty clause, flat compensation and the costs of the summons", Cite: citeIOS, Fill: FillAmounts, Required: true, Sanction: sanctionIO, Known: two, Sources: []string{"alexandravasilakis.be", "dikaioma.be"}, Note: "the cap of 10 % of the principal on accessories is not applied: its scope is uncertain (reference sheet)"},
			{ID: ElemEvidence, What: "copy of the supporting documents, annexed", Rule: "the creditor's evidence is annexed to the summons", Cite: citeIOS, Fill: FillMention, Required: true, Sanction: sanctionIO, Known: two, Sources: []string{"alexandravasilakis.be", "dikaioma.be"}},
			{ID: ElemAnswerForm, What: "answer form, annexed", Rule: "a form with which the debtor can contest the debt or ask for payment facilities is annexed", Cite: citeIOS, Fill: FillMention, Required: true, Sanction: sanctionIO, Known: two, Sources: []string{"alexandravasilakis.be", "dikaioma.be", "gdwprovant.be"}},
			{ID: ElemTerm, What: "one month from service to pay, contest or ask for payment facilities", Rule: "the debtor has one month from service to pay, to contest with the answer form or to ask for payment facilities", Cite: citeIOSTerm, Fill: FillTermEnd, Required: true, Sanction: sanctionIO, Known: two, Sources: []string{"kmoinsider.be", "vjn-legal.be", "e2.law"}},
			{ID: ElemNonContestation, What: "earliest day of the record of non-contestation", Rule: "without payment or answer, the bailiff draws up a record of non-contestation at the earliest 8 days after the month", Cite: citeIOSTerm, Fill: FillDate, Sanction: sanctionIO, Known: two, Sources: []string{"studio-legale.com", "modero.be", "gdwprovant.be"}, Note: "whether the summons must announce this step is not confirmed; the library adds the date"},
		}
	case BESRPSummons:
		return date.Date{}, []Element{
			{ID: ElemServed, What: "summons served by a bailiff or sent by registered letter with acknowledgment of receipt", Rule: "the summons precedes the petition, by writ or by registered letter with acknowledgment of receipt", Cite: citeSRP, Fill: FillDate, Required: true, Sanction: sanctionSR, Known: two, Sources: []string{"aequalaw", "vlex.be (D. Pire)", "nsz.be"}},
			{ID: ElemChapter, What: "text of the chapter on the summary order for payment (art. 1338–1344), reproduced", Rule: "the summons reproduces the articles of the chapter", Cite: citeSRP, Fill: FillMention, Required: true, Sanction: sanctionSR, Known: two, Sources: []string{"aequalaw", "vlex.be", "nsz.be"}},
			{ID: ElemPrincipal, What: "amount claimed", Rule: "the summons states the amount claimed", Cite: citeSRP, Fill: FillPrincipal, Required: true, Sanction: sanctionSR, Known: one, Sources: []string{"aequalaw"}},
			{ID: ElemTerm, What: "15 days to pay", Rule: "the debtor is summoned to pay within 15 days of the writ, or of receipt of the registered letter", Cite: citeSRP, Fill: FillTermEnd, Required: true, Sanction: sanctionSR, Known: two, Sources: []string{"aequalaw", "vlex.be", "nsz.be"}},
			{ID: ElemCourt, What: "the judge who will be seized if the debtor does not pay", Rule: "the summons names the judge to whom the petition will go", Cite: citeSRP, Fill: FillText, Required: true, Sanction: sanctionSR, Known: one, Sources: []string{"aequalaw"}},
			{ID: ElemPetition, What: "last day to file the petition", Rule: "the petition, signed by a lawyer, is filed within 15 days after the payment term", Cite: citeSRPPetite, Fill: FillDate, Sanction: "the route is closed; a new summons is needed", Known: two, Sources: []string{"aequalaw", "vlex.be"}, Note: "the date is for the creditor; the summons need not state it"},
		}
	}
	return date.Date{}, nil
}

// Requirements returns the elements of a letter of kind k, in the order a
// letter carries them, as a fresh copy the caller may change; nil for an
// undefined kind.
func Requirements(k Kind) []Element {
	_, els := rules(k)
	return els
}

func kindTitle(k Kind) string {
	switch k {
	case NLFourteenDayLetter:
		return "NL veertiendagenbrief (art. 6:96 lid 6 BW): required elements"
	case BEFirstReminder:
		return "BE eerste kosteloze herinnering, boek XIX WER (art. XIX.2): required elements"
	case BEIOSSummons:
		return "BE IOS aanmaning / sommation (art. 1394/21 Ger.W.): required elements"
	case BESRPSummons:
		return "BE SRP aanmaning / sommation (art. 1339 Ger.W.): required elements"
	}
	return ""
}

// Rulebook describes the elements of every letter as tables of the
// auditor's rulebook (RULES.md): one table per kind, one row per element,
// dated from the day the rule is in force.
func Rulebook() []vordering.RuleTable {
	out := make([]vordering.RuleTable, 0, 4)
	for _, k := range Kinds() {
		from, els := rules(k)
		rt := vordering.RuleTable{Package: "letters", Country: k.Country(), Title: kindTitle(k),
			About:   "What a " + k.String() + " must carry. Build fills each element with the value named under 'filled by'; Check reports each element a letter leaves out or states wrongly, with the article and the correct value.",
			Columns: []string{"element", "requirement", "filled by", "required", "sanction"},
			Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: ymd(2026, 11, 28)}}
		for _, e := range els {
			req := "yes"
			if !e.Required {
				req = "no (computed)"
			} else if e.When != "" {
				req = "when " + e.When
			}
			rt.Rows = append(rt.Rows, vordering.RuleRow{From: from, Cells: []string{e.What, e.Rule, e.Fill.String(), req, e.Sanction},
				Cite: e.Cite, Note: e.Note, Known: e.Known, Sources: e.Sources})
		}
		out = append(out, rt)
	}
	return out
}
