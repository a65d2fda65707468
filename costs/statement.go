package costs

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// A statement of account ("what does this debtor owe today") holds several
// claims of one creditor on one debtor, the payments the debtor made, and
// the interest and costs on each claim. [Statement] imputes every payment
// to the claims (which claim) and within a claim (costs, interest,
// principal), runs the interest on each claim between payments and returns
// the balance per claim and for the debtor.
//
// # Which claim a payment pays
//
// Netherlands, art. 6:43 BW: the claim the debtor designates when paying
// (lid 1); without a designation, first the claims that are due
// (opeisbaar), among them the most onerous, of equally onerous ones the
// oldest, and of equally old ones pro rata (lid 2).
//
// Belgium: for obligations that arose from 1 January 2023, art. 5.208 and
// 5.209 of the Civil Code (Book 5, Wet van 28 april 2022, BS 1.7.2022,
// numac 2022032058, in force on the first day of the sixth month after its
// publication, art. 65; its art. 64 keeps the old rules for obligations
// that arose before): the debtor's designation; else the due (vervallen)
// debts, among them the one the debtor had most interest in paying, at
// equal interest the oldest, all things equal pro rata. For obligations
// that arose earlier, art. 1253 and 1256 of the old Civil Code, which lay
// down the same order. Each allocation cites the rule of its claim's
// regime, by the claim's Date.
//
// "Most onerous" (NL) and "most interest in paying" (BE) are not defined
// by the texts: the judge weighs the debtor's interest. The library ranks
// by the yearly interest rate that runs on the claim on the payment day
// ([OnerousByRate], the default): the higher the rate, the more a debt
// costs the debtor. A caller who knows better (a debt secured by a pledge,
// a debt whose default triggers a penalty) ranks the claims himself
// ([OnerousByRank] and [LedgerClaim.Rank]) or treats all as equal
// ([OnerousEqual]: oldest first).
//
// "Oldest" is the claim whose Date (the day it arose, such as the invoice
// date) is earliest. A pro-rata split divides the payment in proportion to
// what each claim of the group owes on the payment day, in cents; the cents
// left by rounding down go to the largest remainders, then to the claims in
// ledger order.
//
// A designated payment goes to the designated claims in the order given,
// each up to what it owes; what is left over goes by the statutory order
// to the other open claims. What is left when every claim that has arisen
// by the payment day is paid is Overpaid: it is not carried to later
// claims (that would be a set-off, which the caller decides).
//
// # Within a claim
//
// Netherlands, art. 6:44 lid 1 BW: costs first (extrajudicial collection
// costs included, HR 10 July 2015, ECLI:NL:HR:2015:1868), then the interest
// due, then the principal. Belgium: interest before principal, art. 5.210
// Civil Code (art. 1254 old Civil Code); costs are taken before interest as
// Belgian practice does ([ImputePayments] applies the same order).
//
// # Days
//
// Interest runs on a claim from its InterestFrom day up to and including
// the as-of day. A payment made on a day counts after that day's interest:
// the payment day still bears interest on the balance before the payment,
// and the reduced balance bears interest from the next day. This is the
// convention of [ImputePayments] and of the library's day count (see the
// package documentation: a span from 1 March to 31 March counts 30 days,
// the days after the start up to and including the end). No statutory text
// fixes the payment day either way: art. 6:119 lid 1 BW counts "de tijd dat
// de schuldenaar met de voldoening in verzuim is geweest", and the library
// treats the debtor as still in default on the day of payment. Interest
// runs with the rules of [InterestWith]: periods split at every rate change
// and, where interest compounds, at the end of each year of interest
// counted from the first day of interest (art. 6:119 lid 2 BW).

// LedgerRate is the agreed interest rate of a claim. The zero value means
// no agreed rate: the statutory rate of the claim's kind runs.
type LedgerRate struct {
	// Fixed is an agreed yearly rate as a fraction (0.08 is 8 %) that
	// replaces the statutory rate from the first day of interest (art. 6:119
	// lid 3, 6:119a lid 8 BW; art. 1 Wet 5 mei 1865 for Belgium).
	Fixed decimal.NullDecimal `json:"fixed"`
	// Surcharge is a yearly fraction added to the statutory rate of the
	// claim's kind ("de wettelijke rente vermeerderd met 2 %" is 0.02),
	// from SurchargeFrom; before that day the statutory rate runs alone.
	// Fixed and Surcharge exclude each other.
	Surcharge decimal.NullDecimal `json:"surcharge"`
	// SurchargeFrom is the first day of the surcharge; the zero date means
	// from the claim's first day of interest.
	SurchargeFrom date.Date `json:"surchargeFrom,omitzero"`
}

// LedgerClaim is one claim of a [Ledger]: an invoice or another sum owed,
// with the day it arose, the first day of interest and the costs charged on
// it. Unlike [Debt].From, InterestFrom is the first day that bears
// interest, as a judgment or a letter phrases it ("vermeerderd met de
// wettelijke rente vanaf 1 maart 2024").
type LedgerClaim struct {
	// ID names the claim (an invoice number); a payment designates claims
	// by it. IDs are unique and the claims of a ledger are sorted by ID.
	ID        string          `json:"id"`
	Kind      InterestKind    `json:"kind"`      // the statutory interest that runs
	Principal decimal.Decimal `json:"principal"` // hoofdsom, ≥ 0
	// Costs are costs charged on the claim that bear no interest (the
	// extrajudicial collection costs of [Extrajudicial], VAT included where
	// added), ≥ 0, owed from CostsDue.
	Costs decimal.Decimal `json:"costs"`
	// CostsDue is the first day the costs are owed (for Dutch
	// extrajudicial costs, the day after the 14-day term of art. 6:96 lid 6
	// BW); the zero date means from the claim's Date.
	CostsDue date.Date `json:"costsDue,omitzero"`
	// Date is the day the claim arose (an invoice date). It decides which
	// claim is the oldest (art. 6:43 lid 2 BW, art. 5.209 3° BW (BE)) and,
	// in Belgium, whether Book 5 of the Civil Code applies (from 1 January
	// 2023). The zero date means the day Due.
	Date date.Date `json:"date,omitzero"`
	// Due is the day the claim became due (opeisbaar, vervallen): the last
	// day of the payment term. The zero date means the day before
	// InterestFrom.
	Due date.Date `json:"due,omitzero"`
	// InterestFrom is the first day of interest (required).
	InterestFrom date.Date `json:"interestFrom"`
	// Rate is the agreed rate, if any.
	Rate LedgerRate `json:"rate"`
	// Compounding overrides the compounding rule as in [InterestOptions];
	// the zero value applies the country's rule, under which an agreed
	// rate, a surcharge included, is simple.
	Compounding Compounding `json:"compounding"`
	// DayCount is the day-count convention; the zero value is [Days365].
	DayCount DayCount `json:"dayCount"`
	// Rank orders the claims by how onerous they are under
	// [OnerousByRank]: a higher rank is paid first. Ignored otherwise.
	Rank int `json:"rank"`
}

// LedgerPayment is a sum the debtor paid on a day, with the claims the
// debtor designated for it, if any (art. 6:43 lid 1 BW; art. 5.208 BW
// (BE)).
type LedgerPayment struct {
	Date   date.Date       `json:"date,omitzero"`
	Amount decimal.Decimal `json:"amount"` // > 0
	// Designation lists claim IDs in the order the debtor named them.
	// Empty: the law decides.
	Designation []string `json:"designation,omitempty"`
	// Ref is the caller's reference (a bank statement line); it is copied
	// to the answer.
	Ref string `json:"ref,omitempty"`
}

// Ledger is the input of [Statement]: the claims (sorted by ID) and the
// payments (in date order; payments on one day are imputed in the order
// given).
type Ledger struct {
	Claims   []LedgerClaim   `json:"claims"`
	Payments []LedgerPayment `json:"payments"`
}

// Onerous says how [Statement] decides which of several due claims is the
// most onerous (art. 6:43 lid 2 BW) or the one the debtor had most interest
// in paying (art. 5.209 2° BW (BE), art. 1256 old Civil Code). The zero
// value is [OnerousByRate].
type Onerous uint8

// The rules for the most onerous claim.
const (
	// OnerousByRate ranks by the yearly interest rate running on the claim
	// on the payment day, surcharge included: the higher rate first.
	OnerousByRate Onerous = iota
	// OnerousByRank ranks by the caller's [LedgerClaim].Rank: the higher
	// first.
	OnerousByRank
	// OnerousEqual treats every claim as equally onerous: the oldest first.
	OnerousEqual
)

var onerousNames = [...]string{OnerousByRate: "by-rate", OnerousByRank: "by-rank", OnerousEqual: "equal"}

// Valid reports whether o is a defined rule.
func (o Onerous) Valid() bool { return int(o) < len(onerousNames) }

// String returns "by-rate", "by-rank" or "equal", or "Onerous(n)".
func (o Onerous) String() string {
	if o.Valid() {
		return onerousNames[o]
	}
	return fmt.Sprintf("Onerous(%d)", uint8(o))
}

// MarshalText encodes the rule as its String form.
func (o Onerous) MarshalText() ([]byte, error) {
	if !o.Valid() {
		return nil, vordering.Invalid("Onerous", uint8(o), "not a defined rule")
	}
	return []byte(onerousNames[o]), nil
}

// UnmarshalText decodes "by-rate", "by-rank" or "equal".
func (o *Onerous) UnmarshalText(b []byte) error {
	for i, n := range onerousNames {
		if n == string(b) {
			*o = Onerous(i)
			return nil
		}
	}
	return vordering.Invalid("Onerous", string(b), `want "by-rate", "by-rank" or "equal"`)
}

// StatementOptions tunes [StatementWith]. The zero value gives the answer of
// [Statement].
type StatementOptions struct {
	// Onerous is the rule for the most onerous claim.
	Onerous Onerous `json:"onerous"`
}

// ImputationBasis says why a payment, or part of it, went to a claim.
type ImputationBasis string

// The bases of an allocation. For a payment the law imputes, the basis is
// the step of the statutory order that put the claim before the next open
// claim.
const (
	// BasisDesignated: the debtor designated the claim.
	BasisDesignated ImputationBasis = "designated"
	// BasisDue: the claim was due and the next one was not.
	BasisDue ImputationBasis = "due"
	// BasisOnerous: the claim was more onerous than the next one.
	BasisOnerous ImputationBasis = "onerous"
	// BasisOldest: the claim was older than the next one.
	BasisOldest ImputationBasis = "oldest"
	// BasisProRata: claims equal in every respect shared the payment.
	BasisProRata ImputationBasis = "pro-rata"
	// BasisOnly: the claim was the only open claim left.
	BasisOnly ImputationBasis = "only"
)

// StatementPeriod is one stretch of interest on a claim at one rate on one
// base.
type StatementPeriod struct {
	From  date.Date       `json:"from"`  // first day of interest in the period
	Until date.Date       `json:"until"` // last day, included
	Days  int             `json:"days"`
	Rate  decimal.Decimal `json:"rate"` // yearly rate as a fraction, surcharge included
	// Surcharge is the part of Rate that is the agreed surcharge (zero
	// without one).
	Surcharge decimal.Decimal      `json:"surcharge"`
	Base      decimal.Decimal      `json:"base"`   // the sum on which interest runs
	Amount    decimal.Decimal      `json:"amount"` // rounded half-up to the cent
	Cite      vordering.Citation   `json:"cite"`   // the source of the (statutory) rate
	Known     vordering.Confidence `json:"known,omitzero"`
	// Capitalised is the interest added to the base at the end of this
	// period (the end of a year of interest); zero when none was.
	Capitalised decimal.Decimal `json:"capitalised"`
}

// ClaimAllocation is the part of one payment imputed to one claim, and the
// claim's balance after it.
type ClaimAllocation struct {
	Claim       string          `json:"claim"` // the claim's ID
	ToCosts     decimal.Decimal `json:"toCosts"`
	ToInterest  decimal.Decimal `json:"toInterest"`
	ToPrincipal decimal.Decimal `json:"toPrincipal"`
	Basis       ImputationBasis `json:"basis"`
	After       Balance         `json:"after"`
}

// Total returns the part of the payment imputed to the claim.
func (a ClaimAllocation) Total() decimal.Decimal {
	return a.ToCosts.Add(a.ToInterest).Add(a.ToPrincipal)
}

// PaymentStatement is one payment and how it was imputed.
type PaymentStatement struct {
	Index       int               `json:"index"` // position in Ledger.Payments
	Date        date.Date         `json:"date,omitzero"`
	Amount      decimal.Decimal   `json:"amount"`
	Ref         string            `json:"ref,omitempty"`
	Designation []string          `json:"designation,omitempty"`
	Allocations []ClaimAllocation `json:"allocations"`
	// Surplus is what was left after every claim that had arisen by the
	// payment day was paid.
	Surplus decimal.Decimal `json:"surplus"`
}

// ClaimStatement is one claim on the as-of day.
type ClaimStatement struct {
	ID           string          `json:"id"`
	Kind         InterestKind    `json:"kind"`
	Date         date.Date       `json:"date,omitzero"` // the day it arose (defaults applied)
	Due          date.Date       `json:"due,omitzero"`
	InterestFrom date.Date       `json:"interestFrom"`
	Principal    decimal.Decimal `json:"principal"`
	Costs        decimal.Decimal `json:"costs"`
	CostsDue     date.Date       `json:"costsDue,omitzero"`
	Rate         LedgerRate      `json:"rate"`
	DayCount     DayCount        `json:"dayCount"`
	Compounded   bool            `json:"compounded"`
	Contractual  bool            `json:"contractual"`
	// Periods lists the interest periods in date order, split at every
	// rate change, every end of a year of interest (with compounding),
	// every payment imputed to the claim and, with [ActualYear], every
	// 1 January.
	Periods         []StatementPeriod `json:"periods"`
	Capitalisations []Capitalisation  `json:"capitalisations,omitempty"`
	// Interest is the sum of the periods' amounts up to and including AsOf.
	Interest decimal.Decimal `json:"interest"`
	// Paid is what the payments imputed to the claim, by component.
	PaidCosts     decimal.Decimal `json:"paidCosts"`
	PaidInterest  decimal.Decimal `json:"paidInterest"`
	PaidPrincipal decimal.Decimal `json:"paidPrincipal"`
	// Balance is what the claim owes on AsOf, interest included up to AsOf
	// (costs only once due).
	Balance Balance `json:"balance"`
	// CostsNotDue is the part of Costs not yet owed on AsOf.
	CostsNotDue decimal.Decimal `json:"costsNotDue"`
}

// StatementTotals are the debtor's totals. They reconcile: Principal +
// Costs + Interest = Balance.Total + Applied, and Paid = Applied +
// Overpaid.
type StatementTotals struct {
	Principal   decimal.Decimal `json:"principal"`   // the claims' principals
	Costs       decimal.Decimal `json:"costs"`       // costs owed by AsOf
	CostsNotDue decimal.Decimal `json:"costsNotDue"` // costs owed only after AsOf
	Interest    decimal.Decimal `json:"interest"`    // all interest up to AsOf
	Paid        decimal.Decimal `json:"paid"`        // all payments
	Applied     decimal.Decimal `json:"applied"`     // the part imputed to claims
	Overpaid    decimal.Decimal `json:"overpaid"`    // the part left over
	Balance     Balance         `json:"balance"`     // owed on AsOf
}

// DayConvention states how [Statement] counts the days of interest; it is
// part of every answer so that a reader of the figures sees it.
const DayConvention = "interest runs from the first day of interest up to and including the as-of day; " +
	"a payment counts at the end of its day: that day bears interest on the balance before the payment"

// StatementResult is the answer of [Statement].
type StatementResult struct {
	Country  vordering.Country  `json:"country"`
	AsOf     date.Date          `json:"asOf"`
	Options  StatementOptions   `json:"options"`
	Claims   []ClaimStatement   `json:"claims"`   // in ledger order
	Payments []PaymentStatement `json:"payments"` // in ledger order
	Totals   StatementTotals    `json:"totals"`
	// DayConvention repeats [DayConvention].
	DayConvention string                 `json:"dayConvention"`
	Rounding      vordering.RoundingRule `json:"rounding"`
	Citations     []vordering.Citation   `json:"citations"`
	// Assurance is how sure the figures are: the weakest level of the rate
	// rows used.
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer.
	Stamp vordering.Stamp `json:"stamp"`
}

var (
	citeDesignateNL = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:43 lid 1 (the claim the debtor designates)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeOrderNL = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:43 lid 2 (due claims first; the most onerous; the oldest; pro rata)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeDesignateBE = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 5 (Wet 28 april 2022)", Article: "art. 5.208 (toerekening beslist door de schuldenaar)",
		Publication: "BS 1.7.2022, numac 2022032058", URL: "https://www.ejustice.just.fgov.be/eli/wet/2022/04/28/2022032058/justel"}
	citeOrderBE = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 5 (Wet 28 april 2022)", Article: "art. 5.209 (vervallen schulden; meeste belang; oudste; naar evenredigheid)",
		Publication: "BS 1.7.2022, numac 2022032058", URL: "https://www.ejustice.just.fgov.be/eli/wet/2022/04/28/2022032058/justel"}
	citeWithinBE5 = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 5 (Wet 28 april 2022)", Article: "art. 5.210 (interest before capital); costs first: Belgian practice",
		Publication: "BS 1.7.2022, numac 2022032058", URL: "https://www.ejustice.just.fgov.be/eli/wet/2022/04/28/2022032058/justel"}
	citeDesignateBEOld = vordering.Citation{Instrument: "Oud Burgerlijk Wetboek", Article: "art. 1253 (the debtor's designation); Wet 28 april 2022 art. 64 (obligations arisen before 1.1.2023)",
		URL: "https://www.mediationdedettes.be/Toerekening-van-betalingen-SEPTEMBER-2022"}
	citeOrderBEOld = vordering.Citation{Instrument: "Oud Burgerlijk Wetboek", Article: "art. 1256 (due debts; most interest in paying; oldest; pro rata); Wet 28 april 2022 art. 64",
		URL: "https://www.mediationdedettes.be/Toerekening-van-betalingen-SEPTEMBER-2022"}
	citeDayConvention = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:119 lid 1 (interest over the time in default); day count: library convention",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
)

// book5From is the day Book 5 of the Belgian Civil Code entered into force
// (art. 65 Wet 28 april 2022: the first day of the sixth month after its
// publication). Publication BS 1.7.2022, numac 2022032058, and entry into
// force 1.1.2023 are confirmed by two independent lists of the new Civil
// Code's books with their ejustice numac and publication dates (stored
// code corpus ids 53283403285 and 54817399644) and by the ejustice address
// of the text (pub_date=2022-07-01).
var book5From = date.New(2023, 1, 1)

// Statement imputes the payments of ledger l to its claims in country c and
// returns the statement of account on asOf: per claim the principal, costs,
// interest periods, what each payment paid and the balance, and the
// debtor's totals. See [LedgerClaim] and the rules described at [Ledger]'s
// file documentation: the debtor's designation, else the statutory order
// (art. 6:43 BW; art. 5.208–5.209 BW (BE) or 1253–1256 old Civil Code),
// then costs, interest, principal within a claim (art. 6:44 BW; art. 5.210
// BW (BE)).
//
// Bad input (a negative amount, a payment before every claim, a
// designation of an unknown claim, claims not sorted by ID or with a
// duplicate ID, a missing date) gives an error wrapping
// vordering.ErrInvalidInput that names the field and index, e.g.
// "payments[3].designation[0]". A day no rate covers gives an error
// wrapping vordering.ErrNoRuleInForce: the balance after it cannot be
// known.
func Statement(c vordering.Country, l Ledger, asOf date.Date) (StatementResult, error) {
	return Rules{}.StatementWith(c, l, asOf, StatementOptions{})
}

// StatementWith is [Statement] with options.
func StatementWith(c vordering.Country, l Ledger, asOf date.Date, opts StatementOptions) (StatementResult, error) {
	return Rules{}.StatementWith(c, l, asOf, opts)
}

// Statement is [Statement] on the rule set and under its policy.
func (r Rules) Statement(c vordering.Country, l Ledger, asOf date.Date) (StatementResult, error) {
	return r.StatementWith(c, l, asOf, StatementOptions{})
}

// stClaim is a claim during the computation.
type stClaim struct {
	in         *LedgerClaim
	idx        int
	date, due  date.Date
	costsDue   date.Date
	e          *accrual
	st         accrualState
	costs      decimal.Decimal // owed costs not yet paid
	costsOwed  bool            // the costs have become owed
	out        *ClaimStatement
	scratch    []InterestPeriod
	caps       []Capitalisation
	rankRate   decimal.Decimal
	rankFrom   date.Date
	rankUntil  date.Date // zero: open
	rankCached bool

	// The claim's place in the queues of the imputer: its rate class, the
	// version of its live queue entry (older entries are stale) and the key
	// it was queued under.
	class   int
	ver     uint32
	inQueue bool
	qDue    bool // queued as due
	qSur    bool // queued with its surcharge running
}

// StatementWith is [StatementWith] on the rule set and under its policy.
func (r Rules) StatementWith(c vordering.Country, l Ledger, asOf date.Date, opts StatementOptions) (StatementResult, error) {
	return r.statementWith(c, l, asOf, opts, false)
}

// statementWith is StatementWith; scan makes every payment use the linear
// scan of imputeByLaw instead of the imputer's heaps (the reference the
// heaps are tested against).
func (r Rules) statementWith(c vordering.Country, l Ledger, asOf date.Date, opts StatementOptions, scan bool) (StatementResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return StatementResult{}, err
	}
	if !c.Valid() {
		return StatementResult{}, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if !opts.Onerous.Valid() {
		return StatementResult{}, vordering.Invalid("options.onerous", uint8(opts.Onerous), "not a defined rule")
	}
	if err := vordering.CheckDate("asOf", asOf); err != nil {
		return StatementResult{}, err
	}
	claims, err := r.statementClaims(c, l.Claims, asOf)
	if err != nil {
		return StatementResult{}, err
	}
	if err := checkStatementPayments(l.Payments, claims, asOf); err != nil {
		return StatementResult{}, err
	}
	res := StatementResult{
		Country: c, AsOf: asOf, Options: opts, DayConvention: DayConvention, Rounding: vordering.HalfUp,
		Claims:   make([]ClaimStatement, len(claims)),
		Payments: make([]PaymentStatement, 0, len(l.Payments)),
	}
	for i := range claims {
		res.Claims[i] = claims[i].statementHead()
		claims[i].out = &res.Claims[i]
	}
	// The open claims wait in the queues of an imputer: a payment finds the
	// next claim to pay in O(log n), see imputer.
	im := newImputer(claims, opts.Onerous, r.Policy)
	im.scan = scan
	for pi := range l.Payments {
		p := &l.Payments[pi]
		ps := PaymentStatement{Index: pi, Date: p.Date, Amount: p.Amount, Ref: p.Ref,
			Designation: append([]string(nil), p.Designation...)}
		left := p.Amount
		for _, id := range p.Designation {
			if !left.IsPositive() {
				break
			}
			k := findClaim(claims, id)
			a, err := claims[k].pay(p.Date, &left, BasisDesignated)
			if err != nil {
				return StatementResult{}, err
			}
			if a.Total().IsPositive() {
				ps.Allocations = append(ps.Allocations, a)
			}
		}
		if left.IsPositive() {
			if err := im.impute(p.Date, &left, &ps.Allocations); err != nil {
				return StatementResult{}, err
			}
		}
		ps.Surplus = left
		res.Payments = append(res.Payments, ps)
	}
	assurance := vordering.Assurance{}
	cites := make([]vordering.Citation, 0, 12)
	tot := StatementTotals{}
	for i := range claims {
		sc := &claims[i]
		if err := sc.advance(asOf); err != nil {
			return StatementResult{}, err
		}
		sc.finish(asOf)
		assurance = assurance.Join(sc.e.assurance)
		for _, ct := range sc.e.citations(sc.scratch) {
			cites = appendCite(cites, ct)
		}
		if sc.e.hasSurcharge || sc.e.contract {
			cites = appendCite(cites, sc.e.contractCite())
		}
		cs := sc.out
		tot.Principal = tot.Principal.Add(cs.Principal)
		tot.Costs = tot.Costs.Add(cs.Costs.Sub(cs.CostsNotDue))
		tot.CostsNotDue = tot.CostsNotDue.Add(cs.CostsNotDue)
		tot.Interest = tot.Interest.Add(cs.Interest)
		tot.Balance.Costs = tot.Balance.Costs.Add(cs.Balance.Costs)
		tot.Balance.Interest = tot.Balance.Interest.Add(cs.Balance.Interest)
		tot.Balance.Principal = tot.Balance.Principal.Add(cs.Balance.Principal)
	}
	tot.Balance.Total = tot.Balance.Costs.Add(tot.Balance.Interest).Add(tot.Balance.Principal)
	for _, ps := range res.Payments {
		tot.Paid = tot.Paid.Add(ps.Amount)
		tot.Overpaid = tot.Overpaid.Add(ps.Surplus)
	}
	tot.Applied = tot.Paid.Sub(tot.Overpaid)
	res.Totals = tot
	for _, ct := range imputationCites(c, claims, l.Payments) {
		cites = appendCite(cites, ct)
	}
	cites = appendCite(cites, citeDayConvention)
	res.Citations = cites
	if assurance.Level == 0 {
		assurance = vordering.Sure()
	}
	res.Assurance = assurance
	res.Stamp = r.Stamp()
	return res, nil
}

func appendCite(cs []vordering.Citation, c vordering.Citation) []vordering.Citation {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

// imputationCites lists the imputation rules of the claims' regimes.
func imputationCites(c vordering.Country, claims []stClaim, payments []LedgerPayment) []vordering.Citation {
	var out []vordering.Citation
	designated := false
	for _, p := range payments {
		if len(p.Designation) > 0 {
			designated = true
		}
	}
	if c == vordering.NL {
		if designated {
			out = append(out, citeDesignateNL)
		}
		return append(out, citeOrderNL, citeImputeNL)
	}
	old, book5 := false, false
	for i := range claims {
		if claims[i].date.Before(book5From) {
			old = true
		} else {
			book5 = true
		}
	}
	if book5 {
		if designated {
			out = append(out, citeDesignateBE)
		}
		out = append(out, citeOrderBE, citeWithinBE5)
	}
	if old {
		if designated {
			out = append(out, citeDesignateBEOld)
		}
		out = append(out, citeOrderBEOld, citeImputeBE)
	}
	return out
}

func (e *accrual) contractCite() vordering.Citation { return e.cite }

func findClaim(claims []stClaim, id string) int {
	k := sort.Search(len(claims), func(i int) bool { return claims[i].in.ID >= id })
	if k < len(claims) && claims[k].in.ID == id {
		return k
	}
	return -1
}

// maxClaimID bounds the length of a claim ID.
const maxClaimID = 200

func (r Rules) statementClaims(c vordering.Country, in []LedgerClaim, asOf date.Date) ([]stClaim, error) {
	if err := vordering.CheckItems("claims", len(in)); err != nil {
		return nil, err
	}
	if len(in) == 0 {
		return nil, vordering.Invalid("claims", 0, "a ledger needs at least one claim")
	}
	out := make([]stClaim, len(in))
	for i := range in {
		cl := &in[i]
		f := func(name string) string { return fmt.Sprintf("claims[%d].%s", i, name) }
		switch {
		case cl.ID == "":
			return nil, vordering.Invalid(f("id"), "", "an ID is required")
		case len(cl.ID) > maxClaimID:
			return nil, vordering.Invalid(f("id"), len(cl.ID), fmt.Sprintf("longer than %d bytes", maxClaimID))
		case i > 0 && cl.ID == in[i-1].ID:
			return nil, vordering.Invalid(f("id"), cl.ID, fmt.Sprintf("duplicate of claims[%d].id", i-1))
		case i > 0 && cl.ID < in[i-1].ID:
			return nil, vordering.Invalid(f("id"), cl.ID, fmt.Sprintf("claims must be sorted by ID: after %q", in[i-1].ID))
		}
		if !cl.Kind.Valid() {
			return nil, vordering.Invalid(f("kind"), uint8(cl.Kind), "want Statutory or Commercial")
		}
		if !cl.Compounding.Valid() {
			return nil, vordering.Invalid(f("compounding"), uint8(cl.Compounding), "not a defined mode")
		}
		if !cl.DayCount.Valid() {
			return nil, vordering.Invalid(f("dayCount"), uint8(cl.DayCount), "not a defined convention")
		}
		for _, a := range []struct {
			name string
			v    decimal.Decimal
		}{{"principal", cl.Principal}, {"costs", cl.Costs}} {
			if a.v.IsNegative() {
				return nil, vordering.Invalid(f(a.name), a.v, "must not be negative")
			}
			if err := vordering.CheckAmount(f(a.name), a.v); err != nil {
				return nil, err
			}
		}
		if err := vordering.CheckDate(f("interestFrom"), cl.InterestFrom); err != nil {
			return nil, err
		}
		for _, d := range []struct {
			name string
			v    date.Date
		}{{"date", cl.Date}, {"due", cl.Due}, {"costsDue", cl.CostsDue}, {"rate.surchargeFrom", cl.Rate.SurchargeFrom}} {
			if err := vordering.CheckOptionalDate(f(d.name), d.v); err != nil {
				return nil, err
			}
		}
		sc := stClaim{in: cl, idx: i}
		sc.due = cl.Due
		if sc.due.IsZero() {
			sc.due = cl.InterestFrom.Add(-1)
		}
		sc.date = cl.Date
		if sc.date.IsZero() {
			sc.date = sc.due
		}
		sc.costsDue = cl.CostsDue
		if sc.costsDue.IsZero() {
			sc.costsDue = sc.date
		}
		switch {
		case !sc.due.Before(cl.InterestFrom):
			return nil, vordering.Invalid(f("due"), sc.due, "interest runs only after the claim is due: want a day before interestFrom "+cl.InterestFrom.String())
		case sc.date.After(sc.due):
			return nil, vordering.Invalid(f("date"), sc.date, "after the day the claim is due ("+sc.due.String()+")")
		case sc.date.After(asOf):
			return nil, vordering.Invalid(f("date"), sc.date, "after asOf "+asOf.String())
		case sc.costsDue.Before(sc.date):
			return nil, vordering.Invalid(f("costsDue"), sc.costsDue, "before the claim arose ("+sc.date.String()+")")
		case asOf.Sub(sc.date) > 366*maxInterestYears:
			return nil, vordering.Invalid(f("date"), sc.date, "more than 100 years before asOf")
		}
		opts := InterestOptions{DayCount: cl.DayCount, Compounding: cl.Compounding}
		rt := cl.Rate
		switch {
		case rt.Fixed.Valid && rt.Surcharge.Valid:
			return nil, vordering.Invalid(f("rate"), "fixed and surcharge", "give a fixed rate or a surcharge, not both")
		case rt.Fixed.Valid:
			opts.ContractRate = rt.Fixed
		case rt.Surcharge.Valid:
			if s := rt.Surcharge.Decimal; s.IsNegative() || s.GreaterThan(decimal.NewFromInt(10)) {
				return nil, vordering.Invalid(f("rate.surcharge"), s, "want a yearly fraction between 0 and 10 (1000 %)")
			}
		case !rt.SurchargeFrom.IsZero():
			return nil, vordering.Invalid(f("rate.surchargeFrom"), rt.SurchargeFrom, "a day without a surcharge")
		}
		e, err := newAccrual(c, cl.Kind, cl.InterestFrom.Add(-1), opts)
		if err != nil {
			if ie := (*vordering.InputError)(nil); errors.As(err, &ie) && strings.HasPrefix(ie.Field, "InterestOptions.ContractRate") {
				return nil, vordering.Invalid(f("rate.fixed"), ie.Value, ie.Reason)
			}
			return nil, err
		}
		e.policy = r.Policy
		if e.table != nil {
			e.table = r.rateTable(c, cl.Kind)
		}
		if rt.Surcharge.Valid {
			e.hasSurcharge, e.surcharge = true, rt.Surcharge.Decimal
			e.surchargeFrom = rt.SurchargeFrom
			if e.surchargeFrom.IsZero() || e.surchargeFrom.Before(cl.InterestFrom) {
				e.surchargeFrom = cl.InterestFrom
			}
			e.cite = citeContractNL
			if c == vordering.BE {
				e.cite = citeContractBE
			}
			if cl.Compounding == CompoundByLaw {
				e.compound = false // an agreed rate is simple by law's default, as in InterestWith
			}
		}
		sc.e = e
		sc.st = accrualState{base: cl.Principal, interest: decimal.Zero, at: cl.InterestFrom.Add(-1), year: 1}
		sc.costs = decimal.Zero
		out[i] = sc
	}
	return out, nil
}

func checkStatementPayments(ps []LedgerPayment, claims []stClaim, asOf date.Date) error {
	if err := vordering.CheckItems("payments", len(ps)); err != nil {
		return err
	}
	first := claims[0].date
	for i := range claims {
		if claims[i].date.Before(first) {
			first = claims[i].date
		}
	}
	for i := range ps {
		p := &ps[i]
		f := func(name string) string { return fmt.Sprintf("payments[%d].%s", i, name) }
		if err := vordering.CheckDate(f("date"), p.Date); err != nil {
			return err
		}
		if err := vordering.CheckAmount(f("amount"), p.Amount); err != nil {
			return err
		}
		if !p.Amount.IsPositive() {
			return vordering.Invalid(f("amount"), p.Amount, "must be positive")
		}
		switch {
		case p.Date.After(asOf):
			return vordering.Invalid(f("date"), p.Date, "after asOf "+asOf.String())
		case p.Date.Before(first):
			return vordering.Invalid(f("date"), p.Date, "before every claim (the first arose on "+first.String()+")")
		case i > 0 && p.Date.Before(ps[i-1].Date):
			return vordering.Invalid(f("date"), p.Date, "payments must be in date order: before payments["+fmt.Sprint(i-1)+"] of "+ps[i-1].Date.String())
		}
		if err := vordering.CheckItems(f("designation"), len(p.Designation)); err != nil {
			return err
		}
		if len(p.Ref) > 1000 {
			return vordering.Invalid(f("ref"), len(p.Ref), "longer than 1000 bytes")
		}
		for j, id := range p.Designation {
			fd := fmt.Sprintf("payments[%d].designation[%d]", i, j)
			k := findClaim(claims, id)
			if k < 0 {
				return vordering.Invalid(fd, id, "no claim has this ID")
			}
			if claims[k].date.After(p.Date) {
				return vordering.Invalid(fd, id, "the claim arose on "+claims[k].date.String()+", after the payment")
			}
			for _, prev := range p.Designation[:j] {
				if prev == id {
					return vordering.Invalid(fd, id, "designated twice")
				}
			}
		}
	}
	return nil
}

func (sc *stClaim) statementHead() ClaimStatement {
	cl := sc.in
	return ClaimStatement{
		ID: cl.ID, Kind: cl.Kind, Date: sc.date, Due: sc.due, InterestFrom: cl.InterestFrom,
		Principal: cl.Principal, Costs: cl.Costs, CostsDue: sc.costsDue, Rate: cl.Rate, DayCount: cl.DayCount,
		Compounded: sc.e.compound, Contractual: sc.e.contract || sc.e.hasSurcharge,
		PaidCosts: decimal.Zero, PaidInterest: decimal.Zero, PaidPrincipal: decimal.Zero,
	}
}

// advance runs the interest up to and including d and adds the costs once
// they are owed.
func (sc *stClaim) advance(d date.Date) error {
	if !sc.costsOwed && !sc.costsDue.After(d) {
		sc.costsOwed = true
		sc.costs = sc.costs.Add(sc.in.Costs)
	}
	if !d.After(sc.st.at) {
		return nil
	}
	nper, ncap := len(sc.scratch), len(sc.caps)
	if err := sc.e.run(&sc.st, d, &sc.scratch, &sc.caps); err != nil {
		return err
	}
	for _, p := range sc.scratch[nper:] {
		if p.Base.IsZero() {
			continue // a paid claim: no interest runs, nothing to show
		}
		sp := StatementPeriod{From: p.From, Until: p.Until, Days: p.Days, Rate: p.Rate, Surcharge: decimal.Zero,
			Base: p.Base, Amount: p.Amount, Cite: p.Cite, Known: p.Known, Capitalised: decimal.Zero}
		if sc.e.hasSurcharge && !p.From.Before(sc.e.surchargeFrom) {
			sp.Surcharge = sc.e.surcharge
		}
		sc.out.Periods = append(sc.out.Periods, sp)
	}
	for _, cp := range sc.caps[ncap:] {
		for k := len(sc.out.Periods) - 1; k >= 0; k-- {
			if sc.out.Periods[k].Until.Equal(cp.Date) {
				sc.out.Periods[k].Capitalised = cp.Added
				break
			}
		}
	}
	return nil
}

// owes reports whether the claim owes anything on d (before advancing).
func (sc *stClaim) owes(d date.Date) bool {
	return sc.st.base.IsPositive() || sc.st.interest.IsPositive() || sc.costs.IsPositive() ||
		(!sc.costsOwed && !sc.costsDue.After(d) && sc.in.Costs.IsPositive())
}

func (sc *stClaim) owed() decimal.Decimal {
	return sc.costs.Add(sc.st.interest).Add(sc.st.base)
}

// pay imputes up to *left to the claim on day d: costs, interest,
// principal.
func (sc *stClaim) pay(d date.Date, left *decimal.Decimal, basis ImputationBasis) (ClaimAllocation, error) {
	if err := sc.advance(d); err != nil {
		return ClaimAllocation{}, err
	}
	take := func(owed *decimal.Decimal) decimal.Decimal {
		x := decimal.Min(*left, *owed)
		*owed = owed.Sub(x)
		*left = left.Sub(x)
		return x
	}
	a := ClaimAllocation{Claim: sc.in.ID, Basis: basis}
	a.ToCosts = take(&sc.costs)
	a.ToInterest = take(&sc.st.interest)
	a.ToPrincipal = take(&sc.st.base)
	a.After = debtBalance(sc.costs, sc.st)
	sc.out.PaidCosts = sc.out.PaidCosts.Add(a.ToCosts)
	sc.out.PaidInterest = sc.out.PaidInterest.Add(a.ToInterest)
	sc.out.PaidPrincipal = sc.out.PaidPrincipal.Add(a.ToPrincipal)
	return a, nil
}

func (sc *stClaim) finish(asOf date.Date) {
	cs := sc.out
	cs.Capitalisations = sc.caps
	total := decimal.Zero
	for _, p := range cs.Periods {
		total = total.Add(p.Amount)
	}
	cs.Interest = total
	cs.Balance = debtBalance(sc.costs, sc.st)
	cs.CostsNotDue = decimal.Zero
	if !sc.costsOwed {
		cs.CostsNotDue = sc.in.Costs
	}
}

// rateOn returns the yearly rate running on the claim on day d, for the
// ranking by rate; an uncovered day ranks as zero (the interest computation
// reports it).
func (sc *stClaim) rateOn(d date.Date) decimal.Decimal {
	if sc.rankCached && !d.Before(sc.rankFrom) && (sc.rankUntil.IsZero() || !d.After(sc.rankUntil)) {
		return sc.rankRate
	}
	e := sc.e
	var r decimal.Decimal
	from, until := d, d
	if e.table == nil {
		r, from, until = e.fixed, date.Date{}, date.Date{}
	} else {
		h, err := e.table.Lookup(d, e.policy)
		if err != nil {
			return decimal.Zero
		}
		r, from, until = h.Row.Value, h.Row.From, h.Until
		if e.hasSurcharge {
			if d.Before(e.surchargeFrom) {
				if until.IsZero() || !until.Before(e.surchargeFrom) {
					until = e.surchargeFrom.Add(-1)
				}
			} else {
				r = r.Add(e.surcharge)
				if from.Before(e.surchargeFrom) {
					from = e.surchargeFrom
				}
			}
		}
	}
	sc.rankRate, sc.rankFrom, sc.rankUntil, sc.rankCached = r, from, until, true
	return r
}

// rankKey is what the statutory order compares: due first, then the more
// onerous, then the older; ties are shared pro rata.
type rankKey struct {
	sc   *stClaim
	due  bool
	rate decimal.Decimal // OnerousByRate
	rank int             // OnerousByRank
}

// compare returns the first criterion in which a and b differ and its sign
// (negative: a comes first), or "" and 0 for a tie.
func (a *rankKey) compare(b *rankKey, on Onerous) (ImputationBasis, int) {
	if a.due != b.due {
		if a.due {
			return BasisDue, -1
		}
		return BasisDue, 1
	}
	switch on {
	case OnerousByRate:
		if c := b.rate.Cmp(a.rate); c != 0 {
			return BasisOnerous, c
		}
	case OnerousByRank:
		if a.rank != b.rank {
			if a.rank > b.rank {
				return BasisOnerous, -1
			}
			return BasisOnerous, 1
		}
	}
	if !a.sc.date.Equal(b.sc.date) {
		if a.sc.date.Before(b.sc.date) {
			return BasisOldest, -1
		}
		return BasisOldest, 1
	}
	return "", 0
}

// imputeByLaw imputes *left on day d to the open claims in the statutory
// order, appending the allocations. It picks the first group of equal
// claims by a linear scan, pays it, and goes on while money is left, so a
// payment that settles g groups costs g scans of the open claims. It is
// the reference that the imputer's heaps reproduce, and the imputer's
// fallback on a day a rate table does not cover.
func imputeByLaw(open []*stClaim, d date.Date, left *decimal.Decimal, on Onerous, out *[]ClaimAllocation) error {
	keys := make([]rankKey, 0, len(open))
	for _, sc := range open {
		if !sc.owes(d) {
			continue
		}
		k := rankKey{sc: sc, due: !sc.due.After(d), rank: sc.in.Rank}
		if on == OnerousByRate {
			k.rate = sc.rateOn(d)
		}
		keys = append(keys, k)
	}
	group := make([]*stClaim, 0, 4)
	for len(keys) > 0 && left.IsPositive() {
		best := 0
		for i := 1; i < len(keys); i++ {
			if _, c := keys[i].compare(&keys[best], on); c < 0 {
				best = i
			}
		}
		// The group: the claims equal to the best, in ledger order; the
		// rest stay for the next round.
		group = group[:0]
		rest := keys[:0]
		bk := keys[best]
		var next *rankKey
		for i := range keys {
			if _, c := keys[i].compare(&bk, on); c == 0 {
				group = append(group, keys[i].sc)
				continue
			}
			rest = append(rest, keys[i])
		}
		for i := range rest {
			if next == nil {
				next = &rest[i]
			} else if _, c := rest[i].compare(next, on); c < 0 {
				next = &rest[i]
			}
		}
		sort.Slice(group, func(i, j int) bool { return group[i].idx < group[j].idx })
		basis := BasisOnly
		if next != nil {
			basis, _ = bk.compare(next, on)
		}
		if len(group) > 1 {
			basis = BasisProRata
		}
		if err := payGroup(group, d, left, basis, out); err != nil {
			return err
		}
		keys = rest
	}
	return nil
}

// payGroup pays a group of equal claims: each in full when the payment
// covers them all, else pro rata to what each owes, in cents.
func payGroup(group []*stClaim, d date.Date, left *decimal.Decimal, basis ImputationBasis, out *[]ClaimAllocation) error {
	for _, sc := range group {
		if err := sc.advance(d); err != nil {
			return err
		}
	}
	total := decimal.Zero
	for _, sc := range group {
		total = total.Add(sc.owed())
	}
	shares := make([]decimal.Decimal, len(group))
	if len(group) == 1 || !left.LessThan(total) {
		for k, sc := range group {
			shares[k] = sc.owed()
		}
	} else {
		shares = proRata(*left, group, total)
	}
	for k, sc := range group {
		if !shares[k].IsPositive() {
			continue
		}
		part := decimal.Min(shares[k], *left)
		rest := part
		a, err := sc.pay(d, &rest, basis)
		if err != nil {
			return err
		}
		*left = left.Sub(part.Sub(rest))
		*out = append(*out, a)
	}
	return nil
}

// proRata splits amount (less than total) over the group in proportion to
// what each owes, in whole cents: each share rounded down, the cents left
// to the largest remainders, ties in group order.
func proRata(amount decimal.Decimal, group []*stClaim, total decimal.Decimal) []decimal.Decimal {
	cents := func(d decimal.Decimal) *big.Int { return d.Shift(2).BigInt() }
	a, t := cents(amount), cents(total)
	shares := make([]decimal.Decimal, len(group))
	rems := make([]*big.Int, len(group))
	given := new(big.Int)
	for k, sc := range group {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(a, cents(sc.owed())), t, new(big.Int))
		shares[k] = decimal.NewFromBigInt(q, -2)
		rems[k] = r
		given.Add(given, q)
	}
	left := new(big.Int).Sub(a, given).Int64() // fewer cents than claims
	order := make([]int, len(group))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(i, j int) bool { return rems[order[i]].Cmp(rems[order[j]]) > 0 })
	cent := decimal.New(1, -2)
	for k := 0; k < len(order) && left > 0; k++ {
		shares[order[k]] = shares[order[k]].Add(cent)
		left--
	}
	return shares
}

// The imputer finds the claim that a payment imputed by law pays next
// without scanning every open claim, so that a statement costs
// O((claims + payments + allocations) · log claims) rather than claims ×
// payments.
//
// The statutory order compares, on the payment day, whether a claim is
// due, how onerous it is and how old it is. Only the middle criterion
// changes with the day under OnerousByRate, and it changes the same way
// for many claims: every claim whose rate follows one statutory table (one
// kind of interest) runs at the table's rate on the day plus its own
// surcharge (zero without one, and zero before SurchargeFrom), and every
// claim with a fixed agreed rate runs at that rate. So the claims of one
// table keep one order among themselves on every day: by surcharge
// (higher first), then by Date (older first). The imputer keeps the open
// claims in a binary heap per (due or not, rate class) – at most two times
// five heaps, one per statutory table used and one for the fixed rates,
// each ordered by (surcharge or fixed rate, Date, ledger index). On a
// payment day it looks up each table's rate once and compares only the
// heads of the heaps. Under OnerousByRank the order is static (Rank, Date)
// and under OnerousEqual it is Date: one class.
//
// A claim changes heap only on days known in advance: the day it arises
// (it enters), the day it becomes due (not due → due), the first day of
// its surcharge (its key grows) and the day its costs become owed (a paid
// claim owes again). These events are sorted once and applied as the
// payment days pass them; a move pushes a new entry and leaves the old one
// stale (lazy deletion by version). A claim that owes nothing is dropped
// when it reaches the head of its heap. Each claim is thus pushed at most
// four times plus once per allocation that leaves it owing (a partial
// payment). Interest is brought up to date lazily: only when a payment
// touches the claim (stClaim.pay) and once at the end (asOf).
//
// Two corners are not O(log n):
//   - A pro-rata split pays every claim of a group of equal claims (due
//     alike, equally onerous, of the same Date) and re-queues those that
//     still owe: O(g log n) for a group of g claims. The law requires
//     touching them all; when claims differ only g = 1.
//   - On a payment day that a statutory table of an open claim does not
//     cover (rateOn then ranks the claim at zero, whatever its surcharge)
//     the imputer falls back to the linear scan of imputeByLaw over the
//     open claims, for that payment only. The interest computation of
//     such a claim fails on that day in practice, so the statement
//     reports ErrNoRuleInForce anyway.
type imputer struct {
	on     Onerous
	policy vordering.Policy
	// tables[k-1] is the table of class k; class 0 holds the claims with a
	// fixed rate (OnerousByRate) or every claim (otherwise).
	tables []*vordering.Timeline[decimal.Decimal]
	heaps  [2][]stHeap // [0]: not yet due, [1]: due
	base   []decimal.Decimal
	events []stEvent
	next   int
	group  []*stClaim
	// scan makes every payment use the linear scan of imputeByLaw.
	scan bool
}

// stEvent is a day on which a claim may change heap.
type stEvent struct {
	on date.Date
	sc *stClaim
}

func newImputer(claims []stClaim, on Onerous, policy vordering.Policy) *imputer {
	im := &imputer{on: on, policy: policy, events: make([]stEvent, 0, 3*len(claims))}
	for i := range claims {
		sc := &claims[i]
		sc.class = 0
		if on == OnerousByRate && sc.e.table != nil {
			k := 0
			for j, t := range im.tables {
				if t == sc.e.table {
					k = j + 1
				}
			}
			if k == 0 {
				im.tables = append(im.tables, sc.e.table)
				k = len(im.tables)
			}
			sc.class = k
		}
		im.events = append(im.events, stEvent{sc.date, sc})
		if sc.due.After(sc.date) {
			im.events = append(im.events, stEvent{sc.due, sc})
		}
		if sc.in.Costs.IsPositive() && sc.costsDue.After(sc.date) {
			im.events = append(im.events, stEvent{sc.costsDue, sc})
		}
		if on == OnerousByRate && sc.e.hasSurcharge && sc.e.surchargeFrom.After(sc.date) {
			im.events = append(im.events, stEvent{sc.e.surchargeFrom, sc})
		}
	}
	sort.Slice(im.events, func(i, j int) bool { return im.events[i].on.Before(im.events[j].on) })
	n := 1 + len(im.tables)
	for q := range im.heaps {
		im.heaps[q] = make([]stHeap, n)
		for k := range im.heaps[q] {
			im.heaps[q][k].on = on
		}
	}
	im.base = make([]decimal.Decimal, n)
	return im
}

// place queues sc under its key on day d, unless it is queued so already.
func (im *imputer) place(sc *stClaim, d date.Date) {
	due := !sc.due.After(d)
	sur := im.on == OnerousByRate && sc.e.hasSurcharge && !d.Before(sc.e.surchargeFrom)
	if sc.inQueue && sc.qDue == due && sc.qSur == sur {
		return
	}
	sc.ver++
	sc.inQueue, sc.qDue, sc.qSur = true, due, sur
	en := stEntry{sc: sc, ver: sc.ver, rank: sc.in.Rank, off: decimal.Zero}
	if im.on == OnerousByRate {
		switch {
		case sc.e.table == nil:
			en.off = sc.e.fixed
		case sur:
			en.off = sc.e.surcharge
		}
	}
	im.heaps[b2i(due)][sc.class].push(en)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// head returns the first live entry of heap (q, k) that owes something on
// d, dropping stale entries and claims that owe nothing.
func (im *imputer) head(q, k int, d date.Date) *stEntry {
	h := &im.heaps[q][k]
	for len(h.e) > 0 {
		top := &h.e[0]
		sc := top.sc
		switch {
		case top.ver != sc.ver || !sc.inQueue:
			h.pop()
		case !sc.owes(d):
			// A claim whose costs become owed later comes back with the
			// event of its CostsDue.
			sc.inQueue = false
			h.pop()
		default:
			return top
		}
	}
	return nil
}

// key is the statutory key of the head entry en of heap (q, k) on the
// current day.
func (im *imputer) key(q, k int, en *stEntry) rankKey {
	rk := rankKey{sc: en.sc, due: q == 1, rank: en.rank}
	if im.on == OnerousByRate {
		rk.rate = im.base[k].Add(en.off)
	}
	return rk
}

// best returns the first claim in the statutory order among the heads of
// the heaps of the given queues (due first).
func (im *imputer) best(d date.Date, qs ...int) (rankKey, bool) {
	var b rankKey
	found := false
	for _, q := range qs {
		for k := range im.heaps[q] {
			en := im.head(q, k, d)
			if en == nil {
				continue
			}
			c := im.key(q, k, en)
			if !found {
				b, found = c, true
			} else if _, cmp := c.compare(&b, im.on); cmp < 0 {
				b = c
			}
		}
	}
	return b, found
}

// impute imputes *left on day d to the open claims in the statutory order,
// appending the allocations: the same allocations as imputeByLaw over all
// open claims.
func (im *imputer) impute(d date.Date, left *decimal.Decimal, out *[]ClaimAllocation) error {
	for im.next < len(im.events) && !im.events[im.next].on.After(d) {
		im.place(im.events[im.next].sc, d)
		im.next++
	}
	if im.scan {
		return im.fallback(d, left, out)
	}
	if im.on == OnerousByRate {
		for k := 1; k < len(im.base); k++ {
			if im.head(0, k, d) == nil && im.head(1, k, d) == nil {
				continue
			}
			h, err := im.tables[k-1].Lookup(d, im.policy)
			if err != nil {
				return im.fallback(d, left, out)
			}
			im.base[k] = h.Row.Value
		}
	}
	for left.IsPositive() {
		q := 1
		bk, ok := im.best(d, 1)
		if !ok {
			q = 0
			if bk, ok = im.best(d, 0); !ok {
				return nil
			}
		}
		// The group: the claims equal to the best. Equal claims of one
		// heap sit together at its top; claims of several heaps are equal
		// when their tables give them the same rate on d.
		im.group = im.group[:0]
		for k := range im.heaps[q] {
			for {
				en := im.head(q, k, d)
				if en == nil {
					break
				}
				c := im.key(q, k, en)
				if _, cmp := c.compare(&bk, im.on); cmp != 0 {
					break
				}
				en.sc.inQueue = false
				im.group = append(im.group, en.sc)
				im.heaps[q][k].pop()
			}
		}
		sortByIdx(im.group)
		basis := BasisOnly
		if next, ok := im.best(d, 1, 0); ok {
			basis, _ = bk.compare(&next, im.on)
		}
		if len(im.group) > 1 {
			basis = BasisProRata
		}
		if err := payGroup(im.group, d, left, basis, out); err != nil {
			return err
		}
		for _, sc := range im.group {
			if sc.owes(d) {
				im.place(sc, d)
			}
		}
	}
	return nil
}

// fallback imputes with the linear scan of imputeByLaw over the queued
// claims (see imputer for when).
func (im *imputer) fallback(d date.Date, left *decimal.Decimal, out *[]ClaimAllocation) error {
	var open []*stClaim
	for q := range im.heaps {
		for k := range im.heaps[q] {
			for _, en := range im.heaps[q][k].e {
				if en.ver == en.sc.ver && en.sc.inQueue {
					open = append(open, en.sc)
				}
			}
		}
	}
	return imputeByLaw(open, d, left, im.on, out)
}

// sortByIdx sorts a group (usually of one claim) into ledger order.
func sortByIdx(g []*stClaim) {
	for i := 1; i < len(g); i++ {
		for j := i; j > 0 && g[j].idx < g[j-1].idx; j-- {
			g[j], g[j-1] = g[j-1], g[j]
		}
	}
}

// stEntry is a claim in a heap of the imputer under the key it had when
// queued.
type stEntry struct {
	sc   *stClaim
	ver  uint32
	off  decimal.Decimal // OnerousByRate: the fixed rate, or the surcharge over the table
	rank int             // OnerousByRank
}

// stHeap is a binary heap of entries, the first in the statutory order
// (among claims of one class, due alike) on top.
type stHeap struct {
	on Onerous
	e  []stEntry
}

func (h *stHeap) less(i, j int) bool {
	a, b := &h.e[i], &h.e[j]
	switch h.on {
	case OnerousByRate:
		if c := a.off.Cmp(b.off); c != 0 {
			return c > 0
		}
	case OnerousByRank:
		if a.rank != b.rank {
			return a.rank > b.rank
		}
	}
	if !a.sc.date.Equal(b.sc.date) {
		return a.sc.date.Before(b.sc.date)
	}
	return a.sc.idx < b.sc.idx
}

func (h *stHeap) push(en stEntry) {
	h.e = append(h.e, en)
	for i := len(h.e) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		h.e[i], h.e[p] = h.e[p], h.e[i]
		i = p
	}
}

func (h *stHeap) pop() {
	n := len(h.e) - 1
	h.e[0] = h.e[n]
	h.e[n] = stEntry{}
	h.e = h.e[:n]
	for i := 0; ; {
		l, m := 2*i+1, i
		if l < n && h.less(l, m) {
			m = l
		}
		if r := l + 1; r < n && h.less(r, m) {
			m = r
		}
		if m == i {
			return
		}
		h.e[i], h.e[m] = h.e[m], h.e[i]
		i = m
	}
}
