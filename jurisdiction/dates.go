package jurisdiction

import (
	"time"

	"github.com/rickb777/date"
)

// d is shorthand for a calendar date in the tables.
func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }
