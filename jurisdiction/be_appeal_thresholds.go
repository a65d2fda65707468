package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Art. 617 Ger.W. sets two separate last-resort thresholds: a judgment on a
// claim whose amount does not exceed the figure ("niet overschrijdt") is given
// in last resort, so no appeal lies. One series applies to the vrederechter,
// the other to the rechtbank van eerste aanleg and the rechtbank van
// koophandel / ondernemingsrechtbank.
//
// Sources checked:
//   - 1,240 (vrederechter) and 1,860 (first instance, commercial): the
//     deplalaw.be news item on Law 30.07.2013 ("tot nu lag die grens op
//     1.240 euro ... op 1.860 euro"), written when that law was published
//     (BS 27.09.2013). The figures were in force before; the day they took
//     effect (presumably the euro conversion of 1 January 2002) was NOT
//     confirmed, so these rows start on 27 September 2013, the first day a
//     source places them in force, and earlier dates are left uncovered.
//   - 1,860 (vrederechter) and 2,500 (first instance, commercial): Law
//     30.07.2013 art. 136, in force 1 September 2014 (deplalaw.be;
//     lexalert.be; advocaten-leuven.be: "voor de wetswijziging bedroeg deze
//     grens 1860 euro").
//   - 2,000 (vrederechter): Law 25.05.2018 art. 28, BS 30.05.2018, in force
//     1 September 2018 (art. 82): consolidated text at
//     rechtbanken-tribunaux.be/de/node/391; lexalert.be; advocaten-leuven.be.
//   - 2,500 (first instance, commercial) unchanged by the 2018 law: the
//     consolidated art. 617 first paragraph after that law still reads
//     2.500 euro (rechtbanken-tribunaux.be/de/node/391).
//
// The King may adapt both amounts (base index October 2013); no decree was
// found.
var beAppealJustice = vordering.NewTimeline("BE last-resort threshold, vrederechter (art. 617 al. 2 Ger.W.)",
	vordering.Row[decimal.Decimal]{
		From: d(2013, time.September, 27), Until: d(2014, time.August, 31),
		Value: vordering.Euros(1240),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 617",
			Publication: "text before Law 30.07.2013",
			URL:         "https://www.deplalaw.be/documents/nieuwsarchief/kl1702584-grens-enige-aanleg-verhoogt.xml",
		},
		Note: "In force before 27.09.2013 as well; its start date was not confirmed, so earlier dates are uncovered.",
	},
	vordering.Row[decimal.Decimal]{
		From: d(2014, time.September, 1), Until: d(2018, time.August, 31),
		Value: vordering.Euros(1860),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 617",
			Publication: "Law 30.07.2013 art. 136, BS 27.09.2013, in force 01.09.2014",
			URL:         "https://www.deplalaw.be/documents/nieuwsarchief/kl1702584-grens-enige-aanleg-verhoogt.xml",
		},
	},
	vordering.Row[decimal.Decimal]{
		From:  d(2018, time.September, 1),
		Value: vordering.Euros(2000),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 617",
			Publication: "Law 25.05.2018 art. 28, BS 30.05.2018, in force 01.09.2018 (art. 82)",
			URL:         "https://www.lexalert.be/nl/article/vrederechter-bevoegd-voor-vorderingen-tot-5000-euro-vanaf-1-september-2018",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

var beAppealFirstInstance = vordering.NewTimeline("BE last-resort threshold, rechtbank van eerste aanleg and ondernemingsrechtbank (art. 617 al. 1 Ger.W.)",
	vordering.Row[decimal.Decimal]{
		From: d(2013, time.September, 27), Until: d(2014, time.August, 31),
		Value: vordering.Euros(1860),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 617",
			Publication: "text before Law 30.07.2013",
			URL:         "https://www.deplalaw.be/documents/nieuwsarchief/kl1702584-grens-enige-aanleg-verhoogt.xml",
		},
		Note: "In force before 27.09.2013 as well; its start date was not confirmed, so earlier dates are uncovered.",
	},
	vordering.Row[decimal.Decimal]{
		From:  d(2014, time.September, 1),
		Value: vordering.Euros(2500),
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 617",
			Publication: "Law 30.07.2013 art. 136, BS 27.09.2013, in force 01.09.2014; unchanged by Law 25.05.2018",
			URL:         "https://rechtbanken-tribunaux.be/de/node/391",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
