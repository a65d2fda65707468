package deadlines

import (
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// Rulebook describes every rule table of this package for the auditor's rulebook (RULES.md).
//
// The tables are, per country: the catalogue of statutory terms, the holiday
// list that stops a term from ending, and (Belgium) the art. 55 Ger.W.
// extensions for parties abroad, (the Netherlands) the King's-day eras and
// the days equated with a holiday by decree. The rows are read from the very
// tables the package computes with, in their order.
func Rulebook() []vordering.RuleTable { return Rules{}.Rulebook() }

// Rulebook describes every rule table of the rule set r, supplied rows
// included and marked as such.
func (r Rules) Rulebook() []vordering.RuleTable {
	return []vordering.RuleTable{
		rbCatalogue(vordering.BE),
		rbHolidayList(vordering.BE, beHolidayTable,
			"The legal holidays on which a Belgian procedural term does not end (art. 53 Ger.W.): a term ending on one of them, or on a Saturday or Sunday, moves to the next working day. "+
				"Easter is computed, not typed in; the list is applied unchanged to every year of the period."),
		rbAbroad(),
		rbWritDays(),
		rbCatalogue(vordering.NL),
		rbHolidayList(vordering.NL, nlAtwTable,
			"The generally recognised holidays of art. 3 lid 1–2 Algemene termijnenwet, without the King's birthday (next table): a term ending on one of them, or on a Saturday or Sunday, is extended to the next working day. "+
				"Easter is computed, not typed in; the list is applied unchanged to every year of the period."),
		vordering.Describe("deadlines", vordering.NL, nlKingsDayTable,
			"The day on which the King's (or Queen's) birthday is celebrated, which art. 3 lid 1 Atw counts as a holiday. The lookup takes the era in force on 1 January of the year and moves the day off a Sunday as the era's rule says.",
			[]string{"name", "day", "when it is a Sunday"},
			func(k kingsDayRule) []string {
				sunday := "no move"
				switch {
				case k.SundayUnknown:
					sunday = "no rule confirmed; none applied"
				case k.SundayShift > 0:
					sunday = "moved " + strconv.Itoa(k.SundayShift) + " day later"
				case k.SundayShift < 0:
					sunday = "moved " + strconv.Itoa(-k.SundayShift) + " day earlier"
				}
				return []string{k.Name, k.Rule, sunday}
			}),
		vordering.Describe("deadlines", vordering.NL, *r.decreeTable(),
			"Days that a royal decree equates with a holiday (art. 3 lid 3 Atw), per decree period. A year inside a row whose list is not complete, or outside every row, is reported as unconfirmed on the Deadline (DecreeDaysUnconfirmed).",
			[]string{"days equated with a holiday", "list complete"},
			func(v decreeDays) []string {
				days := make([]string, len(v.Days))
				for i, d := range v.Days {
					days[i] = ymd(d.Y, d.M, d.D).String()
				}
				complete := "no"
				if v.Complete {
					complete = "yes"
				}
				return []string{strings.Join(days, ", "), complete}
			}),
	}
}

// rbCatalogue lists the statutory terms of country c in catalogue order.
func rbCatalogue(c vordering.Country) vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "deadlines",
		Country: c,
		Title:   c.String() + " statutory terms",
		About: "The terms that Statutory and Lookup return, with the event that starts each one and the article that sets it. " +
			"The counting column says how the term departs from the ordinary rules (no extension off a closed day, the judicial-vacation extension, counting back from the event).",
		Columns: []string{"kind", "term", "counting", "starts on", "article"},
	}
	for _, e := range statutoryTerms {
		if e.Country != c {
			continue
		}
		rt.Rows = append(rt.Rows, vordering.RuleRow{
			Cells: []string{e.Kind.String(), e.Term.String(), rbCounting(e.Term), e.Event, e.Cite.Article},
			Cite:  e.Cite,
			Note:  e.Note,
		})
	}
	return rt
}

// rbCounting names the counting flags of a catalogued term.
func rbCounting(t Term) string {
	var parts []string
	if t.Backward {
		parts = append(parts, "counted back from the event, not extended")
	}
	if t.NoExtension {
		parts = append(parts, "not extended off a closed day")
	}
	if t.AppealOrOpposition {
		parts = append(parts, "extended to 15 September when it starts and ends in the judicial vacation (art. 50 al. 2 Ger.W.)")
	}
	if t.Unit == FreeDay {
		parts = append(parts, "waiting period: the result is the first day the next act may take place")
	}
	if len(parts) == 0 {
		return "ordinary"
	}
	return strings.Join(parts, "; ")
}

// rbHolidayList expands a holiday-list timeline into one row per holiday per
// period. In a period that is law in force each holiday carries its own
// citation (Good Friday, for one, rests on a different paragraph); in a
// projected period every row carries the period's citation and note.
func rbHolidayList(c vordering.Country, t vordering.Timeline[[]holidayRule], about string) vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "deadlines",
		Country: c,
		Title:   t.Name,
		About:   about,
		Columns: []string{"holiday", "date rule"},
	}
	for _, r := range t.Rows {
		projected := r.Note == beProjectionNote || r.Note == nlProjectionNote
		for i, h := range r.Value {
			row := vordering.RuleRow{From: r.From, Until: r.Until, Cells: []string{h.name, h.rule}, Cite: h.cite}
			if projected {
				row.Cite = r.Cite
			}
			if i == 0 {
				row.Note = r.Note
			}
			rt.Rows = append(rt.Rows, row)
		}
	}
	return rt
}

// rbAbroad lists the art. 55 Ger.W. extensions.
func rbAbroad() vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)},
		Package: "deadlines",
		Country: vordering.BE,
		Title:   "BE extension for parties abroad (art. 55 Ger.W.)",
		About: "Days added to a Belgian term when the party has no domicile, residence or elected domicile in Belgium (Term.WithAbroad). " +
			"Where a country lies on two continents the longest extension applies.",
		Columns: []string{"zone", "days added"},
	}
	for a := Domestic; a <= AbroadOtherContinent; a++ {
		rt.Rows = append(rt.Rows, vordering.RuleRow{
			Cells: []string{a.String(), strconv.Itoa(a.Days())},
			Cite:  art55Cite,
		})
	}
	return rt
}

// rbWritDays renders the writ-day rules of both countries (writRuleOf): the
// days on which a bailiff may serve or enforce without leave. The rules are
// not effective-dated: the library applies them to every year of its
// calendar.
func rbWritDays() vordering.RuleTable {
	rt := vordering.RuleTable{
		Meta:    vordering.Meta{Known: vordering.OneSource, Checked: date.New(2026, 11, 28)},
		Package: "deadlines",
		Title:   "Writ days: when a bailiff may serve or enforce without leave (NL art. 64 Rv, BE art. 47 Ger.W.)",
		About: "EarliestWritDay moves a writ off a closed day: a Sunday, a holiday of the country's deadline calendar (the tables above) and, where the row says so, a Saturday. " +
			"The rules are applied to every year of the calendar; the hours of the day are outside a day-level library.",
		Columns: []string{"country", "Sunday and holidays", "Saturday", "leave on a closed day"},
	}
	for _, c := range vordering.Countries() {
		w, _ := writRuleOf(c)
		rt.Rows = append(rt.Rows, vordering.RuleRow{
			Cells: []string{c.String(), "closed", w.saturday, w.leave},
			Cite:  w.cite, Known: w.known, Note: w.note,
		})
	}
	return rt
}
