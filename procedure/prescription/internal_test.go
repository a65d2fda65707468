package prescription

import (
	"testing"
	"time"

	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func TestEndOfYears(t *testing.T) {
	for _, tt := range []struct {
		start date.Date
		n     int
		want  date.Date
	}{
		{day(2025, 2, 15), 5, day(2030, 2, 14)},
		{day(2024, 2, 29), 1, day(2025, 2, 28)}, // 29 Feb counted from 1 March
		{day(2024, 2, 29), 4, day(2028, 2, 28)},
		{day(2025, 1, 1), 10, day(2034, 12, 31)},
	} {
		if got := endOfYears(tt.start, tt.n); got != tt.want {
			t.Errorf("endOfYears(%v, %d) = %v, want %v", tt.start, tt.n, got, tt.want)
		}
	}
}
