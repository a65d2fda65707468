package vordering

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rickb777/date"
)

var testCite = Citation{Instrument: "Test instrument", Article: "art. 1"}

// A three-row table with an explained gap in 2021 and an open last row.
func testTable() Timeline[int] {
	return NewTimeline("test rates",
		Row[int]{From: date.New(2020, 1, 1), Until: date.New(2020, 6, 30), Value: 1, Cite: testCite},
		Row[int]{From: date.New(2020, 7, 1), Until: date.New(2020, 12, 31), Value: 2, Cite: testCite},
		Row[int]{From: date.New(2022, 1, 1), Value: 3, Cite: testCite},
	).With(Meta{Known: TwoSources})
}

func TestTimelineAt(t *testing.T) {
	tl := testTable()
	cases := []struct {
		d       date.Date
		want    int
		wantErr bool
	}{
		{date.New(2019, 12, 31), 0, true}, // before the first row
		{date.New(2020, 1, 1), 1, false},  // first day of row 0
		{date.New(2020, 6, 30), 1, false}, // last day of row 0, inclusive
		{date.New(2020, 7, 1), 2, false},  // first day of row 1
		{date.New(2021, 5, 5), 0, true},   // inside the gap
		{date.New(2022, 1, 1), 3, false},  // open row
		{date.New(2199, 1, 1), 3, false},  // open row, far future
	}
	for _, c := range cases {
		r, err := tl.At(c.d)
		if c.wantErr {
			if !errors.Is(err, ErrNoRuleInForce) {
				t.Errorf("At(%s) err = %v, want ErrNoRuleInForce", c.d, err)
			}
			var nre *NoRuleError
			if !errors.As(err, &nre) || nre.Table != "test rates" || !nre.Date.Equal(c.d) {
				t.Errorf("At(%s) err = %#v, want a NoRuleError naming the table and date", c.d, err)
			}
			continue
		}
		if err != nil || r.Value != c.want {
			t.Errorf("At(%s) = %v, %v; want %v", c.d, r.Value, err, c.want)
		}
	}
}

func TestTimelineBetween(t *testing.T) {
	tl := testTable()
	rows, err := tl.Between(date.New(2020, 3, 1), date.New(2020, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, r := range rows {
		got = append(got, r.Value)
	}
	if diff := cmp.Diff([]int{1, 2}, got); diff != "" {
		t.Errorf("Between rows (-want +got):\n%s", diff)
	}
	// A span that runs into the gap reports the first uncovered day.
	_, err = tl.Between(date.New(2020, 3, 1), date.New(2021, 1, 5))
	var nre *NoRuleError
	if !errors.As(err, &nre) || !nre.Date.Equal(date.New(2021, 1, 1)) {
		t.Errorf("Between into gap: err = %v, want NoRuleError for 2021-01-01", err)
	}
	if _, err := tl.Between(date.New(2020, 3, 1), date.New(2020, 2, 1)); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("Between reversed: err = %v, want ErrInvalidInput", err)
	}
}

func TestTimelineGapsAndValidate(t *testing.T) {
	tl := testTable()
	want := []Period{{From: date.New(2021, 1, 1), Until: date.New(2021, 12, 31)}}
	if diff := cmp.Diff(want, tl.Gaps()); diff != "" {
		t.Errorf("Gaps (-want +got):\n%s", diff)
	}
	if err := tl.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}

	bad := []struct {
		name string
		tl   Timeline[int]
	}{
		{"unnamed", NewTimeline("", Row[int]{From: date.New(2020, 1, 1), Cite: testCite})},
		{"empty", NewTimeline[int]("empty")},
		{"uncited", NewTimeline("t", Row[int]{From: date.New(2020, 1, 1)})},
		{"ends before start", NewTimeline("t", Row[int]{From: date.New(2020, 1, 2), Until: date.New(2020, 1, 1), Cite: testCite})},
		{"unsorted", NewTimeline("t",
			Row[int]{From: date.New(2021, 1, 1), Until: date.New(2021, 1, 31), Cite: testCite},
			Row[int]{From: date.New(2020, 1, 1), Until: date.New(2020, 1, 31), Cite: testCite})},
		{"overlap", NewTimeline("t",
			Row[int]{From: date.New(2020, 1, 1), Until: date.New(2020, 2, 1), Cite: testCite},
			Row[int]{From: date.New(2020, 2, 1), Cite: testCite})},
		{"open row followed", NewTimeline("t",
			Row[int]{From: date.New(2020, 1, 1), Cite: testCite},
			Row[int]{From: date.New(2021, 1, 1), Cite: testCite})},
		{"no level", NewTimeline("t", Row[int]{From: date.New(2020, 1, 1), Cite: testCite})},
		{"carried-forward row", NewTimeline("t", Row[int]{From: date.New(2020, 1, 1), Cite: testCite, Known: CarriedForward})},
	}
	for _, b := range bad {
		if err := b.tl.Validate(); err == nil {
			t.Errorf("%s: Validate() = nil, want an error", b.name)
		}
	}
}

// Clone shares no row and no row's sources with the table it copies.
func TestClone(t *testing.T) {
	tl := NewTimeline("t", Row[[]int]{From: date.New(2020, 1, 1), Value: []int{1}, Cite: testCite, Sources: []string{"a"}})
	c := tl.Clone(func(v []int) []int { return append([]int(nil), v...) })
	c.Rows[0].Sources[0], c.Rows[0].Value[0], c.Rows[0].Note = "changed", 9, "changed"
	if tl.Rows[0].Sources[0] != "a" || tl.Rows[0].Value[0] != 1 || tl.Rows[0].Note != "" {
		t.Errorf("Clone shares data: %+v", tl.Rows[0])
	}
}
