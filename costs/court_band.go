package costs

import (
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// CourtBand is one band of claim values in a fee or indemnity table: the
// claims of more than Over euro and not more than UpTo euro ("meer dan …
// en niet meer dan …"). The first band of a table also holds a claim of
// exactly Over (a claim of zero). A band without UpTo has no upper limit.
// Undetermined marks the band for claims of undetermined value ("onbepaalde
// waarde", "niet in geld waardeerbaar"), which has no money bounds.
type CourtBand struct {
	Over         decimal.Decimal     `json:"over"`
	UpTo         decimal.NullDecimal `json:"upTo"` // null: no upper limit
	Undetermined bool                `json:"undetermined,omitempty"`
}

// String renders the band, e.g. "500.00 < claim ≤ 1500.00",
// "claim > 12500.00" or "undetermined value".
func (b CourtBand) String() string {
	if b.Undetermined {
		return "undetermined value"
	}
	if !b.UpTo.Valid {
		return "claim > " + b.Over.StringFixed(2)
	}
	return b.Over.StringFixed(2) + " < claim ≤ " + b.UpTo.Decimal.StringFixed(2)
}

// contains reports whether the claim value v falls in the band; first says
// whether the band is the first of its table (which also holds v == Over).
func (b CourtBand) contains(v decimal.Decimal, first bool) bool {
	if b.Undetermined {
		return false
	}
	if first {
		if v.LessThan(b.Over) {
			return false
		}
	} else if !v.GreaterThan(b.Over) {
		return false
	}
	return !b.UpTo.Valid || !v.GreaterThan(b.UpTo.Decimal)
}

// courtBandTo returns the band (over, upTo]; courtBandAbove the open band
// above over.
func courtBandTo(over, upTo int64) CourtBand {
	return CourtBand{Over: vordering.Euros(over), UpTo: decimal.NewNullDecimal(vordering.Euros(upTo))}
}

func courtBandAbove(over int64) CourtBand { return CourtBand{Over: vordering.Euros(over)} }

// courtDate builds a calendar date for the tables.
func courtDate(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// courtCheckDate rejects the zero date (1970-01-01 in rickb777/date), which
// is what an unset as-of date looks like.
func courtCheckDate(field string, d date.Date) error { return vordering.CheckDate(field, d) }

// courtCheckClaim validates a claim value against the undetermined flag.
func courtCheckClaim(field string, v decimal.Decimal, undetermined bool) error {
	if v.IsNegative() {
		return vordering.Invalid(field, v, "must not be negative")
	}
	if err := courtCheckRange(field, v); err != nil {
		return err
	}
	if undetermined && !v.IsZero() {
		return vordering.Invalid(field, v, "a claim of undetermined value has no amount; leave it zero")
	}
	return nil
}

// courtNoTable returns the error for a question that no table of the library
// answers at all (no figures confirmed for that court or act).
func courtNoTable(table string, d date.Date) error {
	return &vordering.NoRuleError{Table: table, Date: d}
}

// courtCheckRange applies the library-wide amount limits
// ([vordering.CheckAmount]: at most EUR 10^12, whole cents).
func courtCheckRange(field string, v decimal.Decimal) error { return vordering.CheckAmount(field, v) }
