// Package routes says which collection routes the law opens for a case on
// a day, and why the others are closed: [Eligibility] returns an
// [EligibilityReport] with one [RouteResult] per [Route] of the case's
// country (open or not, every [casefile.Reason] that blocks it, the first
// day it opens when only time blocks it, the next act, notes). Each
// country's routes are a table (be_routes.go, nl_routes.go): a row names the
// route, the acts of the flow it governs and its check function, so that a
// new route is a Route constant, a row and a check. Belgium: amicable
// reminder; costs and interest (Book XIX WER; Law of 2 August 2002); IOS
// (art. 1394/20 ff. Ger.W.); summary payment order (art. 1338 ff.); summons
// (art. 700); petition (art. 1344bis). The Netherlands: reminders (art. 6:82
// BW); collection costs (art. 6:96 BW); the kantonrechter or the rechtbank
// (art. 93 Rv). The competent court comes from package jurisdiction, the
// costs from package costs, the terms from package deadlines ([Rules]).
package routes

//go:generate go run ../../internal/cmd/genjson -dir .
