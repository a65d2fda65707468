package routes

import (
	"github.com/vordering/vordering/internal/enumtext"
)

// Route is a way to collect a claim whose conditions Eligibility checks.
type Route uint8

// The Route values.
const (
	// RouteBEReminder is BE: amicable reminder and formal notice (minnelijke herinnering, ingebrekestelling).
	RouteBEReminder Route = iota + 1
	// RouteBECosts is BE: charging collection costs and late interest to the debtor (Book XIX WER for consumers; Law of 2 August 2002 between enterprises).
	RouteBECosts
	// RouteBEIOS is BE: recovery of uncontested money debts (invordering van onbetwiste geldschulden, art. 1394/20 ff. Ger.W.).
	RouteBEIOS
	// RouteBESRP is BE: summary payment order (summiere rechtspleging om betaling te bevelen, art. 1338 ff. Ger.W.).
	RouteBESRP
	// RouteBESummons is BE: proceedings started by writ of summons (dagvaarding, art. 700 Ger.W.).
	RouteBESummons
	// RouteBEPetition is BE: proceedings started by an inter partes petition (verzoekschrift op tegenspraak, art. 1034bis ff. Ger.W.).
	RouteBEPetition
	// RouteNLReminder is NL: reminders and formal demands (aanmaning, sommatie, ingebrekestelling; art. 6:82 BW).
	RouteNLReminder
	// RouteNLCosts is NL: charging extrajudicial collection costs (buitengerechtelijke incassokosten, art. 6:96 BW), after the 14-day letter for consumers.
	RouteNLCosts
	// RouteNLKanton is NL: proceedings before the kantonrechter (art. 93 Rv).
	RouteNLKanton
	// RouteNLRechtbank is NL: proceedings before the civil division of the rechtbank, with an advocaat (art. 79 Rv).
	RouteNLRechtbank
	// RouteBEDwangbevel is BE: a municipality's or OCMW's own title for an undisputed, due non-fiscal claim: registered reminder, dwangbevel of the financial director stamped by the college, service by a bailiff (Flanders art. 177 Decreet lokaal bestuur; Wallonia art. L1124-40 CDLD; Brussels art. 137bis Nieuwe Gemeentewet).
	RouteBEDwangbevel
	// RouteNLAwbReminder is NL: the aanmaning of a bestuursorgaan for a money debt under title 4.4 Awb (art. 4:112), with its fee (art. 4:113).
	RouteNLAwbReminder
	// RouteNLAwbDwangbevel is NL: the dwangbevel of a bestuursorgaan (art. 4:114–4:117 Awb), an executoriale titel served by a bailiff (art. 4:116, 4:123).
	RouteNLAwbDwangbevel
)

// routeNames are the text forms of the rows of the route tables.
var routeNames = enumtext.New[Route]("Route", routeNameList())

// Valid reports whether v is a defined value.
func (v Route) Valid() bool { return routeNames.Valid(v) }

// String returns the text form of v, or "Route(n)" for an undefined value.
func (v Route) String() string { return routeNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Route) MarshalText() ([]byte, error) { return routeNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Route) UnmarshalText(b []byte) error { return routeNames.UnmarshalText(b, v) }
