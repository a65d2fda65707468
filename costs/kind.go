package costs

import "github.com/vordering/vordering/internal/enumtext"

// InterestKind is the kind of statutory interest on a late payment. The zero value
// is not a kind and is rejected.
type InterestKind uint8

// The interest kinds.
const (
	// Statutory is the general statutory interest: in the Netherlands the
	// wettelijke rente of art. 6:119 BW (compounded yearly); in Belgium the
	// legal interest (wettelijke interest) of the Act of 5 May 1865, art. 2,
	// one rate per calendar year (simple interest).
	Statutory InterestKind = iota + 1
	// Commercial is the interest on late payment in commercial transactions:
	// in the Netherlands the wettelijke handelsrente of art. 6:119a/6:119b BW
	// (compounded yearly); in Belgium the rate of the Act of 2 August 2002,
	// art. 5, one rate per semester (simple interest).
	Commercial
)

// interestKindNames is the text form of InterestKind; its type name is
// "Kind", as in "Kind(n)" and in errors.
var interestKindNames = enumtext.New[InterestKind]("Kind", []string{Statutory: "statutory", Commercial: "commercial"})

// Valid reports whether k is a defined kind.
func (k InterestKind) Valid() bool { return interestKindNames.Valid(k) }

// String returns "statutory" or "commercial", or "Kind(n)".
func (k InterestKind) String() string { return interestKindNames.String(k) }

// MarshalText encodes the kind as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (k InterestKind) MarshalText() ([]byte, error) { return interestKindNames.MarshalText(k) }

// UnmarshalText decodes "statutory" or "commercial". Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (k *InterestKind) UnmarshalText(b []byte) error { return interestKindNames.UnmarshalText(b, k) }

// DayCount is the day-count convention: how a number of days is turned into
// a fraction of a year. The zero value, [Days365], is the default.
type DayCount uint8

// The day-count conventions.
const (
	// Days365 divides the days by 365 in every year, leap years included
	// ("actual/365 fixed"). It is the default because it is what Dutch
	// practitioners' calculators use (the published method of the calculator
	// Rentetool: interest = principal × rate × days / 365). For Belgium no
	// official or documented practitioners' convention was found; the same
	// 365-day year is used. Select [ActualYear] where a court or contract
	// counts the real year length.
	Days365 DayCount = iota
	// ActualYear divides the days that fall in each calendar year by that
	// year's length (365 or 366): "actual/actual". Periods are then also
	// split at every 1 January.
	ActualYear
)

// interestDayCountNames is the text form of DayCount.
var interestDayCountNames = enumtext.New[DayCount]("DayCount", []string{Days365: "365", ActualYear: "actual"})

// Valid reports whether dc is a defined convention.
func (dc DayCount) Valid() bool { return interestDayCountNames.Valid(dc) }

// String returns "365" or "actual", or "DayCount(n)".
func (dc DayCount) String() string { return interestDayCountNames.String(dc) }

// MarshalText encodes the convention as its String form. An undefined value
// is an error wrapping [vordering.ErrInvalidInput].
func (dc DayCount) MarshalText() ([]byte, error) { return interestDayCountNames.MarshalText(dc) }

// UnmarshalText decodes "365" or "actual". Any other text is an error
// wrapping [vordering.ErrInvalidInput].
func (dc *DayCount) UnmarshalText(b []byte) error { return interestDayCountNames.UnmarshalText(b, dc) }

// Compounding says whether interest is added to the sum on which interest
// runs. The zero value, [CompoundByLaw], follows the country's rule.
type Compounding uint8

// The compounding modes.
const (
	// CompoundByLaw applies the statutory rule: in the Netherlands the
	// statutory and commercial interest are compounded each full year from
	// the start (art. 6:119 lid 2, 6:119a lid 3 BW), a contractual rate is
	// not; in Belgium interest is simple (capitalisation needs a judicial
	// demand or agreement, art. 1154 old Civil Code), which this library does
	// not presume.
	CompoundByLaw Compounding = iota
	// CompoundYearly adds the interest of each full year to the base on each
	// anniversary of the start, whatever the country or rate.
	CompoundYearly
	// CompoundNever computes simple interest on the principal.
	CompoundNever
)

// interestCompoundingNames is the text form of Compounding.
var interestCompoundingNames = enumtext.New[Compounding]("Compounding", []string{CompoundByLaw: "by-law", CompoundYearly: "yearly", CompoundNever: "never"})

// Valid reports whether c is a defined mode.
func (c Compounding) Valid() bool { return interestCompoundingNames.Valid(c) }

// String returns "by-law", "yearly" or "never", or "Compounding(n)".
func (c Compounding) String() string { return interestCompoundingNames.String(c) }

// MarshalText encodes the mode as its String form. An undefined value is an
// error wrapping [vordering.ErrInvalidInput].
func (c Compounding) MarshalText() ([]byte, error) { return interestCompoundingNames.MarshalText(c) }

// UnmarshalText decodes "by-law", "yearly" or "never". Any other text is an
// error wrapping [vordering.ErrInvalidInput].
func (c *Compounding) UnmarshalText(b []byte) error {
	return interestCompoundingNames.UnmarshalText(b, c)
}
