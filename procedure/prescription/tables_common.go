package prescription

import (
	"time"

	"github.com/rickb777/date"
)

// d is a short constructor for table dates.
func d(y int, m time.Month, day int) date.Date { return date.New(y, m, day) }
