package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rickb777/date"
	"github.com/vordering/vordering/internal/casecsv"
	"github.com/vordering/vordering/procedure"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.csv")

// sampleAsOf is the as-of day the sample is built for (the command's default).
var sampleAsOf = date.New(2025, 6, 30)

// sampleMalformed are the deliberately broken rows of the sample, inserted
// after the given number of good rows, with the reason they fail.
var sampleMalformed = []struct {
	after int
	row   []string // replaces the fields named, on a copy of a good row
	why   string
}{
	{40, []string{"invoice_date", "2025-13-01"}, "invoice_date"},
	{120, []string{"country", "FR"}, "country"},
	{200, []string{"principal", "-12.50"}, "Principal"},
	{260, []string{"history", "reminder@2025-02-01;phone-call@2025-03-01"}, "history"},
}

// TestSample regenerates the sample from a fixed seed and checks it equals
// testdata/sample.csv; with -update it rewrites the file.
func TestSample(t *testing.T) {
	got := generateSample(t, 300)
	if *update {
		if err := os.WriteFile("testdata/sample.csv", got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("testdata/sample.csv is not what the generator makes; run: go test ./examples/erp-batch -run TestSample -update")
	}
}

// generateSample makes n plannable rows from a fixed seed, then inserts the
// malformed ones. A candidate row whose history the flow of its country
// rejects is dropped, so every good row plans.
func generateSample(t *testing.T, n int) []byte {
	rng := rand.New(rand.NewPCG(2025, 6))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	chance := func(pct int) bool { return rng.IntN(100) < pct }
	yes := func(b bool) string {
		if b {
			return "true"
		}
		return ""
	}
	firstNames := []string{"Jan", "An", "Pieter", "Els", "Mohamed", "Sofie", "Tom", "Lotte", "Kevin", "Fatima", "Bram", "Inge"}
	lastNames := []string{"Peeters", "Janssens", "Maes", "de Vries", "Jansen", "Bakker", "Visser", "Claes", "El Amrani", "Wouters", "Smit", "Mertens"}
	firms := []string{"Bouw", "Transport", "Horeca", "Schilderwerken", "IT Services", "Bakkerij", "Garage", "Handel", "Consult", "Tuinaanleg"}
	statuses := []string{"deceased", "under-administration", "collective-debt-settlement", "judicial-reorganisation", "bankrupt", "address-unknown", "in-institution"}

	var rows [][]string
	idx := make(map[string]int, len(columns))
	for i, c := range columns {
		idx[c] = i
	}
	for id := 1; len(rows) < n && id < 20*n; id++ {
		v := make([]string, len(columns))
		set := func(col, val string) { v[idx[col]] = val }
		country := pick("BE", "NL")
		kind := "consumer"
		switch r := rng.IntN(100); {
		case r < 40:
			kind = "enterprise"
		case r < 43:
			kind = "public-body"
		}
		sole := kind == "enterprise" && chance(25)
		set("case_id", fmt.Sprintf("C%05d", id))
		set("country", country)
		set("debtor_kind", kind)
		set("sole_trader", yes(sole))
		if kind == "consumer" || sole {
			set("debtor_name", pick(firstNames...)+" "+pick(lastNames...))
		} else {
			suffix := " BV"
			if country == "BE" {
				suffix = pick(" BV", " NV", " VZW")
			}
			set("debtor_name", pick(lastNames...)+" "+pick(firms...)+suffix)
		}
		if kind == "enterprise" {
			if country == "BE" {
				set("debtor_register", fmt.Sprintf("0%09d", 400000000+rng.IntN(99999999)))
			} else {
				set("debtor_register", fmt.Sprintf("%08d", 10000000+rng.IntN(89999999)))
			}
		}
		inv := date.New(2023, 6, 1).Add(date.PeriodOfDays(rng.IntN(700)))
		due := inv.Add(30)
		set("invoice_number", fmt.Sprintf("%d-%05d", inv.Year(), id))
		set("invoice_date", inv.String())
		set("due_date", due.String())
		cents := 4000 + rng.IntN(400000) // 40 to 4,040 euro
		if chance(15) {
			cents += rng.IntN(4000000) // up to 40,000 euro more
		}
		set("principal", fmt.Sprintf("%d.%02d", cents/100, cents%100))
		acc := rng.IntN(cents/8 + 1)
		set("accessories", fmt.Sprintf("%d.%02d", acc/100, acc%100))
		set("written_document", yes(chance(60)))
		set("contested", yes(chance(5)))
		if chance(15) {
			set("status", pick(statuses...))
			if chance(70) {
				set("status_since", due.Add(date.PeriodOfDays(rng.IntN(300))).String())
			}
		}
		// The history: how far the collection has come.
		var acts []string
		at := due
		add := func(kind string, gap int, outcome string) {
			at = at.Add(date.PeriodOfDays(gap))
			if !at.Before(sampleAsOf) {
				return
			}
			a := kind + "@" + at.String()
			if outcome != "" {
				a += ":" + outcome
			}
			acts = append(acts, a)
		}
		stage := rng.IntN(6)
		if stage >= 1 {
			add("reminder", 10+rng.IntN(10), pick("", "", "no-reaction", "partly-paid", "paid"))
		}
		if stage >= 2 {
			if country == "NL" && kind == "consumer" {
				add("fourteen-day-letter", 20+rng.IntN(10), "no-reaction")
			} else {
				add("formal-notice", 20+rng.IntN(10), "no-reaction")
			}
		}
		if stage >= 3 {
			if country == "BE" && kind == "enterprise" && chance(50) {
				add("ios-summons", 20+rng.IntN(20), pick("no-reaction", "payment-plan", "contested"))
				if stage >= 4 {
					add("ios-non-contestation", 45, "")
				}
			} else {
				add("summons", 30+rng.IntN(30), "")
				if stage >= 4 {
					add("default-judgment", 40+rng.IntN(40), "")
				}
			}
		}
		if stage >= 5 {
			add("service", 20+rng.IntN(20), "")
		}
		set("history", strings.Join(acts, ";"))
		// What the collector knows.
		if kind == "consumer" || sole {
			if chance(55) {
				set("net_income", fmt.Sprintf("%d.00", 1100+rng.IntN(3200)))
				if country == "BE" {
					set("income_kind", pick("work", "work", "work", "replacement"))
					set("children", strconv.Itoa(rng.IntN(4)))
				} else {
					set("household", pick("single", "single-parent", "couple", "couple-with-children"))
				}
				set("employer_known", yes(chance(70)))
			}
			set("vehicle", yes(chance(35)))
			set("real_estate", yes(chance(20)))
		} else {
			set("vehicle", yes(chance(60)))
			set("real_estate", yes(chance(25)))
		}
		set("bank_account_known", yes(chance(65)))
		set("address_problems", yes(chance(10)))
		earlier := 0
		if chance(30) {
			earlier = 1 + rng.IntN(6)
			set("earlier_collections", strconv.Itoa(earlier))
			set("failed_collections", strconv.Itoa(rng.IntN(earlier+1)))
		}
		if chance(12) {
			set("insolvency_events", strconv.Itoa(1+rng.IntN(3)))
		}
		c, err := casecsv.Case(func(col string) string { return v[idx[col]] }, csvDefaults)
		if err != nil {
			t.Fatalf("generator made an unparsable row: %v", err)
		}
		if _, err := procedure.Next(c, sampleAsOf); err != nil {
			if testing.Verbose() {
				t.Logf("dropped %s: %v", v[0], err)
			}
			continue // a history the flow rejects: not a good sample row
		}
		rows = append(rows, v)
	}
	if len(rows) < n {
		t.Fatalf("only %d plannable rows generated", len(rows))
	}
	var buf bytes.Buffer
	buf.WriteString("# Open invoices of a fictitious Belgian/Dutch wholesaler, generated by sample_test.go\n")
	buf.WriteString("# (fixed seed; four rows are deliberately malformed). Columns: see main.go.\n")
	w := csv.NewWriter(&buf)
	_ = w.Write(columns)
	m := 0
	for i, r := range rows {
		_ = w.Write(r)
		if m < len(sampleMalformed) && sampleMalformed[m].after == i+1 {
			bad := append([]string(nil), r...)
			bad[idx["case_id"]] += "X"
			bad[idx[sampleMalformed[m].row[0]]] = sampleMalformed[m].row[1]
			_ = w.Write(bad)
			m++
		}
	}
	w.Flush()
	return buf.Bytes()
}
