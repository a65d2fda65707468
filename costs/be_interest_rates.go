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
//   - legal interest before 1 September 1996 and for 2026 (one source only,
//     embuild.be, 4.50 %);
//   - late-payment rate before 2015-03-16: until 15 March 2015 contracts
//     concluded before 16 March 2013 kept the old regime (7.50 % in 2015 H1,
//     vanostaeyen.eu) while newer ones had 8.50 %, and Interest takes no
//     contract date;
//   - late-payment rate from 2026-01-01 (2026 H1 reported "unchanged, not
//     yet published" by embuild.be only).

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

func beYear(y int, mantissa int64, places int32, pub string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{From: ymd(y, 1, 1), Until: ymd(y, 12, 31), Value: pct(mantissa, places), Cite: citeBELegal(pub)}
}

// beLegalRates is the legal interest, one row per calendar year since 2007
// (Programmawet 27.12.2006, art. 87-88, BS 28.12.2006); before, one rate
// set by royal decree from 1 September 1996.
var beLegalRates = vordering.NewTimeline("BE wettelijke interest (Wet 5 mei 1865, art. 2)",
	vordering.Row[decimal.Decimal]{From: ymd(1996, 9, 1), Until: ymd(2006, 12, 31), Value: pct(7, 0),
		Cite: citeBELegal("7.00 % from 01.09.1996 to 31.12.2006 (royal decree regime); sources elfri.be, gdwantw interest.pdf, gerechtsdeurwaardersvynck-leys.be")},
	beYear(2007, 600, 2, "BS 17.01.2007; 6.00 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be"),
	beYear(2008, 700, 2, "BS 15.01.2008; 7.00 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be, Kluwer"),
	beYear(2009, 550, 2, "BS 16.01.2009; 5.50 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be, Kluwer"),
	vordering.Row[decimal.Decimal]{From: ymd(2010, 1, 1), Until: ymd(2010, 12, 31), Value: pct(325, 2),
		Cite: citeBELegal("BS 15.01.2010; 3.25 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be"),
		Note: "Kluwer immospector (31.01.2023) lists 3.5 % for 2010; four other sources, one with the BS date, give 3.25 %."},
	beYear(2011, 375, 2, "BS 18.01.2011; 3.75 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be, Kluwer"),
	beYear(2012, 425, 2, "BS 18.01.2012; 4.25 %; sources elfri.be, gdwantw, vynck-leys, gillescarnoy.be, Kluwer"),
	beYear(2013, 275, 2, "BS 09.01.2013; 2.75 %; sources gillescarnoy.be, elfri.be, gdwantw, vandevelde-co.be, Kluwer"),
	beYear(2014, 275, 2, "BS 20.01.2014; 2.75 %; sources vandevelde-co.be (10.02.2014), elfri.be, gdwantw, Kluwer"),
	beYear(2015, 250, 2, "BS 30.01.2015; 2.50 %"),
	beYear(2016, 225, 2, "BS 18.01.2016; 2.25 %"),
	beYear(2017, 200, 2, "BS 27.01.2017; 2.00 %"),
	beYear(2018, 200, 2, "BS 11.01.2018; 2.00 %"),
	beYear(2019, 200, 2, "BS 14.01.2019; 2.00 %"),
	beYear(2020, 175, 2, "BS 27.01.2020; 1.75 %"),
	beYear(2021, 175, 2, "BS 12.02.2021; 1.75 %"),
	beYear(2022, 150, 2, "BS 01.03.2022; 1.50 %"),
	beYear(2023, 525, 2, "2023 notice; 5.25 %"),
	beYear(2024, 575, 2, "BS 23.02.2024; 5.75 %"),
	beYear(2025, 450, 2, "2025 notice; 4.50 %"),
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

func beSemester(from, until date.Date, mantissa int64, places int32, pub string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{From: from, Until: until, Value: pct(mantissa, places), Cite: citeBELate(pub)}
}

// beLatePaymentRates is the rate of the Act of 2 August 2002 (commercial
// transactions), one row per semester or run of equal semesters.
var beLatePaymentRates = vordering.NewTimeline("BE interest betalingsachterstand handelstransacties (Wet 2 augustus 2002, art. 5)",
	beSemester(ymd(2015, 3, 16), ymd(2016, 6, 30), 850, 2, "2015 H1 (from 16.03.2015 for all contracts) to 2016 H1; 8.50 %"),
	beSemester(ymd(2016, 7, 1), ymd(2022, 12, 31), 8, 0, "2016 H2 to 2022 H2; 8.00 %"),
	beSemester(ymd(2023, 1, 1), ymd(2023, 6, 30), 1050, 2, "BS 17.03.2023; 10.50 %"),
	beSemester(ymd(2023, 7, 1), ymd(2023, 12, 31), 12, 0, "2023 H2; 12.00 %"),
	beSemester(ymd(2024, 1, 1), ymd(2024, 12, 31), 1250, 2, "2024 H1 and H2; 12.50 %"),
	beSemester(ymd(2025, 1, 1), ymd(2025, 6, 30), 1150, 2, "2025 H1; 11.50 %"),
	beSemester(ymd(2025, 7, 1), ymd(2025, 12, 31), 1050, 2, "2025 H2; 10.50 %"),
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
