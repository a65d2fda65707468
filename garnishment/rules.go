package garnishment

import (
	"io"
	"strconv"
	"sync"

	"github.com/vordering/vordering"
)

// ruleSet is a rule set with supplied rows: the two tables a caller can
// extend, the Belgian bracket cache built from the merged thresholds, and
// the stamp of the whole set.
type ruleSet struct {
	be      vordering.Timeline[Thresholds]
	beCache []beRowCache
	nl      vordering.Timeline[NLNorm]
	stamp   vordering.Stamp
}

func (r Rules) beThresholds() *vordering.Timeline[Thresholds] {
	if r.set != nil {
		return &r.set.be
	}
	return &beWageThresholds
}

func (r Rules) nlNorms() *vordering.Timeline[NLNorm] {
	if r.set != nil {
		return &r.set.nl
	}
	return &nlBijstandsnormen
}

// WithBEThresholds returns a copy of r whose art. 1409 table holds rows
// (for example the next year's thresholds, published in the Belgisch
// Staatsblad before a release can ship them). Each row must have thresholds
// that rise (T1 < T2 < T3 < T4) and a positive child amount, in whole euros
// as the decrees round them, besides the checks of every table (dated,
// cited, sorted, not overlapping). A supplied row replaces the built-in one
// for its period and is marked supplied in every answer. Errors wrap
// vordering.ErrInvalidInput and name the table, the row and the problem; r
// is never changed.
func (r Rules) WithBEThresholds(rows ...vordering.Row[Thresholds]) (Rules, error) {
	for i, row := range rows {
		v := row.Value
		if !(v.T1.IsPositive() && v.T1.LessThan(v.T2) && v.T2.LessThan(v.T3) && v.T3.LessThan(v.T4)) || !v.Child.IsPositive() {
			return r, vordering.Invalid("supplied rows of "+beWageThresholds.Name, "row "+strconv.Itoa(i), "thresholds must rise (0 < T1 < T2 < T3 < T4) and the child amount be positive")
		}
		for _, d := range []struct {
			f string
			v interface{ IsInteger() bool }
		}{{"T1", v.T1}, {"T2", v.T2}, {"T3", v.T3}, {"T4", v.T4}, {"Child", v.Child}} {
			if !d.v.IsInteger() {
				return r, vordering.Invalid("supplied rows of "+beWageThresholds.Name, "row "+strconv.Itoa(i)+" "+d.f, "whole euros, as the decrees round them")
			}
		}
	}
	merged, err := vordering.Supply(*r.beThresholds(), rows...)
	if err != nil {
		return r, err
	}
	set := r.copySet()
	set.be, set.beCache = merged, buildBECache(merged)
	return r.finish(set), nil
}

// WithNLNorms returns a copy of r whose table of bijstandsnormen (including
// holiday pay) holds rows, for example the next half-year's norms. Each row
// must have a positive single norm below the couple norm, in whole cents.
// Otherwise as WithBEThresholds.
func (r Rules) WithNLNorms(rows ...vordering.Row[NLNorm]) (Rules, error) {
	for i, row := range rows {
		v := row.Value
		if !v.Single.IsPositive() || !v.Single.LessThan(v.Couple) {
			return r, vordering.Invalid("supplied rows of "+nlBijstandsnormen.Name, "row "+strconv.Itoa(i), "the single norm must be positive and below the couple norm")
		}
		if err := vordering.CheckAmount("supplied rows of "+nlBijstandsnormen.Name+", row "+strconv.Itoa(i)+" single", v.Single); err != nil {
			return r, err
		}
		if err := vordering.CheckAmount("supplied rows of "+nlBijstandsnormen.Name+", row "+strconv.Itoa(i)+" couple", v.Couple); err != nil {
			return r, err
		}
	}
	merged, err := vordering.Supply(*r.nlNorms(), rows...)
	if err != nil {
		return r, err
	}
	set := r.copySet()
	set.nl = merged
	return r.finish(set), nil
}

// WithBEThresholdsFile is WithBEThresholds with the rows read from a rows
// file (vordering.ParseRows; value columns t1, t2, t3, t4, child,
// temporary).
func (r Rules) WithBEThresholdsFile(f io.Reader) (Rules, error) {
	rows, err := vordering.ParseRows[Thresholds](f)
	if err != nil {
		return r, err
	}
	return r.WithBEThresholds(rows...)
}

// WithNLNormsFile is WithNLNorms with the rows read from a rows file (value
// columns single, couple).
func (r Rules) WithNLNormsFile(f io.Reader) (Rules, error) {
	rows, err := vordering.ParseRows[NLNorm](f)
	if err != nil {
		return r, err
	}
	return r.WithNLNorms(rows...)
}

func (r Rules) copySet() *ruleSet {
	if r.set != nil {
		c := *r.set
		return &c
	}
	return &ruleSet{be: beWageThresholds, beCache: beCache, nl: nlBijstandsnormen}
}

func (r Rules) finish(set *ruleSet) Rules {
	out := Rules{Policy: r.Policy, set: set}
	set.stamp = vordering.StampOf(out.Rulebook(), true)
	return out
}

var builtinStamp = sync.OnceValue(func() vordering.Stamp {
	return vordering.StampOf(Rules{}.Rulebook(), false)
})

// Stamp returns the stamp every answer of r carries.
func (r Rules) Stamp() vordering.Stamp {
	if r.set != nil {
		return r.set.stamp
	}
	return builtinStamp()
}
