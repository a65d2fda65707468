package jurisdiction

import (
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/rulefmt"
)

// Rulebook describes every rule table of this package for the auditor's rulebook (RULES.md).
//
// Belgium: the vrederechter ceiling, the last-resort thresholds, the court
// for disputes between businesses, the special competences and who may
// appear for a party. The Netherlands: the kanton ceiling and matters, the
// appeal threshold and representation. Both: the European order for
// payment, the Small Claims ceiling and the Member States bound by the two
// regulations. Rows are read from the tables the package decides with, in
// their order.
func Rulebook() []vordering.RuleTable { return Rules{}.Rulebook() }

// Rulebook describes every rule table of the rule set r, supplied rows
// included and marked as such.
func (r Rules) Rulebook() []vordering.RuleTable {
	be, nl := vordering.BE, vordering.NL
	money := func(v decimal.Decimal) []string { return []string{rulefmt.Money(v)} }
	special := func(s special) []string {
		who := "any debtor"
		if s.ConsumerDebtorOnly {
			who = "a debtor who is a natural person and not an enterprise"
		}
		return []string{s.Court.String(), who}
	}
	return []vordering.RuleTable{
		// ---- Belgium ----
		vordering.Describe("jurisdiction", be, *r.ceiling(vordering.BE),
			"The value up to which the vrederechter hears any claim (art. 590 Ger.W.). Competent compares the value of the claim (art. 557: principal, interest before the summons and costs claimed) with the ceiling in force; above it the rechtbank van eerste aanleg hears the claim (art. 568). Special competences and disputes between businesses come first (next tables).",
			[]string{"ceiling (claims up to and including)"}, money),
		vordering.Describe("jurisdiction", be, beAppealJustice,
			"The value up to which the vrederechter decides in last resort (art. 617 al. 2 Ger.W.). AppealOpen says an appeal lies only for a claim above it.",
			[]string{"last resort up to and including"}, money),
		vordering.Describe("jurisdiction", be, beAppealFirstInstance,
			"The value up to which the rechtbank van eerste aanleg and the ondernemingsrechtbank (formerly rechtbank van koophandel) decide in last resort (art. 617 al. 1 Ger.W.). AppealOpen says an appeal lies only for a claim above it.",
			[]string{"last resort up to and including"}, money),
		vordering.Describe("jurisdiction", be, beB2BCourt,
			"The court for disputes between businesses (art. 573 Ger.W.) and who counts as a business in the period. Competent sends a dispute between merchants there only above the vrederechter ceiling (until 30 June 2014), and a dispute between enterprises whatever the amount (from 1 July 2014).",
			[]string{"court", "both parties must be"},
			func(r b2bRule) []string {
				test := "merchants (handelaars), for acts of commerce"
				if r.Test == b2bEnterprises {
					test = "enterprises (ondernemingen)"
				}
				return []string{r.Court.String(), test}
			}),
		vordering.Describe("jurisdiction", be, beNonEnterpriseChoice,
			"Whether a claimant who is not an enterprise may bring a claim against an enterprise before the enterprise court instead of the ordinary court (art. 573 al. 2 Ger.W.). Competent mentions the option.",
			[]string{"option open"},
			func(b bool) []string { return []string{rulefmt.YesNo(b)} }),
		vordering.Describe("jurisdiction", be, beLease,
			"The vrederechter hears disputes on leases of immovable property whatever the amount, also between enterprises (art. 591, 1° Ger.W.).",
			[]string{"court", "debtor"}, special),
		vordering.Describe("jurisdiction", be, beUtility,
			"The vrederechter hears claims of a supplier of electricity, gas, heat, water, electronic communications or broadcasting against a natural person who is not an enterprise, whatever the amount (art. 591, 25° Ger.W.).",
			[]string{"court", "debtor"}, special),
		vordering.Describe("jurisdiction", be, beEmployment,
			"The labour court hears claims under an employment contract whatever the amount; art. 590 withholds them from the vrederechter (art. 578 Ger.W.).",
			[]string{"court", "debtor"}, special),
		rbRepresentation(be, "BE who may appear for a party (art. 728 Ger.W.)",
			"Who may appear for a party before each Belgian court of first instance, as RepresentationBefore answers: no court of first instance requires a lawyer; before some, a spouse or relative with a written power of attorney may appear too."),

		// ---- the Netherlands ----
		vordering.Describe("jurisdiction", nl, *r.ceiling(vordering.NL),
			"The value up to which the kantonrechter hears any money claim (art. 93 sub a Rv). Competent compares the value of the claim with it; above it the rechtbank hears the claim, through an advocaat.",
			[]string{"ceiling (claims up to and including)"}, money),
		vordering.Describe("jurisdiction", nl, nlKantonMatters,
			"The matters the kantonrechter hears whatever the amount (art. 93 sub c Rv); for consumer credit, only up to the credit sum shown. Competent checks the claim's matter against the list in force.",
			[]string{"matters", "consumer credit up to"},
			func(k kantonMatters) []string {
				var ms []string
				for _, m := range matters {
					if k.Matters.has(m) {
						ms = append(ms, m.String())
					}
				}
				credit := "not in the list"
				if k.Matters.has(MatterConsumerCredit) {
					credit = rulefmt.Money(k.CreditCap)
				}
				return []string{strings.Join(ms, ", "), credit}
			}),
		vordering.Describe("jurisdiction", nl, nlAppealThreshold,
			"The value up to which a Dutch first-instance judgment is given in last resort (art. 332 lid 1 Rv). AppealOpen says an appeal lies only for a claim above it.",
			[]string{"last resort up to and including"}, money),
		rbRepresentation(nl, "NL who may appear for a party (art. 79–80 Rv)",
			"Who may appear for a party before each Dutch court of first instance, as RepresentationBefore answers: before the kantonrechter in person or through any agent, before the rechtbank only through an advocaat."),

		// ---- both countries ----
		vordering.Describe("jurisdiction", 0, euOrderForPayment,
			"The period in which the European order for payment is available for a cross-border money claim; it has no value ceiling. CrossBorder checks the date and the domiciles of the parties.",
			[]string{"available"},
			func(b bool) []string { return []string{rulefmt.YesNo(b)} }),
		vordering.Describe("jurisdiction", 0, euSmallClaimsCap,
			"The ceiling of the European Small Claims Procedure: the value of the claim excluding interest, expenses and disbursements. CrossBorder compares the principal with the ceiling in force.",
			[]string{"ceiling (claims up to and including)"}, money),
		rbMemberStates(),
	}
}

// rbRepresentation lists RepresentationBefore for every court of country c,
// in the order of Courts.
func rbRepresentation(c vordering.Country, title, about string) vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "jurisdiction",
		Country: c,
		Title:   title,
		About:   about,
		Columns: []string{"court", "in person", "lawyer required", "representatives admitted"},
	}
	for _, court := range courts {
		if court.Country() != c {
			continue
		}
		r, err := RepresentationBefore(court)
		if err != nil || len(r.Citations) == 0 {
			continue // not reached: every court of Courts has an answer with its citation
		}
		reps := make([]string, len(r.Representatives))
		for i, p := range r.Representatives {
			reps[i] = p.String()
		}
		rt.Rows = append(rt.Rows, vordering.RuleRow{
			Cells: []string{court.String(), rulefmt.YesNo(r.InPerson), rulefmt.YesNo(r.LawyerRequired), strings.Join(reps, ", ")},
			Cite:  r.Citations[0],
		})
	}
	return rt
}

// rbMemberStates lists the Member States bound by the two regulations, each
// with the period it is bound.
func rbMemberStates() vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "jurisdiction",
		Title:   "Member States bound by Regulations (EC) 1896/2006 and 861/2007",
		About: "A case is cross-border when a party is domiciled in one of these States, other than the State of the court, on the date (art. 3 of both regulations); Denmark is not bound. " +
			"CrossBorder looks the domicile's ISO code up in this list.",
		Columns: []string{"State (code)"},
	}
	for _, m := range euMemberStates {
		rt.Rows = append(rt.Rows, vordering.RuleRow{From: m.Since.From, Until: m.Since.Until, Cells: []string{m.Code}, Cite: memberStateCite})
	}
	return rt
}
