package costs

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Court is the court before which a claim is brought: vordering.Court, the
// one court type of the library (package jurisdiction uses the same type).
// The zero value is not a court and is rejected.
type Court = vordering.Court

// The courts under the names this package has always used; each is the
// vordering.Court of the same meaning.
const (
	// CourtCantonal is the Dutch kantonrechter (art. 93 Rv): only the
	// claimant pays griffierecht (art. 4 Wgbz). NL only.
	CourtCantonal = vordering.SubdistrictCourt
	// CourtJusticeOfPeace is the Belgian vrederechter / juge de paix. BE only.
	CourtJusticeOfPeace = vordering.JusticeOfThePeace
	// CourtPolice is the Belgian politierechtbank; its roll fee is that of
	// the vrederechter (art. 269¹ W.Reg.). BE only.
	CourtPolice = vordering.PoliceCourt
	// CourtFirstInstance is the court of general first-instance
	// jurisdiction: the Belgian rechtbank van eerste aanleg. For a Dutch
	// query it stands for the rechtbank (vordering.DistrictCourt), which
	// this package accepts too.
	CourtFirstInstance = vordering.CourtOfFirstInstance
	// CourtEnterprise is the Belgian ondernemingsrechtbank (formerly the
	// rechtbank van koophandel, vordering.CommercialCourt, accepted too). BE
	// only.
	CourtEnterprise = vordering.EnterpriseCourt
	// CourtAppeal is the court of appeal: the Dutch gerechtshof and the
	// Belgian hof van beroep.
	CourtAppeal = vordering.AppealCourt
	// CourtCassation is the supreme court: the Belgian Hof van Cassatie and
	// the Dutch Hoge Raad.
	CourtCassation = vordering.CassationCourt
)

// CourtParty is the category of the party that owes a Dutch court fee: the
// Wet griffierechten burgerlijke zaken (Wgbz) sets one column per category.
// Belgian roll fees do not depend on the party; a Belgian query may leave it
// zero. The zero value is not a category.
type CourtParty uint8

// The party categories of the Wgbz tables.
const (
	// CourtPartyOther is every party that is not a natural person
	// ("niet-natuurlijke personen": legal persons, and also a vof, cv or
	// maatschap).
	CourtPartyOther CourtParty = iota + 1
	// CourtPartyNatural is a natural person ("natuurlijke personen"),
	// including a sole trader.
	CourtPartyNatural
	// CourtPartyLowIncome is a natural person whose income and assets are
	// under the thresholds of art. 16 Wgbz ("on- en minvermogenden"), who
	// pays the reduced fee.
	CourtPartyLowIncome
)

// courtPartyNames is the text form of CourtParty.
var courtPartyNames = enumtext.New[CourtParty]("CourtParty", []string{
	CourtPartyOther:     "niet-natuurlijk-persoon",
	CourtPartyNatural:   "natuurlijk-persoon",
	CourtPartyLowIncome: "onvermogend",
})

// Valid reports whether p is one of the defined categories.
func (p CourtParty) Valid() bool { return courtPartyNames.Valid(p) }

// String returns "niet-natuurlijk-persoon", "natuurlijk-persoon" or
// "onvermogend", or "CourtParty(n)" for an undefined value.
func (p CourtParty) String() string { return courtPartyNames.String(p) }

// MarshalText encodes the category as its String form. An undefined value is
// an error wrapping [vordering.ErrInvalidInput].
func (p CourtParty) MarshalText() ([]byte, error) { return courtPartyNames.MarshalText(p) }

// UnmarshalText decodes the String form of a category. Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (p *CourtParty) UnmarshalText(b []byte) error { return courtPartyNames.UnmarshalText(b, p) }

// BailiffAct is an official act of a bailiff (ambtshandeling van een
// gerechtsdeurwaarder) that a collection needs. The names follow the
// subparagraphs of art. 2 lid 1 of the Dutch Besluit tarieven
// ambtshandelingen gerechtsdeurwaarders (Btag). The zero value is not an act.
type BailiffAct uint8

// The bailiff acts.
const (
	// BailiffSummons is the writ that starts a claim procedure: dagvaarding,
	// "oproeping in een vorderingsprocedure" (art. 2 lid 1 sub a Btag).
	BailiffSummons BailiffAct = iota + 1
	// BailiffServiceOfTitle is the service of a judgment or other
	// enforceable title, with or without a command to pay: "betekening van
	// een titel" (sub b).
	BailiffServiceOfTitle
	// BailiffCommand is a command to pay (bevel, hernieuwd bevel), the
	// service of a petition with a summons to appear, or a notice
	// (aanzegging): sub c.
	BailiffCommand
	// BailiffOtherService is any other service, e.g. the service of an
	// attachment on the debtor (overbetekening): sub d.
	BailiffOtherService
	// BailiffAttachmentMovables is an attachment of movable goods that are
	// not registered property (beslag op roerende zaken): sub e.
	BailiffAttachmentMovables
	// BailiffAttachmentBank is a garnishment of a non-periodic payment, the
	// usual bank-account garnishment (derdenbeslag op een niet-periodieke
	// betaling): sub i.
	BailiffAttachmentBank
	// BailiffAttachmentWages is a garnishment of periodic payments such as
	// wages or benefits (loonbeslag, derdenbeslag op periodieke betalingen):
	// sub j.
	BailiffAttachmentWages

	bailiffActEnd // one past the last act; used to size tables
)

// bailiffActNames is the text form of BailiffAct.
var bailiffActNames = enumtext.New[BailiffAct]("BailiffAct", []string{
	BailiffSummons:            "dagvaarding",
	BailiffServiceOfTitle:     "betekening-titel",
	BailiffCommand:            "bevel",
	BailiffOtherService:       "overige-betekening",
	BailiffAttachmentMovables: "beslag-roerende-zaken",
	BailiffAttachmentBank:     "bankbeslag",
	BailiffAttachmentWages:    "loonbeslag",
})

// BailiffActs lists every defined act in a stable order. Each call returns
// a new slice, which the caller may change.
func BailiffActs() []BailiffAct { return bailiffActNames.Values() }

// bailiffActs is every defined act, in order; read only.
var bailiffActs = bailiffActNames.Values()

// Valid reports whether a is one of the defined acts.
func (a BailiffAct) Valid() bool { return bailiffActNames.Valid(a) }

// String returns the Dutch name of the act ("dagvaarding",
// "betekening-titel", "bevel", "overige-betekening", "beslag-roerende-zaken",
// "bankbeslag", "loonbeslag"), or "BailiffAct(n)" for an undefined value.
func (a BailiffAct) String() string { return bailiffActNames.String(a) }

// MarshalText encodes the act as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (a BailiffAct) MarshalText() ([]byte, error) { return bailiffActNames.MarshalText(a) }

// UnmarshalText decodes the String form of an act. Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (a *BailiffAct) UnmarshalText(b []byte) error { return bailiffActNames.UnmarshalText(b, a) }
