package letters_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/letters"
)

// A Dutch 14-day letter to a consumer for 1,000 due on 31 March 2025, sent
// on Friday 4 April: built, rendered, and an existing letter checked.
func Example() {
	facts := letters.Facts{Country: vordering.NL, Kind: letters.NLFourteenDayLetter,
		Creditor: letters.Party{Name: "Verhuur BV", Kind: vordering.Enterprise},
		Debtor:   letters.Party{Name: "J. de Vries", Kind: vordering.Consumer},
		Claim:    "factuur 2025-017", Principal: vordering.Euros(1000),
		DueDate: date.New(2025, 3, 31), Sent: date.New(2025, 4, 4)}
	l, err := letters.Build(facts)
	if err != nil {
		panic(err)
	}
	fmt.Println("received (presumed):", l.Received, "last day:", l.TermEnd, "costs:", l.Costs)
	text, err := l.Render(letters.Dutch)
	if err != nil {
		panic(err)
	}
	fmt.Print(text)

	// The letter the creditor drafted: "binnen 14 dagen na dagtekening",
	// costs of 150.
	rep, err := letters.Check(facts, letters.Stated{
		Principal: decimal.NullDecimal{Decimal: vordering.Euros(1000), Valid: true},
		TermDays:  14, TermFrom: letters.TermFromLetterDate,
		Costs: decimal.NullDecimal{Decimal: vordering.Euros(150), Valid: true}})
	if err != nil {
		panic(err)
	}
	for _, f := range rep.Findings {
		fmt.Println(f)
	}
	// Output:
	// received (presumed): 2025-04-08 last day: 2025-04-22 costs: 150
	// Verhuur BV
	// Datum: 4 april 2025
	//
	// Aan: J. de Vries
	// Betreft: factuur 2025-017
	//
	// Geachte heer, mevrouw,
	//
	// Volgens onze administratie is het bedrag van EUR 1.000,00 dat uiterlijk op 31 maart 2025 betaald moest zijn, nog niet voldaan.
	// Wij verzoeken u dit bedrag te betalen binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd.
	// Is het bedrag niet betaald uiterlijk op 22 april 2025, dan bent u daarna incassokosten verschuldigd van EUR 150,00.
	//
	// Met vriendelijke groet,
	// Verhuur BV
	// term wrong: stated 14 days from the date of the letter, correct 2025-04-22: counted from the day the letter was dated or sent: the 14 days start the day after receipt ("binnen veertien dagen na heden" is too early) (Hoge Raad 25 november 2016 (prejudiciële beslissing, veertiendagenbrief) (ECLI:NL:HR:2016:2704))
}
