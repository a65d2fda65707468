package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// b2bTest is the test a Belgian dispute between two businesses must pass to
// belong to the commercial or enterprise court.
type b2bTest uint8

const (
	// b2bMerchants: disputes between handelaars (merchants) about acts of
	// commerce, above the vrederechter's general ceiling; below it the
	// vrederechter heard them.
	b2bMerchants b2bTest = iota + 1
	// b2bEnterprises: disputes between enterprises, whatever the amount; art.
	// 590 withholds art. 573 disputes from the vrederechter.
	b2bEnterprises
)

// b2bRule is one regime of art. 573 Ger.W.
type b2bRule struct {
	Court Court   // the court of art. 573 in this period
	Test  b2bTest // who counts as a business and whether the amount matters
}

// beB2BCourt is the court for disputes between businesses (art. 573 Ger.W.)
// and the test it applied, by period.
//
// Sources checked:
//   - Until 30 June 2014 the rechtbank van koophandel heard disputes between
//     merchants about acts of commerce above the vrederechter's competence:
//     baliebrugge.be ("handelsgeschillen met een waarde van meer dan 1.860
//     EUR ... tussen handelaars"); consenso.be 31.08.2014 ("waar vroeger de
//     vrederechter in alle zaken tot 1.860 euro bevoegd was, zal dit voor
//     handelszaken niet meer het geval zijn"). The start of the row is the
//     start of this package's Belgian tables (1 January 2002).
//   - Law 26.03.2014, in force 1 July 2014: disputes between
//     enterprises ("alle personen die op duurzame wijze een economisch doel
//     nastreven"), whatever the amount; 573 added to the exceptions of art.
//     590 (advodejonghe.be 17.06.2014; peterdecock.be 27.05.2014; consenso.be;
//     the amendment note to art. 590 at elfri.be). The sources disagree on
//     the Belgisch Staatsblad date of the law: 22.05.2014 (advodejonghe.be)
//     against 22.06.2014 (consenso.be); they agree on 1 July 2014.
//   - Law 15.04.2018 (reform of enterprise law), in force 1 November 2018:
//     the ondernemingsrechtbank, disputes between enterprises within the
//     meaning of art. I.1, 1° WER (lovius.be; advocatenbureau-gevaco.be with
//     the new text of art. 573).
var beB2BCourt = vordering.NewTimeline("BE court for disputes between businesses (art. 573 Ger.W.)",
	vordering.Row[b2bRule]{
		From: d(2002, time.January, 1), Until: d(2014, time.June, 30),
		Value: b2bRule{Court: CommercialCourt, Test: b2bMerchants},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 573, 1° (text before Law 26.03.2014)",
			URL: "http://www.baliebrugge.be/page.aspx?pId=1866&mIda=1708&mIdb=1727&mIdc=1754&mIdd=0&lid=",
		},
		Note: "Merchants (handelaars) and acts of commerce only; below the art. 590 ceiling the vrederechter heard the dispute.",
	},
	vordering.Row[b2bRule]{
		From: d(2014, time.July, 1), Until: d(2018, time.October, 31),
		Value: b2bRule{Court: CommercialCourt, Test: b2bEnterprises},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 573, 1° and art. 590",
			Publication: "Law 26.03.2014, BS 22.05.2014, in force 01.07.2014",
			URL:         "http://www.advodejonghe.be/2014/06/17/nieuwe-bevoegdheden-rechtbanken-van-koophandel-en-vredegerechten/",
		},
		Note: "Sources disagree on the BS date (22.05.2014 advodejonghe.be; 22.06.2014 consenso.be); both give 1 July 2014 for entry into force.",
	},
	vordering.Row[b2bRule]{
		From:  d(2018, time.November, 1),
		Value: b2bRule{Court: EnterpriseCourt, Test: b2bEnterprises},
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 573",
			Publication: "Law 15.04.2018 (reform of enterprise law), in force 01.11.2018",
			URL:         "https://advocatenbureau-gevaco.be/begrafenis-van-de-rechtbank-van-koophandel/",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// beNonEnterpriseChoice is art. 573, second paragraph, Ger.W. (since Law
// 26.03.2014): a claim against an enterprise may also be brought before the
// commercial / enterprise court by a claimant who is not an enterprise. Any
// prior clause choosing a court is void in that respect. Same sources as the
// 2014 row of beB2BCourt.
var beNonEnterpriseChoice = vordering.NewTimeline("BE option of a non-enterprise claimant for the enterprise court (art. 573 al. 2 Ger.W.)",
	vordering.Row[bool]{
		From:  d(2014, time.July, 1),
		Value: true,
		Cite: vordering.Citation{
			Instrument: "Gerechtelijk Wetboek", Article: "art. 573, al. 2",
			Publication: "Law 26.03.2014, BS 22.05.2014, in force 01.07.2014",
			URL:         "http://elfri.be/bevoegdheid-rechtbank-van-koophandel",
		},
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})
