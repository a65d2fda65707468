package jurisdiction

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Representative is a kind of person who may appear for a party.
type Representative uint8

// The representatives.
const (
	// Lawyer is an advocaat (avocat).
	Lawyer Representative = iota + 1
	// FamilyMember is, in Belgium, the party's spouse or a relative by blood
	// or marriage holding a written power of attorney and admitted by the
	// judge (art. 728 §2 Ger.W.).
	FamilyMember
	// AnyAgent is, in the Netherlands before the kantonrechter, any
	// authorised agent (gemachtigde), such as a bailiff or a collection
	// agency; the judge may ask a written power of attorney, except from
	// lawyers and bailiffs (art. 80 Rv).
	AnyAgent
)

// representativeNames is the text form of Representative.
var representativeNames = enumtext.New[Representative]("Representative", []string{Lawyer: "lawyer", FamilyMember: "family-member", AnyAgent: "any-agent"})

// Valid reports whether r is a defined representative.
func (r Representative) Valid() bool { return representativeNames.Valid(r) }

// String returns "lawyer", "family-member" or "any-agent", or
// "Representative(n)" for an undefined value.
func (r Representative) String() string { return representativeNames.String(r) }

// MarshalText encodes the representative as its String form. An undefined
// value is an error wrapping [vordering.ErrInvalidInput].
func (r Representative) MarshalText() ([]byte, error) { return representativeNames.MarshalText(r) }

// UnmarshalText decodes the String form of a representative. Any other text
// is an error wrapping [vordering.ErrInvalidInput].
func (r *Representative) UnmarshalText(b []byte) error {
	return representativeNames.UnmarshalText(b, r)
}

// Representation says who may appear for a party before a court.
type Representation struct {
	Court Court `json:"court"`
	// LawyerRequired is true when a party can act only through a lawyer.
	LawyerRequired bool `json:"lawyerRequired"`
	// InPerson is true when a party may appear in person (a legal person
	// through its organs).
	InPerson bool `json:"inPerson"`
	// Representatives lists who else may appear for a party.
	Representatives []Representative     `json:"representatives"`
	Reason          string               `json:"reason"`
	Citations       []vordering.Citation `json:"citations"`
}

var (
	citeBE728 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 728 §1-2", URL: "https://www.infino.be/nl/home/klacht/klacht-wetboek"}
	citeNL79b = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 79 and 80", URL: "https://wetten.overheid.nl/BWBR0001827"}
)

// RepresentationBefore returns who may appear for a party before court: whether
// a lawyer is required, whether a party may appear in person, and which
// representatives are admitted.
//
// Belgium (art. 728 Ger.W.): before every court a party appears in person or
// by a lawyer (§1); no court of first instance requires a lawyer. Before the
// vrederechter, the rechtbank van koophandel / ondernemingsrechtbank and the
// labour courts a spouse or a relative with a written power of attorney,
// admitted by the judge, may also represent a party (§2); before the labour
// courts a delegate of a representative workers' or self-employed
// organisation may too (§3, noted in the reason only).
//
// The Netherlands (art. 79–80 Rv): before the kantonrechter parties may act
// in person or through any agent; in every other case only through an
// advocaat.
func RepresentationBefore(court Court) (Representation, error) {
	switch court {
	case JusticeOfThePeace, CommercialCourt, EnterpriseCourt:
		return Representation{
			Court: court, InPerson: true,
			Representatives: []Representative{Lawyer, FamilyMember},
			Reason:          "Before the " + court.String() + " a party appears in person or by a lawyer, or by a spouse or relative with a written power of attorney admitted by the judge (art. 728 §1-2); a lawyer is not required.",
			Citations:       []vordering.Citation{citeBE728},
		}, nil
	case LabourCourt:
		return Representation{
			Court: court, InPerson: true,
			Representatives: []Representative{Lawyer, FamilyMember},
			Reason:          "Before the arbeidsrechtbank a party appears in person or by a lawyer, or by a spouse or relative with a written power of attorney admitted by the judge (art. 728 §1-2); a worker or self-employed person may also be represented by a delegate of a representative organisation (§3). A lawyer is not required.",
			Citations:       []vordering.Citation{citeBE728},
		}, nil
	case CourtOfFirstInstance:
		return Representation{
			Court: court, InPerson: true,
			Representatives: []Representative{Lawyer},
			Reason:          "Before the rechtbank van eerste aanleg a party appears in person or by a lawyer (art. 728 §1); a lawyer is not required, but family members may not represent a party there (§2 does not list this court).",
			Citations:       []vordering.Citation{citeBE728},
		}, nil
	case SubdistrictCourt:
		return Representation{
			Court: court, InPerson: true,
			Representatives: []Representative{Lawyer, AnyAgent},
			Reason:          "Before the kantonrechter parties may act in person or through any authorised agent (gemachtigde); the judge may ask a written power of attorney, except from lawyers and bailiffs (art. 79 lid 1, art. 80).",
			Citations:       []vordering.Citation{citeNL79b},
		}, nil
	case DistrictCourt:
		return Representation{
			Court: court, LawyerRequired: true,
			Representatives: []Representative{Lawyer},
			Reason:          "Before the rechtbank (not kanton) parties cannot act in person but only through an advocaat (art. 79 lid 2).",
			Citations:       []vordering.Citation{citeNL79b},
		}, nil
	}
	return Representation{}, vordering.Invalid("court", uint8(court), "not a first-instance court this package answers for")
}
