package jurisdiction

import (
	"errors"
	"fmt"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// An illustrative amendment of art. 590 Ger.W. from 2027 (no such law was
// known when the tables were checked): a ceiling of EUR 6,000.
var example590 = vordering.Row[decimal.Decimal]{
	From: date.New(2027, 1, 1), Value: decimal.NewFromInt(6000),
	Cite: vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 590", Publication: "the amending law the caller holds"},
	Note: "illustrative",
}

func TestWithCeiling(t *testing.T) {
	sup, err := Rules{}.WithCeiling(vordering.BE, example590)
	if err != nil {
		t.Fatal(err)
	}
	q := Claim{Country: vordering.BE, AsOf: date.New(2027, 3, 1), Matter: MatterGeneral,
		Creditor: vordering.Enterprise, Debtor: vordering.Consumer, Principal: decimal.NewFromInt(5500)}
	// Built in, 5,500 exceeds the 5,000 ceiling (art. 590, from 1.9.2018):
	// rechtbank van eerste aanleg; under the supplied 6,000: vrederechter.
	built, err := Competent(q)
	if err != nil || built.Court != CourtOfFirstInstance {
		t.Fatalf("built-in: %v %v", built.Court, err)
	}
	d, err := sup.Competent(q)
	if err != nil || d.Court != JusticeOfThePeace || d.Assurance.Level != vordering.Supplied || !d.Stamp.Supplied {
		t.Fatalf("supplied: %v %v %+v %+v", d.Court, err, d.Assurance, d.Stamp)
	}
	// The open 2018 row gives way to a row closed on 31.12.2026, and the
	// 2027 row is added: the diff lists the old row removed and two added.
	diff := vordering.DiffTables(Rulebook(), sup.Rulebook())
	var got []string
	for _, c := range diff {
		got = append(got, c.Change+" "+c.Period.String())
	}
	if fmt.Sprint(got) != "[removed 2018-09-01.. added 2018-09-01..2026-12-31 added 2027-01-01..]" {
		t.Errorf("diff = %v", got)
	}
	bad := example590
	bad.Value = decimal.RequireFromString("6000.50")
	if _, err := (Rules{}).WithCeiling(vordering.BE, bad); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("cents in a ceiling: %v", err)
	}
}

// A caller brings an amended ceiling before a release ships it.
func ExampleRules_WithCeiling() {
	row := vordering.Row[decimal.Decimal]{
		From: date.New(2027, 1, 1), Value: decimal.NewFromInt(6000),
		Cite: vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 590", Publication: "the amending law the caller holds"},
		Note: "illustrative, not an enacted amendment",
	}
	rules, err := Rules{}.WithCeiling(vordering.BE, row)
	if err != nil {
		panic(err)
	}
	d, err := rules.Competent(Claim{Country: vordering.BE, AsOf: date.New(2027, 3, 1), Matter: MatterGeneral,
		Creditor: vordering.Enterprise, Debtor: vordering.Consumer, Principal: decimal.NewFromInt(5500)})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Court, d.Assurance.Level)
	// Output:
	// vrederechter supplied
}
