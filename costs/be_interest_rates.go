package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// This file is the Belgian interest rate table.
//
// Legal interest (wettelijke interest / intérêt légal): art. 2 §1 of the Act
// of 5 May 1865 on loans at interest; one rate per calendar year since 2007,
// published by the FPS Finances (Treasury) in the Belgisch Staatsblad.
// Sources per row: elfri.be, the gdwantw bailiffs' table "Wettelijke
// interesten", gerechtsdeurwaardersvynck-leys.be, gillescarnoy.be and
// vandevelde-co.be (1996-2014), lexgo.be and lydian.be (2015-2023), immospector/Kluwer, schoups.be (2022,
// 2023), aquo.be (2018), fidelium.eu (2020), vjn-legal.be (2024, BS
// 23.02.2024), leuropeinfo.eu/Schoups (2024, 2025), lawbase.be (2025).
//
// Late-payment rate for commercial transactions (interest of the Act of 2
// August 2002, art. 5, as amended by the Act of 22 November 2013): ECB rate
// + 8 points, rounded up to the next half point, one rate per semester.
// Sources: vanostaeyen.eu (2015-2019), schoups.be (2022-2023), aquo.be
// (2018 H2, BS 25.07.2018), etaamb/openjustice (2023 H1, BS 17.03.2023),
// vjn-legal.be and medenam.be (2024 H1), leuropeinfo.eu (2024, 2025 H1),
// lawbase.be and embuild.be (2025).
//
// Cross-check: the Dutch handelsrente of the same half-year is the same ECB
// rate + 8 points without rounding (art. 6:120 lid 2 BW), so each semester
// here must equal it rounded up to a half point; a test checks every day.
// This also backs 2023 H2 (12.00 %) and 2024 H2 (12.50 %), which have one
// Belgian source each (schoups.be; leuropeinfo.eu).
//
// Not covered (lookups return vordering.ErrNoRuleInForce):
//   - legal interest before 1 September 1996 and from 2027;
//   - late-payment rate before 2015-03-16: until 15 March 2015 contracts
//     concluded before 16 March 2013 kept the old regime (7.50 % in 2015 H1,
//     vanostaeyen.eu) while newer ones had 8.50 %, and Interest takes no
//     contract date;
//   - late-payment rate from 2027-01-01 (its ECB input is not known yet).
//
// The late-payment rate is also derived by its statutory formula from the
// ECB series (ecb_rates.go): 2026 H2, for which no publication was found,
// is a derived row, and a test checks the formula against every published
// semester since 2015.

func citeBELegal(pub string) vordering.Citation {
	return vordering.Citation{
		Instrument:  "Wet van 5 mei 1865 betreffende de lening tegen interest",
		Article:     "art. 2 §1",
		Publication: pub,
		URL:         "https://lisloi.be/laws/1865050550",
	}
}

func citeBELate(pub string) vordering.Citation {
	return vordering.Citation{
		Instrument:  "Wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties",
		Article:     "art. 5 (Wet 22.11.2013)",
		Publication: pub,
	}
}

func beYear(y int, mantissa int64, places int32, pub string, sources ...string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{From: ymd(y, 1, 1), Until: ymd(y, 12, 31), Value: pct(mantissa, places), Cite: citeBELegal(pub), Sources: sources}
}

// beLegalRates is the legal interest, one row per calendar year since 2007
// (Programmawet 27.12.2006, art. 87-88, BS 28.12.2006); before, one rate
// set by royal decree from 1 September 1996.
var beLegalRates = vordering.NewTimeline("BE wettelijke interest (Wet 5 mei 1865, art. 2)",
	vordering.Row[decimal.Decimal]{From: ymd(1996, 9, 1), Until: ymd(2006, 12, 31), Value: pct(7, 0),
		Cite:    citeBELegal("royal decree regime, 01.09.1996 to 31.12.2006"),
		Sources: []string{"elfri.be", "gdwantw interest.pdf", "gerechtsdeurwaardersvynck-leys.be"}},
	beYear(2007, 600, 2, "BS 17.01.2007", "elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be"),
	beYear(2008, 700, 2, "BS 15.01.2008", "elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be", "Kluwer"),
	beYear(2009, 550, 2, "BS 16.01.2009", "elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be", "Kluwer"),
	vordering.Row[decimal.Decimal]{From: ymd(2010, 1, 1), Until: ymd(2010, 12, 31), Value: pct(325, 2),
		Cite:    citeBELegal("notice, BS 15.01.2010, numac 2010003017"),
		Sources: []string{"elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be"}, Known: vordering.PrimaryText,
		Note: "Kluwer immospector (31.01.2023) lists 3.5 % for 2010; the Staatsblad notice itself (etaamb.be, avis 2010003017) and four other sources give 3.25 %."},
	beYear(2011, 375, 2, "BS 18.01.2011", "elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be", "Kluwer"),
	beYear(2012, 425, 2, "BS 18.01.2012", "elfri.be", "gdwantw", "vynck-leys", "gillescarnoy.be", "Kluwer"),
	beYear(2013, 275, 2, "BS 09.01.2013", "gillescarnoy.be", "elfri.be", "gdwantw", "vandevelde-co.be", "Kluwer"),
	beYear(2014, 275, 2, "BS 20.01.2014", "vandevelde-co.be (10.02.2014)", "elfri.be", "gdwantw", "Kluwer"),
	beYear(2015, 250, 2, "BS 30.01.2015"),
	beYear(2016, 225, 2, "BS 18.01.2016"),
	beYear(2017, 200, 2, "BS 27.01.2017"),
	beYear(2018, 200, 2, "BS 11.01.2018"),
	beYear(2019, 200, 2, "BS 14.01.2019"),
	beYear(2020, 175, 2, "BS 27.01.2020"),
	beYear(2021, 175, 2, "BS 12.02.2021"),
	beYear(2022, 150, 2, "BS 01.03.2022"),
	beYear(2023, 525, 2, "notice, BS 31.01.2023 (date from one source, resolved.law)"),
	beYear(2024, 575, 2, "BS 23.02.2024"),
	beYear(2025, 450, 2, "notice of January 2025 (BS date not found)", "leuropeinfo.eu (Schoups)", "lawbase.be"),
	vordering.Row[decimal.Decimal]{From: ymd(2026, 1, 1), Until: ymd(2026, 12, 31), Value: pct(450, 2),
		Cite: citeBELegal("notice of January 2026 (BS date not found)"), Sources: []string{"embuild.be", "Euribor December 2025"}, Known: vordering.TwoSources,
		Note: "embuild.be: the 2026 rate 'was published in the Moniteur belge and stays at 4.5 %' (the only source that states it). The statutory formula gives the same: the December 2025 average of the 12-month Euribor, 2.268 % (particle.news; collector.com.tr, Spanish market press), rounded up to the quarter point, 2.50, plus 2 points. One source and the formula agree."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the 2027 rate is published in January 2027 (its input, the December 2026 Euribor average, is not known yet)",
	SuppliedBy: "costs.Rules.WithRates",
})

func beSemester(from, until date.Date, mantissa int64, places int32, pub string, sources ...string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{From: from, Until: until, Value: pct(mantissa, places), Cite: citeBELate(pub), Sources: sources}
}

// beLatePaymentRates is the rate of the Act of 2 August 2002 (commercial
// transactions), one row per semester or run of equal semesters.
var beLatePaymentRates = withDerived(vordering.NewTimeline("BE interest betalingsachterstand handelstransacties (Wet 2 augustus 2002, art. 5)",
	beSemester(ymd(2015, 3, 16), ymd(2016, 6, 30), 850, 2, "2015 H1 (from 16.03.2015 for all contracts) to 2016 H1"),
	beSemester(ymd(2016, 7, 1), ymd(2022, 12, 31), 8, 0, "2016 H2 to 2022 H2"),
	beSemester(ymd(2023, 1, 1), ymd(2023, 6, 30), 1050, 2, "BS 17.03.2023"),
	beSemester(ymd(2023, 7, 1), ymd(2023, 12, 31), 12, 0, "2023 H2"),
	beSemester(ymd(2024, 1, 1), ymd(2024, 12, 31), 1250, 2, "2024 H1 and H2"),
	beSemester(ymd(2025, 1, 1), ymd(2025, 6, 30), 1150, 2, "2025 H1"),
	beSemester(ymd(2025, 7, 1), ymd(2025, 12, 31), 1050, 2, "2025 H2", "lawbase.be", "embuild.be"),
	vordering.Row[decimal.Decimal]{From: ymd(2026, 1, 1), Until: ymd(2026, 6, 30), Value: pct(1050, 2),
		Cite: citeBELate("2026 H1 (BS notice not found)"), Sources: []string{"embuild.be", "ECB"}, Known: vordering.TwoSources,
		Note: "embuild.be: 'not yet published, unchanged, still 10.50'. The statutory formula gives the same: ECB 2.15 on 31.12.2025 + 8 = 10.15, rounded up to 10.50. One source and the formula agree."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the rate from 1 January 2027 follows the ECB rate before that day, and the ECB decisions of 29 October and 17 December 2026 are not known",
	SuppliedBy: "costs.Rules.WithRates",
}), func(_, h date.Date) (decimal.Decimal, vordering.Row[decimal.Decimal], error) {
	return beLateByFormula(h)
},
	citeBELate("not published (derived)"), "+ 8 points, rounded up to the next half point (art. 5, second paragraph)")
