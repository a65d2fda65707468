package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// beJusticeCeiling is the general competence ceiling of the Belgian
// vrederechter (art. 590, first paragraph, Ger.W.): he hears every claim whose
// amount does not exceed the figure ("niet te boven gaat"), except the claims
// the law withholds from him (art. 569–571, 572bis, 573, 574 and 578–583).
//
// Sources checked:
//   - 1,860: the consolidated art. 590 with its amendment notes
//     (elfri.be/bevoegdheid-van-de-vrederechter-0: KB 20.07.2000, in force
//     01.01.2002); the 2013–2014 news items below call it the figure before
//     1 September 2014.
//   - 2,500: Law 30.07.2013 (family and youth court), in force at the latest
//     on 1 September 2014 (deplalaw.be news item on the law, BS 27.09.2013);
//     lexalert.be and advocaten-leuven.be give 2,500 as the figure until
//     31 August 2018.
//   - 5,000: Law 25.05.2018 art. 27, BS 30.05.2018, in force 1 September 2018
//     (art. 82): the consolidated text at rechtbanken-tribunaux.be/de/node/391;
//     lexalert.be; advocaten-leuven.be.
//
// The King may index the amount (art. 590, third to sixth paragraphs; base
// index October 2013; effective 1 January, not for claims brought before).
// No indexation decree was found; if one is published the open row must end.
var beJusticeCeiling = vordering.NewTimeline("BE vrederechter competence ceiling (art. 590 Ger.W.)",
	vordering.Row[decimal.Decimal]{
		From: d(2002, time.January, 1), Until: d(2014, time.August, 31),
		Value: vordering.Euros(1860),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 590",
			Publication: "KB 20.07.2000 (euro conversion), in force 01.01.2002",
			URL:         "http://elfri.be/bevoegdheid-van-de-vrederechter-0",
		},
	},
	vordering.Row[decimal.Decimal]{
		From: d(2014, time.September, 1), Until: d(2018, time.August, 31),
		Value: vordering.Euros(2500),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 590",
			Publication: "Law 30.07.2013, BS 27.09.2013, in force 01.09.2014",
			URL:         "https://www.deplalaw.be/documents/nieuwsarchief/kl1702582-vrederechter-ziet-bevoegdheden-veranderen.xml",
		},
	},
	vordering.Row[decimal.Decimal]{
		From:  d(2018, time.September, 1),
		Value: vordering.Euros(5000),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 590",
			Publication: "Law 25.05.2018 art. 27, BS 30.05.2018, in force 01.09.2018 (art. 82)",
			URL:         "https://rechtbanken-tribunaux.be/de/node/391",
		},
		Note: "The King may index this amount (art. 590 al. 3-6); no indexation decree found.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22), SuppliedBy: "jurisdiction.Rules.WithCeiling"})
