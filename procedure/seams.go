package procedure

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// This file is the seam to package deadlines: every statutory term this
// package needs is computed here and nowhere else.

// termKind names a statutory term used by the routes.
type termKind uint8

const (
	// termSRPPayment: the 15 days to pay that the art. 1339 Ger.W. summons
	// gives.
	termSRPPayment termKind = iota + 1
	// termSRPPetition: the 15 days after the payment term within which the
	// petition must be filed (art. 1340 Ger.W.).
	termSRPPetition
	// termNLFourteenDay: the 14 days of the art. 6:96 lid 6 BW letter,
	// counted from the day after receipt.
	termNLFourteenDay
)

// computeTerm returns the last day of term k that runs from event (the event
// day not counted), with the citation of the counting rule.
//
// TEMPORARY: package deadlines was not yet available when this was written;
// this stand-in counts calendar days and moves a last day on a Saturday or
// Sunday to the Monday, without holidays. It is replaced by deadlines.Compute
// as soon as that package is merged.
func computeTerm(c vordering.Country, event date.Date, k termKind) (date.Date, vordering.Citation, error) {
	n := 0
	switch k {
	case termSRPPayment, termSRPPetition:
		n = 15
	case termNLFourteenDay:
		n = 14
	default:
		return date.Date{}, vordering.Citation{}, vordering.Invalid("term", uint8(k), "unknown term")
	}
	end := event.Add(date.PeriodOfDays(n))
	for end.Weekday() == time.Saturday || end.Weekday() == time.Sunday {
		end = end.Add(1)
	}
	cite := vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 52–53"}
	if c == vordering.NL {
		cite = vordering.Citation{Instrument: "Algemene termijnenwet", Article: "art. 1"}
	}
	return end, cite, nil
}

// isWorkingDay reports whether d is a working day in country c.
//
// TEMPORARY: weekends only, until deadlines.IsWorkingDay is merged.
func isWorkingDay(c vordering.Country, d date.Date) bool {
	_ = c
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}
