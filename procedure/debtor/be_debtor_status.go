package debtor

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// The effects of each debtor status under Belgian law.
//
// Sources checked: belgium.md §8 and the pages it cites; art. 1394/20 Ger.W.
// (text quoted by advocc.be and wordscope.be) for the IOS exclusions;
// wordscope.be for art. 1675/7 §1 and 1675/9 §1 4°, §2 Ger.W. (payments to
// the mediator, declaration of claims); elfri.be for the text of art. XX.44
// WER; rdc-tbh.be 2013/8 p. 723 (a title may still be sought during the
// stay); curatorennet.be for art. XX.119 WER; elfri.be (art. 32 Ger.W.
// text) and Cass. 8 October 2015, C.12.0565.N (service at the public
// prosecutor's office under art. 40 Ger.W. only after reasonable efforts to
// find the address); kustcodex.be (old Civil Code, title XI as replaced by
// the Law of 17 March 2013, in force 1 September 2014) for administration.

var (
	citeBEArt32 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 32, 3° en 4°", URL: "https://elfri.be/artikel/wat-is-de-betekening"}
	citeBEArt40 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 40", Publication: "Cass. 8.10.2015, C.12.0565.N",
		URL: "http://elfri.be/rechtspraak/betekening-aan-parket-voorafgaande-inspanning-tot-achterhalen-woonplaats"}
	citeBEIOSExcl = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1394/20, 2° en 4°", URL: "http://advocc.be/nl/invorderingen-en-beslag"}
	citeBECSR     = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1675/7 §1; art. 1675/9 §1, 4° en §2",
		URL: "http://wordscope.be/francais/neerlandais/connus+des+contraintes.html"}
	citeBEReorg = vordering.Citation{Instrument: "Wetboek van economisch recht", Article: "art. XX.44", Publication: "Wet 11.8.2017, BS 11.9.2017; in werking 1.5.2018",
		URL: "https://www.elfri.be/wetgeving/gerechtelijke-reorganisatie-bescherming-tegen-beslag"}
	citeBEBankruptcy = vordering.Citation{Instrument: "Wetboek van economisch recht", Article: "Boek XX, titel VI (faillissement); art. XX.119",
		Publication: "Wet 11.8.2017, BS 11.9.2017; in werking 1.5.2018"}
	citeBEAdministration = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "titel XI (art. 488 e.v.); werking van het bewind art. 497 e.v.",
		Publication: "Wet 17.3.2013, BS 14.6.2013; in werking 1.9.2014", URL: "http://kustcodex.be/kustcodex-consult/plainWettekstServlet?lang=nl&wettekstId=60568"}
	citeBEEstate     = vordering.Citation{Instrument: "Burgerlijk Wetboek (erfrecht)", Article: "opvolging van de erfgenamen in de schulden"}
	citeBECommercial = vordering.Citation{Instrument: "Wetboek van economisch recht", Article: "Boek XX, titel II (kamers voor ondernemingen in moeilijkheden)"}
)

var beStatusEffects = map[casefile.DebtorStatus]StatusEffect{
	casefile.StatusDeceased: {
		Addressee: AddresseeEstate,
		Forbidden: []Restriction{
			forbid(ActivityIOS, casefile.ReasonDeceased, "The debtor has died: the heirs are not the registered enterprise IOS requires.", citeBEIOSExcl),
			forbid(ActivityEnforcement, casefile.ReasonDeceased, "Enforcement against the estate waits until the heirs are known and the title is served on them.", citeBEEstate),
		},
		Actions: []string{
			"Address letters to \"de nalatenschap van\" the deceased at the last domicile.",
			"Trace the heirs (notary, population register) and whether they accepted the estate.",
		},
		Citations: []vordering.Citation{citeBEEstate, citeBEIOSExcl},
	},
	casefile.StatusUnderAdministration: {
		Addressee: AddresseeAdministrator,
		Actions: []string{
			"Send every letter to the administrator (bewindvoerder), not to the debtor.",
			"Summon the debtor represented by the administrator.",
		},
		Citations: []vordering.Citation{citeBEAdministration},
	},
	casefile.StatusCollectiveDebtSettlement: {
		Addressee: AddresseeMediator,
		Forbidden: []Restriction{
			forbid(ActivityEnforcement, casefile.ReasonDebtSettlement, "Collective debt settlement: every enforcement measure for payment is suspended (samenloop).", citeBECSR),
			forbid(ActivityIOS, casefile.ReasonDebtSettlement, "IOS is excluded for a debtor in collective debt settlement.", citeBEIOSExcl),
			forbid(ActivityDirectPayment, casefile.ReasonDebtSettlement, "Payments go through the debt mediator; the debtor may not pay one creditor directly.", citeBECSR),
			forbid(ActivityLetter, casefile.ReasonDebtSettlement, "Demands go to the debt mediator, not to the debtor.", citeBECSR),
		},
		Actions: []string{
			"Declare the claim to the debt mediator (aangifte van schuldvordering).",
			"Address all correspondence to the debt mediator.",
		},
		Citations: []vordering.Citation{citeBECSR, citeBEIOSExcl},
	},
	casefile.StatusJudicialReorganisation: {
		Addressee: AddresseeDebtor,
		Forbidden: []Restriction{
			forbid(ActivityEnforcement, casefile.ReasonReorganisation, "During the stay no asset of the debtor may be realised by enforcement.", citeBEReorg),
			forbid(ActivityIOS, casefile.ReasonReorganisation, "IOS is excluded for a debtor in judicial reorganisation.", citeBEIOSExcl),
		},
		Actions: []string{
			"An enforceable title may still be sought, but not enforced during the stay.",
			"Declare the claim in the reorganisation file and follow the plan.",
		},
		Citations: []vordering.Citation{citeBEReorg, citeBEIOSExcl},
	},
	casefile.StatusBankrupt: {
		Addressee: AddresseeCurator,
		Forbidden: []Restriction{
			forbid(ActivityTitle, casefile.ReasonBankruptcy, "Bankruptcy: the claim is filed with the curator instead of being brought against the debtor.", citeBEBankruptcy),
			forbid(ActivityEnforcement, casefile.ReasonBankruptcy, "Bankruptcy: individual enforcement stops.", citeBEBankruptcy),
			forbid(ActivityIOS, casefile.ReasonBankruptcy, "IOS is excluded for a bankrupt debtor.", citeBEIOSExcl),
			forbid(ActivityLetter, casefile.ReasonBankruptcy, "Demands to the bankrupt are pointless: the claim goes to the curator.", citeBEBankruptcy),
			forbid(ActivityDirectPayment, casefile.ReasonBankruptcy, "The bankrupt may not pay one creditor out of the estate.", citeBEBankruptcy),
		},
		Actions:   []string{"File the claim with the curator (aangifte van schuldvordering in RegSol)."},
		Citations: []vordering.Citation{citeBEBankruptcy, citeBEIOSExcl},
	},
	casefile.StatusStruckFromRegister: beNoDomicile,
	casefile.StatusAddressUnknown:     beNoDomicile,
	casefile.StatusInInstitution: {
		Addressee: AddresseeDebtor,
		Actions:   []string{"Send letters to the institution where the debtor stays (verblijfplaats), and to an administrator if one is appointed."},
		Citations: []vordering.Citation{citeBEArt32},
	},
}

var beNoDomicile = StatusEffect{
	Addressee: AddresseeNone,
	Forbidden: []Restriction{
		forbid(ActivityLetter, casefile.ReasonNoAddress, "The debtor has no domicile in the population register and no known residence: letters cannot be delivered.", citeBEArt32),
		forbid(ActivityEnforcement, casefile.ReasonNoAddress, "Enforcement waits until a domicile or residence is found.", citeBEArt32),
	},
	Actions: []string{
		"Suspend the amicable collection.",
		"Check the population register periodically for a new domicile.",
		"Where no domicile or residence can be found after reasonable efforts, a writ may be served at the public prosecutor's office (art. 40 Ger.W.).",
	},
	Citations: []vordering.Citation{citeBEArt32, citeBEArt40},
}
