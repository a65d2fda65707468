package jurisdiction

import (
	"io"
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Rules answers this package's questions on a rule set: the zero value is
// the built-in tables, and the package functions (Competent, Assess) are
// shortcuts for it. A caller who knows a competence ceiling the library
// does not (an amendment of art. 590 Ger.W. or art. 93 Rv published before
// a release can ship it) brings it with WithCeiling. A Rules value is never
// modified after it is built, so it is safe for concurrent use.
type Rules struct {
	set *ruleSet // nil: the built-in tables
}

type ruleSet struct {
	be, nl vordering.Timeline[decimal.Decimal]
	stamp  vordering.Stamp
}

// ceiling returns the general competence ceiling of the lowest court of
// country c: BE vrederechter (art. 590 Ger.W.), NL kantonrechter (art. 93
// sub a Rv).
func (r Rules) ceiling(c vordering.Country) *vordering.Timeline[decimal.Decimal] {
	switch {
	case r.set != nil && c == vordering.BE:
		return &r.set.be
	case r.set != nil:
		return &r.set.nl
	case c == vordering.BE:
		return &beJusticeCeiling
	}
	return &nlKantonCeiling
}

// WithCeiling returns a copy of r whose competence ceiling of country c (BE
// art. 590 Ger.W., NL art. 93 sub a Rv) holds rows, each an amount in whole
// euros with its period and citation. A supplied row replaces the built-in
// one for its period and is marked supplied. Errors wrap
// vordering.ErrInvalidInput and name the table, the row and the problem.
func (r Rules) WithCeiling(c vordering.Country, rows ...vordering.Row[decimal.Decimal]) (Rules, error) {
	if !c.Valid() {
		return r, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	t := r.ceiling(c)
	for i, row := range rows {
		if !row.Value.IsPositive() || !row.Value.IsInteger() {
			return r, vordering.Invalid("supplied rows of "+t.Name, "row "+strconv.Itoa(i)+": "+row.Value.String(), "a positive amount in whole euros")
		}
		if err := vordering.CheckAmount("supplied rows of "+t.Name+", row "+strconv.Itoa(i), row.Value); err != nil {
			return r, err
		}
	}
	merged, err := vordering.Supply(*t, rows...)
	if err != nil {
		return r, err
	}
	set := &ruleSet{be: *r.ceiling(vordering.BE), nl: *r.ceiling(vordering.NL)}
	if c == vordering.BE {
		set.be = merged
	} else {
		set.nl = merged
	}
	out := Rules{set: set}
	set.stamp = vordering.StampOf(out.Rulebook(), true)
	return out, nil
}

// WithCeilingFile is WithCeiling with the rows read from a rows file
// (vordering.ParseRows; one value column).
func (r Rules) WithCeilingFile(c vordering.Country, f io.Reader) (Rules, error) {
	rows, err := vordering.ParseRows[decimal.Decimal](f)
	if err != nil {
		return r, err
	}
	return r.WithCeiling(c, rows...)
}

var builtinStamp = sync.OnceValue(func() vordering.Stamp {
	return vordering.StampOf(Rules{}.Rulebook(), false)
})

// Stamp returns the stamp of the rule set.
func (r Rules) Stamp() vordering.Stamp {
	if r.set != nil {
		return r.set.stamp
	}
	return builtinStamp()
}
