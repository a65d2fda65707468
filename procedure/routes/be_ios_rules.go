package routes

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// The rules of the Belgian procedure for uncontested money debts (invordering
// van onbetwiste geldschulden, IOS), art. 1394/20–1394/27 Ger.W., inserted by
// the Law of 19 October 2015 (Pot-Pourri I, BS 22 October 2015) and in force
// from 2 July 2016 (KB 16 June 2016).
//
// Sources checked: the text of art. 1394/20 as quoted by advocc.be and
// wordscope.be (NL and FR); vandenberghen.be and rawlingsgiles.be (in force
// 2 July 2016; brgdw.be says 1 July 2016, which we do not follow);
// ardent.be and kmoinsider.be for the foreign registers.

var citeIOS = vordering.Citation{
	Instrument:  "Gerechtelijk Wetboek",
	Article:     "art. 1394/20",
	Publication: "Wet 19.10.2015 (Pot-Pourri I), BS 22.10.2015; in werking 2.7.2016 (KB 16.6.2016)",
	URL:         "http://advocc.be/nl/invorderingen-en-beslag",
}

// beIOSRegisters lists the enterprise registers accepted for creditor and
// debtor: the Kruispuntbank van Ondernemingen from the start, and from
// 1 October 2018 also the registers of seven other member states.
var beIOSRegisters = vordering.NewTimeline("BE IOS accepted enterprise registers (art. 1394/20, 2° Ger.W.)",
	vordering.Row[[]string]{
		From: d(2016, 7, 2), Until: d(2018, 9, 30),
		Value: []string{"BE"},
		Cite:  citeIOS,
		Note:  "Only the Belgian Kruispuntbank van Ondernemingen (KBO).",
	},
	vordering.Row[[]string]{
		From:  d(2018, 10, 1),
		Value: []string{"BE", "NL", "FR", "DE", "LU", "IT", "ES", "AT"},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek",
			Article:    "art. 1394/20, 2°",
			URL:        "https://www.ardent.be/invorderen-van-onbetwiste-schulden-over-de-grenzen-heen/",
		},
		Note: "Registers of NL, FR, DE, LU, IT, ES and AT treated as equivalent to the KBO from 1.10.2018 " +
			"(ardent.be; kmoinsider.be). The implementing instrument was not identified.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beIOSAccessoryCap is the share of the principal up to which interest and
// penalty clauses together may be recovered through IOS.
var beIOSAccessoryCap = vordering.NewTimeline("BE IOS cap on interest and penalty clauses (art. 1394/20 Ger.W.)",
	vordering.Row[decimal.Decimal]{
		From:  d(2016, 7, 2),
		Value: vordering.Percent(10, 0),
		Cite:  citeIOS,
		Note: "\"ten belope van ten hoogste 10 % van de hoofdsom van de schuld, alle interesten en strafbedingen\": " +
			"interest and penalty clauses together (text of art. 1394/20 as quoted by advocc.be and wordscope.be; " +
			"advoplus.be reads it the same way). Statutory increases and collection costs fall outside the cap.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
