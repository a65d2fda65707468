package procedure

import (
	"time"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// d is a short constructor for table dates.
func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }

// lastDay is the last day the package accepts: the end of the span of the
// calendars of package deadlines ([vordering.LastYear]).
var lastDay = date.New(vordering.LastYear, time.December, 31)
