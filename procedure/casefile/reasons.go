package casefile

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// ReasonCode is the typed cause of a Reason: why a route is closed, or what
// limits or warns about it.
type ReasonCode uint8

// The reason codes.
const (
	// ReasonNotInForce: the route did not exist yet on the date, or the library has no rule for the date.
	ReasonNotInForce ReasonCode = iota + 1
	// ReasonNotDue: no invoice is due yet: the claim is not payable (opeisbaar).
	ReasonNotDue
	// ReasonConsumer: the debtor is a consumer.
	ReasonConsumer
	// ReasonPublicBody: a party is a public body.
	ReasonPublicBody
	// ReasonNotEnterprise: a party is not an enterprise.
	ReasonNotEnterprise
	// ReasonNotRegistered: a party is not registered in an enterprise register that the route accepts.
	ReasonNotRegistered
	// ReasonOutsideBusiness: the debt does not arise from the debtor's business activity.
	ReasonOutsideBusiness
	// ReasonNonContractual: the debt is not contractual, nor agreed or acknowledged.
	ReasonNonContractual
	// ReasonContested: the debtor disputes the claim.
	ReasonContested
	// ReasonBankruptcy: the debtor is bankrupt.
	ReasonBankruptcy
	// ReasonReorganisation: the debtor is in judicial reorganisation or suspension of payments.
	ReasonReorganisation
	// ReasonDebtSettlement: the debtor is in collective debt settlement or statutory debt rescheduling.
	ReasonDebtSettlement
	// ReasonDeceased: the debtor has died.
	ReasonDeceased
	// ReasonNoAddress: the debtor has no known domicile or residence.
	ReasonNoAddress
	// ReasonSeatUndeliverable: mail to the company's registered seat is undeliverable.
	ReasonSeatUndeliverable
	// ReasonAboveCeiling: the claim exceeds the route's ceiling.
	ReasonAboveCeiling
	// ReasonNoWrittenDocument: the creditor holds no written document emanating from the debtor.
	ReasonNoWrittenDocument
	// ReasonDomicileAbroad: the debtor has no domicile or residence in the country.
	ReasonDomicileAbroad
	// ReasonNoPriorLetter: the letter the law requires before this step has not been sent.
	ReasonNoPriorLetter
	// ReasonLetterTooEarly: the required letter was sent before the debtor was in default, so it does not count.
	ReasonLetterTooEarly
	// ReasonTermRunning: a statutory waiting term is still running.
	ReasonTermRunning
	// ReasonNotCompetent: the court is not competent for this claim.
	ReasonNotCompetent
	// ReasonNoPetitionRoute: the law provides no petition for this claim.
	ReasonNoPetitionRoute
	// ReasonPrescribed: the claim (or part of it) appears time-barred.
	ReasonPrescribed
	// ReasonCap: an amount is capped on this route.
	ReasonCap
	// ReasonAddressee: letters and writs go to someone other than the debtor.
	ReasonAddressee
	// ReasonCourt: which court hears the claim (a note, never a block).
	ReasonCourt
	// ReasonRankedBelowStop: the enforcement ranking puts stopping above this route (a ranking assumption, not law).
	ReasonRankedBelowStop
	// ReasonNotPublicClaim: the route is a public creditor's own, and the case is not a claim under its public basis (Case.Public).
	ReasonNotPublicClaim
	// ReasonNoPower: no statute gives the public creditor the power the route needs (NL art. 4:115 Awb).
	ReasonNoPower
	// ReasonSuspended: a remedy the debtor lodged suspends the execution of the title (BE art. 1397 Ger.W.: an opposition against a default judgment).
	ReasonSuspended
)

var reasonCodeNames = enumtext.New[ReasonCode]("ReasonCode", []string{ReasonNotInForce: "not-in-force", ReasonNotDue: "not-due", ReasonConsumer: "consumer", ReasonPublicBody: "public-body", ReasonNotEnterprise: "not-enterprise", ReasonNotRegistered: "not-registered", ReasonOutsideBusiness: "outside-business", ReasonNonContractual: "non-contractual", ReasonContested: "contested", ReasonBankruptcy: "bankruptcy", ReasonReorganisation: "reorganisation", ReasonDebtSettlement: "debt-settlement", ReasonDeceased: "deceased", ReasonNoAddress: "no-address", ReasonSeatUndeliverable: "seat-undeliverable", ReasonAboveCeiling: "above-ceiling", ReasonNoWrittenDocument: "no-written-document", ReasonDomicileAbroad: "domicile-abroad", ReasonNoPriorLetter: "no-prior-letter", ReasonLetterTooEarly: "letter-too-early", ReasonTermRunning: "term-running", ReasonNotCompetent: "not-competent", ReasonNoPetitionRoute: "no-petition-route", ReasonPrescribed: "prescribed", ReasonCap: "cap", ReasonAddressee: "addressee", ReasonCourt: "court", ReasonRankedBelowStop: "ranked-below-stop", ReasonNotPublicClaim: "not-public-claim", ReasonNoPower: "no-power", ReasonSuspended: "suspended"})

// Valid reports whether v is a defined value.
func (v ReasonCode) Valid() bool { return reasonCodeNames.Valid(v) }

// String returns the text form of v, or "ReasonCode(n)" for an undefined value.
func (v ReasonCode) String() string { return reasonCodeNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v ReasonCode) MarshalText() ([]byte, error) { return reasonCodeNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *ReasonCode) UnmarshalText(b []byte) error { return reasonCodeNames.UnmarshalText(b, v) }

// Reason is one cause that blocks a route, or limits or warns about it: a
// typed code, a sentence for the user, and the legal source.
type Reason struct {
	Code ReasonCode         `json:"code"`
	Text string             `json:"text"`
	Cite vordering.Citation `json:"cite"`
	// Until is, for a block that only time lifts, the first day it no longer
	// applies; zero otherwise.
	Until date.Date `json:"until,omitzero"`
}
