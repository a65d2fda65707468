package jurisdiction

import (
	"github.com/vordering/vordering"
)

// Court is a court; it is vordering.Court, the one court type of the
// library (package costs uses the same type). This package answers for the
// first-instance courts that hear money claims: the constants below. The
// zero value is not a court and is rejected wherever a Court is required.
//
// The constants carry English names; String and MarshalText give the Dutch
// term that practitioners use ("vrederechter", "kantonrechter").
type Court = vordering.Court

// The first-instance courts (see vordering.Court for each).
const (
	JusticeOfThePeace    = vordering.JusticeOfThePeace    // BE, art. 590-591 Ger.W.
	CourtOfFirstInstance = vordering.CourtOfFirstInstance // BE, art. 568 Ger.W.
	CommercialCourt      = vordering.CommercialCourt      // BE, art. 573 Ger.W. until 31.10.2018
	EnterpriseCourt      = vordering.EnterpriseCourt      // BE, art. 573 Ger.W. from 1.11.2018
	LabourCourt          = vordering.LabourCourt          // BE, art. 578 Ger.W.
	SubdistrictCourt     = vordering.SubdistrictCourt     // NL, art. 93 Rv
	DistrictCourt        = vordering.DistrictCourt        // NL, advocaat required (art. 79 lid 2 Rv)
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

// Courts lists the first-instance courts this package answers for, in a
// stable order. Each call returns a
// new slice, which the caller may change.
func Courts() []Court { return append([]Court(nil), courts[:]...) }

var courts = [...]Court{JusticeOfThePeace, CourtOfFirstInstance, CommercialCourt, EnterpriseCourt, LabourCourt, SubdistrictCourt, DistrictCourt}
