package routes

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/prescription"
)

// timeOnly reports whether the reason lifts by itself on a known date.
func timeOnly(r casefile.Reason) bool { return vordering.HasDate(r.Until) }

// RouteResult is the answer for one route.
type RouteResult struct {
	Route Route `json:"route"`
	// Open is true when the route may be used on the as-of date.
	Open bool `json:"open"`
	// Blocks are every reason that keeps the route closed; empty when Open.
	Blocks []casefile.Reason `json:"blocks,omitempty"`
	// OpensOn is, when every block is one that time lifts, the first day the
	// route opens; zero otherwise.
	OpensOn date.Date `json:"opensOn,omitzero"`
	// ClosesOn is the last day of the window in which the next act of the
	// route must be done, where the law sets one (the SRP petition).
	ClosesOn date.Date `json:"closesOn,omitzero"`
	// Next describes the act that starts or continues the route.
	Next string `json:"next,omitempty"`
	// Notes are limits and warnings that do not close the route (a cap on
	// accessories, a part of the claim that looks time-barred, the court).
	Notes []casefile.Reason `json:"notes,omitempty"`
}

// EligibilityReport is the result of [Eligibility]: every route of the case's
// country, the addressee of letters, the effect of the debtor's status and the
// time-bar position of each invoice.
type EligibilityReport struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"asOf"`
	// Routes holds one result per route of the country, in the order of the
	// Route constants.
	Routes []RouteResult `json:"routes"`
	// Addressee is who receives the letters, at which address.
	Addressee debtor.Addressee `json:"addressee"`
	// Status is what the debtor's status means for the collection.
	Status debtor.StatusEffect `json:"status"`
	// Prescription is the time-bar position of each invoice.
	Prescription []prescription.PrescriptionResult `json:"prescription"`
	// Assurance is how sure the assessment is: the weakest level of the
	// table rows it read (route conditions, collection costs, the competent
	// court, prescription terms).
	Assurance vordering.Assurance `json:"assurance"`
}

// Route returns the result for route r, and false if the assessment has none
// (a route of the other country).
func (a EligibilityReport) Route(r Route) (RouteResult, bool) {
	for _, x := range a.Routes {
		if x.Route == r {
			return x, true
		}
	}
	return RouteResult{}, false
}

// Open lists the routes that are open, in order.
func (a EligibilityReport) Open() []Route {
	var out []Route
	for _, x := range a.Routes {
		if x.Open {
			out = append(out, x.Route)
		}
	}
	return out
}
