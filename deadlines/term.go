package deadlines

import (
	"fmt"
	"strconv"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Unit is the unit a Term is counted in.
type Unit uint8

// The units of a term.
const (
	// Day is a term in calendar days: the event day is not counted, the n-th
	// day after it is the last day.
	Day Unit = iota + 1
	// Week is a term in weeks: n × 7 calendar days.
	Week
	// Month is a term in calendar months (BE: art. 54 Ger.W.; NL: HR 1
	// September 2017, ECLI:NL:HR:2017:2225).
	Month
	// Year is a term in years, counted as 12 months.
	Year
	// FreeDay is a waiting period of "vrije dagen": n whole days must pass
	// between the event and the next act, neither of them counted.
	FreeDay
)

var (
	// unitNames is the text form of Unit.
	unitNames = enumtext.New[Unit]("Unit", []string{Day: "day", Week: "week", Month: "month", Year: "year", FreeDay: "free-day"})
	// unitWords are the words Term.String uses.
	unitWords = [...]string{Day: "day", Week: "week", Month: "month", Year: "year", FreeDay: "free day"}
)

// Valid reports whether u is a defined unit.
//
// It is a range check rather than a lookup in unitNames because Compute
// asks it on every call (TestValidMatchesNames keeps the two in step).
func (u Unit) Valid() bool { return u >= Day && u <= FreeDay }

// String returns "day", "week", "month", "year" or "free-day", or "Unit(n)"
// for an undefined value.
func (u Unit) String() string { return unitNames.String(u) }

// MarshalText encodes the unit as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (u Unit) MarshalText() ([]byte, error) { return unitNames.MarshalText(u) }

// UnmarshalText decodes "day", "week", "month", "year" or "free-day". Any
// other text is an error wrapping vordering.ErrInvalidInput.
func (u *Unit) UnmarshalText(b []byte) error { return unitNames.UnmarshalText(b, u) }

// Abroad is the extension of art. 55 Ger.W. for a party who has no domicile,
// residence or elected domicile in Belgium. The zero value, Domestic, adds
// nothing.
type Abroad uint8

// The art. 55 Ger.W. zones.
const (
	// Domestic: the party lives in Belgium; no extension.
	Domestic Abroad = iota
	// AbroadNeighbour: a neighbouring country or the United Kingdom, +15 days.
	AbroadNeighbour
	// AbroadEurope: another country in Europe, +30 days.
	AbroadEurope
	// AbroadOtherContinent: another part of the world, +80 days. Where a
	// country lies on two continents the longest extension applies (Cass. 30
	// March 2007, per elfri.be).
	AbroadOtherContinent
)

// abroadNames is the text form of Abroad.
var abroadNames = enumtext.New[Abroad]("Abroad", []string{
	Domestic: "domestic", AbroadNeighbour: "neighbour", AbroadEurope: "europe", AbroadOtherContinent: "other-continent",
})

// abroadDays holds the art. 55 Ger.W. extensions, one per zone (elfri.be
// "termijn hoger beroep voor partijen in het buitenland";
// e-justice.europa.eu, Belgium, procedural time limits).
var abroadDays = [...]int{
	Domestic:             0,  // art. 55: no extension for a party in Belgium
	AbroadNeighbour:      15, // art. 55: neighbouring country or the United Kingdom
	AbroadEurope:         30, // art. 55: another country in Europe
	AbroadOtherContinent: 80, // art. 55: another part of the world
}

var art55Cite = vordering.Citation{
	Instrument: "Gerechtelijk Wetboek",
	Article:    "art. 55",
	URL:        "https://www.elfri.be/termijn-hoger-beroep-voor-partijen-het-buitenland",
}

// Valid reports whether a is a defined zone.
//
// A range check, as for Unit: Compute asks it on every call.
func (a Abroad) Valid() bool { return a <= AbroadOtherContinent }

// Days returns the extension in days (0, 15, 30 or 80).
func (a Abroad) Days() int {
	if !a.Valid() {
		return 0
	}
	return abroadDays[a]
}

// String returns "domestic", "neighbour", "europe" or "other-continent", or
// "Abroad(n)" for an undefined value.
func (a Abroad) String() string { return abroadNames.String(a) }

// MarshalText encodes the zone as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (a Abroad) MarshalText() ([]byte, error) { return abroadNames.MarshalText(a) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput.
func (a *Abroad) UnmarshalText(b []byte) error { return abroadNames.UnmarshalText(b, a) }

// Term is a legal term: a length, a unit and how it is counted. Build one with
// Days, Weeks, Months, Years or FreeDays, refine it with the methods below,
// or take it from the catalogue with Statutory. A Term is a small value; the
// methods return a modified copy.
type Term struct {
	// N is the length in Unit; it must be at least 1.
	N int `json:"n"`
	// Unit is what N counts: days, weeks, months, years or free days.
	Unit Unit `json:"unit"`
	// Backward marks a term counted back from the event (e.g. the Dutch
	// summons term before the hearing, art. 114 and 119 Rv): the event is the
	// later moment (the hearing), and the deadline is the last day on which
	// the act (service) can be done so that the whole term lies between them.
	// Such a term is never extended (Atw art. 1 lid 2); when it falls on a
	// Saturday, Sunday or holiday it moves to the previous working day.
	Backward bool `json:"backward,omitempty"`
	// NoExtension marks a term that does not move off a Saturday, Sunday or
	// holiday: a term outside art. 48–53 Ger.W. (not a procedural term), or a
	// term excluded from the Atw by art. 4 or by its own statute. NL terms
	// longer than 90 days, 12 weeks or 3 months, and terms in years, are
	// excluded by art. 4 Atw without this flag.
	NoExtension bool `json:"noExtension,omitempty"`
	// AppealOrOpposition marks a Belgian appeal or opposition term (art. 1048,
	// 1051, 1253quater c/d Ger.W.) that art. 50 al. 2 extends to 15 September
	// when it starts and ends inside the judicial vacation.
	AppealOrOpposition bool `json:"appealOrOpposition,omitempty"`
	// Abroad adds the art. 55 Ger.W. extension (Belgium only).
	Abroad Abroad `json:"abroad,omitempty"`
	// Kind is the catalogue entry the term came from, zero for a term built
	// by hand. Its citation is added to the Deadline's citations.
	Kind TermKind `json:"kind,omitempty"`
}

// Days returns a term of n calendar days.
func Days(n int) Term { return Term{N: n, Unit: Day} }

// Weeks returns a term of n weeks.
func Weeks(n int) Term { return Term{N: n, Unit: Week} }

// Months returns a term of n calendar months.
func Months(n int) Term { return Term{N: n, Unit: Month} }

// Years returns a term of n years.
func Years(n int) Term { return Term{N: n, Unit: Year} }

// FreeDays returns a waiting period of n free days ("vrije dagen"): the
// Deadline's Date is the first day on which the next act may take place.
func FreeDays(n int) Term { return Term{N: n, Unit: FreeDay} }

// CountedBackward returns t counted back from the event (see Term.Backward).
func (t Term) CountedBackward() Term { t.Backward = true; return t }

// WithoutExtension returns t marked as not moving off a Saturday, Sunday or
// holiday (see Term.NoExtension).
func (t Term) WithoutExtension() Term { t.NoExtension = true; return t }

// ForAppealOrOpposition returns t marked as a Belgian appeal or opposition
// term, eligible for the judicial-vacation extension of art. 50 al. 2 Ger.W.
func (t Term) ForAppealOrOpposition() Term { t.AppealOrOpposition = true; return t }

// WithAbroad returns t with the art. 55 Ger.W. extension for zone a.
func (t Term) WithAbroad(a Abroad) Term { t.Abroad = a; return t }

// String renders the term, e.g. "1 month", "8 free days", "1 week (backward)".
func (t Term) String() string {
	word := "?"
	if t.Unit.Valid() {
		word = unitWords[t.Unit]
	}
	s := strconv.Itoa(t.N) + " " + word
	if t.N != 1 {
		s += "s"
	}
	if t.Backward {
		s += " (backward)"
	}
	if t.Abroad != Domestic {
		s += " + art. 55 " + t.Abroad.String()
	}
	return s
}

// maxTerm bounds each unit so that no computation leaves the calendar range
// through overflow; a longer term is rejected as invalid input.
var maxTerm = [...]int{Day: 110000, Week: 16000, Month: 3600, Year: 300, FreeDay: 110000}

func (t Term) validate() error {
	if !t.Unit.Valid() {
		return vordering.Invalid("Term.Unit", uint8(t.Unit), "not a defined unit")
	}
	if t.N <= 0 {
		return vordering.Invalid("Term.N", t.N, "a term must be at least 1 "+t.Unit.String())
	}
	if t.N > maxTerm[t.Unit] {
		return vordering.Invalid("Term.N", t.N, fmt.Sprintf("longer than %d %ss", maxTerm[t.Unit], t.Unit))
	}
	if !t.Abroad.Valid() {
		return vordering.Invalid("Term.Abroad", uint8(t.Abroad), "not a defined zone")
	}
	if t.Kind != 0 && !t.Kind.Valid() {
		return vordering.Invalid("Term.Kind", uint8(t.Kind), "not a defined kind")
	}
	return nil
}
