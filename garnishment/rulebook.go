package garnishment

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/rulefmt"
)

// Rulebook describes every rule table of this package for the auditor's rulebook (RULES.md).
//
// Belgium: the art. 1409 thresholds and child amount per period, the share
// seizable in each band, the goods rules of art. 1408 and the catalogue of
// income sources. The Netherlands: the bijstandsnormen per household and the
// 95 % share of art. 475da Rv. Rows are read from the tables the package
// computes with, in their order.
func Rulebook() []vordering.RuleTable { return Rules{}.Rulebook() }

// Rulebook describes every rule table of the rule set r, supplied rows
// included and marked as such.
func (r Rules) Rulebook() []vordering.RuleTable {
	be, nl := vordering.BE, vordering.NL
	return []vordering.RuleTable{
		vordering.Describe("garnishment", be, *r.beThresholds(),
			"The four monthly net thresholds of art. 1409 Ger.W. and the reduction of the seizable amount per dependent child, as published for each period (temporary crisis increases displaced the regular figures). "+
				"Seizable splits the income over the bands these thresholds bound (next table) and subtracts the child amount per child, never below zero.",
			[]string{"T1", "T2", "T3", "T4", "per dependent child", "kind"},
			func(t Thresholds) []string {
				kind := "regular yearly figures"
				if t.Temporary {
					kind = "temporary increase"
				}
				return []string{rulefmt.Money(t.T1), rulefmt.Money(t.T2), rulefmt.Money(t.T3), rulefmt.Money(t.T4), rulefmt.Money(t.Child), kind}
			}),
		rbScale(),
		vordering.Describe("garnishment", be, beGoodsRules,
			"The figures and scope of art. 1408 Ger.W. on goods exempt from seizure. CheckGoods looks up the period of the seizure date to decide whether a good of a category stays exempt.",
			[]string{"professional goods, total cap", "spouse's goods and internet devices in the cap", "mobile phone cap, each", "small livestock exempt", "objection term (days)"},
			func(g GoodsRules) []string {
				phone := "no phone rule"
				if g.PhoneCap.IsPositive() {
					phone = rulefmt.Money(g.PhoneCap)
				}
				return []string{rulefmt.Money(g.ProfessionalCap), rulefmt.YesNo(g.SpouseAndInternet), phone, rulefmt.YesNo(g.Livestock), strconv.Itoa(g.ObjectionDays)}
			}),
		rbIncomeSources(),
		vordering.Describe("garnishment", nl, *r.nlNorms(),
			"The monthly bijstandsnormen including holiday pay, for ages 21 to the state-pension age, per half-year; single and single-parent households share one norm, as do couples with and without children. "+
				"Seizable takes the norm of the household in force on the date and leaves the debtor 95 % of it (next table) plus the additions passed in.",
			[]string{"single, single parent", "couple, couple with children"},
			func(n NLNorm) []string { return []string{rulefmt.Money(n.Single), rulefmt.Money(n.Couple)} }),
		{
			Package: "garnishment",
			Country: nl,
			Title:   "NL share of the norm left to the debtor (art. 475da Rv)",
			Meta:    vordering.Meta{Known: vordering.PrimaryText, Checked: date.New(2026, 11, 28)},
			About:   "The beslagvrije voet is this share of the bijstandsnorm (plus additions, up to the maximum); it is also never more than this share of the income itself.",
			Columns: []string{"share", "of"},
			Rows: []vordering.RuleRow{
				{Cells: []string{rulefmt.Rate(bvvRate), "the bijstandsnorm including holiday pay"}, Cite: citeRv475da},
				{Cells: []string{rulefmt.Rate(bvvRate), "the net income including holiday pay, art. 475dc lid 1 (at least 5 % is always seizable)"}, Cite: citeRv475da},
			},
		},
	}
}

// rbScale lists the share of each band of art. 1409 §1 (work income) and
// §1bis (replacement income) that may be seized, from the rates the
// computation uses.
func rbScale() vordering.RuleTable {
	rows := []struct {
		band       string
		work, repl decimal.Decimal
	}{
		{"up to T1", rate0, rate0},
		{"over T1 up to T2", rate20, rate20},
		{"over T2 up to T3", rate30, rate40},
		{"over T3 up to T4", rate40, rate40},
		{"over T4", rate100, rate100},
	}
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "garnishment",
		Country: vordering.BE,
		Title:   "BE share seizable per band (art. 1409 §1 and §1bis Ger.W.)",
		About: "The share of the part of a monthly net income inside each band that may be seized or assigned; the bands are bounded by the thresholds in force. " +
			"Replacement income has one band from T2 to T4 at 40 %. For a maintenance claim (art. 1412) none of this applies.",
		Columns: []string{"monthly net income", "work income", "replacement income"},
	}
	for _, r := range rows {
		rt.Rows = append(rt.Rows, vordering.RuleRow{Cells: []string{r.band, rulefmt.Rate(r.work), rulefmt.Rate(r.repl)}, Cite: citeArt1409})
	}
	return rt
}

// rbIncomeSources lists every income source with the seizability that
// IncomeSource.Seizability gives it.
func rbIncomeSources() vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "garnishment",
		Country: vordering.BE,
		Title:   "BE income sources and their seizability (art. 1409–1410 Ger.W.)",
		About: "How far each kind of income may be seized for an ordinary (non-maintenance) claim: on the work-income scale, on the replacement-income scale, or not at all (the list of art. 1410 §2). " +
			"IncomeSource.Seizability and IsUnseizable answer from this list.",
		Columns: []string{"income source", "seizability"},
	}
	for s := Wage; s <= CareReimbursement; s++ {
		z, cite, err := s.Seizability()
		if err != nil {
			continue // not reached: every source in the range is defined
		}
		rt.Rows = append(rt.Rows, vordering.RuleRow{Cells: []string{s.String(), z.String()}, Cite: cite})
	}
	return rt
}
