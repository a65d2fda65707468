package deadlines

// Dutch deadline calendar: the generally recognised holidays of art. 3
// Algemene termijnenwet (Atw; Wet van 25 juli 1964, Stb. 1964, 314, in force
// 1 April 1965) and the days equated with them by royal decree (art. 3 lid 3).
//
// Sources checked:
//   - the text of art. 1–4 and 7 Atw (statengeneraal/laws-markdown,
//     BWBR0002448, consolidated text as indexed in 2015), also quoted by
//     staatsrechtpraktijk.nl and wvhl.nl: lid 1 lists New Year's Day, Easter
//     Monday and Whit Monday, both Christmas days, Ascension Day, the day on
//     which the King's birthday is celebrated and 5 May; lid 2 equates Good
//     Friday; lid 3 lets the Crown equate further days by decree published in
//     the Staatscourant;
//   - 5 May and the words "wordt gevierd" were added to art. 3 lid 1 by a
//     bill introduced on 18 June 1981 (nl.wikipedia "Algemene termijnenwet",
//     Wetsgeschiedenis); the amendment's date of entry into force was not
//     confirmed (see nlFifthMayNote);
//   - the King's/Queen's birthday as celebrated: 31 August before 1949
//     (Wilhelmina), 30 April 1949–2013 (Juliana, kept by Beatrix), moved to
//     Monday 1 May when the 30th was a Sunday before 1980 and to Saturday
//     29 April from 1980; 27 April from 2014, Saturday 26 April when the 27th
//     is a Sunday (en.wikipedia "Koningsdag"; officeholidays.com "Koninginnedag";
//     gemeente.groningen.nl "Koningsdag 2025": "Sinds 1980 wordt Koningsdag
//     nooit op zondag gevierd");
//   - days equated by decree: see nlDecreeTable.

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

var (
	nlAtwCite = vordering.Citation{
		Instrument:  "Algemene termijnenwet",
		Article:     "art. 3 lid 1",
		Publication: "Stb. 1964, 314",
		URL:         "https://wetten.overheid.nl/BWBR0002448",
	}
	nlAtwGoodFridayCite = vordering.Citation{
		Instrument:  "Algemene termijnenwet",
		Article:     "art. 3 lid 2",
		Publication: "Stb. 1964, 314",
		URL:         "https://wetten.overheid.nl/BWBR0002448",
	}
)

const (
	nlProjectionNote = "projection: the Algemene termijnenwet took effect on 1 April 1965; for earlier days its list is applied backwards"
	nlFifthMayNote   = "5 May was added to art. 3 lid 1 by an amendment introduced on 18 June 1981; its date of entry into force is not confirmed, so for years before 1982 this day is a projection"
)

// nlFixedList is art. 3 lid 1–2 Atw without the King's birthday, which has
// its own effective-dated table (nlKingsDayTable).
var nlFixedList = []holidayRule{
	{name: "Nieuwjaarsdag", rule: "1 January", cite: nlAtwCite, on: fixed(1, 1)},
	{name: "Goede Vrijdag", rule: "Easter Sunday − 2 days", cite: nlAtwGoodFridayCite, on: easterPlus(-2)},
	{name: "Tweede Paasdag", rule: "Easter Sunday + 1 day", cite: nlAtwCite, on: easterPlus(1)},
	{name: "Bevrijdingsdag (5 mei)", rule: "5 May, every year", cite: nlAtwCite, on: fixed(5, 5)},
	{name: "Hemelvaartsdag", rule: "Easter Sunday + 39 days", cite: nlAtwCite, on: easterPlus(39)},
	{name: "Tweede Pinksterdag", rule: "Easter Sunday + 50 days", cite: nlAtwCite, on: easterPlus(50)},
	{name: "Eerste Kerstdag", rule: "25 December", cite: nlAtwCite, on: fixed(12, 25)},
	{name: "Tweede Kerstdag", rule: "26 December", cite: nlAtwCite, on: fixed(12, 26)},
}

// nlAtwTable says which days are law in force and which are a projection.
var nlAtwTable = vordering.NewTimeline("NL Algemene termijnenwet art. 3 lid 1–2",
	vordering.Row[[]holidayRule]{
		From: ymd(FirstYear, 1, 1), Until: ymd(1965, 3, 31), Value: nlFixedList,
		Cite: vordering.Citation{Instrument: "projection of Algemene termijnenwet art. 3 (not yet in force)"},
		Note: nlProjectionNote,
	},
	vordering.Row[[]holidayRule]{
		From: ymd(1965, 4, 1), Value: nlFixedList, Cite: nlAtwCite,
		Note: "in force 1 April 1965 (art. 7 lid 1 Atw); " + nlFifthMayNote,
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// kingsDayRule is the way the King's (or Queen's) birthday was celebrated in
// an era: the month and day, and where the celebration moved when that day
// was a Sunday (0: no move modelled).
type kingsDayRule struct {
	Name          string
	Month, Day    int
	SundayShift   int // days added when the day is a Sunday: +1 (Monday) or −1 (Saturday)
	Rule          string
	SundayUnknown bool
}

var kingsDayCite = vordering.Citation{
	Instrument: "Algemene termijnenwet",
	Article:    "art. 3 lid 1 (\"de dag waarop de verjaardag van de Koning wordt gevierd\")",
	URL:        "https://en.wikipedia.org/wiki/Koningsdag",
}

var nlKingsDayTable = vordering.NewTimeline("NL King's/Queen's birthday as celebrated",
	vordering.Row[kingsDayRule]{
		From: ymd(FirstYear, 1, 1), Until: ymd(1948, 12, 31),
		Value: kingsDayRule{Name: "Koninginnedag", Month: 8, Day: 31, Rule: "31 August (Queen Wilhelmina)", SundayUnknown: true},
		Cite:  kingsDayCite,
		Note:  "Wilhelmina's birthday; a Sunday rule for this era is not confirmed and none is applied (a Sunday is closed anyway)",
	},
	vordering.Row[kingsDayRule]{
		From: ymd(1949, 1, 1), Until: ymd(1979, 12, 31),
		Value: kingsDayRule{Name: "Koninginnedag", Month: 4, Day: 30, SundayShift: +1, Rule: "30 April; Monday 1 May when the 30th is a Sunday"},
		Cite:  kingsDayCite,
		Note:  "Juliana's birthday; before 1980 a Sunday celebration moved to Monday 1 May (en.wikipedia Koningsdag; feelingkeep.com; python-holidays netherlands.py per peers review)",
	},
	vordering.Row[kingsDayRule]{
		From: ymd(1980, 1, 1), Until: ymd(2013, 12, 31),
		Value: kingsDayRule{Name: "Koninginnedag", Month: 4, Day: 30, SundayShift: -1, Rule: "30 April; Saturday 29 April when the 30th is a Sunday"},
		Cite:  kingsDayCite,
		Note:  "kept by Beatrix; from 1980 never on a Sunday (gemeente.groningen.nl; officeholidays.com)",
	},
	vordering.Row[kingsDayRule]{
		From:  ymd(2014, 1, 1),
		Value: kingsDayRule{Name: "Koningsdag", Month: 4, Day: 27, SundayShift: -1, Rule: "27 April; Saturday 26 April when the 27th is a Sunday"},
		Cite:  kingsDayCite,
		Note:  "Willem-Alexander's birthday (gemeente.groningen.nl \"Koningsdag 2025\": Saturday 26 April 2025; officeholidays.com)",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// decreeDays is one royal decree under art. 3 lid 3 Atw: the days it equates
// with a holiday. Complete is false when only some days of the period are
// known (the other days the decree may list are then missing).
type decreeDays struct {
	Days     []date3
	Complete bool
}

type date3 struct{ Y, M, D int }

// nlDecreeTable lists the days equated with a holiday by decree, per decree
// period. Only decrees confirmed by the decree itself or by two independent
// sources are encoded.
//
// Gap 2020-01-01..2021-12-31: the decree for 2020–2022 was not found; the
// days it equated in 2020 and 2021 are unknown (the peers' review lists Fri
// 14 May 2021 from a single secondary source) and are not encoded. For 2022
// only Fri 27 May is encoded. Years outside these rows (1965–2016, 2029 and
// later) have no encoded decree days; a Deadline touching them reports
// DecreeDaysUnconfirmed.
var nlDecreeTable = vordering.NewTimeline("NL days equated with a holiday (art. 3 lid 3 Atw)",
	vordering.Row[decreeDays]{
		From: ymd(2017, 1, 1), Until: ymd(2019, 12, 31),
		Value: decreeDays{Complete: true, Days: []date3{{2017, 4, 28}, {2017, 5, 26}, {2018, 5, 11}, {2018, 12, 24}, {2018, 12, 31}, {2019, 5, 31}, {2019, 12, 27}}},
		Cite: vordering.Citation{
			Instrument:  "Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag",
			Article:     "art. 1",
			Publication: "Stcrt. 2016 (BWBR0038666)",
			URL:         "https://wetten.overheid.nl/BWBR0038666/2016-11-01",
		},
	},
	vordering.Row[decreeDays]{
		From: ymd(2022, 1, 1), Until: ymd(2022, 12, 31),
		Value: decreeDays{Complete: false, Days: []date3{{2022, 5, 27}}},
		Cite: vordering.Citation{
			Instrument: "decree under art. 3 lid 3 Atw for 2022 (text not found)",
			URL:        "https://wvhl.nl/algemeen/de-algemene-termijnenwet",
		},
		Note: "Fri 27 May 2022 (the Friday after Ascension) is listed by wvhl.nl as a day equated by the legislator; nl.wikipedia (Algemene termijnenwet) states the Friday after Ascension is always equated. wvhl.nl also lists \"vrijdag 31 mei\", which is impossible (31 May 2022 was a Tuesday) and is not encoded. Other 2022 days are unknown.",
	},
	vordering.Row[decreeDays]{
		From: ymd(2023, 1, 1), Until: ymd(2025, 12, 31),
		Value: decreeDays{Complete: true, Days: []date3{{2023, 4, 28}, {2023, 5, 19}, {2024, 5, 10}, {2024, 12, 27}, {2025, 5, 30}}},
		Cite: vordering.Citation{
			Instrument: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag",
			Article:    "art. 1",
			URL:        "https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745",
		},
		Note: "decree title quoted by sterfgeval.nl (answer 70745) and, independently, in a public calendar program's source; 2023 days also confirmed by the practitioner pages cited in the reference sheet (houwelingen, digideur)",
	},
	vordering.Row[decreeDays]{
		From: ymd(2026, 1, 1), Until: ymd(2028, 12, 31),
		Value: decreeDays{Complete: true, Days: []date3{{2026, 1, 2}, {2026, 5, 15}, {2027, 5, 7}, {2028, 4, 28}, {2028, 5, 26}}},
		Cite: vordering.Citation{
			Instrument: "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag",
			Article:    "art. 1",
			URL:        "https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745",
		},
		Note: "decree title quoted by sterfgeval.nl (answer 70745, 4 October 2025) and, independently, in a public calendar program's source",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22), SuppliedBy: "deadlines.Rules.WithNLEquatedDays"})

// nlHolidaysWith lists the Dutch holidays of year y with the equated days of
// decree table t.
func nlHolidaysWith(t *vordering.Timeline[decreeDays], y int) []Holiday {
	out := make([]Holiday, 0, 12)
	add := func(h Holiday) {
		if row, err := nlAtwTable.At(h.Date); err == nil && row.Note == nlProjectionNote {
			h.Note = nlProjectionNote
		}
		out = append(out, h)
	}
	for _, r := range nlFixedList {
		z, _ := r.on(y)
		h := Holiday{Date: fromNum(z), Name: r.name, Rule: r.rule, Cite: r.cite}
		add(h)
		if r.name == "Bevrijdingsdag (5 mei)" && y >= 1965 && y < 1982 {
			out[len(out)-1].Note = nlFifthMayNote
		}
	}
	if row, err := nlKingsDayTable.At(ymd(y, 1, 1)); err == nil {
		k := row.Value
		z := daysFromCivil(y, k.Month, k.Day)
		if weekday(z) == 0 && k.SundayShift != 0 {
			z += k.SundayShift
		}
		add(Holiday{Date: fromNum(z), Name: k.Name, Rule: k.Rule, Cite: row.Cite})
	}
	if row, err := t.At(ymd(y, 7, 1)); err == nil {
		for _, d := range row.Value.Days {
			if d.Y != y {
				continue
			}
			add(Holiday{
				Date: ymd(d.Y, d.M, d.D),
				Name: "gelijkgestelde dag",
				Rule: "equated with a holiday by royal decree",
				Cite: vordering.Citation{Instrument: row.Cite.Instrument, Article: "art. 1; Algemene termijnenwet art. 3 lid 3", Publication: row.Cite.Publication, URL: row.Cite.URL},
			})
		}
	}
	return out
}
