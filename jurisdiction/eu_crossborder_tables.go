package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// euOrderForPayment is the period in which the European order for payment
// procedure applies (Reg. (EC) 1896/2006, art. 33: applicable from 12
// December 2008). There is no ceiling on the amount. Sources: art. 33 as
// adopted (legislation.gov.uk/eur/2006/1896/article/33/2006-12-12: "It shall
// apply from 12 December 2008", arts. 28-31 from 12 June 2008); the EUR-Lex
// consolidated text 02006R1896-20170714 (amended by Reg. (EU) 2015/2421).
var euOrderForPayment = vordering.NewTimeline("European order for payment (Reg. (EC) 1896/2006)",
	vordering.Row[bool]{
		From:  d(2008, time.December, 12),
		Value: true,
		Cite: vordering.Citation{
			Instrument: "Regulation (EC) No 1896/2006", Article: "art. 2-4, 33",
			Publication: "OJ L 399, 30.12.2006, p. 1",
			URL:         "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006R1896-20170714",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// euSmallClaimsCap is the value ceiling of the European Small Claims
// Procedure (Reg. (EC) 861/2007, art. 2(1)): the claim may not exceed the
// figure when the claim form is received, excluding all interest, expenses
// and disbursements.
//
// Sources checked: the original text of art. 2(1) (legislation.gov.uk, "as
// adopted": EUR 2 000) with art. 29 (applicable from 1 January 2009:
// conflictoflaws.net 01.08.2007 on art. 29; the EJTN training module by W. Hau
// on kipdf.com, "enforceable as of 1 January 2009"); Reg. (EU) 2015/2421 (EUR-Lex 32015R2421, recital 1 and
// the amendment to EUR 5 000), applicable from 14 July 2017 (EUR-Lex
// consolidated version 02007R0861-20170714; EUR-Lex summary LEGISSUM
// l16028).
var euSmallClaimsCap = vordering.NewTimeline("European Small Claims ceiling (Reg. (EC) 861/2007 art. 2)",
	vordering.Row[decimal.Decimal]{
		From: d(2009, time.January, 1), Until: d(2017, time.July, 13),
		Value: vordering.Euros(2000),
		Cite: vordering.Citation{
			Instrument: "Regulation (EC) No 861/2007", Article: "art. 2(1), 29",
			Publication: "OJ L 199, 31.7.2007, p. 1, applicable from 01.01.2009",
			URL:         "https://legislation.gov.uk/eur/2007/861/chapter/I/adopted?view=plain",
		},
	},
	vordering.Row[decimal.Decimal]{
		From:  d(2017, time.July, 14),
		Value: vordering.Euros(5000),
		Cite: vordering.Citation{
			Instrument: "Regulation (EC) No 861/2007", Article: "art. 2(1)",
			Publication: "as amended by Regulation (EU) 2015/2421, OJ L 341, 24.12.2015, p. 1, applicable from 14.07.2017",
			URL:         "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02007R0861-20170714",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// memberState is a Member State bound by the two regulations, with the span
// in which it was. Denmark is not bound by either regulation (recital 32 of
// Reg. 1896/2006, recital 38 of Reg. 861/2007) and is not listed. Croatia
// acceded on 1 July 2013; the United Kingdom applied Union law until the end
// of the transition period, 31 December 2020 (Withdrawal Agreement art. 126
// and 127). The other Member States are listed from the start of the
// package's cross-border tables (12 December 2008); Bulgaria and Romania
// acceded on 1 January 2007.
type memberState struct {
	Code  string
	Since vordering.Period
}

var euMemberStates = []memberState{
	{"AT", vordering.Period{From: d(2008, time.December, 12)}},
	{"BE", vordering.Period{From: d(2008, time.December, 12)}},
	{"BG", vordering.Period{From: d(2008, time.December, 12)}},
	{"CY", vordering.Period{From: d(2008, time.December, 12)}},
	{"CZ", vordering.Period{From: d(2008, time.December, 12)}},
	{"DE", vordering.Period{From: d(2008, time.December, 12)}},
	{"EE", vordering.Period{From: d(2008, time.December, 12)}},
	{"ES", vordering.Period{From: d(2008, time.December, 12)}},
	{"FI", vordering.Period{From: d(2008, time.December, 12)}},
	{"FR", vordering.Period{From: d(2008, time.December, 12)}},
	{"GR", vordering.Period{From: d(2008, time.December, 12)}},
	{"EL", vordering.Period{From: d(2008, time.December, 12)}}, // EU code for Greece
	{"HR", vordering.Period{From: d(2013, time.July, 1)}},
	{"HU", vordering.Period{From: d(2008, time.December, 12)}},
	{"IE", vordering.Period{From: d(2008, time.December, 12)}},
	{"IT", vordering.Period{From: d(2008, time.December, 12)}},
	{"LT", vordering.Period{From: d(2008, time.December, 12)}},
	{"LU", vordering.Period{From: d(2008, time.December, 12)}},
	{"LV", vordering.Period{From: d(2008, time.December, 12)}},
	{"MT", vordering.Period{From: d(2008, time.December, 12)}},
	{"NL", vordering.Period{From: d(2008, time.December, 12)}},
	{"PL", vordering.Period{From: d(2008, time.December, 12)}},
	{"PT", vordering.Period{From: d(2008, time.December, 12)}},
	{"RO", vordering.Period{From: d(2008, time.December, 12)}},
	{"SE", vordering.Period{From: d(2008, time.December, 12)}},
	{"SI", vordering.Period{From: d(2008, time.December, 12)}},
	{"SK", vordering.Period{From: d(2008, time.December, 12)}},
	{"GB", vordering.Period{From: d(2008, time.December, 12), Until: d(2020, time.December, 31)}},
}

var memberStateCite = vordering.Citation{
	Instrument: "Regulations (EC) 1896/2006 and 861/2007", Article: "art. 3 (cross-border case); Denmark excluded",
	Publication: "Croatia from 01.07.2013; United Kingdom until 31.12.2020 (Withdrawal Agreement art. 126-127)",
}
