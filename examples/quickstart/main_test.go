package main

import (
	"strings"
	"testing"
)

// The quickstart must run on its built-in data and print the answers the law
// gives (hand-checked in the comments of main.go).
func TestQuickstart(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"BE appeal 1 month from 2025-06-30: 2025-09-15",  // art. 54 + art. 50 Ger.W.
		"NL appeal 3 months from 2025-08-29: 2025-12-01", // art. 339 Rv + Atw art. 1
		"Algemene termijnenwet art. 1 lid 1",
		"Gerechtelijk Wetboek art. 50",
		// WIK: 15 % of 1,200 = 180.00, due the day after the 14 days
		// (received 3 March, last day 17 March).
		"costs, due from 2025-03-18",
		// 1,200 × 6 % × 136 / 365 = 26.827 → 26.83; 1,200 + 180 + 26.83.
		"= EUR 1406.83",
		// 2025 brackets (KB 5.12.2024): 20.80 + 46.20 + 61.60 + 200.00 − 2 × 86.
		"seizable this month: EUR 156.60",
		// Art. 1394/20 Ger.W.: IOS is for debts between registered enterprises.
		"to Klant BV (enterprise), on 2025-03-03: qualifies for IOS",
		"to Jan Peeters (consumer), on 2025-03-03: does not qualify for IOS",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("quickstart output lacks %q:\n%s", want, out)
		}
	}
}
