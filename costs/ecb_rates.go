package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// This file is the input series of the two interest rates that the law
// defines by formula, and the formulas themselves:
//
//   - NL wettelijke handelsrente (art. 6:120 lid 2 BW): the rate the ECB
//     applied to its most recent main refinancing operation carried out
//     before the first calendar day of the half-year, plus eight points
//     (seven until 15 March 2013), for the whole half-year;
//   - BE late-payment rate for commercial transactions (Act of 2 August
//     2002, art. 5, second paragraph, as amended by the Act of 22 November
//     2013): the same reference rate plus eight points, rounded up to the
//     next half point, for the whole semester.
//
// Since 15 October 2008 the ECB has run its main refinancing operations as
// fixed-rate tenders, so "the rate applied to the most recent operation" is
// the fixed MRO rate of the ECB's key-rate table, and the rate of the
// operation before day D is the rate in force on D − 1 (a new rate applies
// from the settlement of the first operation at that rate, which is the
// date the table gives). Before then the operations were variable-rate
// tenders whose marginal rate the key-rate table does not give (which is
// why the published 2004 H1 rates differ, 9.01 % and 9.02 %), so the
// formula is applied from the half-year starting 1 January 2009 only.
//
// The series ends where the last ECB decision known to the library stops
// being certain: the decision of 10 September 2026 applies from 16
// September 2026; the outcome of the meeting of 29 October 2026, which
// would take effect on 4 November 2026, is not known, so the series is
// closed on 3 November 2026. A half-year whose reference day falls after
// the series' end is not derived.

// ecbMRO is the ECB's fixed rate on its main refinancing operations, as a
// yearly fraction, from each change's effective day.
var ecbMRO = closeSeries(ecbSeriesEnd, vordering.NewTimeline("ECB main refinancing operations rate (fixed rate)",
	mroRow(2008, 10, 15, 375, "BSI", "BdF"),
	mroRow(2008, 11, 12, 325, "BSI", "BdF"),
	mroRow(2008, 12, 10, 250, "BSI", "BdF"),
	mroRow(2009, 1, 21, 200, "BSI", "BdF"),
	mroRow(2009, 3, 11, 150, "BSI", "BdF", "ECB-copy"),
	mroRow(2009, 4, 8, 125, "BSI", "BdF", "ECB-copy"),
	mroRow(2009, 5, 13, 100, "BSI", "BdF", "ECB-copy"),
	mroRow(2011, 4, 13, 125, "BSI", "BdF", "ECB-copy"),
	mroRow(2011, 7, 13, 150, "BSI", "BdF", "ECB-copy"),
	mroRow(2011, 11, 9, 125, "BSI", "BdF", "ECB-copy"),
	mroRow(2011, 12, 14, 100, "ECB-mirror", "BSI", "BdF"),
	mroRow(2012, 7, 11, 75, "ECB-mirror", "BSI", "BdF"),
	mroRow(2013, 5, 8, 50, "ECB-mirror", "BSI", "BdF"),
	mroRow(2013, 11, 13, 25, "ECB-mirror", "BSI", "BdF"),
	mroRow(2014, 6, 11, 15, "ECB-mirror", "BSI", "BdF"),
	mroRow(2014, 9, 10, 5, "ECB-mirror", "BSI", "BdF"),
	mroRow(2016, 3, 16, 0, "ECB-mirror", "BSI", "BdF"),
	mroRow(2022, 7, 27, 50, "ECB-mirror", "BSI", "BdF"),
	mroRow(2022, 9, 14, 125, "ECB-mirror", "BSI", "BdF"),
	mroRow(2022, 11, 2, 200, "ECB-mirror", "BSI", "BdF"),
	mroRow(2022, 12, 21, 250, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 2, 8, 300, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 3, 22, 350, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 5, 10, 375, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 6, 21, 400, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 8, 2, 425, "ECB-mirror", "BSI", "BdF"),
	mroRow(2023, 9, 20, 450, "ECB-mirror", "BSI", "BdF"),
	mroRow(2024, 6, 12, 425, "ECB-mirror", "BSI", "BdF"),
	mroRow(2024, 9, 18, 365, "ECB-mirror", "BSI", "BdF"),
	mroRow(2024, 10, 23, 340, "ECB-mirror", "BSI", "BdF"),
	mroRow(2024, 12, 18, 315, "BSI", "news reports quoting the ECB decision"),
	mroRow(2025, 2, 5, 290, "BSI", "news reports quoting the ECB decision"),
	mroRow(2025, 3, 12, 265, "BSI", "news reports quoting the ECB decision"),
	mroRow(2025, 4, 23, 240, "BSI", "news reports quoting the ECB decision"),
	mroRow(2025, 6, 11, 215, "BSI", "news reports quoting the ECB decision"),
	mroRow(2026, 6, 17, 240, "code 68922656579", "code 66260172485", "code 67461245661"),
	mroRow(2026, 9, 16, 265, "code 70971415817", "code 71302542996", "code 68828406170"),
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the decision of the ECB meeting of 29 October 2026 (effective 4 November 2026) is not known",
}))

// ecbSeriesEnd is the last day the ECB series is certain: the day before a
// decision of the meeting of 29 October 2026 could take effect.
var ecbSeriesEnd = date.New(2026, 11, 3)

var citeECB = vordering.Citation{
	Instrument: "European Central Bank, key ECB interest rates (main refinancing operations, fixed rate)",
	URL:        "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html",
}

// mroRow is one change of the MRO rate, in basis points, in force from the
// given day until the day before the next change (closed by finishMRO).
func mroRow(y, m, d int, bp int64, sources ...string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{From: ymd(y, m, d), Value: pct(bp, 2), Cite: citeECB, Sources: sources}
}

// ecbLegend explains the source keys of the ECB series.
var ecbLegend = []vordering.Source{
	{Key: "ECB-mirror", Title: "copy of the ECB page 'Key ECB interest rates' (sdw.zentral-bank.eu)", URL: "http://sdw.zentral-bank.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html"},
	{Key: "ECB-copy", Title: "copy of the ECB key-rate table, 2024 edition (miraitalk.com)", URL: "https://miraitalk.com/article/official-interest-rates/926"},
	{Key: "BSI", Title: "Banka Slovenije, ECB interest rates (full table since 1999)", URL: "http://www.bsi.si/en/ecb-interest-rates"},
	{Key: "BdF", Title: "Banque de France, policy rates (table since 2008)", URL: "https://www.banque-france.fr/en/policy-rates"},
	{Key: "code N", Title: "a file in a public code repository, by its identifier in the stored code index, that quotes the ECB press release of the decision"},
}

// closeSeries closes each row of a series of changes on the day before the
// next and the last on end, so that the table reads like every other one.
func closeSeries(end date.Date, t vordering.Timeline[decimal.Decimal]) vordering.Timeline[decimal.Decimal] {
	rows := t.Rows
	for i := range rows {
		if i+1 < len(rows) {
			rows[i].Until = rows[i+1].From.Add(-1)
		} else {
			rows[i].Until = end
		}
	}
	return t
}

// formulaStart is the first half-year to which the formulas are applied:
// the first whose reference operation was a fixed-rate tender.
var formulaStart = date.New(2009, 1, 1)

// nlCommercialMargin is the margin of art. 6:120 lid 2 BW on day d: seven
// points until 15 March 2013, eight from 16 March 2013 (Wet van 12 december
// 2012, Stb. 2012, 675, implementing Directive 2011/7/EU).
func nlCommercialMargin(d date.Date) decimal.Decimal {
	if d.Before(date.New(2013, 3, 16)) {
		return pct(7, 0)
	}
	return pct(8, 0)
}

// referenceRate returns the MRO rate of the last operation before day
// start, with the row it comes from.
func referenceRate(start date.Date) (vordering.Row[decimal.Decimal], error) {
	return ecbMRO.At(start.Add(-1))
}

// nlCommercialByFormula is the handelsrente of the half-year (or the part
// of it) that starts on start, by art. 6:120 lid 2 BW.
func nlCommercialByFormula(start, halfYear date.Date) (decimal.Decimal, vordering.Row[decimal.Decimal], error) {
	ref, err := referenceRate(halfYear)
	if err != nil {
		return decimal.Zero, ref, err
	}
	return ref.Value.Add(nlCommercialMargin(start)), ref, nil
}

// beLateByFormula is the Belgian late-payment rate of the semester starting
// on halfYear: the reference rate plus eight points, rounded up to the next
// half point (art. 5, second paragraph, Act of 2 August 2002).
func beLateByFormula(halfYear date.Date) (decimal.Decimal, vordering.Row[decimal.Decimal], error) {
	ref, err := referenceRate(halfYear)
	if err != nil {
		return decimal.Zero, ref, err
	}
	half := pct(5, 1) // 0.005
	r := ref.Value.Add(pct(8, 0))
	return r.Div(half).Ceil().Mul(half), ref, nil
}

// halfYearStart returns the first day of the half-year that holds d.
func halfYearStart(d date.Date) date.Date {
	if d.Month() >= 7 {
		return date.New(d.Year(), 7, 1)
	}
	return date.New(d.Year(), 1, 1)
}

// halfYearEnd returns the last day of the half-year that holds d.
func halfYearEnd(d date.Date) date.Date {
	if d.Month() >= 7 {
		return date.New(d.Year(), 12, 31)
	}
	return date.New(d.Year(), 6, 30)
}

// withDerived returns the published table extended with a derived row for
// every half-year after its last row whose reference day the ECB series
// covers, so that a rate the law fixes by formula is answered as soon as its
// input is known. Each derived row is marked [vordering.Derived] and says
// which ECB row it rests on.
func withDerived(published vordering.Timeline[decimal.Decimal], rate func(start, halfYear date.Date) (decimal.Decimal, vordering.Row[decimal.Decimal], error), cite vordering.Citation, margin string) vordering.Timeline[decimal.Decimal] {
	rows := append([]vordering.Row[decimal.Decimal](nil), published.Rows...)
	last := rows[len(rows)-1].Until
	for start := last.Add(1); !last.IsZero(); start = halfYearEnd(start).Add(1) {
		v, ref, err := rate(start, halfYearStart(start))
		if err != nil {
			break // the reference day is past the known series
		}
		rows = append(rows, vordering.Row[decimal.Decimal]{
			From: start, Until: halfYearEnd(start), Value: v, Cite: cite, Known: vordering.Derived,
			Sources: []string{"ECB"},
			Note: "Derived by the statutory formula: ECB main refinancing rate " + rateString(ref.Value) +
				" (in force on " + halfYearStart(start).Add(-1).String() + ", since " + ref.From.String() + ") " + margin +
				". No publication of this figure was found.",
		})
	}
	out := published
	out.Rows = rows
	return out
}

// rateString renders a yearly fraction as a percentage, e.g. "2.40 %".
func rateString(r decimal.Decimal) string {
	return r.Shift(2).StringFixed(2) + " %"
}
