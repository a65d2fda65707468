package vordering_test

import (
	"errors"
	"fmt"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// A timeline holds a figure with the period it was in force and its source.
// The figures below are the Dutch kantonrechter ceiling of art. 93 Rv, which
// rose from EUR 5,000 to EUR 25,000 on 1 July 2011 (Stb. 2011, 224).
func ExampleTimeline_At() {
	cite := vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub a"}
	ceiling := vordering.NewTimeline("NL kanton ceiling",
		vordering.Row[int]{From: date.New(2002, 1, 1), Until: date.New(2011, 6, 30), Value: 5000, Cite: cite},
		vordering.Row[int]{From: date.New(2011, 7, 1), Value: 25000, Cite: cite},
	).With(vordering.Meta{Known: vordering.PrimaryText})
	for _, d := range []date.Date{date.New(2011, 6, 30), date.New(2011, 7, 1), date.New(1999, 1, 1)} {
		row, err := ceiling.At(d)
		if errors.Is(err, vordering.ErrNoRuleInForce) {
			fmt.Println(d, "->", err)
			continue
		}
		fmt.Println(d, "->", row.Value, "per", row.Cite)
	}
	// Output:
	// 2011-06-30 -> 5000 per Wetboek van Burgerlijke Rechtsvordering art. 93 sub a
	// 2011-07-01 -> 25000 per Wetboek van Burgerlijke Rechtsvordering art. 93 sub a
	// 1999-01-01 -> no rule in force: NL kanton ceiling has no row for 1999-01-01 (covered: 2002-01-01..)
}

func ExampleRoundCents() {
	x := vordering.Cents(12345).Mul(vordering.Percent(15, 0)) // 15 % of EUR 123.45 = 18.5175
	fmt.Println(vordering.RoundCents(x, vordering.HalfUp), vordering.RoundCents(x, vordering.Down))
	// Output: 18.52 18.51
}
