package routes

import (
	"errors"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// AwbFee is the fee a bestuursorgaan may charge for an aanmaning (art. 4:113
// lid 1 Awb): Below for a debt under Threshold, AtLeast for a debt of
// Threshold or more.
type AwbFee struct {
	Below     decimal.Decimal `json:"below"`
	AtLeast   decimal.Decimal `json:"atLeast"`
	Threshold decimal.Decimal `json:"threshold"`
}

// For returns the fee for a debt of debt euro.
func (f AwbFee) For(debt decimal.Decimal) decimal.Decimal {
	if debt.LessThan(f.Threshold) {
		return f.Below
	}
	return f.AtLeast
}

func awbFee(below, atLeast, threshold int64) AwbFee {
	return AwbFee{Below: vordering.Euros(below), AtLeast: vordering.Euros(atLeast), Threshold: vordering.Euros(threshold)}
}

func stcrt(year, nr string) vordering.Citation {
	return vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: "art. 4:113 lid 1 (bedragen per art. 11:2)",
		Publication: "Stcrt. " + year + ", " + nr, URL: "https://zoek.officielebekendmakingen.nl/stcrt-" + year + "-" + nr + ".html"}
}

// nlAwbReminderFee is the aanmaning fee of art. 4:113 lid 1 Awb. The
// Minister adjusts the amounts to the consumer price index each 1 January
// (art. 11:2 lid 1), by a regulation in the Staatscourant; each row names
// the regulation that set the amount that changed.
//
// Sources: the 2015 consolidated Awb (statengeneraal/laws-markdown
// BWBR0005537), whose art. 4:113 carries the changes of 2013, 2014 and 2015
// inline; the regulations Stcrt. 2012, 26652; 2013, 35871; 2014, 37105;
// 2021, 48060; 2022, 34448; 2023, 35874; 2024, 38002 (read in stored
// copies of the Staatscourant); pgawb.nl
// for the amounts of 2009 and the text of 2024 (EUR 8 and 19); houtell.nl
// for the effective date of the 2025 amounts.
//
// Gaps: the higher fee went from EUR 15 to EUR 16 on a 1 January between
// 2016 and 2021 that was not found (the regulations for 2017, Stcrt. 2016,
// 67519, and for 2022, Stcrt. 2021, 48060, do not touch art. 4:113), so
// 2016–2021 is not covered; the amounts from 1 January 2026 (Stcrt. 2025,
// 39855) were not found.
var nlAwbReminderFee = vordering.NewTimeline("NL aanmaning fee of a bestuursorgaan (art. 4:113 Awb)",
	vordering.Row[AwbFee]{From: d(2009, 7, 1), Until: d(2012, 12, 31), Value: awbFee(6, 14, 454),
		Cite:  vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: "art. 4:113 lid 1", Publication: "Wet 25.6.2009, Stb. 2009, 264", URL: "https://pgawb.nl"},
		Note:  "The amounts of the original text as pgawb.nl gives them. The 2013 and 2014 regulations replaced exactly these figures, so they were still in force at the end of 2012; amounts only follow the price index up, so they did not change in between.",
		Known: vordering.TwoSources},
	vordering.Row[AwbFee]{From: d(2013, 1, 1), Until: d(2013, 12, 31), Value: awbFee(6, 15, 454), Cite: stcrt("2012", "26652"),
		Note: "EUR 14 became 15 (Regeling 20.12.2012); the 2015 consolidated text notes \"Per 1 januari 2013: € 15\"."},
	vordering.Row[AwbFee]{From: d(2014, 1, 1), Until: d(2014, 12, 31), Value: awbFee(7, 15, 454), Cite: stcrt("2013", "35871"),
		Note: "EUR 6 became 7 (Regeling 13.12.2013); the 2015 consolidated text notes \"Per 1 januari 2014: € 7\"."},
	vordering.Row[AwbFee]{From: d(2015, 1, 1), Until: d(2015, 12, 31), Value: awbFee(7, 15, 500), Cite: stcrt("2014", "37105"),
		Note: "The threshold EUR 454 became 500 (Regeling 12.12.2014); the amounts stand so in the consolidated text of 26.11.2015. On a 1 January of 2016–2021 not found the higher fee became EUR 16."},
	vordering.Row[AwbFee]{From: d(2022, 1, 1), Until: d(2022, 12, 31), Value: awbFee(7, 16, 500), Cite: stcrt("2022", "34448"),
		Note:  "The amounts the 2022 regulation replaced from 1.1.2023 (EUR 7 and 16); the regulation for 2022 (Stcrt. 2021, 48060) changed art. 8:41 and 8:109 of the Awb but not art. 4:113, so they ran all of 2022.",
		Known: vordering.TwoSources},
	vordering.Row[AwbFee]{From: d(2023, 1, 1), Until: d(2023, 12, 31), Value: awbFee(8, 18, 500), Cite: stcrt("2022", "34448"),
		Note: "EUR 7 became 8 and 16 became 18 (Regeling 12.12.2022, art. IV). Art. III: for a payment obligation that arose before 1.1.2023 the old amounts apply; the library then takes the fee in force on 31.12.2022."},
	vordering.Row[AwbFee]{From: d(2024, 1, 1), Until: d(2024, 12, 31), Value: awbFee(8, 19, 500), Cite: stcrt("2023", "35874"),
		Note: "EUR 18 became 19, EUR 8 unchanged; the text read does not show the day of effect, which art. 11:2 lid 1 Awb sets at 1 January; pgawb.nl gives the text with EUR 8 and 19."},
	vordering.Row[AwbFee]{From: d(2025, 1, 1), Until: d(2025, 12, 31), Value: awbFee(9, 20, 500), Cite: stcrt("2024", "38002"),
		Note: "EUR 8 became 9 and 19 became 20 (Regeling 8.11.2024); in force 1.1.2025 (art. 11:2 lid 1 Awb; houtell.nl citing the regulation)."},
).With(vordering.Meta{Known: vordering.PrimaryText, Checked: date.New(2026, 11, 28),
	Trailing: "the amounts from 1 January 2026 (Regeling indexering, Stcrt. 2025, 39855) were not found"})

// AwbReminderFee returns the aanmaning fee of art. 4:113 Awb that a
// bestuursorgaan may charge, if the aanmaning states it (lid 2), for an
// aanmaning sent on day about a debt of debt euro that arose on arose (the
// day of the decision or of the statutory obligation; the zero date when
// not known). A 2023 aanmaning about a debt that arose before 2023 takes
// the amounts in force on 31 December 2022 (Stcrt. 2022, 34448, art. III).
// A day no row covers is a *vordering.NoRuleError wrapping
// vordering.ErrNoRuleInForce; the RowRef says how sure the figure is. A day
// or arose outside the library's dates ([vordering.CheckDate]; arose may be
// zero) or a debt outside [vordering.CheckAmount] or negative is an error
// wrapping vordering.ErrInvalidInput.
func AwbReminderFee(day date.Date, debt decimal.Decimal, arose date.Date) (decimal.Decimal, vordering.Citation, vordering.RowRef, error) {
	if err := errors.Join(vordering.CheckDate("day", day), vordering.CheckOptionalDate("arose", arose), vordering.CheckAmount("debt", debt)); err != nil {
		return decimal.Zero, vordering.Citation{}, vordering.RowRef{}, err
	}
	if debt.Sign() < 0 {
		return decimal.Zero, vordering.Citation{}, vordering.RowRef{}, vordering.Invalid("debt", debt.String(), "negative amount")
	}
	at := day
	if day.Year() == 2023 && vordering.HasDate(arose) && arose.Year() < 2023 {
		at = d(2022, 12, 31)
	}
	r, err := nlAwbReminderFee.At(at)
	if err != nil {
		return decimal.Zero, vordering.Citation{}, vordering.RowRef{}, err
	}
	return r.Value.For(debt), r.Cite, nlAwbReminderFee.Ref(r), nil
}
