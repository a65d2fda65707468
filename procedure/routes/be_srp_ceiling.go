package routes

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// beSRPCeiling is the ceiling that art. 1338 Ger.W. sets for the summary
// payment order (summiere rechtspleging om betaling te bevelen).
//
// Sources: e-justice.europa.eu (European order for payment, Belgium),
// lexentia.eu and vlex.be (Pire) give EUR 1,860 as the text of art. 1338.
// nsz.be assumes that the justice of the peace may hear SRP claims up to
// EUR 5,000 since 1 September 2018; lexentia.eu notes that art. 1338 still
// says 1,860 after that reform. We follow the text. A 2013 bill to abolish
// the ceiling was not found enacted.
var beSRPCeiling = vordering.NewTimeline("BE summary payment order ceiling (art. 1338 Ger.W.)",
	vordering.Row[decimal.Decimal]{
		From:  d(2002, 1, 1),
		Value: vordering.Euros(1860),
		Cite: vordering.Citation{
			Instrument:  "Gerechtelijk Wetboek",
			Article:     "art. 1338",
			Publication: "euro amount: KB 20.7.2000",
			URL:         "https://e-justice.europa.eu/41/NL/european_payment_order?BELGIUM",
		},
		Note: "Start date: the euro changeover of the amounts of the Judicial Code (KB 20.7.2000), as for art. 590; " +
			"not separately confirmed for art. 1338, and the earlier BEF amount is not covered. " +
			"Disagreement: nsz.be applies 5,000 before the justice of the peace since 1.9.2018; the text says 1,860.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
