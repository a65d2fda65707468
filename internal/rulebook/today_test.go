package rulebook

import (
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/garnishment"
)

// The fifteen headline questions of the currency issue, asked on
// 2026-11-28 under the default policy: fourteen answer, each saying how sure
// it is; the Belgian bailiff fee cannot (its 2025 and 2026 indexed amounts
// were not found) and says why and what the caller can do. The levels are
// those the tables give the rows in force on that day (see RULES.md).
func TestHeadlineQuestionsToday(t *testing.T) {
	today := date.New(2026, 11, 28)
	eur := func(n int64) decimal.Decimal { return decimal.NewFromInt(n) }
	start := date.New(2025, 12, 31)
	type answer struct {
		a   vordering.Assurance
		err error
	}
	ask := map[string]func() answer{
		"NL wettelijke rente": func() answer {
			r, err := costs.Interest(vordering.NL, costs.Statutory, eur(1000), start, today)
			return answer{r.Assurance, err}
		},
		"NL handelsrente": func() answer {
			r, err := costs.Interest(vordering.NL, costs.Commercial, eur(1000), start, today)
			return answer{r.Assurance, err}
		},
		"BE legal interest": func() answer {
			r, err := costs.Interest(vordering.BE, costs.Statutory, eur(1000), start, today)
			return answer{r.Assurance, err}
		},
		"BE late-payment interest": func() answer {
			r, err := costs.Interest(vordering.BE, costs.Commercial, eur(1000), start, today)
			return answer{r.Assurance, err}
		},
		"BE wage garnishment": func() answer {
			r, err := garnishment.Seizable(vordering.BE, today, garnishment.Income{Net: eur(2000)})
			return answer{r.Assurance, err}
		},
		"NL beslagvrije voet": func() answer {
			r, err := garnishment.Seizable(vordering.NL, today, garnishment.Income{Net: eur(2000), Household: garnishment.Single})
			return answer{r.Assurance, err}
		},
		"NL griffierecht kanton": func() answer {
			r, err := costs.CourtFee(vordering.NL, costs.CourtFeeQuery{Court: costs.CourtCantonal, Party: costs.CourtPartyOther, AsOf: today, ClaimValue: eur(3000)})
			return answer{r.Assurance, err}
		},
		"NL griffierecht rechtbank": func() answer {
			r, err := costs.CourtFee(vordering.NL, costs.CourtFeeQuery{Court: costs.CourtFirstInstance, Party: costs.CourtPartyOther, AsOf: today, ClaimValue: eur(30000)})
			return answer{r.Assurance, err}
		},
		"NL Btag": func() answer {
			r, err := costs.BailiffFee(vordering.NL, costs.BailiffSummons, today)
			return answer{r.Assurance, err}
		},
		"NL liquidatietarief": func() answer {
			r, err := costs.LiquidationTariff(vordering.NL, costs.LiquidationQuery{Court: costs.CourtCantonal, AsOf: today, ClaimValue: eur(3000), Points: eur(2)})
			return answer{r.Assurance, err}
		},
		"BE bailiff fee": func() answer {
			r, err := costs.BailiffFeeOf(vordering.BE, costs.BailiffFeeQuery{Act: costs.BailiffSummons, AsOf: today, ClaimValue: eur(3000)})
			return answer{r.Assurance, err}
		},
		"BE rechtsplegingsvergoeding": func() answer {
			r, err := costs.ProceduralIndemnity(vordering.BE, costs.IndemnityQuery{AsOf: today, ClaimValue: eur(3000)})
			return answer{r.Assurance, err}
		},
		"NL extrajudicial costs B2B": func() answer {
			r, err := costs.Extrajudicial(vordering.NL, costs.ExtrajudicialClaim{Principal: eur(3000), Debtor: vordering.Enterprise, AsOf: today})
			return answer{r.Assurance, err}
		},
		"BE extrajudicial costs B2B": func() answer {
			r, err := costs.Extrajudicial(vordering.BE, costs.ExtrajudicialClaim{Principal: eur(3000), Debtor: vordering.Enterprise, AsOf: today})
			return answer{r.Assurance, err}
		},
		"BE roll fee": func() answer {
			r, err := costs.CourtFee(vordering.BE, costs.CourtFeeQuery{Court: costs.CourtJusticeOfPeace, AsOf: today, ClaimValue: eur(3000)})
			return answer{r.Assurance, err}
		},
	}
	want := map[string]vordering.Confidence{
		"NL wettelijke rente":         vordering.TwoSources,
		"NL handelsrente":             vordering.TwoSources,
		"BE legal interest":           vordering.TwoSources,
		"BE late-payment interest":    vordering.Derived, // 2026 H2, no publication found
		"BE wage garnishment":         vordering.OneSource,
		"NL beslagvrije voet":         vordering.PrimaryText,
		"NL griffierecht kanton":      vordering.TwoSources,
		"NL griffierecht rechtbank":   vordering.TwoSources,
		"NL Btag":                     vordering.OneSource,
		"NL liquidatietarief":         vordering.OneSource,
		"BE rechtsplegingsvergoeding": vordering.Derived,
		"NL extrajudicial costs B2B":  vordering.TwoSources,
		"BE extrajudicial costs B2B":  vordering.TwoSources,
		"BE roll fee":                 vordering.TwoSources,
	}
	answered := 0
	for q, f := range ask {
		got := f()
		if q == "BE bailiff fee" {
			if !errors.Is(got.err, vordering.ErrNoRuleInForce) || !strings.Contains(got.err.Error(), "CarryForward") {
				t.Errorf("%s: %v; want a no-rule error that names the way forward", q, got.err)
			}
			continue
		}
		if got.err != nil {
			t.Errorf("%s: %v", q, got.err)
			continue
		}
		answered++
		if got.a.Level != want[q] || got.a.Provisional != (want[q] < vordering.Settled) {
			t.Errorf("%s: assurance %+v, want level %v", q, got.a, want[q])
		}
	}
	if answered != 14 {
		t.Errorf("%d of 15 questions answered, want 14", answered)
	}
}
