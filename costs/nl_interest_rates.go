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
//   - commercial 2013-03-16..2013-06-30 (8.75 %): one source ([RT]);
//   - both rates from 2026-01-01: one source only ([RT]).

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
	vordering.Row[decimal.Decimal]{From: ymd(2002, 1, 1), Until: ymd(2003, 7, 31), Value: pct(7, 0), Cite: citeNLStatutory("rate 7 % from 2002-01-01; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 8, 1), Until: ymd(2004, 1, 31), Value: pct(5, 0), Cite: citeNLStatutory("rate 5 % from 2003-08-01; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2004, 2, 1), Until: ymd(2006, 12, 31), Value: pct(4, 0), Cite: citeNLStatutory("rate 4 % from 2004-02-01; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 1, 1), Until: ymd(2009, 6, 30), Value: pct(6, 0), Cite: citeNLStatutory("rate 6 % from 2007-01-01; sources RvA, RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 7, 1), Until: ymd(2009, 12, 31), Value: pct(4, 0), Cite: citeNLStatutory("rate 4 % from 2009-07-01; sources RvA, RT, Wieringa 2009-07-23")},
	vordering.Row[decimal.Decimal]{From: ymd(2010, 1, 1), Until: ymd(2011, 6, 30), Value: pct(3, 0), Cite: citeNLStatutory("rate 3 % from 2010-01-01; sources RvA, RT, IQ")},
	vordering.Row[decimal.Decimal]{From: ymd(2011, 7, 1), Until: ymd(2012, 6, 30), Value: pct(4, 0), Cite: citeNLStatutory("rate 4 % from 2011-07-01; sources RT, IR, IQ")},
	vordering.Row[decimal.Decimal]{From: ymd(2012, 7, 1), Until: ymd(2014, 12, 31), Value: pct(3, 0), Cite: citeNLStatutory("rate 3 % from 2012-07-01; sources RT, WR15 (text as of Dec 2014)")},
	vordering.Row[decimal.Decimal]{From: ymd(2015, 1, 1), Until: ymd(2022, 12, 31), Value: pct(2, 0), Cite: citeNLStatutory("rate 2 % from 2015-01-01; sources RT, LEX, rechtnet 2016, rijksoverheid.nl, legalsearch.nl 2021")},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 1, 1), Until: ymd(2023, 6, 30), Value: pct(4, 0), Cite: citeNLStatutory("AMvB 15.12.2022; rate 4 %; sources RT, flib.nl, Wieringa 2024-01-16")},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 7, 1), Until: ymd(2023, 12, 31), Value: pct(6, 0), Cite: citeNLStatutory("Stb. 2023, 235; rate 6 %; sources RT, Wieringa 2024-01-16, smkaccountants.nl")},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 1, 1), Until: ymd(2024, 12, 31), Value: pct(7, 0), Cite: citeNLStatutory("AMvB 20.12.2023, Stb. 2023, 484; rate 7 %; sources RT, Wieringa, smkaccountants.nl, Metaalunie (2024-07)")},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 1, 1), Until: ymd(2025, 12, 31), Value: pct(6, 0), Cite: citeNLStatutory("AMvB 10.12.2024; rate 6 %; sources RT, Wieringa 2025, van Laarhoven (2025-07)"),
		Note: "1 July 2025: two sources keep 6 %, although the published method (ECB 2.40 + 2.25, rounded) would give 5 %; no AMvB changing the rate was found."},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlCommercialRates is the wettelijke handelsrente of art. 6:119a BW (also
// 6:119b BW, public bodies).
var nlCommercialRates = vordering.NewTimeline("NL wettelijke handelsrente (art. 6:119a BW)",
	vordering.Row[decimal.Decimal]{From: ymd(2002, 12, 1), Until: ymd(2002, 12, 31), Value: pct(1035, 2), Cite: citeNLCommercial("rate 10.35 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 1, 1), Until: ymd(2003, 6, 30), Value: pct(985, 2), Cite: citeNLCommercial("rate 9.85 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2003, 7, 1), Until: ymd(2003, 12, 31), Value: pct(910, 2), Cite: citeNLCommercial("rate 9.10 %; sources RvA, RT")},
	// Gap 2004-01-01..2004-06-30: RT 9.02 %, RvA 9.01 %.
	vordering.Row[decimal.Decimal]{From: ymd(2004, 7, 1), Until: ymd(2004, 12, 31), Value: pct(901, 2), Cite: citeNLCommercial("rate 9.01 %; sources RT, RvA")},
	vordering.Row[decimal.Decimal]{From: ymd(2005, 1, 1), Until: ymd(2005, 6, 30), Value: pct(909, 2), Cite: citeNLCommercial("rate 9.09 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2005, 7, 1), Until: ymd(2005, 12, 31), Value: pct(905, 2), Cite: citeNLCommercial("rate 9.05 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2006, 1, 1), Until: ymd(2006, 6, 30), Value: pct(925, 2), Cite: citeNLCommercial("rate 9.25 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2006, 7, 1), Until: ymd(2006, 12, 31), Value: pct(983, 2), Cite: citeNLCommercial("rate 9.83 %; sources RvA, RT")},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 1, 1), Until: ymd(2007, 6, 30), Value: pct(1058, 2), Cite: citeNLCommercial("rate 10.58 %; sources RvA, RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2007, 7, 1), Until: ymd(2007, 12, 31), Value: pct(1107, 2), Cite: citeNLCommercial("rate 11.07 %; sources RvA, RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2008, 1, 1), Until: ymd(2008, 6, 30), Value: pct(1120, 2), Cite: citeNLCommercial("rate 11.20 %; sources RvA, RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2008, 7, 1), Until: ymd(2008, 12, 31), Value: pct(1107, 2), Cite: citeNLCommercial("rate 11.07 %; sources RvA, RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 1, 1), Until: ymd(2009, 6, 30), Value: pct(950, 2), Cite: citeNLCommercial("rate 9.50 %; sources RvA, RT, VDK, Wieringa 2009-07-23")},
	vordering.Row[decimal.Decimal]{From: ymd(2009, 7, 1), Until: ymd(2011, 6, 30), Value: pct(8, 0), Cite: citeNLCommercial("rate 8.00 %; sources RvA, RT, VDK, IQ")},
	vordering.Row[decimal.Decimal]{From: ymd(2011, 7, 1), Until: ymd(2011, 12, 31), Value: pct(825, 2), Cite: citeNLCommercial("rate 8.25 %; sources RT, IR"),
		Note: "VDK lists 8.0 % for all of 2011-2012; RT and IR give 8.25 % from 2011-07-01 (ECB 1.25 + 7)."},
	vordering.Row[decimal.Decimal]{From: ymd(2012, 1, 1), Until: ymd(2012, 12, 31), Value: pct(8, 0), Cite: citeNLCommercial("rate 8.00 %; sources RT, VDK")},
	vordering.Row[decimal.Decimal]{From: ymd(2013, 1, 1), Until: ymd(2013, 3, 15), Value: pct(775, 2), Cite: citeNLCommercial("rate 7.75 %; sources RT, VDK")},
	// Gap 2013-03-16..2013-06-30: 8.75 % in RT only.
	vordering.Row[decimal.Decimal]{From: ymd(2013, 7, 1), Until: ymd(2013, 12, 31), Value: pct(850, 2), Cite: citeNLCommercial("Wet bestrijding betalingsachterstand bij handelstransacties (margin 8 points); rate 8.50 %; sources RT, fintool")},
	vordering.Row[decimal.Decimal]{From: ymd(2014, 1, 1), Until: ymd(2014, 6, 30), Value: pct(825, 2), Cite: citeNLCommercial("rate 8.25 %; sources RT, Lexence 11.11.2014")},
	vordering.Row[decimal.Decimal]{From: ymd(2014, 7, 1), Until: ymd(2014, 12, 31), Value: pct(815, 2), Cite: citeNLCommercial("rate 8.15 %; sources RT, oste"),
		Note: "Lexence (11.11.2014) writes that the handelsrente was 8.25 % 'since 1 January 2014' and unchanged; RT and oste give 8.15 % from 1 July 2014 (ECB rate 0.15 % from June 2014 + 8)."},
	vordering.Row[decimal.Decimal]{From: ymd(2015, 1, 1), Until: ymd(2016, 6, 30), Value: pct(805, 2), Cite: citeNLCommercial("rate 8.05 %; sources RT, bierensgroup (2015), rechtnet (2016-01-01)")},
	vordering.Row[decimal.Decimal]{From: ymd(2016, 7, 1), Until: ymd(2022, 12, 31), Value: pct(8, 0), Cite: citeNLCommercial("rate 8.00 %; sources RT, rijksoverheid.nl, legalsearch.nl 2021, flib.nl 2023")},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 1, 1), Until: ymd(2023, 6, 30), Value: pct(1050, 2), Cite: citeNLCommercial("rate 10.50 %; sources RT, flib.nl, Wieringa 2024-01-16")},
	vordering.Row[decimal.Decimal]{From: ymd(2023, 7, 1), Until: ymd(2023, 12, 31), Value: pct(12, 0), Cite: citeNLCommercial("rate 12.00 %; sources RT, bloggende 2023, vfn 2023")},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 1, 1), Until: ymd(2024, 6, 30), Value: pct(1250, 2), Cite: citeNLCommercial("rate 12.50 %; sources RT, Wieringa 2024-01-16, smkaccountants.nl")},
	vordering.Row[decimal.Decimal]{From: ymd(2024, 7, 1), Until: ymd(2024, 12, 31), Value: pct(1225, 2), Cite: citeNLCommercial("rate 12.25 %; sources RT, Metaalunie 2024-07")},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 1, 1), Until: ymd(2025, 6, 30), Value: pct(1115, 2), Cite: citeNLCommercial("rate 11.15 %; sources RT, Wieringa 2025")},
	vordering.Row[decimal.Decimal]{From: ymd(2025, 7, 1), Until: ymd(2025, 12, 31), Value: pct(1015, 2), Cite: citeNLCommercial("rate 10.15 %; sources RT, van Laarhoven 2025")},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlCommercialGaps are the spans inside nlCommercialRates left uncovered on
// purpose; the table test checks that Gaps() returns exactly these.
var nlCommercialGaps = []vordering.Period{
	{From: ymd(2004, 1, 1), Until: ymd(2004, 6, 30)},
	{From: ymd(2013, 3, 16), Until: ymd(2013, 6, 30)},
}
