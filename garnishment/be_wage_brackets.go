package garnishment

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Belgian wage-garnishment thresholds, art. 1409 Gerechtelijk Wetboek.
//
// # How the figures are made
//
// Art. 1409 §1 (work income) and §1bis (replacement income) fix four
// monthly net thresholds T1..T4 in Belgian francs, and §1 al. 4 / §1bis
// al. 4 a reduction of the seizable amount per dependent child. The
// statutory base amounts are
//
//	T1 27,000 BEF = 669.31 EUR   (27,000 / 40.3399)
//	T2 29,000 BEF = 718.89 EUR
//	T3 32,000 BEF = 793.26 EUR
//	T4 35,000 BEF = 867.63 EUR
//	child 2,000 BEF (= 49.58 EUR; later texts write it as 50 EUR)
//
// Art. 1409 §2 indexes them every year by royal decree (KB "tot uitvoering
// van artikel 1409, § 2"), published in December and applied from 1 January:
//
//	T = ceil( (BEF / 40.3399) × I(November of the previous year) / 104.03 )
//
// rounded UP to the next whole euro ("arrondis à l'euro supérieur"); for the
// child amount the divisor is 105.21 on its own index series. The formula
// and the index are printed in the decree itself, e.g. KB 7.12.2005:
// (27,000 : 40.3399) × 140.85 / 104.03 = 906.2065558 → 907 EUR; and
// KB 11.12.2007: × 146.68 / 104.03 = 943.7158510 → 944 EUR; KB 19.12.2014:
// × 166.12 / 104.03 = 1,068.788726 → 1,069 EUR, child 50 EUR × 137.78 /
// 105.21 = 65.48 → 66 EUR (the child base is written as 50 EUR in the later
// decrees, as 2,000 BEF in the 2005 one); KB 14.12.2015: × 166.75 / 104.03 =
// 1,072.843047 → 1,073 EUR. From the 2016 figures (KB 14.12.2015) the
// decrees use the smoothed health index ("indice santé lissé", blocked at
// its March 2015 level for a while under the Law of 23.4.2015);
// art. 1409 §2 was amended again by the Law of 19.12.2023 (applied by
// KB 5.12.2024). The library does not compute a year's figures: it stores
// the figures as published and a test recomputes them from the base amounts
// where the decree's index is known, and checks for every other year that
// the four published thresholds are consistent with one single index value.
// The 2025 figures are not, under the old formula; they do fit one common
// factor applied to the regular 2023 figures (tested), which suggests the
// amended formula indexes from a recent reference year. The amended text
// was not read; the figures are taken as published.
//
// # Periods
//
// The regular yearly figures were displaced three times:
//   - COVID-19: Law 19.6.2020 raised all amounts by 20 % (rounded up) from
//     20.6.2020 to 31.8.2020 (not extended); the Law of 20.12.2020 did so
//     again from 24.12.2020, extended by KB 29.3.2021 and KB 24.6.2021 to
//     30.9.2021. The 2021 regular figures applied from 1.10.2021.
//   - Energy crisis: Law 30.10.2022 art. 66–74 (BS 3.11.2022) raised the
//     2022 amounts by 20 % from 3.11.2022 to 31.12.2022; KB 21.12.2022
//     (BS 30.12.2022) extended and raised them for 1.1.2023–31.3.2023. The
//     regular 2023 figures (KB 11.12.2022) applied from 1.4.2023.
//
// The temporary raises covered both §1 and §1bis (Law 30.10.2022 art. 66
// names "artikel 1409, § 1, eerste tot vierde lid, en § 1bis, eerste tot
// vierde lid"; practitioner tables for the COVID raise show replacement
// income too).
//
// # Gaps (explained)
//
//   - 2007-01-01 .. 2013-12-31: not researched; no row (single-source
//     figures seen for 2012: 1,037 / 1,113 / 1,228 / 1,344, child 64,
//     zians-haas.be; left out).
//   - before 2006 and from 2027-01-01: no figures. The 2026 row (1,419 /
//     1,524 / 1,682 / 1,839, child 88) comes from a single source
//     (securex.be) and is marked one-source, so answers from it are
//     provisional; a caller can supply the 2027 figures with
//     Rules.WithBEThresholds.

// Thresholds is one period's set of Belgian figures: the four monthly net
// thresholds and the per-child reduction, in whole euro.
type Thresholds struct {
	T1    decimal.Decimal `json:"t1"`    // up to T1: nothing seizable
	T2    decimal.Decimal `json:"t2"`    // T1..T2: 20 %
	T3    decimal.Decimal `json:"t3"`    // T2..T3: 30 % (work) / 40 % (replacement)
	T4    decimal.Decimal `json:"t4"`    // T3..T4: 40 %; above T4: everything
	Child decimal.Decimal `json:"child"` // reduction of the seizable amount per dependent child
	// Temporary marks a crisis increase that displaced the regular figures.
	Temporary bool `json:"temporary,omitempty"`
}

func th(t1, t2, t3, t4, child int64, temporary bool) Thresholds {
	return Thresholds{T1: vordering.Euros(t1), T2: vordering.Euros(t2), T3: vordering.Euros(t3),
		T4: vordering.Euros(t4), Child: vordering.Euros(child), Temporary: temporary}
}

const (
	gerW       = "Gerechtelijk Wetboek"
	art1409    = "art. 1409 §1, §1bis and §2"
	covidNote  = "Temporary COVID-19 increase: the 2020 figures × 1.2, rounded up (1,138 × 1.2 = 1,365.6 → 1,366; child 70 × 1.2 = 84)."
	energyNote = "Temporary energy-crisis increase; it displaced the regular figures."
)

// Base amounts of art. 1409 §1, in euro as converted from the francs
// (BEF / 40.3399, rounded to the cent). Functions, not variables, so that no
// caller can change them for another.

// BaseT1 is the first base amount: 27,000 BEF = EUR 669.31.
func BaseT1() decimal.Decimal { return vordering.Cents(66931) }

// BaseT2 is the second base amount: 29,000 BEF = EUR 718.89.
func BaseT2() decimal.Decimal { return vordering.Cents(71889) }

// BaseT3 is the third base amount: 32,000 BEF = EUR 793.26.
func BaseT3() decimal.Decimal { return vordering.Cents(79326) }

// BaseT4 is the fourth base amount: 35,000 BEF = EUR 867.63.
func BaseT4() decimal.Decimal { return vordering.Cents(86763) }

// Statutory franc amounts and the conversion rate, used by the indexation
// formula exactly as the decrees write it.
var (
	baseFrancs       = [4]int64{27000, 29000, 32000, 35000}
	euroRate         = decimal.RequireFromString("40.3399") // BEF per EUR, Reg. (EC) 2866/98
	thresholdDivisor = decimal.RequireFromString("104.03")
	childDivisor     = decimal.RequireFromString("105.21")
)

// beWageThresholds is the timeline of Belgian garnishment thresholds.
//
// Sources per row are in the citation and Note; every row was checked against
// at least two independent publications or the decree's own text.
var beWageThresholds = vordering.NewTimeline("BE wage-garnishment thresholds (art. 1409 Ger.W.)",
	vordering.Row[Thresholds]{From: date.New(2006, 1, 1), Until: date.New(2006, 12, 31),
		Value: th(907, 974, 1075, 1175, 56, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 7.12.2005 tot uitvoering van artikel 1409, § 2", URL: "https://lisloi.be/laws/2005009951"},
		Note:  "Decree text: (27,000 : 40.3399) × 140.85 / 104.03 = 906.2065558 → 907; child (2,000 : 40.3399) × 116.82 / 105.21 = 55.0497511 → 56."},
	vordering.Row[Thresholds]{From: date.New(2014, 1, 1), Until: date.New(2014, 12, 31),
		Value: th(1069, 1149, 1267, 1386, 66, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB of December 2013 tot uitvoering van artikel 1409, § 2 (decree date not confirmed)", URL: "https://www.deplalaw.be/documents/nieuwsarchief/kl1842651-drempels-voor-loonbeslag-en-loonoverdracht-in-2015.xml?lang=nl"},
		Note:  "deplalaw.be (2014 column next to 2015), moneytalk.knack.be (Belga; band maxima 16.00 and 35.40 fit 1,149). Child 66: deplalaw.be and besox.be (2015 amount \"zelfde bedrag als in 2014\"). Disagreement: moneytalk.knack.be gives 65 per child."},
	vordering.Row[Thresholds]{From: date.New(2015, 1, 1), Until: date.New(2015, 12, 31),
		Value: th(1069, 1148, 1267, 1386, 66, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 19.12.2014, BS 24.12.2014"},
		Note:  "deplalaw.be quotes the decree's formula with the November 2014 index 166.12 (child: 50 × 137.78 / 105.21); besox.be, kmo-service.com, advocaten-leuven.be; child 66: besox.be, advocaten-leuven.be."},
	vordering.Row[Thresholds]{From: date.New(2016, 1, 1), Until: date.New(2016, 12, 31),
		Value: th(1073, 1153, 1272, 1391, 66, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 14.12.2015, BS 17.12.2015", URL: "https://www.besox.be/fr/nouveaux-plafonds-pour-les-saisies-de-salaire-a-partir-du-1er-janvier-2016/"},
		Note:  "Decree text quoted on wordscope.be: smoothed health index November 2015 166.75; child 50 × 138.31 / 105.21. besox.be; danckaerts.be."},
	vordering.Row[Thresholds]{From: date.New(2017, 1, 1), Until: date.New(2017, 12, 31),
		Value: th(1085, 1166, 1286, 1407, 67, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 11.12.2016, BS 16.12.2016"},
		Note:  "lexalert.be, lange-law.be, admb.be; hdi.be (2018 page) gives the 2017 figures as the previous ones."},
	vordering.Row[Thresholds]{From: date.New(2018, 1, 1), Until: date.New(2018, 12, 31),
		Value: th(1105, 1187, 1309, 1432, 68, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 17.12.2017, BS 27.12.2017", URL: "https://www.hdi.be/nieuws/vanaf-1-januari-2018-nieuwe-drempels-voor-loonbeslag-en-overdracht"},
		Note:  "easypay-group.com (id 6008) and hdi.be, both with child 68; heyen-schmitz.be."},
	vordering.Row[Thresholds]{From: date.New(2019, 1, 1), Until: date.New(2019, 12, 31),
		Value: th(1128, 1212, 1337, 1462, 70, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 16.12.2018, BS 28.12.2018", URL: "https://www.prato.be/nieuwe-bedragen-loonbeslag-en-loonoverdracht-2019/"},
		Note:  "lexalert.be, prato.be, legalworld.wolterskluwer.be (2019 column); child 70: prato.be, wolterskluwer."},
	vordering.Row[Thresholds]{From: date.New(2020, 1, 1), Until: date.New(2020, 6, 19),
		Value: th(1138, 1222, 1349, 1475, 70, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 9.12.2019, BS 13.12.2019", URL: "https://legalworld.wolterskluwer.be/nl/nieuws/socialeye/drempels-voor-loonbeslag-en-loonoverdracht-voor-2020/"},
		Note:  "legalworld.wolterskluwer.be, b-vc.be, rechtenkrant.be, attentia.be (COVID page, 2020 column); KB date: ardent.be."},
	vordering.Row[Thresholds]{From: date.New(2020, 6, 20), Until: date.New(2020, 8, 31),
		Value: th(1366, 1467, 1619, 1770, 84, true),
		Cite:  vordering.Citation{Instrument: "Wet van 19 juni 2020 tot tijdelijke verhoging van de inbeslagnemingsdrempels bedoeld in artikel 1409 van het Gerechtelijk Wetboek", Article: "art. 1409 §1 and §1bis Ger.W.", Publication: "BS 19.6.2020", URL: "https://sodalis.be/tijdelijke-optrekking-grenzen-loonbeslag-loonoverdracht/"},
		Note:  covidNote + " Period: wolterskluwer, besox (not extended). Figures: sodalis, attentia (work and replacement). BS date disagrees: sodalis gives 19.6.2020, attentia 23.6.2020."},
	vordering.Row[Thresholds]{From: date.New(2020, 9, 1), Until: date.New(2020, 12, 23),
		Value: th(1138, 1222, 1349, 1475, 70, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 9.12.2019, BS 13.12.2019", URL: "https://www.besox.be/corona-geen-verlenging-voor-de-tijdelijke-verhoging-van-de-grenzen-van-het-loonbeslag-en-de-loonoverdracht/"},
		Note:  "Regular 2020 figures in force again after the first COVID-19 increase (besox.be)."},
	vordering.Row[Thresholds]{From: date.New(2020, 12, 24), Until: date.New(2021, 9, 30),
		Value: th(1366, 1467, 1619, 1770, 84, true),
		Cite:  vordering.Citation{Instrument: "Wet van 20 december 2020 houdende diverse tijdelijke en structurele bepalingen inzake justitie (COVID-19)", Article: "art. 1409 §1 and §1bis Ger.W.", Publication: "extended by KB 29.3.2021 (BS 31.3.2021) and KB 24.6.2021 (BS 30.6.2021)", URL: "https://sodalis.be/loonbeslag-tijdelijke-verhoogde-grenzen-zijn-van-toepassing-tot-30-september-2021/"},
		Note:  covidNote + " Same figures as in 2020 although the regular 2021 figures were higher. sodalis.be, sdz.be, attentia.be, lommeltv.be. Disagreement: sdz.be labels the replacement T2–T4 band 30 % with a maximum of 92.90, which fits neither 30 % (90.90) nor 40 % (121.20) of the 303-euro band; eweta.be and attentia.be (2020 raise) show 40 %."},
	vordering.Row[Thresholds]{From: date.New(2021, 10, 1), Until: date.New(2021, 12, 31),
		Value: th(1149, 1235, 1362, 1490, 71, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 10.12.2020, BS 17.12.2020", URL: "https://sodalis.be/loonbeslag-gewijzigde-grensbedragen-van-toepassing-vanaf-1-oktober-2021/"},
		Note:  "Regular 2021 figures, in force only from 1.10.2021 (displaced by the COVID-19 row before). sodalis.be (NL and FR), bartbleyaert.be."},
	vordering.Row[Thresholds]{From: date.New(2022, 1, 1), Until: date.New(2022, 11, 2),
		Value: th(1186, 1274, 1406, 1538, 73, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 17.12.2021, BS 24.12.2021", URL: "http://reflex.raadvst-consetat.be/reflex/index.reflex?docid=148500&lang=nl"},
		Note:  "Figures quoted in Law 30.10.2022 art. 66 (\"aangepast tot 1.186 euro\" … \"73 euro\"); acerta.be, bartbleyaert.be."},
	vordering.Row[Thresholds]{From: date.New(2022, 11, 3), Until: date.New(2022, 12, 31),
		Value: th(1424, 1529, 1688, 1846, 88, true),
		Cite:  vordering.Citation{Instrument: "Wet van 30 oktober 2022 houdende tijdelijke ondersteuningsmaatregelen ten gevolge van de energiecrisis", Article: "art. 66–74", Publication: "BS 3.11.2022", URL: "http://reflex.raadvst-consetat.be/reflex/index.reflex?docid=148500&lang=nl"},
		Note:  energyNote + " Statutory text of art. 66 quoted by reflex (Raad van State); sodalis.be, besox.be. Equals the 2022 figures × 1.2 rounded up."},
	vordering.Row[Thresholds]{From: date.New(2023, 1, 1), Until: date.New(2023, 3, 31),
		Value: th(1542, 1657, 1828, 2000, 95, true),
		Cite:  vordering.Citation{Instrument: "KB van 21 december 2022 tot wijziging van de bedragen bedoeld in artikel 66 en verlenging van artikelen 66 tot en met 74 van de wet van 30 oktober 2022", Article: "Law 30.10.2022 art. 66–67", Publication: "BS 30.12.2022", URL: "https://www.besox.be/tijdelijke-verhoging-grenzen-loonbeslag-tot-en-met-31-maart-2023/"},
		Note:  energyNote + " besox.be, sodalis.be, ucm.be, liantis.be, attentia.be. ucm.be prints the 30 % band maximum as 51.80; (1,828 − 1,657) × 30 % = 51.30 as sodalis prints."},
	vordering.Row[Thresholds]{From: date.New(2023, 4, 1), Until: date.New(2023, 12, 31),
		Value: th(1316, 1414, 1560, 1706, 81, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 11.12.2022, BS 19.12.2022", URL: "https://sodalis.be/nieuwe-grensbedragen-voor-loonbeslag-vanaf-1-april-2023/"},
		Note:  "Regular 2023 figures; the decree applied from 1.1.2023 but the energy-crisis row displaced it until 31.3.2023. sodalis.be, attentia.be, hdi-wijhelpen.be, easypay (id 9675)."},
	vordering.Row[Thresholds]{From: date.New(2024, 1, 1), Until: date.New(2024, 12, 31),
		Value: th(1341, 1440, 1589, 1738, 83, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 12.12.2023 (BS date not confirmed)", URL: "https://www.attentia.be/nl/nieuws/loonbeslag-en-overdracht-grenzen-2024/"},
		Note:  "attentia.be (also prints the base amounts, T1 as 669.30), securex.be (worked example 2,000 EUR, 3 children), biz-kempen.be, paycover.be."},
	vordering.Row[Thresholds]{From: date.New(2025, 1, 1), Until: date.New(2025, 12, 31),
		Value:   th(1388, 1492, 1646, 1800, 86, false),
		Cite:    vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB 5.12.2024, BS 13.12.2024", URL: "https://latribune.avocats.be/fr/les-seuils-de-saisie-a-partir-du-1er-janvier-2025?page=1"},
		Note:    "latribune.avocats.be (bar journal, with band maxima 20.8 / 46.2 / 61.6 and replacement 123.2), syndicatsmagazine.be, easypay (id 10416), clbgroup.be (child 86). Disagreement: securex.be prints T2 as 1,495 in its 'current' column; 1,492 is confirmed by the others and by 0.2 × (1,492 − 1,388) = 20.80.",
		Sources: []string{"KB text on etaamb (numac 2024011345, preamble)"}},
	vordering.Row[Thresholds]{From: date.New(2026, 1, 1), Until: date.New(2026, 12, 31),
		Value: th(1419, 1524, 1682, 1839, 88, false),
		Cite:  vordering.Citation{Instrument: gerW, Article: art1409, Publication: "KB of December 2025 tot uitvoering van artikel 1409, § 2 (date, BS and numac not found)", URL: "https://www.securex.be/fr/lex4you/employeur/actualites/les-seuils-pour-la-saisie-sur-salaire-a-partir-du-1er-janvier-2026"},
		Known: vordering.OneSource, Sources: []string{"securex.be"},
		Note: "One source only. The four thresholds fit one index step over 2025 (+2.1 % to +2.2 %, rounded up to the euro), so they agree with each other, but that is not a second source. Since the Law of 19.12.2023 art. 1409 §2 follows the smoothed health index (preamble of KB 5.12.2024); the new formula's base index and month were not read, so the figures cannot be derived. Aureus-Social's '2026' figures (1,278 / 1,372 / 1,513 / 1,654) match no year and are not used."},
).With(vordering.Meta{
	Known:      vordering.TwoSources,
	Checked:    date.New(2026, 11, 28),
	Trailing:   "the 2027 thresholds are set by a royal decree published in December 2026, not yet known",
	SuppliedBy: "garnishment.Rules.WithBEThresholds",
})
