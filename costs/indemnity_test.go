package costs

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func TestProceduralIndemnity(t *testing.T) {
	tests := []struct {
		name           string
		q              IndemnityQuery
		base, min, max string
		where          string
	}{
		{"2008 ≤250 at 100 %", IndemnityQuery{AsOf: date.New(2008, 1, 1), ClaimValue: courtEur("250")},
			"150", "75", "300", "KB 26.10.2007 art. 2 (dyzo.be): tot 250 → 150 / 75 / 300"},
		{"2010 250.01 at 100 %", IndemnityQuery{AsOf: date.New(2010, 6, 1), ClaimValue: courtEur("250.01")},
			"200", "125", "500", "dyzo.be: 250,01-750 → 200 / 125 / 500"},
		{"2012 10,000 at 110 %", IndemnityQuery{AsOf: date.New(2012, 1, 1), ClaimValue: courtEur("10000")},
			"990", "550", "2200", "hand: 900 / 500 / 2,000 × 1.1 (onlineadvocaat.be 110 % table)"},
		{"2019 10,000.01 at 120 %", IndemnityQuery{AsOf: date.New(2019, 3, 1), ClaimValue: courtEur("10000.01")},
			"1320", "750", "3000", "mr-online.nl 2019 (120 %): 750 / 3,000 for 10,000.01-20,000; base 1,100 × 1.2"},
		{"2019 undetermined at 120 %", IndemnityQuery{AsOf: date.New(2019, 3, 1), Undetermined: true},
			"1440", "90", "12000", "tack51.be: 'basisbedrag 1.440 euro, minimumbedrag 90,00 euro, maximumbedrag 12.000 euro'"},
		{"2021 at 130 %", IndemnityQuery{AsOf: date.New(2021, 6, 1), ClaimValue: courtEur("1000")},
			"520", "260", "1300", "hand: 400 / 200 / 1,000 × 1.3 (step of 1.6.2021, latribune.avocats.be)"},
		{"2022-04 at 140 %", IndemnityQuery{AsOf: date.New(2022, 10, 31), ClaimValue: courtEur("200")},
			"210", "105", "420", "hand: 150 / 75 / 300 × 1.4 (step of 1.4.2022)"},
		{"2023 ≤250 at 150 %", IndemnityQuery{AsOf: date.New(2023, 5, 1), ClaimValue: courtEur("0")},
			"225", "112.50", "450", "tack51.be 150 % table: < 250,01 → 225 / 112,50 / 450"},
		{"2024 15,000 at 150 %", IndemnityQuery{AsOf: date.New(2024, 5, 1), ClaimValue: courtEur("15000")},
			"1650", "937.50", "3750", "tack51.be 150 % table: < 20.000,01 → 1.650 / 937,50 / 3.750"},
		{"2025-02 above 1M at 150 %", IndemnityQuery{AsOf: date.New(2025, 2, 28), ClaimValue: courtEur("1000000.01")},
			"22500", "1500", "45000", "tack51.be 150 % table: > 1.000.000,01 → 22.500 / 1.500 / 45.000"},
		{"2024 undetermined at 150 %", IndemnityQuery{AsOf: date.New(2024, 1, 1), Undetermined: true},
			"1800", "112.50", "15000", "tack51.be 150 % table: niet in geld waardeerbaar 1.800 / 112,50 / 15.000"},
		// New art. 8 from 1.3.2025: × 166.05 / 105.78. Hand: 150 × 1.5697674 =
		// 235.465 → 235.47; 75 → 117.73; 300 → 470.93 (the published table of
		// code 52582851401 agrees).
		{"2026 ≤250 under the new art. 8", IndemnityQuery{AsOf: date.New(2026, 11, 28), ClaimValue: courtEur("250")},
			"235.47", "117.73", "470.93", "hand: 150 / 75 / 300 × 166.05 / 105.78; code 52582851401 agrees"},
		// Hand: 1,200 × 1.5697674 = 1,883.72; 75 → 117.73; 10,000 → 15,697.67.
		{"2026 undetermined under the new art. 8", IndemnityQuery{AsOf: date.New(2026, 1, 5), Undetermined: true},
			"1883.72", "117.73", "15697.67", "hand: 1,200 / 75 / 10,000 × 166.05 / 105.78; code 52582851401 agrees"},
		// Hand: 2,500 / 1,000 / 5,000 × 1.5697674 = 3,924.42 / 1,569.77 /
		// 7,848.84 (the published table's 1,962.22 minimum is wrong: the KB
		// minimum of this band is 1,000).
		{"2025 band 40,000-60,000", IndemnityQuery{AsOf: date.New(2025, 3, 1), ClaimValue: courtEur("50000")},
			"3924.42", "1569.77", "7848.84", "hand: 2,500 / 1,000 / 5,000 × 166.05 / 105.78"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ProceduralIndemnity(vordering.BE, tt.q)
			if err != nil {
				t.Fatalf("ProceduralIndemnity: %v", err)
			}
			if !got.Base.Equal(courtEur(tt.base)) || !got.Min.Equal(courtEur(tt.min)) || !got.Max.Equal(courtEur(tt.max)) {
				t.Errorf("got %s / %s / %s, want %s / %s / %s (source: %s)", got.Base, got.Min, got.Max, tt.base, tt.min, tt.max, tt.where)
			}
			if len(got.Citations) != 2 || len(got.Steps) != 3 {
				t.Errorf("result does not explain itself: %+v", got)
			}
		})
	}
}

func TestProceduralIndemnityErrors(t *testing.T) {
	ok := IndemnityQuery{AsOf: date.New(2024, 1, 1), ClaimValue: courtEur("1000")}
	tests := []struct {
		name string
		c    vordering.Country
		q    IndemnityQuery
		want error
	}{
		{"NL has none", vordering.NL, ok, vordering.ErrInvalidInput},
		{"no country", 0, ok, vordering.ErrInvalidInput},
		{"zero date", vordering.BE, IndemnityQuery{ClaimValue: courtEur("1")}, vordering.ErrInvalidInput},
		{"negative", vordering.BE, IndemnityQuery{AsOf: ok.AsOf, ClaimValue: courtEur("-1")}, vordering.ErrInvalidInput},
		{"undetermined with value", vordering.BE, IndemnityQuery{AsOf: ok.AsOf, ClaimValue: courtEur("1"), Undetermined: true}, vordering.ErrInvalidInput},
		{"before the KB", vordering.BE, IndemnityQuery{AsOf: date.New(2007, 12, 31)}, vordering.ErrNoRuleInForce},
		{"after the last check", vordering.BE, IndemnityQuery{AsOf: date.New(2026, 11, 29)}, vordering.ErrNoRuleInForce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ProceduralIndemnity(tt.c, tt.q); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}
