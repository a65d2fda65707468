package costs

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// The library-wide input limits hold in every function of this package
// (hardening issue): amounts beyond EUR 10^12 or finer than a cent, dates
// left zero or outside 1900-2199, and a contract concluded after the as-of
// day are refused with ErrInvalidInput naming the field.
func TestInputLimits(t *testing.T) {
	huge := decimal.RequireFromString("1e9000")
	fine := decimal.RequireFromString("100.000000000000000000000000001")
	d := ymd
	cases := []struct {
		name, field string
		call        func() error
	}{
		{"interest on 1e9000", "principal", func() error {
			_, err := Interest(vordering.NL, Statutory, huge, d(2025, 1, 1), d(2025, 2, 1))
			return err
		}},
		{"interest on thirty decimals", "principal", func() error {
			_, err := Interest(vordering.NL, Statutory, fine, d(2025, 1, 1), d(2025, 2, 1))
			return err
		}},
		{"interest from 1899", "from", func() error {
			_, err := Interest(vordering.NL, Statutory, decimal.NewFromInt(1), d(1899, 12, 31), d(1900, 2, 1))
			return err
		}},
		{"extrajudicial on 1e9000", "Claim.Principal", func() error {
			_, err := Extrajudicial(vordering.NL, ExtrajudicialClaim{Principal: huge, Debtor: vordering.Enterprise, AsOf: d(2025, 1, 1)})
			return err
		}},
		{"BE contract after the as-of day", "Claim.ContractConcluded", func() error {
			_, err := Extrajudicial(vordering.BE, ExtrajudicialClaim{Principal: decimal.NewFromInt(100), Debtor: vordering.Consumer,
				AsOf: d(2025, 1, 1), ContractConcluded: d(2025, 6, 1)})
			return err
		}},
		{"a payment of 1e9000", "payments[0].Amount", func() error {
			_, err := ImputePayments(Debt{Country: vordering.NL, Kind: Statutory, Principal: decimal.NewFromInt(100), From: d(2024, 1, 1)},
				[]Payment{{Date: d(2024, 6, 1), Amount: huge}}, d(2025, 1, 1))
			return err
		}},
		{"too many payments", "payments", func() error {
			_, err := ImputePayments(Debt{Country: vordering.NL, Kind: Statutory, Principal: decimal.NewFromInt(100), From: d(2024, 1, 1)},
				make([]Payment, vordering.MaxItems+1), d(2025, 1, 1))
			return err
		}},
		{"a court fee for 1e9000", "CourtFeeQuery.ClaimValue", func() error {
			_, err := CourtFee(vordering.NL, CourtFeeQuery{Court: CourtCantonal, Party: CourtPartyOther, AsOf: d(2026, 1, 5), ClaimValue: huge})
			return err
		}},
	}
	for _, c := range cases {
		err := c.call()
		var ie *vordering.InputError
		if !errors.As(err, &ie) || ie.Field != c.field {
			t.Errorf("%s: %v, want an InputError for %s", c.name, err, c.field)
		}
	}
}
