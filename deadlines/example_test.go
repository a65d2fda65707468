package deadlines_test

import (
	"fmt"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

func ExampleIsWorkingDay() {
	goodFriday := date.New(2025, 4, 18)
	fmt.Println("BE:", deadlines.IsWorkingDay(vordering.BE, goodFriday))
	fmt.Println("NL:", deadlines.IsWorkingDay(vordering.NL, goodFriday))
	// Output:
	// BE: true
	// NL: false
}

func ExampleCompute() {
	// A Belgian judgment served on 30 June 2025: the month for appeal runs
	// from 1 July to 31 July, inside the judicial vacation, so it is extended
	// to 15 September.
	appeal, _ := deadlines.Statutory(vordering.BE, deadlines.Appeal)
	d, err := deadlines.Compute(vordering.BE, date.New(2025, 6, 30), appeal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(d.Explain())
	// Output:
	// BE appeal 1 month from 2025-06-30: 2025-09-15 (Monday)
	//   last day to act: 2025-09-15 (Monday) (unadjusted end 2025-07-31)
	//   1. counting starts the day after the event, on 2025-07-01 (Tuesday); a term in months runs to the day before the same day number: ends 2025-07-31 (Thursday) [Gerechtelijk Wetboek art. 54]
	//   2. an appeal or opposition term that starts and ends in the judicial vacation (1 July–31 August) is extended to the 15th day of the judicial year: 2025-09-15 (Monday) [Gerechtelijk Wetboek art. 50 al. 2]
	//   sources:
	//     - Gerechtelijk Wetboek art. 1051 (with art. 50 al. 2)
	//     - Gerechtelijk Wetboek art. 54
	//     - Gerechtelijk Wetboek art. 50 al. 2
}

func ExampleCompute_netherlands() {
	// A Dutch judgment of Friday 29 August 2025: three months end on
	// Saturday 29 November, extended to Monday 1 December by art. 1 of the
	// Algemene termijnenwet.
	appeal, _ := deadlines.Statutory(vordering.NL, deadlines.Appeal)
	d, err := deadlines.Compute(vordering.NL, date.New(2025, 8, 29), appeal)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(d.Explain())
	// Output:
	// NL appeal 3 months from 2025-08-29: 2025-12-01 (Monday)
	//   last day to act: 2025-12-01 (Monday) (unadjusted end 2025-11-29)
	//   1. the event day is not counted; a term in months ends on the same day number: 2025-11-29 (Saturday) [Hoge Raad 1 september 2017 (ECLI:NL:HR:2017:2225)]
	//   2. the last day is not a working day (2025-11-29 Saturday, 2025-11-30 Sunday): moved to 2025-12-01 (Monday) [Algemene termijnenwet art. 1 lid 1]
	//   sources:
	//     - Wetboek van Burgerlijke Rechtsvordering art. 339 lid 1
	//     - Hoge Raad 1 september 2017 (ECLI:NL:HR:2017:2225)
	//     - Algemene termijnenwet art. 1 lid 1
}

func ExampleStatutory() {
	for _, c := range vordering.Countries() {
		t, err := deadlines.Statutory(c, deadlines.Appeal)
		fmt.Println(c, t, err)
	}
	_, err := deadlines.Statutory(vordering.NL, deadlines.IOSResponse)
	fmt.Println(err)
	// Output:
	// BE 1 month <nil>
	// NL 3 months <nil>
	// invalid input: Kind = ios-response: no such statutory term in NL
}

func ExampleHolidays() {
	hs, _ := deadlines.Holidays(vordering.NL, 2023)
	for _, h := range hs[3:5] {
		fmt.Println(h.Date, h.Name)
	}
	// Output:
	// 2023-04-27 Koningsdag
	// 2023-04-28 gelijkgestelde dag
}
