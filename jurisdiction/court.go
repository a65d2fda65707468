package jurisdiction

import (
	"fmt"

	"github.com/vordering/vordering"
)

// Court is a first-instance court that hears money claims. The zero value is
// not a court and is rejected wherever a Court is required.
//
// The constants carry English names; String and MarshalText give the Dutch
// term that practitioners use ("vrederechter", "kantonrechter").
type Court uint8

// The courts.
const (
	// JusticeOfThePeace is the Belgian vrederechter (juge de paix): claims up
	// to the art. 590 Ger.W. ceiling, and the matters of art. 591 Ger.W.
	// whatever the amount.
	JusticeOfThePeace Court = iota + 1
	// CourtOfFirstInstance is the Belgian rechtbank van eerste aanleg
	// (tribunal de première instance), the court of residual competence
	// (art. 568 Ger.W.).
	CourtOfFirstInstance
	// CommercialCourt is the Belgian rechtbank van koophandel (tribunal de
	// commerce), the court of art. 573 Ger.W. until 31 October 2018.
	CommercialCourt
	// EnterpriseCourt is the Belgian ondernemingsrechtbank (tribunal de
	// l'entreprise), which replaced the rechtbank van koophandel on
	// 1 November 2018 (Law 15 April 2018): disputes between enterprises
	// (art. 573 Ger.W.).
	EnterpriseCourt
	// LabourCourt is the Belgian arbeidsrechtbank (tribunal du travail):
	// disputes on employment contracts (art. 578 Ger.W.), which art. 590
	// Ger.W. withholds from the vrederechter.
	LabourCourt
	// SubdistrictCourt is the Dutch kantonrechter (sector kanton of the
	// rechtbank): art. 93 Rv.
	SubdistrictCourt
	// DistrictCourt is the Dutch rechtbank, civil (non-kanton) section: every
	// first-instance case that art. 93 Rv does not give to the kantonrechter.
	// Parties appear only through an advocaat (art. 79 lid 2 Rv).
	DistrictCourt
)

// Dutch names of the courts, for callers who think in the terms of art.
// They are the same values as the English constants.
const (
	Vrederechter           = JusticeOfThePeace    // BE vrederechter
	RechtbankEersteAanleg  = CourtOfFirstInstance // BE rechtbank van eerste aanleg
	RechtbankVanKoophandel = CommercialCourt      // BE rechtbank van koophandel (until 31 October 2018)
	Ondernemingsrechtbank  = EnterpriseCourt      // BE ondernemingsrechtbank (from 1 November 2018)
	Arbeidsrechtbank       = LabourCourt          // BE arbeidsrechtbank
	Kantonrechter          = SubdistrictCourt     // NL kantonrechter
	Rechtbank              = DistrictCourt        // NL rechtbank (civil, not kanton)
)

// Courts lists every defined court in a stable order. Each call returns a
// new slice, which the caller may change.
func Courts() []Court { return append([]Court(nil), courts[:]...) }

var courts = [...]Court{JusticeOfThePeace, CourtOfFirstInstance, CommercialCourt, EnterpriseCourt, LabourCourt, SubdistrictCourt, DistrictCourt}

var courtNames = [...]string{
	JusticeOfThePeace:    "vrederechter",
	CourtOfFirstInstance: "rechtbank-van-eerste-aanleg",
	CommercialCourt:      "rechtbank-van-koophandel",
	EnterpriseCourt:      "ondernemingsrechtbank",
	LabourCourt:          "arbeidsrechtbank",
	SubdistrictCourt:     "kantonrechter",
	DistrictCourt:        "rechtbank",
}

var courtCountries = [...]vordering.Country{
	JusticeOfThePeace:    vordering.BE,
	CourtOfFirstInstance: vordering.BE,
	CommercialCourt:      vordering.BE,
	EnterpriseCourt:      vordering.BE,
	LabourCourt:          vordering.BE,
	SubdistrictCourt:     vordering.NL,
	DistrictCourt:        vordering.NL,
}

// Valid reports whether c is one of the defined courts.
func (c Court) Valid() bool { return c >= JusticeOfThePeace && c <= DistrictCourt }

// Country returns the country whose court c is, or zero for an undefined
// value.
func (c Court) Country() vordering.Country {
	if !c.Valid() {
		return 0
	}
	return courtCountries[c]
}

// String returns the Dutch name of the court in lower case with hyphens
// ("vrederechter", "ondernemingsrechtbank", "kantonrechter", "rechtbank"), or
// "Court(n)" for an undefined value.
func (c Court) String() string {
	if c.Valid() {
		return courtNames[c]
	}
	return fmt.Sprintf("Court(%d)", uint8(c))
}

// MarshalText encodes the court as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (c Court) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, vordering.Invalid("Court", uint8(c), "not a defined court")
	}
	return []byte(courtNames[c]), nil
}

// UnmarshalText decodes the String form of a court.
func (c *Court) UnmarshalText(b []byte) error {
	for i, n := range courtNames {
		if i > 0 && n == string(b) {
			*c = Court(i)
			return nil
		}
	}
	return vordering.Invalid("Court", string(b), "not a court name")
}
