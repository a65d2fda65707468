package deadlines

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Kind names a statutory term of the catalogue (see Statutory).
type TermKind uint8

// The kinds of statutory terms. Not every country has every kind; Statutory
// says which.
const (
	// Appeal: BE hoger beroep, 1 month from service (art. 1051 Ger.W.);
	// NL hoger beroep, 3 months from the judgment (art. 339 lid 1 Rv).
	Appeal TermKind = iota + 1
	// Opposition: verzet against a default judgment. BE 1 month (art. 1048
	// Ger.W.); NL 4 weeks (art. 143 lid 2 Rv, same as VerzetFourWeeks).
	Opposition
	// Cassation: 3 months (BE art. 1073 Ger.W.; NL art. 402 lid 1 Rv).
	Cassation
	// Summons: the dagvaardingstermijn. BE 8 free days between service and
	// hearing (art. 707 Ger.W.); NL at least one week, counted back from the
	// hearing (art. 114 and 119 Rv).
	Summons
	// PaymentOrder: the bevel tot betaling before an executory seizure. BE:
	// served at least one day before the seizure of movables (art. 1499
	// Ger.W.); NL: two days to pay (art. 439 lid 1 Rv).
	PaymentOrder
	// IOSResponse: BE, the debtor's month to pay or contest after the IOS
	// summons (art. 1394/20 ff. Ger.W.).
	IOSResponse
	// IOSNonContestation: BE, the earliest day for the bailiff's PV of
	// non-contestation, 8 days after the IOSResponse term (art. 1394/20 ff.
	// Ger.W.). Pass the last day of the IOSResponse term as the event.
	IOSNonContestation
	// SRPPaymentTerm: BE summary order for payment, the 15 days the prior
	// summons gives the debtor to pay (art. 1339 Ger.W.).
	SRPPaymentTerm
	// SRPPetition: BE, the 15 days after SRPPaymentTerm in which the petition
	// must be filed (art. 1340 Ger.W.). Pass the last day of the payment term
	// as the event.
	SRPPetition
	// GarnisheeDeclaration: BE, the third party's declaration within 15 days
	// of the garnishment (art. 1452 and 1539 Ger.W.).
	GarnisheeDeclaration
	// ConsumerReminder: BE Book XIX WER, the free first reminder gives the
	// consumer at least 14 calendar days (art. XIX.2 WER).
	ConsumerReminder
	// FourteenDayLetter: NL, the 14 days of the letter of art. 6:96 lid 6 BW,
	// from the day after receipt.
	FourteenDayLetter
	// B2BPaymentTerm: NL, the default payment term between enterprises,
	// 30 days (art. 6:119a lid 2 BW).
	B2BPaymentTerm
	// VerzetFourWeeks: NL, verzet within 4 weeks (art. 143 lid 2 Rv).
	VerzetFourWeeks
	// VerzetEightWeeks: NL, verzet within 8 weeks when the defendant has no
	// known Dutch address but a known foreign one (art. 143 lid 2 Rv).
	VerzetEightWeeks
	// AdminReminder: NL, the two weeks the aanmaning of art. 4:112 Awb
	// gives a debtor of a public body, from the day after it was sent.
	AdminReminder
	// PublicOpposition: BE, verzet against the dwangbevel (contrainte) of a
	// local authority, within one month of its service (Flanders art. 177
	// Decreet lokaal bestuur; Wallonia art. L1124-40 §1 1° CDLD).
	PublicOpposition
	// ImmovableSeizureWait: BE, a seizure of immovables only fifteen days
	// after the order to pay (art. 1566 Ger.W.).
	ImmovableSeizureWait
	// GarnishmentService: NL, the garnishment served on the debtor within
	// eight days after it was laid (art. 475i lid 1 Rv).
	GarnishmentService
	// GarnisheeWait: NL, the garnishee declares once four weeks have passed
	// since the garnishment (art. 476a lid 1 Rv).
	GarnisheeWait
	// SeizureReport: NL, the report of a seizure of movables served on the
	// debtor within three days after the seizure (art. 443 lid 1 Rv).
	SeizureReport
	// SaleWait: NL, no sale of seized movables before four weeks from the
	// service of the seizure report (art. 462 lid 1 Rv).
	SaleWait
)

// lastKind is the highest defined TermKind.
const lastKind = SaleWait

// kindNames is the text form of TermKind; its type name is "Kind", as in
// "Kind(n)" and in errors.
var kindNames = enumtext.New[TermKind]("Kind", []string{
	Appeal: "appeal", Opposition: "opposition", Cassation: "cassation", Summons: "summons",
	PaymentOrder: "payment-order", IOSResponse: "ios-response", IOSNonContestation: "ios-non-contestation",
	SRPPaymentTerm: "srp-payment-term", SRPPetition: "srp-petition", GarnisheeDeclaration: "garnishee-declaration",
	ConsumerReminder: "consumer-reminder", FourteenDayLetter: "fourteen-day-letter", B2BPaymentTerm: "b2b-payment-term",
	VerzetFourWeeks: "verzet-four-weeks", VerzetEightWeeks: "verzet-eight-weeks",
	AdminReminder: "admin-reminder", PublicOpposition: "public-opposition", ImmovableSeizureWait: "immovable-seizure-wait",
	GarnishmentService: "garnishment-service", GarnisheeWait: "garnishee-wait", SeizureReport: "seizure-report", SaleWait: "sale-wait",
})

// Kinds lists every defined kind in order. Each call returns a new slice,
// which the caller may change.
func Kinds() []TermKind { return kindNames.Values() }

// Valid reports whether k is a defined kind.
func (k TermKind) Valid() bool { return kindNames.Valid(k) }

// String returns the kind's name, e.g. "appeal", "ios-response", or
// "Kind(n)" for an undefined value.
func (k TermKind) String() string { return kindNames.String(k) }

// MarshalText encodes the kind as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (k TermKind) MarshalText() ([]byte, error) { return kindNames.MarshalText(k) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput.
func (k *TermKind) UnmarshalText(b []byte) error { return kindNames.UnmarshalText(b, k) }

// StatutoryTerm is one entry of the catalogue: the term a country's law sets
// for a kind, with its legal source.
type StatutoryTerm struct {
	Country vordering.Country `json:"country"` // whose law
	Kind    TermKind          `json:"kind"`    // which term
	// Term is ready for Compute; its Kind field is set.
	Term Term `json:"term"`
	// Cite is the article that sets the term.
	Cite vordering.Citation `json:"cite"`
	// Event says which event starts the term (what to pass to Compute).
	Event string `json:"event"`
	// Note records readings the library chose and points that are unsettled.
	Note string `json:"note,omitempty"`
	// Known is how sure the term is, where it is less than two agreeing
	// sources; zero means two sources or better (see the catalogue's
	// header). A Deadline computed for the kind carries it in its
	// Assurance.
	Known vordering.Confidence `json:"known,omitzero"`
}

// Statutory returns the term country c's law sets for kind k, ready for
// Compute; its Kind field is k, so the Deadline cites the article. A kind that
// c does not have, an unsupported country or an undefined kind is an error
// wrapping vordering.ErrInvalidInput.
func Statutory(c vordering.Country, k TermKind) (Term, error) {
	e, err := Lookup(c, k)
	if err != nil {
		return Term{}, err
	}
	return e.Term, nil
}

// Lookup returns the catalogue entry for kind k in country c, with its
// citation, the event that starts it and notes. Errors are as for Statutory.
func Lookup(c vordering.Country, k TermKind) (StatutoryTerm, error) {
	if !c.Valid() {
		return StatutoryTerm{}, vordering.Invalid("Country", c, "not a supported country")
	}
	if !k.Valid() {
		return StatutoryTerm{}, vordering.Invalid("Kind", uint8(k), "not a defined kind")
	}
	e := catalogueIndex[c][k]
	if e == nil {
		return StatutoryTerm{}, vordering.Invalid("Kind", k.String(), "no such statutory term in "+c.String())
	}
	return *e, nil
}

// Catalogue returns every statutory term of country c, in Kind order. An
// unsupported country returns nil.
func Catalogue(c vordering.Country) []StatutoryTerm {
	if !c.Valid() {
		return nil
	}
	var out []StatutoryTerm
	for _, k := range kindNames.Values() {
		if e := catalogueIndex[c][k]; e != nil {
			out = append(out, *e)
		}
	}
	return out
}

var catalogueIndex = func() (idx [3][lastKind + 1]*StatutoryTerm) {
	for i := range statutoryTerms {
		e := &statutoryTerms[i]
		e.Term.Kind = e.Kind
		idx[e.Country][e.Kind] = e
	}
	return idx
}()

// kindCite returns the citation of the catalogue entry for (c, k), if any.
func kindCite(c vordering.Country, k TermKind) (vordering.Citation, bool) {
	if !c.Valid() || !k.Valid() {
		return vordering.Citation{}, false
	}
	if e := catalogueIndex[c][k]; e != nil {
		return e.Cite, true
	}
	return vordering.Citation{}, false
}
