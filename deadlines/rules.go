package deadlines

import (
	"sort"
	"strconv"
	"sync"

	"github.com/rickb777/date"

	"github.com/vordering/vordering"
)

// Rules computes deadlines on a rule set: the zero value is the built-in
// calendars, and the package functions (Compute, IsWorkingDay, Holidays)
// are shortcuts for it. A caller who knows days equated with a holiday that
// the library does not (the royal decree for 2029 and later, published
// before a release can ship it) brings them with WithNLEquatedDays; the
// rule set then has its own Dutch calendar, and its deadlines say that they
// rest on supplied figures. A Rules value is never modified after it is
// built, so it is safe for concurrent use.
type Rules struct {
	set *ruleSet // nil: the built-in calendars
}

type ruleSet struct {
	decree vordering.Timeline[decreeDays]
	nl     *calendar
}

// EquatedDays is what a royal decree under art. 3 lid 3 Algemene
// termijnenwet says for its period: the days it equates with a general
// holiday, and whether the list is the decree's complete list.
type EquatedDays struct {
	Days     []date.Date `json:"days"`
	Complete bool        `json:"complete"`
}

// WithNLEquatedDays returns a copy of r whose Dutch calendar also holds
// the days of rows, each the decree of a period (a whole number of
// calendar years, as the decrees run). Every day must lie in its row's
// period and be a weekday; besides, the rows pass the checks of every table
// (dated, cited, sorted, not overlapping). A supplied row replaces the
// built-in one for its period and is marked supplied. Errors wrap
// vordering.ErrInvalidInput and name the table, the row and the problem.
func (r Rules) WithNLEquatedDays(rows ...vordering.Row[EquatedDays]) (Rules, error) {
	conv := make([]vordering.Row[decreeDays], len(rows))
	for i, row := range rows {
		where := "supplied rows of " + nlDecreeTable.Name
		if row.Until.IsZero() || row.From.Month() != 1 || row.From.Day() != 1 || row.Until.Month() != 12 || row.Until.Day() != 31 {
			return r, vordering.Invalid(where, "row "+strconv.Itoa(i), "a decree period runs from 1 January to 31 December of whole years")
		}
		if err := vordering.CheckDate(where+", row "+strconv.Itoa(i)+" From", row.From); err != nil {
			return r, err
		}
		if err := vordering.CheckDate(where+", row "+strconv.Itoa(i)+" Until", row.Until); err != nil {
			return r, err
		}
		if err := vordering.CheckItems(where+", row "+strconv.Itoa(i)+" Days", len(row.Value.Days)); err != nil {
			return r, err
		}
		v := decreeDays{Complete: row.Value.Complete}
		for j, d := range row.Value.Days {
			if d.Before(row.From) || d.After(row.Until) {
				return r, vordering.Invalid(where, "row "+strconv.Itoa(i)+" day "+strconv.Itoa(j)+": "+d.String(), "outside the row's period")
			}
			if wd := d.Weekday(); wd == 0 || wd == 6 {
				return r, vordering.Invalid(where, "row "+strconv.Itoa(i)+" day "+strconv.Itoa(j)+": "+d.String(), "a Saturday or Sunday needs no decree")
			}
			y, m, dd := d.Date()
			v.Days = append(v.Days, date3{y, int(m), dd})
		}
		sort.Slice(v.Days, func(a, b int) bool {
			return ymd(v.Days[a].Y, v.Days[a].M, v.Days[a].D).Before(ymd(v.Days[b].Y, v.Days[b].M, v.Days[b].D))
		})
		conv[i] = vordering.Row[decreeDays]{From: row.From, Until: row.Until, Value: v, Cite: row.Cite, Note: row.Note, Sources: row.Sources}
	}
	base := nlDecreeTable
	if r.set != nil {
		base = r.set.decree
	}
	merged, err := vordering.Supply(base, conv...)
	if err != nil {
		return r, err
	}
	set := &ruleSet{decree: merged}
	set.nl = buildNLCalendar(&set.decree)
	out := Rules{set: set}
	set.nl.stamp = vordering.StampOf(out.Rulebook(), true)
	return out, nil
}

func (r Rules) decreeTable() *vordering.Timeline[decreeDays] {
	if r.set != nil {
		return &r.set.decree
	}
	return &nlDecreeTable
}

var builtinStamp = sync.OnceValue(func() vordering.Stamp {
	return vordering.StampOf(Rules{}.Rulebook(), false)
})

// Stamp returns the stamp of the rule set.
func (r Rules) Stamp() vordering.Stamp {
	if r.set != nil {
		return r.set.nl.stamp
	}
	return builtinStamp()
}
