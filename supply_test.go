package vordering

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
)

func rateRow(from, until date.Date, pct int64) Row[decimal.Decimal] {
	return Row[decimal.Decimal]{From: from, Until: until, Value: Percent(pct, 0), Cite: testCite}
}

func TestSupply(t *testing.T) {
	base := NewTimeline("rates",
		rateRow(date.New(2025, 1, 1), date.New(2025, 12, 31), 6),
		rateRow(date.New(2026, 1, 1), date.New(2026, 12, 31), 4),
	).With(Meta{Known: TwoSources})

	// A 2027 rate appended, and a correction of 2026 H2 replacing part of a row.
	got, err := Supply(base,
		rateRow(date.New(2026, 7, 1), date.New(2026, 12, 31), 5),
		rateRow(date.New(2027, 1, 1), date.New(2027, 6, 30), 5),
	)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		from, until string
		pct         string
		known       Confidence
	}{
		{"2025-01-01", "2025-12-31", "0.06", TwoSources},
		{"2026-01-01", "2026-06-30", "0.04", TwoSources},
		{"2026-07-01", "2026-12-31", "0.05", Supplied},
		{"2027-01-01", "2027-06-30", "0.05", Supplied},
	}
	if len(got.Rows) != len(want) {
		t.Fatalf("%d rows: %+v", len(got.Rows), got.Rows)
	}
	for i, w := range want {
		r := got.Rows[i]
		if r.From.String() != w.from || r.Until.String() != w.until || r.Value.String() != w.pct || got.Level(r) != w.known {
			t.Errorf("row %d = %s..%s %s %v, want %+v", i, r.From, r.Until, r.Value, got.Level(r), w)
		}
	}
	if len(base.Rows) != 2 || base.Rows[1].Until != date.New(2026, 12, 31) {
		t.Error("Supply changed the table it was given")
	}

	// Bad supplied data is refused with the table, the row and the problem.
	bad := map[string][]Row[decimal.Decimal]{
		"overlap":     {rateRow(date.New(2027, 1, 1), date.New(2027, 6, 30), 5), rateRow(date.New(2027, 6, 1), date.New(2027, 12, 31), 5)},
		"unsorted":    {rateRow(date.New(2028, 1, 1), date.New(2028, 6, 30), 5), rateRow(date.New(2027, 1, 1), date.New(2027, 6, 30), 5)},
		"no citation": {{From: date.New(2027, 1, 1), Value: Percent(5, 0)}},
		"no date":     {{Value: Percent(5, 0), Cite: testCite}},
	}
	for name, rows := range bad {
		_, err := Supply(base, rows...)
		if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), "rates") || !strings.Contains(err.Error(), "row ") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

type testThresholds struct {
	T1    decimal.Decimal `json:"t1"`
	Child int             `json:"child"`
	Temp  bool            `json:"temporary"`
}

func TestRowsFile(t *testing.T) {
	file := "# BE thresholds 2027 (example)\nfrom,until,t1,child,temporary,known,instrument,article,publication,url,sources,note\n" +
		"2027-01-01,2027-12-31,1450,90,false,,Gerechtelijk Wetboek,art. 1409,\"KB of December 2026, BS 20.12.2026\",,securex.be;attentia.be,example\n"
	rows, err := ParseRows[testThresholds](strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	if len(rows) != 1 || !r.Value.T1.Equal(decimal.NewFromInt(1450)) || r.Value.Child != 90 || r.Known != Supplied ||
		r.Cite.Publication != "KB of December 2026, BS 20.12.2026" || len(r.Sources) != 2 || r.Until != date.New(2027, 12, 31) {
		t.Fatalf("parsed %+v", r)
	}
	var buf bytes.Buffer
	if err := WriteRows(&buf, rows); err != nil {
		t.Fatal(err)
	}
	back, err := ParseRows[testThresholds](&buf)
	if err != nil || len(back) != 1 || !back[0].Value.T1.Equal(r.Value.T1) || back[0].Cite != r.Cite {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	for _, bad := range []struct{ doc, where string }{
		{"from,until,value,instrument\n2027-02-30,,0.05,x\n", "line 2, column from"},
		{"from,until,value,instrument\n2027-01-01,,five,x\n", "line 2, column value"},
		{"from,value\n2027-01-01,0.05\n", "header"},
	} {
		_, err := ParseRows[decimal.Decimal](strings.NewReader(bad.doc))
		if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), bad.where) {
			t.Errorf("%q: %v, want an error at %s", bad.doc, err, bad.where)
		}
	}
}

func TestDiffTables(t *testing.T) {
	base := NewTimeline("rates", rateRow(date.New(2026, 1, 1), date.New(2026, 12, 31), 4)).With(Meta{Known: TwoSources})
	sup, err := Supply(base, rateRow(date.New(2026, 7, 1), date.New(2026, 12, 31), 5), rateRow(date.New(2027, 1, 1), date.New(2027, 6, 30), 5))
	if err != nil {
		t.Fatal(err)
	}
	cells := func(v decimal.Decimal) []string { return []string{v.String()} }
	a := []RuleTable{Describe("costs", NL, base, "", []string{"rate"}, cells)}
	b := []RuleTable{Describe("costs", NL, sup, "", []string{"rate"}, cells)}
	d := DiffTables(a, b)
	var got []string
	for _, c := range d {
		got = append(got, c.Change+" "+c.Period.String())
	}
	want := "removed 2026-01-01..2026-12-31|added 2026-01-01..2026-06-30|added 2026-07-01..2026-12-31|added 2027-01-01..2027-06-30"
	if strings.Join(got, "|") != want {
		t.Errorf("diff = %s\nwant   %s", strings.Join(got, "|"), want)
	}
	first, again := DigestOf(a), DigestOf(a)
	if len(DiffTables(a, a)) != 0 || first == DigestOf(b) || first != again {
		t.Error("the same tables must give no diff and one digest; different tables different digests")
	}
}
