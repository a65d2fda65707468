package deadlines

// Belgian deadline calendar: the legal holidays (wettelijke feestdagen) that
// art. 53 Ger.W. refers to.
//
// Sources checked:
//   - the list of ten days: Wet van 4 januari 1974 betreffende de feestdagen
//     and KB van 18 april 1974, art. 1; the ten days are listed identically by
//     acv-online.be ("Wettelijke feestdagen: de wet erkent 10 feestdagen"),
//     ckbgentstad.be (Termijnberekening) and the 2025 calendars of unique.be and
//     wettelijke-feestdagen.be;
//   - 2 November and 26 December are not legal holidays for deadlines
//     (ckbgentstad.be), nor are the community days 11 July, 27 September and
//     15 November.
//
// Easter is computed (civil.go), never typed in.

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

var beHolidayCite = vordering.Citation{
	Instrument:  "KB 18 april 1974 tot uitvoering van de wet van 4 januari 1974 betreffende de feestdagen",
	Article:     "art. 1",
	Publication: "BS 1974; applied to deadlines by art. 53 Ger.W.",
	URL:         "https://www.ejustice.just.fgov.be/cgi_loi/change_lg.pl?language=nl&la=N&table_name=wet&cn=1974041806",
}

// beHolidayList is the list of the ten legal holidays, in calendar order.
var beHolidayList = []holidayRule{
	{name: "Nieuwjaar", rule: "1 January", cite: beHolidayCite, on: fixed(1, 1)},
	{name: "Paasmaandag", rule: "Easter Sunday + 1 day", cite: beHolidayCite, on: easterPlus(1)},
	{name: "Feest van de Arbeid", rule: "1 May", cite: beHolidayCite, on: fixed(5, 1)},
	{name: "O.L.H. Hemelvaart", rule: "Easter Sunday + 39 days", cite: beHolidayCite, on: easterPlus(39)},
	{name: "Pinkstermaandag", rule: "Easter Sunday + 50 days", cite: beHolidayCite, on: easterPlus(50)},
	{name: "Nationale feestdag", rule: "21 July", cite: beHolidayCite, on: fixed(7, 21)},
	{name: "O.L.V. Hemelvaart", rule: "15 August", cite: beHolidayCite, on: fixed(8, 15)},
	{name: "Allerheiligen", rule: "1 November", cite: beHolidayCite, on: fixed(11, 1)},
	{name: "Wapenstilstand", rule: "11 November", cite: beHolidayCite, on: fixed(11, 11)},
	{name: "Kerstmis", rule: "25 December", cite: beHolidayCite, on: fixed(12, 25)},
}

// beHolidayTable is the effective-dated table of the Belgian list. Before
// 1974 the library projects the 1974 list backwards (the earlier statutes on
// holidays are not encoded); such days carry a Note and set
// CalendarProjected on a Deadline.
var beHolidayTable = vordering.NewTimeline("BE legal holidays (art. 53 Ger.W.)",
	vordering.Row[[]holidayRule]{
		From: ymd(FirstYear, 1, 1), Until: ymd(1973, 12, 31), Value: beHolidayList,
		Cite: vordering.Citation{Instrument: "projection of the list of KB 18 april 1974 art. 1 (no earlier rule encoded)"},
		Note: beProjectionNote,
	},
	vordering.Row[[]holidayRule]{
		From: ymd(1974, 1, 1), Value: beHolidayList, Cite: beHolidayCite,
		Note: "the Act is dated 4 January 1974; the day the list took effect is not confirmed, so the row starts on 1 January 1974",
	},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

const beProjectionNote = "projection: before 1974 the current list is applied backwards; the holiday law then in force is not encoded"

func beHolidays(y int) []Holiday {
	out := make([]Holiday, 0, len(beHolidayList))
	for _, r := range beHolidayList {
		z, ok := r.on(y)
		if !ok {
			continue
		}
		h := Holiday{Date: fromNum(z), Name: r.name, Rule: r.rule, Cite: r.cite}
		if row, err := beHolidayTable.At(h.Date); err == nil && row.Note == beProjectionNote {
			h.Note = beProjectionNote
		}
		out = append(out, h)
	}
	return out
}
