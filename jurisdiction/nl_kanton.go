package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// nlKantonCeiling is art. 93 sub a Rv: the kantonrechter hears claims of at
// most ("ten hoogste") the figure, interest accrued up to the day of the
// summons included.
//
// Sources checked: the primary text of the Wetboek van Burgerlijke
// Rechtsvordering in the public statengeneraal/laws-markdown mirror of
// wetten.overheid.nl (BWBR0001827), versions dated 2011-01-01 (EUR 5000) and
// 2011-07-01 up to 2015-11-09 (EUR 25.000); vanderwieladvocaten.nl
// 02.07.2011 and consumentenbond.nl 2011 (raised from 5,000 to 25,000 on
// 1 July 2011). The EUR 5000 figure was in force before 2011 as well
// (consumentenbond.nl 2007, hvbjuristen.nl 2010), but the start of its
// period was not checked, so dates before 2011 are left uncovered.
var nlKantonCeiling = vordering.NewTimeline("NL kantonrechter competence ceiling (art. 93 sub a Rv)",
	vordering.Row[decimal.Decimal]{
		From: d(2011, time.January, 1), Until: d(2011, time.June, 30),
		Value: vordering.Euros(5000),
		Cite: vordering.Citation{
			Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub a",
			Publication: "text in force 01.01.2011",
			URL:         "https://wetten.overheid.nl/BWBR0001827/2011-01-01",
		},
		Note: "In force before 2011 as well; its start date was not checked.",
	},
	vordering.Row[decimal.Decimal]{
		From:  d(2011, time.July, 1),
		Value: vordering.Euros(25000),
		Cite: vordering.Citation{
			Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub a",
			Publication: "competence reform in force 01.07.2011",
			URL:         "https://wetten.overheid.nl/BWBR0001827/2011-07-01",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22), SuppliedBy: "jurisdiction.Rules.WithCeiling"})

// matterSet is a set of matters.
type matterSet uint16

func setOf(ms ...Matter) matterSet {
	var s matterSet
	for _, m := range ms {
		s |= 1 << m
	}
	return s
}

func (s matterSet) has(m Matter) bool { return m.Valid() && s&(1<<m) != 0 }

// kantonMatters is the list of art. 93 sub c Rv: matters the kantonrechter
// hears whatever the amount.
type kantonMatters struct {
	Matters matterSet
	// CreditCap is the largest credit amount (kredietsom) for which a
	// consumer credit case is a kanton case; zero when consumer credit is
	// not in the list.
	CreditCap decimal.Decimal
}

// nlKantonMatters is art. 93 sub c Rv.
//
// Sources checked: the primary text (laws-markdown mirror, BWBR0001827):
//   - 2011-01-01: arbeidsovereenkomst, cao, vut, agentuur, huur, huurkoop.
//   - 2011-07-01 to 2012-10-01: adds "een krediettransactie als bedoeld in de
//     Wet op het consumentenkrediet" and consumentenkoop. The Wet op het
//     consumentenkrediet did not apply to credits above EUR 40,000
//     (huurgeschil.nl on art. 93 Rv; recht.nl and vanderwieladvocaten.nl:
//     "consumentenkrediet (d.w.z. leningen tot 40.000 euro)";
//     consumentenbond.nl 2011).
//   - from the version dated 2013-01-01 to 2015-11-09: "een
//     consumentenkredietovereenkomst met een kredietsom van ten hoogste
//     € 40 000". The wording changed between the versions of 2012-10-01 and
//     2013-01-01; the cap is the same, so the figure runs on in one row.
//
// Whether the EUR 40,000 cap changed after 2015 was not confirmed; the open
// row assumes it did not (see the row's note).
var nlKantonMatters = vordering.NewTimeline("NL kantonrechter matters whatever the amount (art. 93 sub c Rv)",
	vordering.Row[kantonMatters]{
		From: d(2011, time.January, 1), Until: d(2011, time.June, 30),
		Value: kantonMatters{Matters: setOf(MatterEmployment, MatterAgency, MatterLease, MatterHirePurchase)},
		Cite: vordering.Citation{
			Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub c",
			Publication: "text in force 01.01.2011",
			URL:         "https://wetten.overheid.nl/BWBR0001827/2011-01-01",
		},
	},
	vordering.Row[kantonMatters]{
		From: d(2011, time.July, 1),
		Value: kantonMatters{
			Matters:   setOf(MatterEmployment, MatterAgency, MatterLease, MatterHirePurchase, MatterConsumerCredit, MatterConsumerPurchase),
			CreditCap: vordering.Euros(40000),
		},
		Cite: vordering.Citation{
			Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub c",
			Publication: "competence reform in force 01.07.2011",
			URL:         "https://wetten.overheid.nl/BWBR0001827/2013-01-01",
		},
		Note: "Until late 2012 the text referred to the Wet op het consumentenkrediet, whose scope ended at a credit of EUR 40,000; " +
			"from the 2013 text the cap is written in art. 93. A change after 2015 was not checked.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// nlAppealThreshold is art. 332 lid 1 Rv: no appeal when the claim the first
// judge had to decide does not exceed ("niet meer beloopt dan") the figure,
// interest up to the day of the summons included; claim and counterclaim
// are added (lid 3).
//
// Sources checked: the primary text (laws-markdown mirror, BWBR0001827),
// every version from 2011-01-01 to 2015-11-09; the current text at
// explore.law (art. 332, "laatste versie"); incassoadvocaten.nl and
// debloggendeadvocaat.nl 2013 (principal, collection costs and interest to
// the summons count; future interest, costs and penalty payments do not).
// The figure is older than 2011; dates before 2011 are left uncovered.
var nlAppealThreshold = vordering.NewTimeline("NL appeal threshold (art. 332 Rv)",
	vordering.Row[decimal.Decimal]{
		From:  d(2011, time.January, 1),
		Value: vordering.Euros(1750),
		Cite: vordering.Citation{
			Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 332 lid 1",
			URL: "https://wetten.overheid.nl/BWBR0001827",
		},
		Note: "In force before 2011 as well; its start date was not checked.",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
