package procedure

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/flow"
	"github.com/vordering/vordering/procedure/planner"
	"github.com/vordering/vordering/procedure/prescription"
	"github.com/vordering/vordering/procedure/ranking"
	"github.com/vordering/vordering/procedure/routes"
)

// The types of package casefile.
type (
	// Act is [casefile.Act].
	Act = casefile.Act
	// Attitude is [casefile.Attitude].
	Attitude = casefile.Attitude
	// PublicClaim is [casefile.PublicClaim].
	PublicClaim = casefile.PublicClaim
	// PublicBasis is [casefile.PublicBasis].
	PublicBasis = casefile.PublicBasis
	// Region is [casefile.Region].
	Region = casefile.Region
	// ActKind is [casefile.ActKind].
	ActKind = casefile.ActKind
	// Case is [casefile.Case].
	Case = casefile.Case
	// DebtorProfile is [casefile.DebtorProfile].
	DebtorProfile = casefile.DebtorProfile
	// DebtorStatus is [casefile.DebtorStatus].
	DebtorStatus = casefile.DebtorStatus
	// Invoice is [casefile.Invoice].
	Invoice = casefile.Invoice
	// Nature is [casefile.Nature].
	Nature = casefile.Nature
	// Outcome is [casefile.Outcome].
	Outcome = casefile.Outcome
	// Party is [casefile.Party].
	Party = casefile.Party
	// Reason is [casefile.Reason].
	Reason = casefile.Reason
	// ReasonCode is [casefile.ReasonCode].
	ReasonCode = casefile.ReasonCode
)

// The types of package debtor.
type (
	// AddressChoice is [debtor.AddressChoice].
	AddressChoice = debtor.AddressChoice
	// Addressee is [debtor.Addressee].
	Addressee = debtor.Addressee
	// AddresseeRole is [debtor.AddresseeRole].
	AddresseeRole = debtor.AddresseeRole
	// Restriction is [debtor.Restriction].
	Restriction = debtor.Restriction
	// StatusEffect is [debtor.StatusEffect].
	StatusEffect = debtor.StatusEffect
	// Step is the former name of [debtor.Activity].
	//
	// Deprecated: use debtor.Activity, the same type.
	Step = debtor.Activity
)

// The types of package prescription.
type (
	// Interruption is [prescription.Interruption].
	Interruption = prescription.Interruption
	// PrescriptionResult is [prescription.PrescriptionResult].
	PrescriptionResult = prescription.PrescriptionResult
)

// The types of package flow.
type (
	// Actor is [flow.Actor].
	Actor = flow.Actor
	// ActorInfo is [flow.ActorInfo].
	ActorInfo = flow.ActorInfo
	// Role is [flow.Role].
	Role = flow.Role
	// Warning is [flow.Warning].
	Warning = flow.Warning
	// FlowError is [flow.FlowError].
	FlowError = flow.FlowError
	// FlowNode is [flow.FlowNode].
	FlowNode = flow.FlowNode
	// Phase is [flow.Phase].
	Phase = flow.Phase
	// TitleKind is [flow.TitleKind].
	TitleKind = flow.TitleKind
	// Transition is [flow.Transition].
	Transition = flow.Transition
)

// The types of package routes.
type (
	// Assessment is the former name of [routes.EligibilityReport].
	//
	// Deprecated: use routes.EligibilityReport, the same type.
	Assessment = routes.EligibilityReport
	// Route is [routes.Route].
	Route = routes.Route
	// RouteResult is [routes.RouteResult].
	RouteResult = routes.RouteResult
)

// The types of package ranking.
type (
	// EnforcementKind is [ranking.EnforcementKind].
	EnforcementKind = ranking.EnforcementKind
	// EnforcementOption is [ranking.EnforcementOption].
	EnforcementOption = ranking.EnforcementOption
	// Ranker is [ranking.Ranker].
	Ranker = ranking.Ranker
)

// The types of package planner.
type (
	// CostLine is [planner.CostLine].
	CostLine = planner.CostLine
	// Plan is [planner.Plan].
	Plan = planner.Plan
	// PlannedStep is [planner.PlannedStep].
	PlannedStep = planner.PlannedStep
	// Planner is [planner.Planner].
	Planner = planner.Planner
	// Rules is [planner.Rules].
	Rules = planner.Rules
	// TermAfter is [planner.TermAfter].
	TermAfter = planner.TermAfter
	// WithheldStep is [planner.WithheldStep].
	WithheldStep = planner.WithheldStep
)

// The constants of package casefile.
const (
	ActAcknowledgement             = casefile.ActAcknowledgement
	ActAppeal                      = casefile.ActAppeal
	ActBankGarnishment             = casefile.ActBankGarnishment
	ActClaimDeclaration            = casefile.ActClaimDeclaration
	ActAdminReminder               = casefile.ActAdminReminder
	ActDwangbevel                  = casefile.ActDwangbevel
	ActAdminOpposition             = casefile.ActAdminOpposition
	PublicNone                     = casefile.PublicNone
	PublicNLAwb                    = casefile.PublicNLAwb
	PublicBELocal                  = casefile.PublicBELocal
	RegionNone                     = casefile.RegionNone
	RegionFlanders                 = casefile.RegionFlanders
	RegionWallonia                 = casefile.RegionWallonia
	RegionBrussels                 = casefile.RegionBrussels
	ActDefaultJudgment             = casefile.ActDefaultJudgment
	ActDefence                     = casefile.ActDefence
	ActFormalNotice                = casefile.ActFormalNotice
	ActFourteenDayLetter           = casefile.ActFourteenDayLetter
	ActGarnisheeDeclaration        = casefile.ActGarnisheeDeclaration
	ActHearing                     = casefile.ActHearing
	ActIOSNonContestation          = casefile.ActIOSNonContestation
	ActIOSSummons                  = casefile.ActIOSSummons
	ActJudgment                    = casefile.ActJudgment
	ActLawyerNotice                = casefile.ActLawyerNotice
	ActMovableSeizure              = casefile.ActMovableSeizure
	ActOpposition                  = casefile.ActOpposition
	ActPayment                     = casefile.ActPayment
	ActPaymentPlan                 = casefile.ActPaymentPlan
	ActPetition                    = casefile.ActPetition
	ActRealEstateSeizure           = casefile.ActRealEstateSeizure
	ActReminder                    = casefile.ActReminder
	ActSRPPetition                 = casefile.ActSRPPetition
	ActSRPSummons                  = casefile.ActSRPSummons
	ActSale                        = casefile.ActSale
	ActSeizure                     = casefile.ActSeizure
	ActService                     = casefile.ActService
	ActSummons                     = casefile.ActSummons
	ActWageGarnishment             = casefile.ActWageGarnishment
	ActWrittenRound                = casefile.ActWrittenRound
	MaxInvoiceActPairs             = casefile.MaxInvoiceActPairs
	NatureGoods                    = casefile.NatureGoods
	NaturePeriodic                 = casefile.NaturePeriodic
	NatureServices                 = casefile.NatureServices
	NatureUnspecified              = casefile.NatureUnspecified
	NatureUtility                  = casefile.NatureUtility
	OutcomeContested               = casefile.OutcomeContested
	OutcomeNoReaction              = casefile.OutcomeNoReaction
	OutcomeNone                    = casefile.OutcomeNone
	OutcomePaid                    = casefile.OutcomePaid
	OutcomePartlyPaid              = casefile.OutcomePartlyPaid
	OutcomePaymentPlan             = casefile.OutcomePaymentPlan
	OutcomeUndeliverable           = casefile.OutcomeUndeliverable
	AttitudeUnknown                = casefile.AttitudeUnknown
	AttitudeCannotPay              = casefile.AttitudeCannotPay
	AttitudeWillNotPay             = casefile.AttitudeWillNotPay
	ReasonRankedBelowStop          = casefile.ReasonRankedBelowStop
	ReasonNotPublicClaim           = casefile.ReasonNotPublicClaim
	ReasonNoPower                  = casefile.ReasonNoPower
	ReasonSuspended                = casefile.ReasonSuspended
	ReasonAboveCeiling             = casefile.ReasonAboveCeiling
	ReasonAddressee                = casefile.ReasonAddressee
	ReasonBankruptcy               = casefile.ReasonBankruptcy
	ReasonCap                      = casefile.ReasonCap
	ReasonConsumer                 = casefile.ReasonConsumer
	ReasonContested                = casefile.ReasonContested
	ReasonCourt                    = casefile.ReasonCourt
	ReasonDebtSettlement           = casefile.ReasonDebtSettlement
	ReasonDeceased                 = casefile.ReasonDeceased
	ReasonDomicileAbroad           = casefile.ReasonDomicileAbroad
	ReasonLetterTooEarly           = casefile.ReasonLetterTooEarly
	ReasonNoAddress                = casefile.ReasonNoAddress
	ReasonNoPetitionRoute          = casefile.ReasonNoPetitionRoute
	ReasonNoPriorLetter            = casefile.ReasonNoPriorLetter
	ReasonNoWrittenDocument        = casefile.ReasonNoWrittenDocument
	ReasonNonContractual           = casefile.ReasonNonContractual
	ReasonNotCompetent             = casefile.ReasonNotCompetent
	ReasonNotDue                   = casefile.ReasonNotDue
	ReasonNotEnterprise            = casefile.ReasonNotEnterprise
	ReasonNotInForce               = casefile.ReasonNotInForce
	ReasonNotRegistered            = casefile.ReasonNotRegistered
	ReasonOutsideBusiness          = casefile.ReasonOutsideBusiness
	ReasonPrescribed               = casefile.ReasonPrescribed
	ReasonPublicBody               = casefile.ReasonPublicBody
	ReasonReorganisation           = casefile.ReasonReorganisation
	ReasonSeatUndeliverable        = casefile.ReasonSeatUndeliverable
	ReasonTermRunning              = casefile.ReasonTermRunning
	StatusAddressUnknown           = casefile.StatusAddressUnknown
	StatusBankrupt                 = casefile.StatusBankrupt
	StatusCollectiveDebtSettlement = casefile.StatusCollectiveDebtSettlement
	StatusDeceased                 = casefile.StatusDeceased
	StatusInInstitution            = casefile.StatusInInstitution
	StatusJudicialReorganisation   = casefile.StatusJudicialReorganisation
	StatusNone                     = casefile.StatusNone
	StatusStruckFromRegister       = casefile.StatusStruckFromRegister
	StatusUnderAdministration      = casefile.StatusUnderAdministration
)

// The constants of package debtor.
const (
	AddressDomicile        = debtor.AddressDomicile
	AddressNone            = debtor.AddressNone
	AddressRegisteredSeat  = debtor.AddressRegisteredSeat
	AddressRepresentative  = debtor.AddressRepresentative
	AddressResidence       = debtor.AddressResidence
	AddresseeAdministrator = debtor.AddresseeAdministrator
	AddresseeCurator       = debtor.AddresseeCurator
	AddresseeDebtor        = debtor.AddresseeDebtor
	AddresseeEstate        = debtor.AddresseeEstate
	AddresseeMediator      = debtor.AddresseeMediator
	AddresseeNone          = debtor.AddresseeNone
	// Deprecated: use debtor.ActivityDirectPayment.
	StepDirectPayment = debtor.ActivityDirectPayment
	// Deprecated: use debtor.ActivityEnforcement.
	StepEnforcement = debtor.ActivityEnforcement
	// Deprecated: use debtor.ActivityIOS.
	StepIOS = debtor.ActivityIOS
	// Deprecated: use debtor.ActivityLetter.
	StepLetter = debtor.ActivityLetter
	// Deprecated: use debtor.ActivityTitle.
	StepTitle = debtor.ActivityTitle
)

// The constants of package flow.
const (
	ActorBailiff       = flow.ActorBailiff
	ActorCourt         = flow.ActorCourt
	ActorCreditor      = flow.ActorCreditor
	ActorDebtor        = flow.ActorDebtor
	ActorLawyer        = flow.ActorLawyer
	ActorThirdParty    = flow.ActorThirdParty
	RoleAction         = flow.RoleAction
	RoleWatch          = flow.RoleWatch
	AnyTitle           = flow.AnyTitle
	ContradictoryTitle = flow.ContradictoryTitle
	DefaultTitle       = flow.DefaultTitle
	IOSTitle           = flow.IOSTitle
	PhaseAmicable      = flow.PhaseAmicable
	PhaseExecution     = flow.PhaseExecution
	PhaseProceedings   = flow.PhaseProceedings
	PhaseTitle         = flow.PhaseTitle
)

// The constants of package routes.
const (
	RouteBECosts         = routes.RouteBECosts
	RouteBEIOS           = routes.RouteBEIOS
	RouteBEPetition      = routes.RouteBEPetition
	RouteBEReminder      = routes.RouteBEReminder
	RouteBESRP           = routes.RouteBESRP
	RouteBESummons       = routes.RouteBESummons
	RouteNLCosts         = routes.RouteNLCosts
	RouteNLKanton        = routes.RouteNLKanton
	RouteNLRechtbank     = routes.RouteNLRechtbank
	RouteBEDwangbevel    = routes.RouteBEDwangbevel
	RouteNLAwbReminder   = routes.RouteNLAwbReminder
	RouteNLAwbDwangbevel = routes.RouteNLAwbDwangbevel
	RouteNLReminder      = routes.RouteNLReminder
)

// The constants of package ranking.
const (
	EnforceBankGarnishment = ranking.EnforceBankGarnishment
	EnforceMovableSeizure  = ranking.EnforceMovableSeizure
	EnforcePaymentPlan     = ranking.EnforcePaymentPlan
	EnforceRealEstate      = ranking.EnforceRealEstate
	EnforceStop            = ranking.EnforceStop
	EnforceWageGarnishment = ranking.EnforceWageGarnishment
)

// Eligibility returns, for every route of the case's country, whether it is
// open on asOf and why not; see [routes.Eligibility].
func Eligibility(c Case, asOf date.Date) (Assessment, error) { return routes.Eligibility(c, asOf) }

// AddresseeFor returns the addressee of the letters of case c; see
// [debtor.AddresseeFor].
func AddresseeFor(c Case) Addressee { return debtor.AddresseeFor(c) }

// Effects returns what debtor status s means in country c; see
// [debtor.Effects].
func Effects(c vordering.Country, s DebtorStatus) (StatusEffect, error) { return debtor.Effects(c, s) }

// Flow returns the transition table of country c; see [flow.Flow].
func Flow(c vordering.Country) []Transition { return flow.Flow(c) }

// FlowNodes returns the acts of country c's flow; see [flow.FlowNodes].
func FlowNodes(c vordering.Country) []FlowNode { return flow.FlowNodes(c) }

// ActorOf returns who performs act k in country c; see [flow.ActorOf].
func ActorOf(c vordering.Country, k ActKind) (ActorInfo, bool) { return flow.ActorOf(c, k) }

// ValidateHistory checks the acts of case c against the collection flow of
// its country; see [flow.ValidateHistory].
func ValidateHistory(c Case) error { return flow.ValidateHistory(c) }

// Next returns the lawful next steps of case c on asOf with the default
// ranking and the built-in rule sets; see [planner.Next].
func Next(c Case, asOf date.Date) (Plan, error) { return planner.Next(c, asOf) }

// RankEnforcement returns the lawful enforcement options of the case on
// asOf, ranked by r (nil: [DefaultRanker]); see [ranking.RankEnforcement].
func RankEnforcement(c Case, p DebtorProfile, asOf date.Date, r Ranker) ([]EnforcementOption, error) {
	return ranking.RankEnforcement(c, p, asOf, r)
}

// DefaultRanker returns the ranking used when none is given; see
// [ranking.DefaultRanker].
func DefaultRanker() Ranker { return ranking.DefaultRanker() }

// EnforcementKinds returns every enforcement kind in its order; see
// [ranking.EnforcementKinds].
func EnforcementKinds() []EnforcementKind { return ranking.EnforcementKinds() }

// Prescription returns the time-bar position of every invoice of the case
// on asOf; see [prescription.Prescription].
func Prescription(c Case, asOf date.Date) ([]PrescriptionResult, error) {
	return prescription.Prescription(c, asOf)
}

// Rulebook describes the rule tables of the procedure packages for the
// auditor's rulebook (RULES.md), in this order: the route conditions with
// figures (package routes), the prescription terms (package prescription),
// the effects of each debtor status (package debtor) and the collection
// flow of each country (package flow).
func Rulebook() []vordering.RuleTable {
	var out []vordering.RuleTable
	out = append(out, routes.Rulebook()...)
	out = append(out, prescription.Rulebook()...)
	out = append(out, debtor.Rulebook()...)
	return append(out, flow.Rulebook()...)
}

// The new names of the renamed types and constants.
type (
	// EligibilityReport is [routes.EligibilityReport], formerly Assessment.
	EligibilityReport = routes.EligibilityReport
	// Activity is [debtor.Activity], formerly Step.
	Activity = debtor.Activity
)

// The Activity values ([debtor.Activity]).
const (
	ActivityLetter        = debtor.ActivityLetter
	ActivityTitle         = debtor.ActivityTitle
	ActivityIOS           = debtor.ActivityIOS
	ActivityEnforcement   = debtor.ActivityEnforcement
	ActivityDirectPayment = debtor.ActivityDirectPayment
)
