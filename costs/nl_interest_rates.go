package costs

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// This file is the Dutch interest rate table, readable top to bottom as the
// specification. Each row is one rate in force, as a yearly fraction.
//
// Sources checked for every row (two independent sources, or the primary
// text, per row; disagreements are in the row's Note):
//   - [RvA]  Raad van Arbitrage voor de Bouw, glossary "wettelijke rente,
//     wettelijke handelsrente", history 1976-2010
//     (https://www.raadvanarbitrage.nl/woordenlijst-detail/269/wettelijke-rente-wettelijke-handelsrente.html);
//   - [RT]   the rate table of the public calculator "Rentetool" (GitHub
//     Matthi-code/rentetool, docs/03_rentetabel.csv);
//   - [VDK]  vdkraan.nl "Wettelijke rente 2013" (handelsrente 2007-2013);
//   - [IR]   incassoregister.nl "Wettelijk rente verhoogd per 1 juli 2011";
//   - [IQ]   iqount.nl "Verhoging wettelijke rente per 1 juli 2011";
//   - [LEX]  Lexence, "Wettelijke rente weer verlaagd" (11 November 2014);
//   - [WR15] Besluit wettelijke rente (BWBR0002744), text as of December 2014;
//   - later years: rijksoverheid.nl "Hoogte wettelijke rente", Wieringa
//     advocaten (2023, 2024, 2025 posts), rechtnet.nl (2016), Metaalunie
//     (2024-07), smkaccountants.nl (2024-01), flib.nl (2023).
//
// The sources named fintool, oste, bloggende, vfn and van Laarhoven come from
// the project's shared research notes and were not reopened for this table;
// each of those rows also has [RT], and from 2015 the Belgian late-payment
// table gives an independent check of the commercial rate (see
// be_interest_rates.go).
//
// Not covered, on purpose (lookups return vordering.ErrNoRuleInForce):
//   - before 2002-01-01 (statutory) and before 2002-12-01 (commercial);
//   - commercial 2002-08-08..2002-11-30: [RvA] gives 7 %, [RT] 10.35 %;
//   - commercial 2004-01-01..2004-06-30: [RT] gives 9.02 %, [RvA] 9.01 %;
//   - both rates from 2027-01-01: the AMvB for the statutory rate and the
//     ECB decisions that fix the commercial rate are not known yet.
//
// The commercial rate is also derived by its statutory formula from the ECB
// series (ecb_rates.go): a half-year after the last published row whose
// input is known gets a derived row, and a test checks that the formula
// reproduces every published row since 2009.

var (
	// 6:119 BW rates are set by algemene maatregel van bestuur (Besluit
	// wettelijke rente, art. 6:120 lid 1 BW).
	citeNLStatutory = func(pub string) vordering.Citation {
		return vordering.Citation{
			Instrument:  "Burgerlijk Wetboek Boek 6",
			Article:     "art. 6:119, 6:120 lid 1; Besluit wettelijke rente (BWBR0002744)",
			Publication: pub,
			URL:         "https://wetten.overheid.nl/BWBR0002744",
		}
	}
	// From 1 January 2023 the rate is set by the Besluit vaststelling
	// wettelijke rente (Besluit van 15 december 2022, Stb. 2022, 520,
	// BWBR0047640), which replaced the KB of 18 January 1971 (Stb. 27,
	// BWBR0002744), and by the AMvBs amending it.
	citeNLStatutory2023 = func(pub string) vordering.Citation {
		return vordering.Citation{
			Instrument:  "Burgerlijk Wetboek Boek 6",
			Article:     "art. 6:119, 6:120 lid 1; Besluit vaststelling wettelijke rente (BWBR0047640) art. 1",
			Publication: pub,
			URL:         "https://wetten.overheid.nl/BWBR0047640",
		}
	}
	// 6:119a BW rates follow the ECB main refinancing rate by law (art. 6:120
	// lid 2 BW): +7 points until 2013-03-15, +8 points since 2013-03-16.
	citeNLCommercial = func(pub string) vordering.Citation {
		return vordering.Citation{
			Instrument:  "Burgerlijk Wetboek Boek 6",
			Article:     "art. 6:119a, 6:120 lid 2",
			Publication: pub,
			URL:         "https://wetten.overheid.nl/BWBR0005289",
		}
	}
)

func ymd(y, m, dd int) date.Date { return date.New(y, time.Month(m), dd) }

func pct(mantissa int64, places int32) decimal.Decimal { return vordering.Percent(mantissa, places) }

// nlStatutoryRates is the wettelijke rente of art. 6:119 BW.
var nlStatutoryRates = vordering.NewTimeline("NL wettelijke rente (art. 6:119 BW)",
	vordering.Row[decimal.Decimal]{From: ymd(2002, 1, 1), Until: ymd(2003, 7, 31), Value: pct(7, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 8, 1), Until: ymd(2004, 1, 31), Value: pct(5, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2004, 2, 1), Until: ymd(2006, 12, 31), Value: pct(4, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 1, 1), Until: ymd(2009, 6, 30), Value: pct(6, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 7, 1), Until: ymd(2009, 12, 31), Value: pct(4, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT", "Wieringa 2009-07-23"}},
	vordering.Row[decimal.Decimal]{From: ymd(2010, 1, 1), Until: ymd(2011, 6, 30), Value: pct(3, 0), Cite: citeNLStatutory(""), Sources: []string{"RvA", "RT", "IQ"}},
	vordering.Row[decimal.Decimal]{From: ymd(2011, 7, 1), Until: ymd(2012, 6, 30), Value: pct(4, 0), Cite: citeNLStatutory(""), Sources: []string{"RT", "IR", "IQ"}},
	vordering.Row[decimal.Decimal]{From: ymd(2012, 7, 1), Until: ymd(2014, 12, 31), Value: pct(3, 0), Cite: citeNLStatutory(""), Sources: []string{"RT", "WR15 (text as of Dec 2014)"}},
	vordering.Row[decimal.Decimal]{From: ymd(2015, 1, 1), Until: ymd(2022, 12, 31), Value: pct(2, 0), Cite: citeNLStatutory(""), Sources: []string{"RT", "LEX", "rechtnet 2016", "rijksoverheid.nl", "legalsearch.nl 2021"}},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 1, 1), Until: ymd(2023, 6, 30), Value: pct(4, 0), Cite: citeNLStatutory2023("Besluit 15.12.2022, Stb. 2022, 520"), Known: vordering.PrimaryText, Sources: []string{"RT", "flib.nl", "Wieringa 2024-01-16"}},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 7, 1), Until: ymd(2023, 12, 31), Value: pct(6, 0), Cite: citeNLStatutory2023("AMvB 29.6.2023, Stb. 2023, 235"), Sources: []string{"RT", "Wieringa 2024-01-16", "smkaccountants.nl"}},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 1, 1), Until: ymd(2024, 12, 31), Value: pct(7, 0), Cite: citeNLStatutory2023("Besluit 20.12.2023, Stb. 2023, 484"), Sources: []string{"RT", "Wieringa", "smkaccountants.nl", "Metaalunie (2024-07)"}},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 1, 1), Until: ymd(2025, 12, 31), Value: pct(6, 0), Cite: citeNLStatutory2023("AMvB 10.12.2024 (Stb. number not found)"), Sources: []string{"RT", "Wieringa 2025", "van Laarhoven (2025-07)"},
		Note: "1 July 2025: 6 % ran on. Two independent lists of every amendment of BWBR0047640 (code 70653046163, built from the official version files; code 67432611974) have no change on 1 July 2025, and no AMvB, Staatsblad or notice of one was found. The government's method (ECB rate at the end of April, 2.40, plus 2.25, rounded to a whole percent) would have given 5 %; why the rate was not adjusted is not explained in any source found. The library follows the decree, not the method."},
	vordering.Row[decimal.Decimal]{From: ymd(2026, 1, 1), Until: ymd(2026, 12, 31), Value: pct(4, 0), Cite: citeNLStatutory2023("AMvB amending the Besluit with effect from 1.1.2026 (date and Stb. number not found)"),
		Sources: []string{"code 70653046163", "code 67432611974", "RT"},
		Note:    "4 % from 1 January 2026 in two independent amendment lists of BWBR0047640 and in RT; unchanged on 1 July 2026 (code 56044295543, a collection application's test report checked against rijksoverheid.nl; code 67432611974 has no 2026-07-01 row). The method gives the same: ECB 2.15 at the end of October 2025 (and of April 2026) + 2.25 = 4.40, rounded to 4. The decree text itself was not read."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the rate from 1 January 2027 is set by an AMvB not yet known (the ECB rate at the end of October 2026, its input, is not known either)",
	SuppliedBy: "costs.Rules.WithRates",
})

// nlCommercialRates is the wettelijke handelsrente of art. 6:119a BW (also
// 6:119b BW, public bodies).
var nlCommercialRates = withDerived(vordering.NewTimeline("NL wettelijke handelsrente (art. 6:119a BW)",
	vordering.Row[decimal.Decimal]{From: ymd(2002, 12, 1), Until: ymd(2002, 12, 31), Value: pct(1035, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 1, 1), Until: ymd(2003, 6, 30), Value: pct(985, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 7, 1), Until: ymd(2003, 12, 31), Value: pct(910, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	// Gap 2004-01-01..2004-06-30: RT 9.02 %, RvA 9.01 %.
	vordering.Row[decimal.Decimal]{From: ymd(2004, 7, 1), Until: ymd(2004, 12, 31), Value: pct(901, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "RvA"}},
	vordering.Row[decimal.Decimal]{From: ymd(2005, 1, 1), Until: ymd(2005, 6, 30), Value: pct(909, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2005, 7, 1), Until: ymd(2005, 12, 31), Value: pct(905, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2006, 1, 1), Until: ymd(2006, 6, 30), Value: pct(925, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2006, 7, 1), Until: ymd(2006, 12, 31), Value: pct(983, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT"}},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 1, 1), Until: ymd(2007, 6, 30), Value: pct(1058, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 7, 1), Until: ymd(2007, 12, 31), Value: pct(1107, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2008, 1, 1), Until: ymd(2008, 6, 30), Value: pct(1120, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2008, 7, 1), Until: ymd(2008, 12, 31), Value: pct(1107, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 1, 1), Until: ymd(2009, 6, 30), Value: pct(950, 2), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK", "Wieringa 2009-07-23"}},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 7, 1), Until: ymd(2011, 6, 30), Value: pct(8, 0), Cite: citeNLCommercial(""), Sources: []string{"RvA", "RT", "VDK", "IQ"}},
	vordering.Row[decimal.Decimal]{From: ymd(2011, 7, 1), Until: ymd(2011, 12, 31), Value: pct(825, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "IR"},
		Note: "VDK lists 8.0 % for all of 2011-2012; RT and IR give 8.25 % from 2011-07-01 (ECB 1.25 + 7)."},
	vordering.Row[decimal.Decimal]{From: ymd(2012, 1, 1), Until: ymd(2012, 12, 31), Value: pct(8, 0), Cite: citeNLCommercial(""), Sources: []string{"RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2013, 1, 1), Until: ymd(2013, 3, 15), Value: pct(775, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "VDK"}},
	vordering.Row[decimal.Decimal]{From: ymd(2013, 3, 16), Until: ymd(2013, 6, 30), Value: pct(875, 2), Cite: citeNLCommercial("margin of 8 points from 16.3.2013 (Wet van 12 december 2012, Stb. 2012, 675)"), Sources: []string{"RT", "ECB"}, Known: vordering.TwoSources,
		Note: "The statutory formula gives 8.75 % (ECB 0.75 on 31.12.2012 + the new margin of 8 points), and RT prints the same: one source and the formula agree."},
	vordering.Row[decimal.Decimal]{From: ymd(2013, 7, 1), Until: ymd(2013, 12, 31), Value: pct(850, 2), Cite: citeNLCommercial("Wet bestrijding betalingsachterstand bij handelstransacties (margin 8 points)"), Sources: []string{"RT", "fintool"}},
	vordering.Row[decimal.Decimal]{From: ymd(2014, 1, 1), Until: ymd(2014, 6, 30), Value: pct(825, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "Lexence 11.11.2014"}},
	vordering.Row[decimal.Decimal]{From: ymd(2014, 7, 1), Until: ymd(2014, 12, 31), Value: pct(815, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "oste"},
		Note: "Lexence (11.11.2014) writes that the handelsrente was 8.25 % 'since 1 January 2014' and unchanged; RT and oste give 8.15 % from 1 July 2014 (ECB rate 0.15 % from June 2014 + 8)."},
	vordering.Row[decimal.Decimal]{From: ymd(2015, 1, 1), Until: ymd(2016, 6, 30), Value: pct(805, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "bierensgroup (2015)", "rechtnet (2016-01-01)"}},
	vordering.Row[decimal.Decimal]{From: ymd(2016, 7, 1), Until: ymd(2022, 12, 31), Value: pct(8, 0), Cite: citeNLCommercial(""), Sources: []string{"RT", "rijksoverheid.nl", "legalsearch.nl 2021", "flib.nl 2023"}},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 1, 1), Until: ymd(2023, 6, 30), Value: pct(1050, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "flib.nl", "Wieringa 2024-01-16"}},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 7, 1), Until: ymd(2023, 12, 31), Value: pct(12, 0), Cite: citeNLCommercial(""), Sources: []string{"RT", "bloggende 2023", "vfn 2023"}},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 1, 1), Until: ymd(2024, 6, 30), Value: pct(1250, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "Wieringa 2024-01-16", "smkaccountants.nl"}},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 7, 1), Until: ymd(2024, 12, 31), Value: pct(1225, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "Metaalunie 2024-07"}},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 1, 1), Until: ymd(2025, 6, 30), Value: pct(1115, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "Wieringa 2025"}},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 7, 1), Until: ymd(2025, 12, 31), Value: pct(1015, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "van Laarhoven 2025"}},
	vordering.Row[decimal.Decimal]{From: ymd(2026, 1, 1), Until: ymd(2026, 6, 30), Value: pct(1015, 2), Cite: citeNLCommercial(""), Sources: []string{"RT", "code 67432611974", "code 53801296021"},
		Note: "Three secondary sources (the RT calculator, a Dutch invoicing application's rate table, an invoicing blog of 15.1.2026); the statutory formula gives the same (ECB 2.15 + 8)."},
	vordering.Row[decimal.Decimal]{From: ymd(2026, 7, 1), Until: ymd(2026, 12, 31), Value: pct(1040, 2), Cite: citeNLCommercial(""), Sources: []string{"code 69128331912", "code 56044295543", "code 67432611974"},
		Note: "Secondary sources (a rate table, a Dutch collection application's review notes 'checked externally', an invoicing application's table); the statutory formula gives the same (ECB 2.40 from 17.6.2026 + 8)."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the rate from 1 January 2027 is the ECB rate before that day plus 8 points, and the ECB decisions of 29 October and 17 December 2026 are not known",
	SuppliedBy: "costs.Rules.WithRates",
}), nlCommercialByFormula, citeNLCommercial(""), "+ 8 points (art. 6:120 lid 2 BW)")

// nlCommercialGaps are the spans inside nlCommercialRates left uncovered on
// purpose; the table test checks that Gaps() returns exactly these.
var nlCommercialGaps = []vordering.Period{
	{From: ymd(2004, 1, 1), Until: ymd(2004, 6, 30)},
}
