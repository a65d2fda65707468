package prescription

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Belgian prescription terms for invoices. Prescription is still governed by
// the old Civil Code (oud Burgerlijk Wetboek, art. 2219 ff.): the Constitutional
// Court still cited "artikelen 2244, 2246 en 2247 van het oude Burgerlijk
// Wetboek" in judgment 44/2021 (etaamb.openjustice.be), and we found no source
// that Book 5 (obligations, in force 1.1.2023) or Book 8 (evidence) of the new
// Civil Code moved or changed the terms below. That negative finding is the
// limit of our research.

// beGeneralTerm is the ten-year term for personal actions (2262bis §1 al. 1),
// inserted by art. 5 of the Law of 10 June 1998, in force on 27 July 1998
// (wordscope.be quoting the Court of Cassation; wetwijzer.be for the law).
// Before that the thirty-year term of art. 2262 applied; it is not covered.
var beGeneralTerm = vordering.NewTimeline("BE general prescription of personal actions (art. 2262bis §1 oud BW)",
	vordering.Row[int]{
		From:  d(1998, 7, 27),
		Value: 10,
		Cite: vordering.Citation{
			Instrument:  "oud Burgerlijk Wetboek",
			Article:     "art. 2262bis §1, eerste lid",
			Publication: "Wet 10.6.1998, BS 17.7.1998, in werking 27.7.1998",
			URL:         "https://wetwijzer.be/laws/1998009557/compare",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// bePeriodicTerm is the five-year term for everything payable yearly or at
// shorter intervals (rent, interest, subscriptions): art. 2277, first
// paragraph, a provision of the Civil Code of 1804. The library covers it
// from 1900, its earliest date.
var bePeriodicTerm = vordering.NewTimeline("BE prescription of periodic debts (art. 2277 oud BW)",
	vordering.Row[int]{
		From:  d(1900, 1, 1),
		Value: 5,
		Cite: vordering.Citation{
			Instrument: "oud Burgerlijk Wetboek",
			Article:    "art. 2277, eerste lid",
			URL:        "https://rdc-tbh.be/nl/news/varjaringstermijn-facturen-voor-energie-water-en-telecom-nieuw-art-2277-burgerlijk-wetboek",
		},
		Note: "Original text of 1804; the row starts at 1900, the first year the library covers.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beUtilityTerm is the five-year term that the Law of 6 July 2017 (BS
// 24.7.2017) added to art. 2277 for water, gas, electricity and electronic
// communications, whoever the customer (rdc-tbh.be; la-on.eu). Before it,
// the term of such invoices was disputed (one year under art. 2272 after a
// 2015 Cassation judgment, five or ten years); those dates are not covered.
var beUtilityTerm = vordering.NewTimeline("BE prescription of utility invoices (art. 2277, tweede lid, oud BW)",
	vordering.Row[int]{
		From:  d(2017, 8, 3),
		Value: 5,
		Cite: vordering.Citation{
			Instrument:  "oud Burgerlijk Wetboek",
			Article:     "art. 2277, tweede lid",
			Publication: "Wet 6.7.2017, BS 24.7.2017",
			URL:         "https://rdc-tbh.be/nl/news/varjaringstermijn-facturen-voor-energie-water-en-telecom-nieuw-art-2277-burgerlijk-wetboek",
		},
		Note: "In-force date derived: the tenth day after publication (general rule for laws without their own date); not separately confirmed.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beTraderSaleTerm is the one-year term for a trader's claim for goods sold
// to persons who are not traders (art. 2272, second paragraph). It rests on a
// presumption of payment: the creditor may put the oath to the debtor
// (art. 2275), and only a written acknowledgement by the debtor sets it aside
// (invoices, order and delivery notes do not: elfri.be, citing Van Oevelen,
// TPR 1987). Whether the 2018 enterprise-law reform replaced "kooplieden" by
// "ondernemingen" in this article was not confirmed; we apply it to an
// enterprise selling goods to a consumer.
var beTraderSaleTerm = vordering.NewTimeline("BE prescription of sales of goods to non-traders (art. 2272, tweede lid, oud BW)",
	vordering.Row[int]{
		From:  d(1900, 1, 1),
		Value: 1,
		Cite: vordering.Citation{
			Instrument: "oud Burgerlijk Wetboek",
			Article:    "art. 2272, tweede lid; art. 2275",
			URL:        "http://www.elfri.be/korte-verjaring-van-1-jaar",
		},
		Note: "Original text of 1804; presumption of payment, rebuttable by the oath (art. 2275). " +
			"Wording after the 2018 enterprise-law reform not verified.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
