package casefile

import (
	"github.com/vordering/vordering/internal/enumtext"
)

// Nature is what an invoice is for, where it changes the prescription term.
type Nature uint8

// The Nature values.
const (
	// NatureUnspecified is not stated: the general prescription term applies (the zero value).
	NatureUnspecified Nature = iota
	// NatureGoods is a sale of goods (koop).
	NatureGoods
	// NatureServices is services or works.
	NatureServices
	// NaturePeriodic is a sum payable yearly or at shorter intervals: rent, subscription, interest (art. 2277 oud BW; art. 3:308 BW).
	NaturePeriodic
	// NatureUtility is supply of water, gas, electricity or electronic communications through a network (art. 2277, second paragraph, oud BW).
	NatureUtility
)

var natureNames = enumtext.New[Nature]("Nature", []string{NatureUnspecified: "unspecified", NatureGoods: "goods", NatureServices: "services", NaturePeriodic: "periodic", NatureUtility: "utility"})

// Valid reports whether v is a defined value.
func (v Nature) Valid() bool { return natureNames.Valid(v) }

// String returns the text form of v, or "Nature(n)" for an undefined value.
func (v Nature) String() string { return natureNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Nature) MarshalText() ([]byte, error) { return natureNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Nature) UnmarshalText(b []byte) error { return natureNames.UnmarshalText(b, v) }

// DebtorStatus is the debtor's legal situation, which decides who receives the letters and which steps are allowed.
type DebtorStatus uint8

// The DebtorStatus values.
const (
	// StatusNone is no special status (the zero value).
	StatusNone DebtorStatus = iota
	// StatusDeceased is the debtor has died: letters go to the estate (de nalatenschap van …) and the heirs are to be traced.
	StatusDeceased
	// StatusUnderAdministration is the debtor's property is under judicial administration (bewindvoering): every letter goes to the administrator.
	StatusUnderAdministration
	// StatusCollectiveDebtSettlement is BE collective debt settlement (collectieve schuldenregeling, art. 1675/2 ff. Ger.W.) or NL statutory debt rescheduling (schuldsaneringsregeling, art. 284 ff. Fw).
	StatusCollectiveDebtSettlement
	// StatusJudicialReorganisation is BE judicial reorganisation (gerechtelijke reorganisatie, Book XX WER) or NL suspension of payments (surseance van betaling, art. 214 ff. Fw).
	StatusJudicialReorganisation
	// StatusBankrupt is the debtor has been declared bankrupt (faillissement).
	StatusBankrupt
	// StatusStruckFromRegister is BE: struck from the population register ex officio (ambtshalve afgeschreven); NL: no address in the BRP; the debtor has no known domicile.
	StatusStruckFromRegister
	// StatusAddressUnknown is the debtor's domicile and residence are unknown.
	StatusAddressUnknown
	// StatusInInstitution is the debtor lives in a care home, hospital, prison or other institution.
	StatusInInstitution
)

var debtorStatusNames = enumtext.New[DebtorStatus]("DebtorStatus", []string{StatusNone: "none", StatusDeceased: "deceased", StatusUnderAdministration: "under-administration", StatusCollectiveDebtSettlement: "collective-debt-settlement", StatusJudicialReorganisation: "judicial-reorganisation", StatusBankrupt: "bankrupt", StatusStruckFromRegister: "struck-from-register", StatusAddressUnknown: "address-unknown", StatusInInstitution: "in-institution"})

// Valid reports whether v is a defined value.
func (v DebtorStatus) Valid() bool { return debtorStatusNames.Valid(v) }

// String returns the text form of v, or "DebtorStatus(n)" for an undefined value.
func (v DebtorStatus) String() string { return debtorStatusNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v DebtorStatus) MarshalText() ([]byte, error) { return debtorStatusNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *DebtorStatus) UnmarshalText(b []byte) error { return debtorStatusNames.UnmarshalText(b, v) }

// ActKind is a collection act.
type ActKind uint8

// The ActKind values.
const (
	// ActReminder is an amicable reminder or demand letter (herinnering, aanmaning); in Belgium, for a consumer, the first reminder of art. XIX.2 WER.
	ActReminder ActKind = iota + 1
	// ActFormalNotice is a formal notice of default (ingebrekestelling, sommatie).
	ActFormalNotice
	// ActLawyerNotice is BE: a formal notice sent by registered letter with acknowledgment of receipt by a lawyer or bailiff, which interrupts prescription (art. 2244 §2 oud BW).
	ActLawyerNotice
	// ActFourteenDayLetter is NL: the letter of art. 6:96 lid 6 BW giving a consumer 14 days to pay before collection costs are due.
	ActFourteenDayLetter
	// ActIOSSummons is BE: the bailiff's summons to pay in the procedure for uncontested debts (art. 1394/21 Ger.W.).
	ActIOSSummons
	// ActSRPSummons is BE: the summons to pay of art. 1339 Ger.W. that opens the summary payment order procedure.
	ActSRPSummons
	// ActSRPPetition is BE: the petition for a summary payment order (art. 1340 Ger.W.).
	ActSRPPetition
	// ActSummons is a writ of summons (dagvaarding).
	ActSummons
	// ActPetition is a petition to a court (verzoekschrift).
	ActPetition
	// ActJudgment is a judgment or enforceable title obtained.
	ActJudgment
	// ActService is service of the title with an order to pay (betekening met bevel tot betaling).
	ActService
	// ActSeizure is a seizure (beslag).
	ActSeizure
	// ActAcknowledgement is the debtor acknowledged the debt in writing or by a part payment.
	ActAcknowledgement
	// ActPaymentPlan is a payment arrangement was agreed.
	ActPaymentPlan
	// ActPayment is the debtor paid (in whole or in part).
	ActPayment
	// ActDefaultJudgment is a judgment by default (verstekvonnis, vonnis bij verstek): the defendant did not appear.
	ActDefaultJudgment
	// ActIOSNonContestation is BE: the bailiff's record of non-contestation (proces-verbaal van niet-betwisting) in the IOS procedure, which becomes the enforceable title once declared enforceable.
	ActIOSNonContestation
	// ActOpposition is an opposition against a default judgment (verzet).
	ActOpposition
	// ActAppeal is an appeal (hoger beroep).
	ActAppeal
	// ActDefence is the defendant's statement of defence (NL conclusie van antwoord; BE conclusie): the case is defended (verweer).
	ActDefence
	// ActWrittenRound is a further written round (NL repliek and dupliek; BE later conclusies).
	ActWrittenRound
	// ActHearing is a hearing of the parties (NL mondelinge behandeling, comparitie na antwoord; BE pleitzitting).
	ActHearing
	// ActWageGarnishment is a garnishment of wages or benefits in the hands of the employer or payer (loonbeslag, derdenbeslag).
	ActWageGarnishment
	// ActBankGarnishment is a garnishment of a bank account (beslag onder derden bij de bank, bankbeslag).
	ActBankGarnishment
	// ActGarnisheeDeclaration is the third party's declaration of what it owes the debtor (verklaring van de derde-beslagene).
	ActGarnisheeDeclaration
	// ActMovableSeizure is an executory seizure of movable goods (uitvoerend beslag op roerende goederen, executoriaal beslag op roerende zaken).
	ActMovableSeizure
	// ActRealEstateSeizure is a seizure of immovable property (uitvoerend beslag op onroerend goed, executoriaal beslag op onroerende zaken).
	ActRealEstateSeizure
	// ActSale is the forced sale of seized goods (openbare verkoping, executieveiling).
	ActSale
	// ActClaimDeclaration is the declaration of the claim to the curator, the debt mediator or the administrator in an insolvency or debt-settlement procedure (aangifte van schuldvordering, indiening bij de curator).
	ActClaimDeclaration
	// ActAdminReminder is a public creditor's reminder before its own title: NL the aanmaning of art. 4:112 Awb (two weeks to pay); BE the registered reminder (aangetekende aanmaning, mise en demeure) a local authority sends before a dwangbevel.
	ActAdminReminder
	// ActDwangbevel is a public creditor's own enforceable title: NL the dwangbevel of art. 4:114 Awb; BE the dwangbevel (contrainte) of a local authority's financial director, stamped enforceable by the college or the vast bureau.
	ActDwangbevel
	// ActAdminOpposition is BE: the debtor's verzet against a local authority's dwangbevel, by petition or writ of summons, within one month of its service.
	ActAdminOpposition
)

var actKindNames = enumtext.New[ActKind]("ActKind", []string{ActReminder: "reminder", ActFormalNotice: "formal-notice", ActLawyerNotice: "lawyer-notice", ActFourteenDayLetter: "fourteen-day-letter", ActIOSSummons: "ios-summons", ActSRPSummons: "srp-summons", ActSRPPetition: "srp-petition", ActSummons: "summons", ActPetition: "petition", ActJudgment: "judgment", ActService: "service", ActSeizure: "seizure", ActAcknowledgement: "acknowledgement", ActPaymentPlan: "payment-plan", ActPayment: "payment", ActDefaultJudgment: "default-judgment", ActIOSNonContestation: "ios-non-contestation", ActOpposition: "opposition", ActAppeal: "appeal", ActDefence: "defence", ActWrittenRound: "written-round", ActHearing: "hearing", ActWageGarnishment: "wage-garnishment", ActBankGarnishment: "bank-garnishment", ActGarnisheeDeclaration: "garnishee-declaration", ActMovableSeizure: "movable-seizure", ActRealEstateSeizure: "real-estate-seizure", ActSale: "sale", ActClaimDeclaration: "claim-declaration", ActAdminReminder: "admin-reminder", ActDwangbevel: "dwangbevel", ActAdminOpposition: "admin-opposition"})

// Valid reports whether v is a defined value.
func (v ActKind) Valid() bool { return actKindNames.Valid(v) }

// String returns the text form of v, or "ActKind(n)" for an undefined value.
func (v ActKind) String() string { return actKindNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v ActKind) MarshalText() ([]byte, error) { return actKindNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *ActKind) UnmarshalText(b []byte) error { return actKindNames.UnmarshalText(b, v) }

// Outcome is what came of a collection act.
type Outcome uint8

// The Outcome values.
const (
	// OutcomeNone is not known or not yet any (the zero value).
	OutcomeNone Outcome = iota
	// OutcomePaid is the debtor paid in full.
	OutcomePaid
	// OutcomePartlyPaid is the debtor paid in part.
	OutcomePartlyPaid
	// OutcomeContested is the debtor disputed the claim.
	OutcomeContested
	// OutcomePaymentPlan is the debtor asked for or agreed a payment plan.
	OutcomePaymentPlan
	// OutcomeNoReaction is the debtor did not react.
	OutcomeNoReaction
	// OutcomeUndeliverable is the letter or writ could not be delivered at the address.
	OutcomeUndeliverable
)

var outcomeNames = enumtext.New[Outcome]("Outcome", []string{OutcomeNone: "none", OutcomePaid: "paid", OutcomePartlyPaid: "partly-paid", OutcomeContested: "contested", OutcomePaymentPlan: "payment-plan", OutcomeNoReaction: "no-reaction", OutcomeUndeliverable: "undeliverable"})

// Valid reports whether v is a defined value.
func (v Outcome) Valid() bool { return outcomeNames.Valid(v) }

// String returns the text form of v, or "Outcome(n)" for an undefined value.
func (v Outcome) String() string { return outcomeNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Outcome) MarshalText() ([]byte, error) { return outcomeNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Outcome) UnmarshalText(b []byte) error { return outcomeNames.UnmarshalText(b, v) }

// PublicBasis is the law under which a public creditor collects its claim
// with its own title, without a court.
type PublicBasis uint8

// The PublicBasis values.
const (
	// PublicNone is no public route: the claim is collected as any creditor's (the zero value).
	PublicNone PublicBasis = iota
	// PublicNLAwb is NL: a money debt to a bestuursorgaan under title 4.4 of the Awb (art. 4:85: it arises from a statutory rule or from a decision open to objection), collected by aanmaning and dwangbevel.
	PublicNLAwb
	// PublicBELocal is BE: an undisputed, due non-fiscal claim of a municipality or an OCMW (public social welfare centre), collected by the dwangbevel of its financial director (Flanders art. 177 Decreet lokaal bestuur; Wallonia art. L1124-40 §1, 1° CDLD; Brussels art. 137bis Nieuwe Gemeentewet).
	PublicBELocal
)

var publicBasisNames = enumtext.New[PublicBasis]("PublicBasis", []string{PublicNone: "none", PublicNLAwb: "nl-awb", PublicBELocal: "be-local"})

// Valid reports whether v is a defined value.
func (v PublicBasis) Valid() bool { return publicBasisNames.Valid(v) }

// String returns the text form of v, or "PublicBasis(n)" for an undefined value.
func (v PublicBasis) String() string { return publicBasisNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v PublicBasis) MarshalText() ([]byte, error) { return publicBasisNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *PublicBasis) UnmarshalText(b []byte) error { return publicBasisNames.UnmarshalText(b, v) }

// Region is the Belgian region whose local-government law applies.
type Region uint8

// The Region values.
const (
	// RegionNone is not stated (the zero value).
	RegionNone Region = iota
	// RegionFlanders is the Flemish Region (Decreet over het lokaal bestuur of 22 December 2017).
	RegionFlanders
	// RegionWallonia is the Walloon Region (Code de la démocratie locale et de la décentralisation).
	RegionWallonia
	// RegionBrussels is the Brussels-Capital Region (Nieuwe Gemeentewet as amended by the ordinance of 27 February 2014).
	RegionBrussels
)

var regionNames = enumtext.New[Region]("Region", []string{RegionNone: "none", RegionFlanders: "flanders", RegionWallonia: "wallonia", RegionBrussels: "brussels"})

// Valid reports whether v is a defined value.
func (v Region) Valid() bool { return regionNames.Valid(v) }

// String returns the text form of v, or "Region(n)" for an undefined value.
func (v Region) String() string { return regionNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Region) MarshalText() ([]byte, error) { return regionNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Region) UnmarshalText(b []byte) error { return regionNames.UnmarshalText(b, v) }
