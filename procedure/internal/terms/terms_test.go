package terms

import (
	"testing"
	"time"

	"github.com/rickb777/date"
)

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// Presumed delivery skips Sundays, Mondays and weekday holidays (HR
// 25.11.2016): posted Friday 7 March 2025 → Saturday 8 (1), [Sunday 9,
// Monday 10 skipped], Tuesday 11 (2).
func TestPresumedDelivery(t *testing.T) {
	if got, _ := (Calendar{}).PresumedDelivery(day(2025, 3, 7)); got != day(2025, 3, 11) {
		t.Errorf("posted Fri 7 March: %v; want 2025-03-11", got)
	}
	if got, _ := (Calendar{}).PresumedDelivery(day(2025, 3, 3)); got != day(2025, 3, 5) {
		t.Errorf("posted Mon 3 March: %v; want 2025-03-05", got)
	}
}

// Posted Thursday 17 April 2025: Good Friday 18 April (Atw art. 3 lid 2) is
// skipped, Saturday 19 counts (1), Sunday 20 and Easter Monday 21 are
// skipped, Tuesday 22 April (2).
func TestPresumedDeliveryHoliday(t *testing.T) {
	if got, ok := (Calendar{}).PresumedDelivery(day(2025, 4, 17)); !ok || got != day(2025, 4, 22) {
		t.Errorf("posted 17 April 2025: %v; want 2025-04-22", got)
	}
	if _, ok := (Calendar{}).PresumedDelivery(day(2199, 12, 31)); ok {
		t.Error("posted on the calendar's last day: want no presumption")
	}
}

// A Saturday that is a holiday is no delivery day: Koningsdag fell on
// Saturday 27 April 2024. Posted Thursday 25 April: Friday 26 (1), Saturday 27
// skipped, Sunday and Monday skipped, Tuesday 30 April (2).
func TestPresumedDeliverySaturdayHoliday(t *testing.T) {
	if got, ok := (Calendar{}).PresumedDelivery(day(2024, 4, 25)); !ok || got != day(2024, 4, 30) {
		t.Errorf("posted 25 April 2024: %v; want 2024-04-30", got)
	}
}
