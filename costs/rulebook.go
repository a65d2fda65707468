package costs

import (
	"strconv"

	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/rulefmt"
)

// Rulebook describes every rule table of this package for the auditor's rulebook (RULES.md).
//
// Each table is read from the table the package computes with, in the
// table's own row order; a schedule with bands (fees, staffels, tariffs)
// gives one row per band, each with the period and citation of its
// schedule.
func Rulebook() []vordering.RuleTable { return Rules{}.Rulebook() }

// Rulebook describes every rule table of the rule set r, supplied rows
// included and marked as such.
func (r Rules) Rulebook() []vordering.RuleTable {
	be, nl := vordering.BE, vordering.NL
	rate := func(v decimal.Decimal) []string { return []string{rulefmt.Rate(v)} }
	money := func(v decimal.Decimal) []string { return []string{rulefmt.Money(v)} }
	return []vordering.RuleTable{
		// ---- Belgium ----
		withLegend(vordering.Describe("costs", be, *r.rateTable(be, Statutory),
			"The Belgian legal interest rate, one rate per calendar year since 2007: the December average of the 12-month Euribor, rounded up to a quarter point, plus 2 points (art. 2 §1 Act of 5 May 1865). Interest with Kind Statutory splits a period at each change of rate and applies the rate of each day.",
			[]string{"yearly rate"}, rate), beRateLegend),
		vordering.Describe("costs", be, *r.rateTable(be, Commercial),
			"The Belgian late-payment rate for commercial transactions (ECB rate + 8 points, rounded up to a half point), one rate per semester. Interest with Kind Commercial applies the rate of each day; Book XIX quotes it as the consumer interest cap. "+
				"A semester after the last published one whose ECB input is known is derived by the formula (marked derived); a test checks the formula against every published semester since 2015.",
			[]string{"yearly rate"}, rate),
		rbExpand("costs", be, beBookXIX,
			"The most a creditor may charge a consumer as flat damages under Book XIX, by balance due, once the free first reminder has expired. "+
				"The lookup takes the first line whose balance covers the debt, rounds to the cent, then applies the ceiling; contracts concluded before 1 September 2023 are covered only for defaults from 1 December 2023.",
			[]string{"balance due (EUR)", "flat damages at most"},
			func(s xixScale) [][]string {
				var rows [][]string
				for i, t := range s.Tiers {
					amount := rulefmt.Money(t.Fixed)
					if t.Rate.IsPositive() {
						amount += " + " + rulefmt.Rate(t.Rate) + " of the part above " + rulefmt.Amount(t.Over)
					}
					rows = append(rows, []string{rbBand(rbOver(s.Tiers, i), t.Upto, !t.Upto.IsZero(), i == 0), amount})
				}
				rows = append(rows,
					[]string{"any balance (ceiling)", rulefmt.Money(s.Max)},
					[]string{"first reminder", "free; gives at least " + strconv.Itoa(s.FreeDays) + " calendar days"})
				return rows
			}),
		vordering.Describe("costs", be, beFlat40,
			"The flat compensation for recovery costs in a Belgian commercial transaction, due by law without notice whenever late-payment interest is due.",
			[]string{"flat amount"}, money),
		vordering.Describe("costs", be, roleFeeTableBE,
			"The Belgian roll fee (rolrecht) per case enrolled, by court; labour courts are exempt. CourtFee looks up the period of the enrolment date and the column of the court.",
			[]string{"vredegerecht, politierechtbank", "rechtbank van eerste aanleg, ondernemingsrechtbank", "hof van beroep", "Hof van Cassatie"},
			func(f roleFeeAmounts) []string {
				return []string{rulefmt.Money(f.peace), rulefmt.Money(f.firstInstance), rulefmt.Money(f.appeal), rulefmt.Money(f.cassation)}
			}),
		rbExpand("costs", be, indemnityBaseTableBE,
			"The base, minimum and maximum procedural indemnity (rechtsplegingsvergoeding) per band of claim value at 100 %, and the line for claims not valued in money. "+
				"ProceduralIndemnity takes the band of the claim and multiplies its amounts by the indexation factor in force (next table).",
			[]string{"claim value (EUR)", "base", "minimum", "maximum"},
			func(b indemnityBase) [][]string {
				var rows [][]string
				for i, l := range b.lines {
					rows = append(rows, []string{rbCourtBand(l.band, i == 0), rulefmt.Money(l.base), rulefmt.Money(l.min), rulefmt.Money(l.max)})
				}
				u := b.undetermined
				return append(rows, []string{rbCourtBand(u.band, false), rulefmt.Money(u.base), rulefmt.Money(u.min), rulefmt.Money(u.max)})
			}),
		vordering.Describe("costs", be, indemnityIndexBE,
			"The factor applied to the base amounts of the procedural indemnity: 100 % plus 10 % per index step (art. 8 KB 26.10.2007, text before the KB of 16.5.2024); from 1 March 2025 the new index divided by the index of March 2007 (new art. 8), each amount rounded to the cent.",
			[]string{"factor on the base amounts"}, func(v decimal.Decimal) []string {
				if p := v.Shift(2); !p.Equal(p.Round(2)) {
					return []string{p.StringFixed(4) + " % (" + v.String() + ")"}
				}
				return rate(v)
			}),
		vordering.Describe("costs", be, beBailiffTariff,
			"The graduated fee of a Belgian bailiff act since 1 October 2024, by class of claim (A up to EUR 2,000, B up to 5,000, C above; utility, telecom, education and medical claims always A; family matters B; undetermined value C), and the administrative file fee charged once per file. BailiffFeeOf returns the class fee of the act.",
			[]string{"class A", "class B", "class C", "file fee (per file)"},
			func(t beBailiffClasses) []string {
				return []string{rulefmt.Money(t.a), rulefmt.Money(t.b), rulefmt.Money(t.c), rulefmt.Money(t.file)}
			}),

		// ---- the Netherlands ----
		withLegend(vordering.Describe("costs", nl, *r.rateTable(nl, Statutory),
			"The Dutch statutory interest rate (wettelijke rente) set by decree. Interest with Kind Statutory applies the rate of each day and compounds yearly (art. 6:119 lid 2 BW).",
			[]string{"yearly rate"}, rate), nlRateLegend),
		withLegend(vordering.Describe("costs", nl, *r.rateTable(nl, Commercial),
			"The Dutch statutory commercial interest rate (wettelijke handelsrente): the ECB main refinancing rate + 7 points until 15 March 2013, + 8 points since, per half-year. Interest with Kind Commercial applies the rate of each day. "+
				"A half-year after the last published one whose ECB input is known is derived by the formula (marked derived); a test checks the formula against every published half-year since 2009.",
			[]string{"yearly rate"}, rate), nlRateLegend),
		withLegend(vordering.Describe("costs", 0, ecbMRO,
			"The input of the two rates the law fixes by formula (NL art. 6:120 lid 2 BW; BE art. 5 Act of 2 August 2002): the ECB's fixed rate on its main refinancing operations, from the effective day of each change. "+
				"The formula takes the rate in force on the day before the half-year. The series starts with fixed-rate tenders (15 October 2008).",
			[]string{"MRO rate"}, rate), ecbLegend),
		rbExpand("costs", nl, nlWIKScale,
			"The staffel of extrajudicial collection costs: each rate applies to the part of the principal inside its band, and the sum is kept between the minimum and the maximum. "+
				"Extrajudicial adds the parts band by band, rounds to the cent, then applies the minimum and the maximum.",
			[]string{"part of the principal (EUR)", "rate or amount"},
			func(s wikScale) [][]string {
				var rows [][]string
				var over decimal.Decimal
				for i, b := range s.Brackets {
					rows = append(rows, []string{rbBand(over, b.Upto, !b.Upto.IsZero(), i == 0), rulefmt.Rate(b.Rate)})
					over = b.Upto
				}
				return append(rows,
					[]string{"minimum (any principal)", rulefmt.Money(s.Min)},
					[]string{"maximum (any principal)", rulefmt.Money(s.Max)})
			}),
		vordering.Describe("costs", nl, nlVATRate,
			"The general Dutch VAT rate, by which the collection costs are raised when the creditor cannot deduct the VAT charged to him (art. 2 lid 3 Besluit BIK).",
			[]string{"VAT rate"}, rate),
		vordering.Describe("costs", nl, nlRecurringCap,
			"The cap on collection costs for a consumer's small instalments or periodic claims: for claims each below the first amount, the costs within six months together stay at or below the second.",
			[]string{"each claim below", "costs in six months at most"},
			func(c recurringCap) []string { return []string{rulefmt.Money(c.Below), rulefmt.Money(c.Cap)} }),
		vordering.Describe("costs", nl, nlReminderTerm,
			"The term of the Dutch 14-day letter: collection costs are due from a consumer only after a reminder gave this many days, counted from the day after receipt.",
			[]string{"days"},
			func(n int) []string { return []string{strconv.Itoa(n)} }),
		vordering.Describe("costs", nl, nlB2BMinimum,
			"The minimum collection costs in a Dutch commercial contract (handelsovereenkomst), due without reminder from the day after the due date.",
			[]string{"minimum"}, money),
		rbExpand("costs", nl, bailiffTariffsNL,
			"The amount a debtor owes for each official act of a Dutch bailiff, excluding VAT, per period of the schedule (art. 2 lid 1 Btag, indexed each 1 January). BailiffFee looks up the act's line in the schedule in force.",
			[]string{"act", "art. 2 lid 1", "amount excl. VAT"},
			func(t bailiffTariff) [][]string {
				subs := [...]string{BailiffSummons: "sub a", BailiffServiceOfTitle: "sub b", BailiffCommand: "sub c", BailiffOtherService: "sub d",
					BailiffAttachmentMovables: "sub e", BailiffAttachmentBank: "sub i", BailiffAttachmentWages: "sub j"}
				rows := make([][]string, 0, len(bailiffActs))
				for _, a := range bailiffActs {
					rows = append(rows, []string{a.String(), subs[a], rulefmt.Money(t[a])})
				}
				return rows
			}),
		rbCourtFees(courtFeesNLKanton,
			"The Dutch court fee (griffierecht) in a kanton case, paid by the claimant only, by band of claim value and party category. "+
				"CourtFee takes the schedule of the year of the first roll date and the line of the claim's band."),
		rbCourtFees(courtFeesNLRechtbank,
			"The Dutch court fee at the rechtbank (civil, not kanton), paid by claimant and defendant, by band of claim value and party category. "+
				"CourtFee takes the schedule of the year of the first roll date and the line of the claim's band."),
		rbCourtFees(courtFeesNLHof,
			"The Dutch court fee at the gerechtshof (appeal), paid by both parties, by band of claim value and party category. "+
				"CourtFee takes the schedule of the year of the first roll date and the line of the claim's band; a category marked not confirmed is answered with an error."),
		rbExpand("costs", nl, liquidationKantonNL,
			"The salary of the authorised representative that the kantonrechter awards in a costs order: points × tariff per point, by band of claim value. "+
				"LiquidationTariff takes the schedule in force on the day of the judgment; for a claim of undetermined value the court picks a tariff in the range.",
			[]string{"claim value (EUR)", "tariff per point", "maximum points"},
			func(s liquidationSchedule) [][]string {
				var rows [][]string
				for i, l := range s.lines {
					pts := "no maximum"
					if l.maxPoints > 0 {
						pts = strconv.FormatInt(l.maxPoints, 10)
					}
					rows = append(rows, []string{rbCourtBand(l.band, i == 0), rulefmt.Money(l.perPoint), pts})
				}
				return append(rows, []string{"undetermined value", rulefmt.Money(s.undeterminedMin) + " to " + rulefmt.Money(s.undeterminedMax), "no maximum"})
			}),
	}
}

// rbCourtFees describes a Wgbz schedule line by line, the line for claims
// of undetermined value first as in the table. A zero amount is a category
// whose figure was not confirmed.
func rbCourtFees(t vordering.Timeline[courtFeeSchedule], about string) vordering.RuleTable {
	fee := func(v decimal.Decimal) string {
		if v.IsZero() {
			return "not confirmed"
		}
		return rulefmt.Money(v)
	}
	line := func(band string, a courtFeeAmounts) []string {
		return []string{band, fee(a.other), fee(a.natural), fee(a.lowIncome)}
	}
	return rbExpand("costs", vordering.NL, t, about,
		[]string{"claim value (EUR)", "niet-natuurlijke persoon", "natuurlijke persoon", "onvermogende"},
		func(s courtFeeSchedule) [][]string {
			rows := [][]string{line("undetermined value", s.undetermined)}
			for i, l := range s.lines {
				rows = append(rows, line(rbCourtBand(l.band, i == 0), l.fee))
			}
			return rows
		})
}

// rbExpand is [vordering.DescribeLines], named for the tables here.
func rbExpand[T any](pkg string, c vordering.Country, t vordering.Timeline[T], about string, columns []string, lines func(T) [][]string) vordering.RuleTable {
	return vordering.DescribeLines(pkg, c, t, about, columns, lines)
}

// rbOver returns the lower bound of Book XIX tier i: the previous tier's
// upper bound (zero for the first tier).
func rbOver(tiers []xixTier, i int) decimal.Decimal {
	if i == 0 {
		return decimal.Zero
	}
	return tiers[i-1].Upto
}

// rbCourtBand renders a CourtBand as "up to 250", "over 250 up to 750" or
// "over 1,000,000"; first marks the first band of a table, which also holds
// a claim of exactly its lower bound.
func rbCourtBand(b CourtBand, first bool) string {
	if b.Undetermined {
		return "undetermined value"
	}
	return rbBand(b.Over, b.UpTo.Decimal, b.UpTo.Valid, first)
}

// rbBand renders the band of amounts above over and up to upTo.
func rbBand(over, upTo decimal.Decimal, bounded, first bool) string {
	switch {
	case !bounded:
		return "over " + rulefmt.Amount(over)
	case first && over.IsZero():
		return "up to " + rulefmt.Amount(upTo)
	}
	return "over " + rulefmt.Amount(over) + " up to " + rulefmt.Amount(upTo)
}

// withLegend returns t with its source legend.
func withLegend(t vordering.RuleTable, l []vordering.Source) vordering.RuleTable {
	t.Legend = append([]vordering.Source(nil), l...)
	return t
}

// nlRateLegend explains the source abbreviations of the Dutch rate tables.
var nlRateLegend = []vordering.Source{
	{Key: "RvA", Title: "Raad van Arbitrage voor de Bouw, glossary 'wettelijke rente, wettelijke handelsrente' (history 1976-2010)", URL: "https://www.raadvanarbitrage.nl/woordenlijst-detail/269/wettelijke-rente-wettelijke-handelsrente.html"},
	{Key: "RT", Title: "rate table of the public calculator Rentetool (repository Matthi-code/rentetool, docs/03_rentetabel.csv)"},
	{Key: "VDK", Title: "vdkraan.nl, 'Wettelijke rente 2013' (handelsrente 2007-2013)"},
	{Key: "IR", Title: "incassoregister.nl, 'Wettelijke rente verhoogd per 1 juli 2011'"},
	{Key: "IQ", Title: "iqount.nl, 'Verhoging wettelijke rente per 1 juli 2011'"},
	{Key: "LEX", Title: "Lexence, 'Wettelijke rente weer verlaagd' (11 November 2014)"},
	{Key: "WR15", Title: "Besluit wettelijke rente (BWBR0002744), text as of December 2014", URL: "https://wetten.overheid.nl/BWBR0002744"},
	{Key: "ECB", Title: "the statutory formula applied to the ECB series (table 'ECB main refinancing operations rate')"},
	{Key: "code N", Title: "a file in a public code repository, by its identifier in the stored code index: Dutch invoicing and collection applications' rate tables and review notes (secondary sources)"},
}

// beRateLegend explains the short source names of the Belgian rate tables.
var beRateLegend = []vordering.Source{
	{Key: "gdwantw", Title: "table 'Wettelijke interesten' of the Antwerp bailiffs' association (interest.pdf)"},
	{Key: "vynck-leys", Title: "gerechtsdeurwaardersvynck-leys.be, table of legal interest rates"},
	{Key: "Kluwer", Title: "Wolters Kluwer immospector news (31.01.2023 and 01.02.2023) with the history of the legal rate"},
	{Key: "Euribor December 2025", Title: "the December 2025 average of the 12-month Euribor, 2.268 % (particle.news; collector.com.tr), the input of the statutory formula"},
	{Key: "ECB", Title: "the statutory formula applied to the ECB series (table 'ECB main refinancing operations rate')"},
}
