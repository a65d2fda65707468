package flow

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
	"github.com/vordering/vordering/procedure/casefile"
)

// Who acts.
//
// Every act of the flow is done by someone: the creditor (a letter), the
// creditor's lawyer (a petition, conclusions), a bailiff (every writ served
// and every act of enforcement), the court (a hearing, a judgment), the
// debtor (a defence, an opposition, an appeal, a payment) or a third party
// (the garnishee's declaration). The table below (actorRows) says, per act
// and with the article that makes it so, who acts, whether it is a step the
// creditor takes or has done for him (RoleAction) or one he can only watch
// for (RoleWatch), and whether it is a bailiff's writ that the law forbids on
// a Sunday or a holiday without leave (NL art. 64 lid 2 Rv; BE art. 47
// Ger.W.). Rank is the order of escalation the planner recommends from: the
// mildest lawful act not yet done comes first.

// Actor is who performs an act.
type Actor uint8

// The actors.
const (
	// ActorCreditor is the creditor himself (a letter, an arrangement).
	ActorCreditor Actor = iota + 1
	// ActorLawyer is the creditor's lawyer (a petition, conclusions).
	ActorLawyer
	// ActorBailiff is a bailiff (gerechtsdeurwaarder, deurwaarder): every
	// writ served and every act of enforcement.
	ActorBailiff
	// ActorCourt is the court (a hearing, a judgment).
	ActorCourt
	// ActorDebtor is the debtor (a defence, an opposition, an appeal, a
	// payment).
	ActorDebtor
	// ActorThirdParty is a third party (the garnishee's declaration).
	ActorThirdParty
)

var actorNames = enumtext.New[Actor]("Actor", []string{ActorCreditor: "creditor", ActorLawyer: "lawyer", ActorBailiff: "bailiff",
	ActorCourt: "court", ActorDebtor: "debtor", ActorThirdParty: "third-party"})

// Valid reports whether v is a defined value.
func (v Actor) Valid() bool { return actorNames.Valid(v) }

// String returns the text form of v, or "Actor(n)" for an undefined value.
func (v Actor) String() string { return actorNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Actor) MarshalText() ([]byte, error) { return actorNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Actor) UnmarshalText(b []byte) error { return actorNames.UnmarshalText(b, v) }

// Role says whether a step is the creditor's to take or one to watch for.
type Role uint8

// The roles.
const (
	// RoleAction is a step the creditor takes, himself or through his
	// lawyer or bailiff (or asks the court for, as a default judgment).
	RoleAction Role = iota + 1
	// RoleWatch is a step the creditor cannot take: the debtor's, the
	// court's or a third party's; the plan shows it so that its window is
	// watched.
	RoleWatch
)

var roleNames = enumtext.New[Role]("Role", []string{RoleAction: "action", RoleWatch: "watch"})

// Valid reports whether v is a defined value.
func (v Role) Valid() bool { return roleNames.Valid(v) }

// String returns the text form of v, or "Role(n)" for an undefined value.
func (v Role) String() string { return roleNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Role) MarshalText() ([]byte, error) { return roleNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Role) UnmarshalText(b []byte) error { return roleNames.UnmarshalText(b, v) }

// ActorInfo is the row of the actor table for one act in one country.
type ActorInfo struct {
	Act   casefile.ActKind `json:"act"`
	Actor Actor            `json:"actor"`
	Role  Role             `json:"role"`
	// Writ is true for a bailiff's writ or act of enforcement, which the
	// law forbids on a Sunday or a holiday without the judge's leave
	// (deadlines.EarliestWritDay).
	Writ bool `json:"writ,omitempty"`
	// Rank is the act's place in the order of escalation (lower: milder);
	// the planner recommends the mildest creditor step not yet done.
	Rank int `json:"rank"`
	// Why says in one sentence who acts and why; Cite is the source.
	Why  string             `json:"why"`
	Cite vordering.Citation `json:"cite"`
}

// actorRow is one act of the actor table, with its Belgian and Dutch
// sources.
type actorRow struct {
	act    casefile.ActKind
	actor  Actor
	role   Role
	writ   bool
	rank   int
	why    string
	be, nl vordering.Citation
}

var (
	citeBEAct2244   = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2244 §2 (aanmaning door een advocaat, een gerechtsdeurwaarder of een gevolmachtigde)"}
	citeBEAckn      = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2248 (erkenning)"}
	citeBEPayment   = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 1235 ff. (betaling)"}
	citeBEClaimDecl = vordering.Citation{Instrument: "Wetboek van economisch recht", Article: "art. XX.155 (aangifte van schuldvordering); Ger.W. art. 1675/9 (collectieve schuldenregeling)"}
	citeNLAckn      = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 3:318 (erkenning)", URL: "https://wetten.overheid.nl/BWBR0005291"}
	citeNLPayment   = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 6:27 ff. (nakoming, betaling)", URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeNLClaimDecl = vordering.Citation{Instrument: "Faillissementswet", Article: "art. 110 (indiening ter verificatie), art. 328 (schuldsanering)", URL: "https://wetten.overheid.nl/BWBR0001860"}
	citeNLBailiff   = nlRv("art. 45 (exploten door een deurwaarder), 111 (dagvaarding)")
)

// actorRows is the actor table, in the order of escalation.
var actorRows = []actorRow{
	{casefile.ActReminder, ActorCreditor, RoleAction, false, 1, "The creditor writes the reminder himself.", citeBEFlowLetter, citeNLFlowLetter},
	{casefile.ActFourteenDayLetter, ActorCreditor, RoleAction, false, 2, "The creditor (or his agent) sends the 14-day letter.", vordering.Citation{}, citeNLFlow14},
	{casefile.ActFormalNotice, ActorCreditor, RoleAction, false, 3, "The creditor puts the debtor in default by a written demand.", citeBEFlowLetter, citeNLFlowLetter},
	{casefile.ActLawyerNotice, ActorLawyer, RoleAction, false, 4, "A lawyer (or a bailiff, by letter) sends the demand on the creditor's behalf.", citeBEAct2244, citeNLFlowLetter},
	{casefile.ActAdminReminder, ActorCreditor, RoleAction, false, 5, "The public creditor sends its own reminder (NL the bestuursorgaan's aanmaning; BE the registered reminder of the municipality or OCMW).", citeBEDLB177, citeNLAwbReminder},
	{casefile.ActDwangbevel, ActorCreditor, RoleAction, false, 6, "The public creditor issues its own title (NL the bestuursorgaan; BE the financial director, with the college's stamp); no court is needed.", citeBEDLB177, citeNLAwbDwang},
	{casefile.ActIOSSummons, ActorBailiff, RoleAction, true, 5, "IOS: a bailiff, instructed by the creditor's lawyer, serves the summons to pay.", citeBEFlowIOS, vordering.Citation{}},
	{casefile.ActSRPSummons, ActorBailiff, RoleAction, true, 6, "SRP: the summons to pay is served by a bailiff's writ (or sent by registered letter, to which the writ-day rule does not apply).", beGW("art. 1338, 1339"), vordering.Citation{}},
	{casefile.ActSRPPetition, ActorLawyer, RoleAction, false, 7, "SRP: the creditor's lawyer files the petition for a payment order.", beGW("art. 1340"), vordering.Citation{}},
	{casefile.ActIOSNonContestation, ActorBailiff, RoleAction, false, 8, "IOS: the bailiff draws up the PV of non-contestation at the creditor's request (drawn up, not served).", citeBEFlowIOSPV, vordering.Citation{}},
	{casefile.ActSummons, ActorBailiff, RoleAction, true, 9, "The writ of summons is served by a bailiff.", beGW("art. 700 (dagvaarding bij gerechtsdeurwaardersexploot)"), citeNLBailiff},
	{casefile.ActPetition, ActorLawyer, RoleAction, false, 10, "The petition is filed at the court registry by the creditor's lawyer.", beGW("art. 1034bis ff."), nlRv("art. 278")},
	{casefile.ActDefaultJudgment, ActorCourt, RoleAction, false, 11, "The court gives judgment by default when the creditor asks for it at the hearing the debtor does not attend.", beGW("art. 802, 806"), nlRv("art. 139")},
	{casefile.ActWrittenRound, ActorLawyer, RoleAction, false, 12, "The parties' lawyers exchange conclusions on the court's calendar.", beGW("art. 747"), nlRv("art. 132")},
	{casefile.ActService, ActorBailiff, RoleAction, true, 13, "A bailiff serves the title with the order to pay.", citeBEFlowService, citeNLFlowService},
	{casefile.ActBankGarnishment, ActorBailiff, RoleAction, true, 14, "A bailiff lays the garnishment in the hands of the bank.", citeBEFlowGarnish, nlRv("art. 475 lid 1 (derdenbeslag bij deurwaardersexploot)")},
	{casefile.ActWageGarnishment, ActorBailiff, RoleAction, true, 15, "A bailiff lays the garnishment in the hands of the employer.", citeBEFlowGarnish, nlRv("art. 475 lid 1 (derdenbeslag bij deurwaardersexploot)")},
	{casefile.ActMovableSeizure, ActorBailiff, RoleAction, true, 16, "A bailiff seizes the movables.", citeBEFlowMovable, citeNLFlowMovable},
	{casefile.ActSeizure, ActorBailiff, RoleAction, true, 17, "A bailiff seizes (kind not stated).", citeBEFlowMovable, citeNLFlowMovable},
	{casefile.ActRealEstateSeizure, ActorBailiff, RoleAction, true, 18, "A bailiff seizes the immovables.", citeBEFlowImmov, citeNLFlowImmov},
	{casefile.ActSale, ActorBailiff, RoleAction, true, 19, "A bailiff sells the seized movables (immovables: a notary, at the bailiff's instance).", citeBEFlowSale, citeNLFlowSale},
	{casefile.ActPaymentPlan, ActorCreditor, RoleAction, false, 20, "The creditor agrees a payment arrangement with the debtor.", citeBEFlowLetter, citeNLFlowLetter},
	{casefile.ActClaimDeclaration, ActorCreditor, RoleAction, false, 21, "The creditor declares the claim to the curator or mediator.", citeBEClaimDecl, citeNLClaimDecl},
	{casefile.ActDefence, ActorDebtor, RoleWatch, false, 30, "The debtor defends (the creditor answers by conclusions).", beGW("art. 747"), nlRv("art. 128")},
	{casefile.ActHearing, ActorCourt, RoleWatch, false, 31, "The court holds the hearing on the date it sets.", citeBEFlowTrial, nlRv("art. 131")},
	{casefile.ActJudgment, ActorCourt, RoleWatch, false, 32, "The court gives judgment.", citeBEFlowTrial, citeNLFlowJudgment},
	{casefile.ActOpposition, ActorDebtor, RoleWatch, false, 33, "The debtor may oppose the default judgment within the window.", citeBEFlowOppose, citeNLFlowVerzet},
	{casefile.ActAppeal, ActorDebtor, RoleWatch, false, 34, "The losing party, here the debtor, may appeal within the window.", citeBEFlowAppeal, citeNLFlowAppeal},
	{casefile.ActGarnisheeDeclaration, ActorThirdParty, RoleWatch, false, 35, "The garnishee declares what it owes the debtor.", beGW("art. 1452, 1539"), citeNLFlowGDecl},
	{casefile.ActAdminOpposition, ActorDebtor, RoleWatch, false, 35, "The debtor may oppose the dwangbevel before the court within the window.", citeBEDLB177, vordering.Citation{}},
	{casefile.ActPayment, ActorDebtor, RoleWatch, false, 36, "The debtor pays.", citeBEPayment, citeNLPayment},
	{casefile.ActAcknowledgement, ActorDebtor, RoleWatch, false, 37, "The debtor acknowledges the debt.", citeBEAckn, citeNLAckn},
}

// actorIndex is actorRows by country and act (a zero Actor: no row).
var actorIndex = func() *[vordering.NL + 1][maxActKind + 1]ActorInfo {
	out := &[vordering.NL + 1][maxActKind + 1]ActorInfo{}
	for _, r := range actorRows {
		for c, cite := range map[vordering.Country]vordering.Citation{vordering.BE: r.be, vordering.NL: r.nl} {
			if cite.IsZero() {
				continue
			}
			out[c][r.act] = ActorInfo{Act: r.act, Actor: r.actor, Role: r.role, Writ: r.writ, Rank: r.rank, Why: r.why, Cite: cite}
		}
	}
	return out
}()

// ActorOf returns who performs act k in country c, whether it is the
// creditor's step or one to watch, and whether it is a bailiff's writ; false
// when the act is not part of the country's flow.
func ActorOf(c vordering.Country, k casefile.ActKind) (ActorInfo, bool) {
	if c != vordering.BE && c != vordering.NL || int(k) >= len(actorIndex[c]) || actorIndex[c][k].Actor == 0 {
		return ActorInfo{}, false
	}
	return actorIndex[c][k], true
}

// IsWrit reports whether act k in country c is a bailiff's writ or act of
// enforcement (see [ActorInfo.Writ]).
func IsWrit(c vordering.Country, k casefile.ActKind) bool {
	a, _ := ActorOf(c, k)
	return a.Writ
}
