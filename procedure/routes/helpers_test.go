package routes

import (
	"time"

	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }
