package costs

import (
	"io"
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Rules answers the questions of this package on a rule set and under a
// caller's policy. The zero value is the built-in rule set under the default
// policy, and the package functions (Interest, Extrajudicial, CourtFee, …)
// are shortcuts for the zero Rules.
//
// A caller who has a figure the library lacks (next half-year's interest
// rate, published before a release can ship it) brings it with WithRates or
// WithRatesFile; the rows are checked like the built-in ones, marked
// supplied in every answer and in the rule set's Rulebook, and change no
// other Rules value. A Rules value is never modified after it is built, so
// it is safe for concurrent use.
type Rules struct {
	Policy vordering.Policy

	set *ruleSet // nil: the built-in tables
}

// ruleSet is a rule set with supplied rows: the interest-rate tables as
// merged, and the stamp of the whole set.
type ruleSet struct {
	rates [4]vordering.Timeline[decimal.Decimal] // by rateIndex
	stamp vordering.Stamp
}

func rateIndex(c vordering.Country, k InterestKind) int {
	i := 0
	if c == vordering.BE {
		i = 2
	}
	if k == Commercial {
		i++
	}
	return i
}

// builtinRates lists the built-in rate tables in rateIndex order.
func builtinRates() [4]vordering.Timeline[decimal.Decimal] {
	return [4]vordering.Timeline[decimal.Decimal]{nlStatutoryRates, nlCommercialRates, beLegalRates, beLatePaymentRates}
}

// rateTable returns the rate table of country c and kind k in the rule set.
func (r Rules) rateTable(c vordering.Country, k InterestKind) *vordering.Timeline[decimal.Decimal] {
	if r.set != nil {
		return &r.set.rates[rateIndex(c, k)]
	}
	switch rateIndex(c, k) {
	case 0:
		return &nlStatutoryRates
	case 1:
		return &nlCommercialRates
	case 2:
		return &beLegalRates
	}
	return &beLatePaymentRates
}

// WithRates returns a copy of r whose statutory rate table of country c and
// kind k (Statutory: NL wettelijke rente, BE legal interest; Commercial: NL
// handelsrente, BE late-payment rate) holds rows, each a yearly rate as a
// fraction (0.05 is 5 %) with its period and citation. A supplied row
// replaces the built-in figure for its period. Bad rows (undated, uncited,
// unsorted, overlapping, a rate below 0 or above 100 %) are refused with an
// error wrapping vordering.ErrInvalidInput that names the table, the row and
// the problem; r itself is never changed.
func (r Rules) WithRates(c vordering.Country, k InterestKind, rows ...vordering.Row[decimal.Decimal]) (Rules, error) {
	if !c.Valid() {
		return r, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if !k.Valid() {
		return r, vordering.Invalid("kind", uint8(k), "want Statutory or Commercial")
	}
	for i, row := range rows {
		if row.Value.IsNegative() || row.Value.GreaterThan(decimal.NewFromInt(1)) {
			return r, vordering.Invalid("supplied rows of "+r.rateTable(c, k).Name, "row "+strconv.Itoa(i)+": "+row.Value.String(), "a yearly rate as a fraction between 0 and 1")
		}
	}
	merged, err := vordering.Supply(*r.rateTable(c, k), rows...)
	if err != nil {
		return r, err
	}
	set := &ruleSet{}
	if r.set != nil {
		set.rates = r.set.rates
	} else {
		set.rates = builtinRates()
	}
	set.rates[rateIndex(c, k)] = merged
	out := Rules{Policy: r.Policy, set: set}
	set.stamp = vordering.StampOf(out.Rulebook(), true)
	return out, nil
}

// WithRatesFile is WithRates with the rows read from a rows file (see
// vordering.ParseRows: one CSV line per row with the columns from, until,
// value, instrument, article, publication, url, sources, note).
func (r Rules) WithRatesFile(c vordering.Country, k InterestKind, f io.Reader) (Rules, error) {
	rows, err := vordering.ParseRows[decimal.Decimal](f)
	if err != nil {
		return r, err
	}
	return r.WithRates(c, k, rows...)
}

// builtinStamp is the stamp of the built-in rule set, computed once.
var builtinStamp = sync.OnceValue(func() vordering.Stamp {
	return vordering.StampOf(Rules{}.Rulebook(), false)
})

// Stamp returns the stamp that every answer of r carries: the release and
// a digest of the rule set's tables.
func (r Rules) Stamp() vordering.Stamp {
	if r.set != nil {
		return r.set.stamp
	}
	return builtinStamp()
}
