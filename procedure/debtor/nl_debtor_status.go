package debtor

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// The effects of each debtor status under Dutch law. Primary text:
// Faillissementswet art. 26, 33, 230, 299 lid 2 and 301 lid 2; Burgerlijk
// Wetboek art. 1:441 lid 1 and 4:182; Rv art. 53 and 54 (laws-markdown
// consolidation of 2015).

var (
	citeNLBankruptcy = vordering.Citation{Instrument: "Faillissementswet", Article: "art. 26, 33 en 110", URL: "https://wetten.overheid.nl/BWBR0001860/"}
	citeNLSurseance  = vordering.Citation{Instrument: "Faillissementswet", Article: "art. 230 lid 1", URL: "https://wetten.overheid.nl/BWBR0001860/"}
	citeNLWSNP       = vordering.Citation{Instrument: "Faillissementswet", Article: "art. 299 lid 2 en 301 lid 2", URL: "https://wetten.overheid.nl/BWBR0001860/"}
	citeNLBewind     = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 1:441 lid 1", URL: "https://wetten.overheid.nl/BWBR0002656/"}
	citeNLHeirs      = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 4:182 lid 2; Rv art. 53", URL: "https://wetten.overheid.nl/BWBR0002761/"}
	citeNLRv54       = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 54", URL: "https://wetten.overheid.nl/BWBR0001827/"}
)

var nlStatusEffects = map[casefile.DebtorStatus]StatusEffect{
	casefile.StatusDeceased: {
		Addressee: AddresseeEstate,
		Forbidden: []Restriction{
			forbid(ActivityEnforcement, casefile.ReasonDeceased, "Enforcement against the heirs waits until they are known.", citeNLHeirs),
		},
		Actions: []string{
			"The heirs become debtors by law; address letters to the joint heirs (de gezamenlijke erfgenamen) at the last domicile.",
			"Trace the heirs and whether they accepted the estate.",
		},
		Citations: []vordering.Citation{citeNLHeirs},
	},
	casefile.StatusUnderAdministration: {
		Addressee: AddresseeAdministrator,
		Actions: []string{
			"The administrator (bewindvoerder) represents the debtor in and out of court: send every letter to the administrator.",
		},
		Citations: []vordering.Citation{citeNLBewind},
	},
	casefile.StatusCollectiveDebtSettlement: {
		Addressee: AddresseeMediator,
		Forbidden: []Restriction{
			forbid(ActivityTitle, casefile.ReasonDebtSettlement, "Statutory debt rescheduling: claims on the estate can only be submitted for verification.", citeNLWSNP),
			forbid(ActivityEnforcement, casefile.ReasonDebtSettlement, "Statutory debt rescheduling: executions are suspended and seizures lapse.", citeNLWSNP),
			forbid(ActivityLetter, casefile.ReasonDebtSettlement, "Demands go to the WSNP administrator, not to the debtor.", citeNLWSNP),
			forbid(ActivityDirectPayment, casefile.ReasonDebtSettlement, "Payments go through the WSNP administrator.", citeNLWSNP),
		},
		Actions:   []string{"Submit the claim for verification to the WSNP administrator (bewindvoerder)."},
		Citations: []vordering.Citation{citeNLWSNP},
	},
	casefile.StatusJudicialReorganisation: {
		Addressee: AddresseeDebtor,
		Forbidden: []Restriction{
			forbid(ActivityEnforcement, casefile.ReasonReorganisation, "Suspension of payments: the debtor cannot be compelled to pay and executions are suspended.", citeNLSurseance),
			forbid(ActivityDirectPayment, casefile.ReasonReorganisation, "Suspension of payments: ordinary claims are not paid outside the arrangement.", citeNLSurseance),
		},
		Actions:   []string{"Submit the claim to the administrators (bewindvoerders) of the suspension of payments."},
		Citations: []vordering.Citation{citeNLSurseance},
	},
	casefile.StatusBankrupt: {
		Addressee: AddresseeCurator,
		Forbidden: []Restriction{
			forbid(ActivityTitle, casefile.ReasonBankruptcy, "Bankruptcy: claims on the estate can only be submitted for verification.", citeNLBankruptcy),
			forbid(ActivityEnforcement, casefile.ReasonBankruptcy, "Bankruptcy: every execution ends and seizures lapse.", citeNLBankruptcy),
			forbid(ActivityLetter, casefile.ReasonBankruptcy, "Demands to the bankrupt are pointless: the claim goes to the curator.", citeNLBankruptcy),
			forbid(ActivityDirectPayment, casefile.ReasonBankruptcy, "The bankrupt may not pay one creditor out of the estate.", citeNLBankruptcy),
		},
		Actions:   []string{"Submit the claim to the curator for verification."},
		Citations: []vordering.Citation{citeNLBankruptcy},
	},
	casefile.StatusStruckFromRegister: nlNoDomicile,
	casefile.StatusAddressUnknown:     nlNoDomicile,
	casefile.StatusInInstitution: {
		Addressee: AddresseeDebtor,
		Actions:   []string{"Send letters to the institution where the debtor actually stays, and to a bewindvoerder or mentor if one is appointed."},
		Citations: []vordering.Citation{{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 54 lid 1 (werkelijk verblijf)", URL: "https://wetten.overheid.nl/BWBR0001827/"}},
	},
}

var nlNoDomicile = StatusEffect{
	Addressee: AddresseeNone,
	Forbidden: []Restriction{
		forbid(ActivityLetter, casefile.ReasonNoAddress, "The debtor has no known domicile or residence: letters cannot be delivered.", citeNLRv54),
		forbid(ActivityEnforcement, casefile.ReasonNoAddress, "Enforcement waits until an address or assets are found.", citeNLRv54),
	},
	Actions: []string{
		"Suspend the amicable collection.",
		"Check the BRP (basisregistratie personen) periodically for a new address.",
		"A writ in proceedings may be served at the public prosecutor's office when domicile and residence are unknown (art. 54 lid 2 Rv).",
	},
	Citations: []vordering.Citation{citeNLRv54},
}
