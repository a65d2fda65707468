package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// special is a competence a court has whatever the amount, for one matter.
type special struct {
	Court Court
	// ConsumerDebtorOnly restricts the rule to a debtor who is a natural
	// person and not an enterprise (art. 591, 25°).
	ConsumerDebtorOnly bool
}

// beLease is art. 591, 1° Ger.W.: the vrederechter hears disputes on leases
// of immovable property whatever the amount, also between businesses (a
// special competence prevails over art. 573). Sources: immoweb.be
// (docs.immoweb.be/nl/huurder-geschillen, "ongeacht het bedrag van het
// geschil of de aard van de huurovereenkomst"); Kh. Dendermonde 26.05.2011,
// RW 2012-13, 786 (elfri.be/bevoegdheid-van-de-vrederechter-inzake-huur),
// a lease invoice between merchants belongs to the vrederechter. The row
// starts with this package's Belgian tables; the rule is older.
var beLease = vordering.NewTimeline("BE vrederechter for leases, any amount (art. 591, 1° Ger.W.)",
	vordering.Row[special]{
		From:  d(2002, time.January, 1),
		Value: special{Court: JusticeOfThePeace},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 591, 1°",
			URL: "https://docs.immoweb.be/nl/huurder-geschillen",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beUtility is art. 591, 25° Ger.W., inserted by Law 26.03.2014 (BS
// 22.05.2014) in force 1 July 2014: claims for a sum of money brought by a
// supplier of electricity, gas, heat or water, or of a public electronic
// communications network, radio or television service, against a natural
// person who is not an enterprise, for non-payment of the supply. Sources:
// the text (wordscope.be, NL and FR); advodejonghe.be 17.06.2014 and
// peterdecock.be 27.05.2014 (in force 1 July 2014). The Constitutional Court
// (judgment 139/2016) extended it to assigned utility claims
// (elfri.be/rechtspraak/nutsvoorzieningen-bevoegdheid-vrederechter, per the
// reference sheet; not re-read).
var beUtility = vordering.NewTimeline("BE vrederechter for utility claims against consumers (art. 591, 25° Ger.W.)",
	vordering.Row[special]{
		From:  d(2014, time.July, 1),
		Value: special{Court: JusticeOfThePeace, ConsumerDebtorOnly: true},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 591, 25°",
			Publication: "Law 26.03.2014, BS 22.05.2014, in force 01.07.2014",
			URL:         "http://www.advodejonghe.be/2014/06/17/nieuwe-bevoegdheden-rechtbanken-van-koophandel-en-vredegerechten/",
		},
		Note: "Constitutional Court 139/2016 extended it to assignees of utility claims.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beEmployment is art. 578 Ger.W. (labour court) read with art. 590, which
// withholds the claims of art. 578–583 from the vrederechter (text of art.
// 590 at rechtbanken-tribunaux.be/de/node/391 and elfri.be). The row starts
// with this package's Belgian tables.
var beEmployment = vordering.NewTimeline("BE labour court for employment contracts (art. 578 Ger.W.)",
	vordering.Row[special]{
		From:  d(2002, time.January, 1),
		Value: special{Court: LabourCourt},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 578 and art. 590",
			URL: "https://rechtbanken-tribunaux.be/de/node/391",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
