package costs

import (
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

func TestBailiffFee(t *testing.T) {
	tests := []struct {
		act   BailiffAct
		on    date.Date
		want  string
		where string
	}{
		{BailiffSummons, date.New(2021, 7, 1), "98.52", "grootevers.nl Btag 1.7.2021: dagvaarding (2a) 98,52"},
		{BailiffServiceOfTitle, date.New(2021, 12, 31), "108.71", "grootevers.nl 1.7.2021: betekening titel (2b) 108,71"},
		{BailiffCommand, date.New(2021, 9, 1), "79.02", "ruebincasso.nl art. 2 sub c (2021): 79,02"},
		{BailiffOtherService, date.New(2021, 9, 1), "71.19", "grootevers.nl 1.7.2021: overbetekening (2d) 71,19"},
		{BailiffAttachmentWages, date.New(2021, 9, 1), "146.97", "grootevers.nl 1.7.2021: loonbeslag (2j) 146,97"},
		{BailiffSummons, date.New(2022, 1, 1), "104.02", "geerlingshofstede.nl tarieven 2022: dagvaarding 104,02"},
		{BailiffSummons, date.New(2023, 2, 28), "104.02", "Stb. 2023, 63 still replaces '€ 104,02': the 2022 amount ran into 2023"},
		{BailiffAttachmentBank, date.New(2022, 6, 1), "221.00", "geerlingshofstede.nl 2022: beslag op niet-periodieke betaling 221,00"},
		{BailiffSummons, date.New(2023, 3, 1), "106.73", "e-legal.nl/btag per 01-03-2023: dagvaarding 106,73"},
		{BailiffAttachmentMovables, date.New(2023, 7, 1), "140.13", "e-legal.nl/btag per 01-03-2023: beslag op roerende zaken 140,13"},
		{BailiffAttachmentWages, date.New(2023, 7, 1), "157.17", "e-legal.nl/btag per 01-03-2023: periodieke betalingen 157,17"},
		{BailiffSummons, date.New(2024, 1, 1), "112.37", "invorderingsbedrijf.nl/btag 2024: dagvaarding 112,37"},
		{BailiffServiceOfTitle, date.New(2024, 12, 31), "122.34", "invorderingsbedrijf.nl/btag 2024: betekening titel 122,34"},
		{BailiffCommand, date.New(2024, 5, 1), "89.33", "invorderingsbedrijf.nl/btag 2024: bevel en hernieuwd bevel 89,33"},
		{BailiffOtherService, date.New(2024, 5, 1), "80.64", "invorderingsbedrijf.nl/btag 2024: betekening, anders 80,64"},
	}
	for _, tt := range tests {
		t.Run(tt.act.String()+" "+tt.on.String(), func(t *testing.T) {
			got, err := BailiffFee(vordering.NL, tt.act, tt.on)
			if err != nil {
				t.Fatalf("BailiffFee: %v", err)
			}
			if !got.Amount.Equal(courtEur(tt.want)) {
				t.Errorf("Amount = %s, want %s (source: %s)", got.Amount, tt.want, tt.where)
			}
			if len(got.Citations) != 1 || got.Citations[0].Instrument != bailiffBtag || len(got.Steps) != 2 {
				t.Errorf("result does not explain itself: %+v", got)
			}
		})
	}
}

func TestBailiffFeeErrors(t *testing.T) {
	d := date.New(2024, 5, 1)
	tests := []struct {
		name string
		c    vordering.Country
		act  BailiffAct
		on   date.Date
		want error
	}{
		{"no country", 0, BailiffSummons, d, vordering.ErrInvalidInput},
		{"no act", vordering.NL, 0, d, vordering.ErrInvalidInput},
		{"unknown act", vordering.NL, bailiffActEnd, d, vordering.ErrInvalidInput},
		{"zero date", vordering.NL, BailiffSummons, date.Date{}, vordering.ErrInvalidInput},
		{"before 1.7.2021", vordering.NL, BailiffSummons, date.New(2021, 6, 30), vordering.ErrNoRuleInForce},
		{"2025 not confirmed", vordering.NL, BailiffSummons, date.New(2025, 1, 1), vordering.ErrNoRuleInForce},
		{"Belgium not confirmed", vordering.BE, BailiffSummons, d, vordering.ErrNoRuleInForce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := BailiffFee(tt.c, tt.act, tt.on); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}
