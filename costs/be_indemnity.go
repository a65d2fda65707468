package costs

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// BE rechtsplegingsvergoeding / indemnité de procédure: art. 1022 Ger.W. and
// the Koninklijk Besluit of 26.10.2007 (BS 9.11.2007, in force 1.1.2008).
// Art. 2 sets a base, minimum and maximum amount per band of claim value,
// art. 3 those for claims not valued in money; art. 8 indexes them.
//
// The five steps (1.3.2011, 1.6.2016, 1.6.2021, 1.4.2022, 1.11.2022) are
// listed by latribune.avocats.be and, by the month the threshold was
// crossed, by droitbelge.be.
//
// Until the KB of 16.5.2024 art. 8 raised all amounts by 10 % of the
// original amounts each time the consumer-price index rose 10 points above
// 105.78 (base 2004); the steps are the rows of indemnityIndexBE below.
// The new art. 8 (amounts = original × new index / index of March 2007,
// rounded to the cent) gave a first re-indexation on 1.3.2025; its row is
// derived by that formula from the published inputs (marked derived, so an
// answer from it is provisional) and runs to the day of the last check.

// indemnityLine is one band of art. 2 (or art. 3) at 100 %.
type indemnityLine struct {
	band           CourtBand
	base, min, max decimal.Decimal
}

func indemnityEuros(band CourtBand, base, lo, hi int64) indemnityLine {
	return indemnityLine{band, vordering.Euros(base), vordering.Euros(lo), vordering.Euros(hi)}
}

// indemnityBase holds the amounts of art. 2 and 3 KB 26.10.2007 at 100 %.
type indemnityBase struct {
	lines        []indemnityLine
	undetermined indemnityLine
}

var indemnityBaseTableBE = vordering.NewTimeline("BE rechtsplegingsvergoeding, base amounts (KB 26.10.2007 art. 2-3)",
	vordering.Row[indemnityBase]{
		From: courtDate(2008, 1, 1),
		Value: indemnityBase{
			lines: []indemnityLine{
				indemnityEuros(courtBandTo(0, 250), 150, 75, 300),
				indemnityEuros(courtBandTo(250, 750), 200, 125, 500),
				indemnityEuros(courtBandTo(750, 2500), 400, 200, 1000),
				indemnityEuros(courtBandTo(2500, 5000), 650, 375, 1500),
				indemnityEuros(courtBandTo(5000, 10000), 900, 500, 2000),
				indemnityEuros(courtBandTo(10000, 20000), 1100, 625, 2500),
				indemnityEuros(courtBandTo(20000, 40000), 2000, 1000, 4000),
				indemnityEuros(courtBandTo(40000, 60000), 2500, 1000, 5000),
				indemnityEuros(courtBandTo(60000, 100000), 3000, 1000, 6000),
				indemnityEuros(courtBandTo(100000, 250000), 5000, 1000, 10000),
				indemnityEuros(courtBandTo(250000, 500000), 7000, 1000, 14000),
				indemnityEuros(courtBandTo(500000, 1000000), 10000, 1000, 20000),
				indemnityEuros(courtBandAbove(1000000), 15000, 1000, 30000),
			},
			undetermined: indemnityEuros(CourtBand{Undetermined: true}, 1200, 75, 10000),
		},
		Cite: vordering.Citation{
			Instrument:  "Koninklijk Besluit 26.10.2007 tot vaststelling van het tarief van de rechtsplegingsvergoeding (art. 1022 Ger.W.)",
			Article:     "art. 2 and 3",
			Publication: "BS 9.11.2007, in force 1.1.2008",
			URL:         "https://dyzo.be/hoe-wordt-de-rechtplegingsvergoeding-bepaald",
		},
		Note: "Art. 2 at 100 %: dyzo.be; the 110 % (onlineadvocaat.be), 120 % (elfri.be) and 150 % (tack51.be) tables are consistent with it. Art. 3 (not valued in money) 1,200 / 75 / 10,000: base from dyzo.be; minimum and maximum derived from tack51.be (1,440 / 90 / 12,000 at 120 %, 1,800 / 112.50 / 15,000 at 150 %).",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// indemnityIndexBE holds the factor that art. 8 (old text) applies to the
// base amounts: 1 + 10 % per index step.
var indemnityIndexBE = vordering.NewTimeline("BE rechtsplegingsvergoeding, indexation (KB 26.10.2007 art. 8)",
	indemnityStep(2008, 1, 1, 2011, 2, 28, 100, "no index step yet (threshold 115.78, base 2004)", "latribune.avocats.be; droitbelge.be"),
	indemnityStep(2011, 3, 1, 2016, 5, 31, 110, "first 10 % step", "latribune.avocats.be; droitbelge.be"),
	indemnityStep(2016, 6, 1, 2021, 5, 31, 120, "second 10 % step. Conflict: studio-penale.be dates it 1.1.2016; latribune.avocats.be and schuermans-law.be say 1.6.2016 (followed)", "latribune.avocats.be; schuermans-law.be"),
	indemnityStep(2021, 6, 1, 2022, 3, 31, 130, "third 10 % step", "latribune.avocats.be; schuermans-law.be"),
	indemnityStep(2022, 4, 1, 2022, 10, 31, 140, "fourth 10 % step", "schuermans-law.be; avocatdeliege.be"),
	indemnityStep(2022, 11, 1, 2025, 2, 28, 150, "fifth 10 % step (avocatdeliege.be: 'indexés à 150 %'). The index fell back to 155.39 in February 2023, below the 155.78 threshold; whether the amounts then dropped back to 140 % was disputed (latribune.avocats.be, droitbelge.be). This table keeps 150 %, as droitbelge.be (tables of 15.3.2023) and tack51.be do and as the KB of 16.5.2024 settled for the future (a step only after a new move of 10 points). Closed on 28.2.2025: the re-indexation of 1.3.2025 under the new art. 8 (KB 16.5.2024) is not base × 1.6", "avocatdeliege.be; tack51.be (150 % table)"),
	vordering.Row[decimal.Decimal]{
		From:  courtDate(2025, 3, 1),
		Until: courtDate(2026, 11, 28),
		// 166.05 / 105.78, to 16 places: the new art. 8 multiplies each
		// amount by the new index and divides it by the initial index; the
		// computation rounds each amount to the cent.
		Value: decimal.RequireFromString("166.05").DivRound(decimal.RequireFromString("105.78"), 16),
		Cite: vordering.Citation{
			Instrument:  "Koninklijk Besluit 26.10.2007 (rechtsplegingsvergoeding)",
			Article:     "art. 8 as replaced by the KB of 16.5.2024 (amount × new index ÷ index of March 2007, rounded to the cent)",
			Publication: "KB 16.5.2024, BS 5.6.2024, numac 2024005485; indexation of 1.3.2025",
			URL:         "https://www.ordevanvlaamsebalies.be/nl/nieuws-en-events/indexering-van-de-rechtsplegingsvergoeding-voortaan-anders-geregeld",
		},
		Known:   vordering.Derived,
		Sources: []string{"ordevanvlaamsebalies.be and rpv-calculator.be (text of the new art. 8; initial index 105.78)", "mediationdedettes.be and lmds.be (indexation on 1.3.2025)", "Statbel (base 2013 to base 2004: × 1.2240)", "code 52582851401 (a Belgian legal-tools table 'barème mars 2025')"},
		Note: "Derived by the statutory formula: each amount of art. 2-3 × 166.05 / 105.78 (multiplier 1.569767…), rounded to the cent. " +
			"166.05 is the consumer-price index of February 2025 in base 2004 (135.66 in base 2013 × 1.2240), the first month at or above the next 10-point step (165.78) since the last indexation; " +
			"the only source for 135.66 prints the January and February figures in an order that contradicts its own text, and the reading used here is the one that gives the 1.3.2025 date both sources report. " +
			"A published table (one source) agrees to the cent on 32 of 42 amounts; its two minima of 1,962.22 and 2,354.66 (bands 40,000-100,000) contradict the KB's minimum of 1,000 and are not used; eight other amounts differ by 1-6 cents. " +
			"The row is closed on the day of the last check: no later indexation was reported, but the next step (index 176.05 in base 2004) may have been reached since.",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "no source reports whether the consumer-price index reached the next step (176.05, base 2004) after the check date; from January 2026 Statbel publishes the index in base 2025, whose conversion to base 2004 was not found",
})

func indemnityStep(y1 int, m1 time.Month, d1 int, y2 int, m2 time.Month, d2 int, percent int64, note, sources string) vordering.Row[decimal.Decimal] {
	return vordering.Row[decimal.Decimal]{
		From:  courtDate(y1, m1, d1),
		Until: courtDate(y2, m2, d2),
		Value: vordering.Percent(percent, 0),
		Cite: vordering.Citation{
			Instrument: "Koninklijk Besluit 26.10.2007 (rechtsplegingsvergoeding)",
			Article:    "art. 8 (text before the KB of 16.5.2024)",
			URL:        "https://latribune.avocats.be/fr/clarification-concernant-l-indexation-des-indemnites-de-procedure",
		},
		Note: note + ". Sources: " + sources + ".",
	}
}
