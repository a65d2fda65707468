package routes

import (
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// Rulebook describes the tables of this package for the auditor's rulebook
// (RULES.md): the conditions of the Belgian IOS and SRP routes that carry
// figures, and the fee of the Dutch aanmaning (art. 4:113 Awb).
func Rulebook() []vordering.RuleTable {
	const pkg = "procedure"
	tables := []vordering.RuleTable{
		vordering.Describe(pkg, vordering.BE, beIOSRegisters,
			"The enterprise registers in which creditor and debtor must be entered for the IOS route.",
			[]string{"registers (ISO country)"}, func(v []string) []string { return []string{strings.Join(v, ", ")} }),
		vordering.Describe(pkg, vordering.BE, beIOSAccessoryCap,
			"Interest and penalty clauses together may be recovered through IOS up to this share of the principal.",
			[]string{"cap (share of principal)"}, func(v decimal.Decimal) []string { return []string{v.Shift(2).String() + " %"} }),
		vordering.Describe(pkg, vordering.BE, beSRPCeiling,
			"The highest claim for which the summary payment order may be asked.",
			[]string{"ceiling (EUR)"}, func(v decimal.Decimal) []string { return []string{v.StringFixed(2)} }),
		vordering.Describe(pkg, vordering.NL, nlAwbReminderFee,
			"The fee a bestuursorgaan may charge for an aanmaning, if the aanmaning states it: one amount below the threshold, another from it.",
			[]string{"below threshold (EUR)", "from threshold (EUR)", "threshold (EUR)"},
			func(v AwbFee) []string {
				return []string{v.Below.StringFixed(2), v.AtLeast.StringFixed(2), v.Threshold.StringFixed(2)}
			}),
	}
	return append(tables, publicScope(vordering.BE), publicScope(vordering.NL))
}

// publicRegime is one row of the scope of public creditors' collection:
// what the library models, and what is known of what it does not.
type publicRegime struct {
	country vordering.Country
	regime  string
	route   string // the route, or "not modelled"
	known   string
	cite    vordering.Citation
	level   vordering.Confidence
}

var publicRegimes = []publicRegime{
	{vordering.BE, "Flanders: a municipality's or OCMW's non-fiscal claim", "be-dwangbevel (Case.Public be-local, region flanders), from 2019-01-01",
		"registered reminder; dwangbevel of the financial director stamped by the college or vast bureau; bailiff's service; opposition within a month of service",
		beLocalRules[casefile.RegionFlanders].cite, vordering.TwoSources},
	{vordering.BE, "Wallonia: a commune's non-fiscal claim", "be-dwangbevel (region wallonia), from 2023-02-17, the earliest day the sources show it",
		"mise en demeure by registered letter; contrainte of the directeur financier stamped by the collège; bailiff's service; recours within a month of service",
		beLocalRules[casefile.RegionWallonia].cite, vordering.TwoSources},
	{vordering.BE, "Brussels: a commune's non-fiscal claim", "be-dwangbevel (region brussels), from 2015-01-01",
		"notice and submission to the college; dwangbevel of the receiver; bailiff's service. The opposition term was not found: no window is set",
		beLocalRules[casefile.RegionBrussels].cite, vordering.OneSource},
	{vordering.BE, "Flanders: municipal and provincial taxes", "not modelled",
		"payment within two months of sending the assessment; objection within three months from the third working day after sending (municipal pages; article numbers not verified); garnishment by registered letter to the third party (art. 164 KB/WIB 92, one practitioner source)",
		vordering.Citation{Instrument: "Decreet 30 mei 2008 (provincie- en gemeentebelastingen)", URL: "https://codex.vlaanderen.be/portals/codex/documenten/1016878.html"}, vordering.OneSource},
	{vordering.BE, "Wallonia: municipal taxes", "not modelled",
		"summons to pay by registered mail no sooner than 10 calendar days after the payment date; enforcement no sooner than one month from the third working day after it (one source quoting the text)",
		vordering.Citation{Instrument: "Code de la démocratie locale et de la décentralisation", Article: "art. L3321-8bis", Publication: "décret 22.12.2021", URL: "https://www.uvcw.be/finances/actus/art-7037"}, vordering.OneSource},
	{vordering.BE, "Brussels: municipal taxes", "not modelled", "terms of the ordinance of 3 April 2014 not found",
		vordering.Citation{Instrument: "Ordonnantie 3 april 2014 (gemeentebelastingen)"}, vordering.OneSource},
	{vordering.BE, "Federal non-fiscal claims (FOD Financiën)", "not modelled",
		"the code in force since 1 January 2020; garnishment by registered letter (art. 21, one practitioner source); its dwangbevel's terms not found",
		vordering.Citation{Instrument: "Wetboek van de minnelijke en gedwongen invordering van fiscale en niet-fiscale schuldvorderingen", Publication: "Wet 13.4.2019, BS 30.4.2019"}, vordering.OneSource},
	{vordering.NL, "A money debt to a bestuursorgaan under title 4.4 Awb", "nl-awb-aanmaning and nl-awb-dwangbevel (Case.Public nl-awb), from 2009-07-01",
		"payment term six weeks (art. 4:87); default without notice (4:97); aanmaning with two weeks (4:112) and its fee (4:113); dwangbevel with a statutory power (4:115, 4:117); bailiff's service (4:123); prescription five years (4:104–4:111); no verzet: an executiegeschil (art. 438 Rv)",
		citeNLAwbTitle, vordering.PrimaryText},
}

// publicScope is the table of publicRegimes of country c.
func publicScope(c vordering.Country) vordering.RuleTable {
	notResearched := map[vordering.Country]string{
		vordering.BE: "municipal administrative fines (GAS, Wet 24 juni 2013)",
		vordering.NL: "taxes (Invorderingswet 1990) and the fines the CJIB collects",
	}
	t := vordering.RuleTable{Package: "procedure", Country: c, Title: c.String() + " public creditors: what is modelled",
		About: "A public creditor's claims that the law lets it collect with its own title, the route that models each (Case.Public selects it), and, for those not modelled, what is known. " +
			"A case of a regime not modelled is planned by the routes open to any creditor. Neither modelled nor researched: " + notResearched[c] + ".",
		Columns: []string{"regime", "route", "what the law sets"},
		Meta:    vordering.Meta{Checked: date.New(2026, 11, 28)}}
	for _, r := range publicRegimes {
		if r.country == c {
			t.Rows = append(t.Rows, vordering.RuleRow{Cells: []string{r.regime, r.route, r.known}, Cite: r.cite, Known: r.level})
		}
	}
	return t
}
