package costs

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func TestLiquidationTariff(t *testing.T) {
	const src = "rechtspraak.nl liquidatietarief kanton per 1 februari 2024"
	tests := []struct {
		name             string
		q                LiquidationQuery
		perPoint, amount string
		points           string
		where            string
	}{
		{"2024 1,000 two points", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 2, 1), ClaimValue: courtEur("1000"), Points: courtEur("2")},
			"135", "270", "2", src + ": ≤ 1,250 → € 135 per point; 2 × 135"},
		{"2024 200 capped at 3 points", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2025, 6, 1), ClaimValue: courtEur("200"), Points: courtEur("4")},
			"40", "120", "3", src + ": ≤ 250 → € 40, max 3 points; 3 × 40"},
		{"2024 250.01 one and a half points", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2026, 1, 31), ClaimValue: courtEur("250.01"), Points: courtEur("1.5")},
			"82", "123", "1.5", src + ": ≤ 500 → € 82; 1.5 × 82"},
		{"2024 above 1M no cap", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 3, 1), ClaimValue: courtEur("1500000"), Points: courtEur("12")},
			"1628", "19536", "12", src + ": 'meer' → € 1,628, no maximum; 12 × 1,628"},
		{"2023 5,000 two and a half points", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2023, 2, 1), ClaimValue: courtEur("5000"), Points: courtEur("2.5")},
			"264", "660", "2.5", "e-legal.nl 2023 and " + src + " (old column): ≤ 5,000 → € 264; 2.5 × 264"},
		{"2023 40,000.01", LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 1, 31), ClaimValue: courtEur("40000.01"), Points: courtEur("11")},
			"794", "7940", "10", "e-legal.nl 2023: ≤ 100,000 → € 794, max 10 points; 10 × 794"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LiquidationTariff(vordering.NL, tt.q)
			if err != nil {
				t.Fatalf("LiquidationTariff: %v", err)
			}
			if !got.PerPoint.Equal(courtEur(tt.perPoint)) || !got.Amount.Equal(courtEur(tt.amount)) || !got.Points.Equal(courtEur(tt.points)) {
				t.Errorf("got %s × %s = %s, want %s × %s = %s (source: %s)", got.Points, got.PerPoint, got.Amount, tt.points, tt.perPoint, tt.amount, tt.where)
			}
			if !got.AmountMax.Equal(got.Amount) {
				t.Errorf("AmountMax %s differs from Amount %s for a determined value", got.AmountMax, got.Amount)
			}
		})
	}
	// Undetermined value, 2024: € 82 – 1,087 per point (rechtspraak.nl 2024).
	got, err := LiquidationTariff(vordering.NL, LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 2, 1), Undetermined: true, Points: courtEur("2")})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Amount.Equal(courtEur("164")) || !got.AmountMax.Equal(courtEur("2174")) || got.MaxPoints != 0 {
		t.Errorf("undetermined: got %s – %s (max points %d), want 164 – 2174", got.Amount, got.AmountMax, got.MaxPoints)
	}
}

func TestLiquidationTariffErrors(t *testing.T) {
	ok := LiquidationQuery{Court: CourtCantonal, AsOf: date.New(2024, 3, 1), ClaimValue: courtEur("100"), Points: courtEur("1")}
	mod := func(f func(*LiquidationQuery)) LiquidationQuery { q := ok; f(&q); return q }
	tests := []struct {
		name string
		c    vordering.Country
		q    LiquidationQuery
		want error
	}{
		{"BE has none", vordering.BE, ok, vordering.ErrInvalidInput},
		{"no country", 0, ok, vordering.ErrInvalidInput},
		{"zero date", vordering.NL, mod(func(q *LiquidationQuery) { q.AsOf = date.Date{} }), vordering.ErrInvalidInput},
		{"negative claim", vordering.NL, mod(func(q *LiquidationQuery) { q.ClaimValue = courtEur("-5") }), vordering.ErrInvalidInput},
		{"zero points", vordering.NL, mod(func(q *LiquidationQuery) { q.Points = courtEur("0") }), vordering.ErrInvalidInput},
		{"quarter point", vordering.NL, mod(func(q *LiquidationQuery) { q.Points = courtEur("1.25") }), vordering.ErrInvalidInput},
		{"Belgian court", vordering.NL, mod(func(q *LiquidationQuery) { q.Court = CourtJusticeOfPeace }), vordering.ErrInvalidInput},
		{"rechtbank tariff not encoded", vordering.NL, mod(func(q *LiquidationQuery) { q.Court = CourtFirstInstance }), vordering.ErrNoRuleInForce},
		{"before 1.2.2023", vordering.NL, mod(func(q *LiquidationQuery) { q.AsOf = date.New(2023, 1, 31) }), vordering.ErrNoRuleInForce},
		{"from 1.2.2028", vordering.NL, mod(func(q *LiquidationQuery) { q.AsOf = date.New(2028, 2, 1) }), vordering.ErrNoRuleInForce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := LiquidationTariff(tt.c, tt.q); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}
