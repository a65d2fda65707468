package jurisdiction

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// EURoute is a European procedure for cross-border money claims.
type EURoute uint8

// The European routes.
const (
	// EuropeanOrderForPayment is the European order for payment procedure
	// (Reg. (EC) 1896/2006): uncontested pecuniary claims, no ceiling.
	EuropeanOrderForPayment EURoute = iota + 1
	// EuropeanSmallClaims is the European Small Claims Procedure (Reg. (EC)
	// 861/2007): EUR 2,000, EUR 5,000 from 14 July 2017.
	EuropeanSmallClaims
)

// euRouteNames is the text form of EURoute.
var euRouteNames = enumtext.New[EURoute]("EURoute", []string{EuropeanOrderForPayment: "european-order-for-payment", EuropeanSmallClaims: "european-small-claims"})

// Valid reports whether r is a defined route.
func (r EURoute) Valid() bool { return euRouteNames.Valid(r) }

// String returns "european-order-for-payment" or "european-small-claims", or
// "EURoute(n)" for an undefined value.
func (r EURoute) String() string { return euRouteNames.String(r) }

// MarshalText encodes the route as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (r EURoute) MarshalText() ([]byte, error) { return euRouteNames.MarshalText(r) }

// UnmarshalText decodes the String form of a route. Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (r *EURoute) UnmarshalText(b []byte) error { return euRouteNames.UnmarshalText(b, r) }

// CrossBorderNote says whether one European route is open for a claim, and
// why. It is a scope note only: the procedures themselves are not modelled.
type CrossBorderNote struct {
	Route    EURoute `json:"route"`
	Eligible bool    `json:"eligible"`
	// Reasons gives every reason the route is closed, or, when it is open,
	// the one sentence that says why, followed by any caveat.
	Reasons   []string             `json:"reasons"`
	Citations []vordering.Citation `json:"citations"`
	// Ceiling is the value ceiling of the route on the date (zero: none).
	Ceiling decimal.Decimal `json:"ceiling"`
	// Assurance is how sure the note is: the level of the table row read.
	Assurance vordering.Assurance `json:"assurance"`
}

func isMemberState(code string, on date.Date) bool {
	for _, m := range euMemberStates {
		if m.Code == code {
			return m.Since.Contains(on)
		}
	}
	return false
}

// crossBorder reports whether at least one party is domiciled in a Member
// State other than the State of the court seised (art. 3 of both
// regulations), and says why.
func crossBorder(q Claim) (bool, string) {
	court := q.Country.String()
	for _, p := range [...]struct {
		role string
		dom  string
	}{{"creditor", q.CreditorDomicile}, {"debtor", q.DebtorDomicile}} {
		dom := p.dom
		if dom == "" || dom == court {
			continue
		}
		if isMemberState(dom, q.AsOf) {
			return true, "the " + p.role + " is domiciled in " + dom + ", another Member State bound by the regulation"
		}
	}
	return false, "no party is domiciled in a Member State bound by the regulation other than " + court + " (Denmark is not bound)"
}

// CrossBorder returns, for the European order for payment and the European
// Small Claims Procedure, whether the claim falls within the route's scope
// on q.AsOf and why. The court seised is taken to be in q.Country.
//
// Checked: the regulation applies on the date; the case is cross-border
// (art. 3: a party domiciled in another Member State bound by it); for
// small claims, the value excluding all interest, expenses and disbursements
// (so the principal only) does not exceed the ceiling, and the matter is not
// excluded (employment law; tenancies of immovable property except actions
// on monetary claims, so rent arrears remain in). The order for payment has
// no ceiling; it suits uncontested claims, and a statement of opposition
// sends the case to the ordinary procedure. Where the claim is under a
// consumer contract and the consumer is the defendant, only the courts of
// the consumer's Member State have jurisdiction for an order for payment
// (art. 6(2) Reg. 1896/2006); the note says so.
func CrossBorder(q Claim) ([]CrossBorderNote, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	cb, why := crossBorder(q)
	memberCite := memberStateCite

	eop := CrossBorderNote{Route: EuropeanOrderForPayment}
	row, err := euOrderForPayment.At(q.AsOf)
	if err != nil {
		eop.Reasons = append(eop.Reasons, "The European order for payment applies only from 12 December 2008.")
		eop.Citations = append(eop.Citations, euOrderForPayment.Rows[0].Cite)
	} else {
		eop.Assurance = eop.Assurance.Add(euOrderForPayment.Ref(row))
		eop.Citations = append(eop.Citations, row.Cite, memberCite)
		if !cb {
			eop.Reasons = append(eop.Reasons, "Not a cross-border case: "+why+" (art. 3).")
		} else {
			eop.Eligible = true
			eop.Reasons = append(eop.Reasons, "Cross-border case ("+why+"); the European order for payment has no ceiling on the amount.")
			if q.Debtor == vordering.Consumer && q.DebtorDomicile != "" && q.DebtorDomicile != q.Country.String() {
				eop.Reasons = append(eop.Reasons, "The debtor is a consumer domiciled in "+q.DebtorDomicile+": only the courts of that Member State have jurisdiction (art. 6(2)).")
			}
			eop.Reasons = append(eop.Reasons, "The claim must be for a specific amount, due when the application is filed; opposition moves the case to the ordinary procedure (art. 4, 17).")
		}
	}

	sc := CrossBorderNote{Route: EuropeanSmallClaims}
	capRow, err := euSmallClaimsCap.At(q.AsOf)
	if err != nil {
		sc.Reasons = append(sc.Reasons, "The European Small Claims Procedure applies only from 1 January 2009.")
		sc.Citations = append(sc.Citations, euSmallClaimsCap.Rows[0].Cite)
	} else {
		sc.Assurance = sc.Assurance.Add(euSmallClaimsCap.Ref(capRow))
		sc.Ceiling = capRow.Value
		sc.Citations = append(sc.Citations, capRow.Cite, memberCite)
		if !cb {
			sc.Reasons = append(sc.Reasons, "Not a cross-border case: "+why+" (art. 3).")
		}
		if q.Principal.GreaterThan(capRow.Value) {
			sc.Reasons = append(sc.Reasons, "The claim of "+eur(q.Principal)+", without interest, expenses and disbursements, exceeds the ceiling of "+eur(capRow.Value)+" (art. 2(1)).")
		}
		if q.Matter == MatterEmployment {
			sc.Reasons = append(sc.Reasons, "Employment law is excluded from the European Small Claims Procedure (art. 2(2)(f)).")
		}
		if len(sc.Reasons) == 0 {
			sc.Eligible = true
			sc.Reasons = append(sc.Reasons, "Cross-border case ("+why+") and the claim of "+eur(q.Principal)+", without interest and expenses, does not exceed "+eur(capRow.Value)+" (art. 2(1), 3).")
		}
	}
	return []CrossBorderNote{eop, sc}, nil
}
