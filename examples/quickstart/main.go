// Command quickstart runs Vordering's main example on built-in data. For
// Belgian and Dutch cases it prints each answer with its legal basis:
//
//  1. the appeal deadline of a judgment in each country;
//  2. a Dutch consumer invoice: the 14-day letter, the extrajudicial
//     collection costs (WIK staffel) and the statutory interest to a date;
//  3. a Belgian wage garnishment, bracket by bracket;
//  4. a Belgian B2B invoice that qualifies for IOS, and a consumer invoice
//     that does not, with the reasons;
//  5. the same kinds of questions on 28 November 2026, each answer with how
//     sure it is, a strict policy that refuses a single-source figure, and
//     a figure the library does not have, with what the caller can do.
//
// Run it from the repository root:
//
//	go run ./examples/quickstart
//
// It reads no file, clock or network: every date is written below, so the
// output is the same on every machine.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/procedure"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintf(w, "Vordering quickstart (rules checked as of %s)\n\n", vordering.RulesCheckedAsOf)
	for _, step := range []func(io.Writer) error{appealDeadlines, dutchConsumerInvoice, belgianWageGarnishment, belgianIOS, todaysLaw} {
		if err := step(w); err != nil {
			return err
		}
	}
	return nil
}

// appealDeadlines prints the last day to appeal in each country.
func appealDeadlines(w io.Writer) error {
	section(w, "1. Appeal deadlines")
	// Belgium: a judgment served on 30 June 2025. The month for appeal
	// (art. 1051 Ger.W.) would end on 31 July, inside the judicial vacation,
	// so art. 50 extends it to 15 September.
	// The Netherlands: a judgment of 29 August 2025. Three months (art. 339
	// Rv) end on Saturday 29 November; the Algemene termijnenwet moves the
	// last day to Monday 1 December.
	cases := []struct {
		country  vordering.Country
		judgment date.Date
	}{
		{vordering.BE, date.New(2025, 6, 30)},
		{vordering.NL, date.New(2025, 8, 29)},
	}
	for _, c := range cases {
		term, err := deadlines.Statutory(c.country, deadlines.Appeal)
		if err != nil {
			return err
		}
		d, err := deadlines.Compute(c.country, c.judgment, term)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, d.Explain())
	}
	return nil
}

// dutchConsumerInvoice walks a Dutch consumer invoice of EUR 1,200, due on
// 14 February 2025, through the 14-day letter, the WIK costs and the
// statutory interest up to 30 June 2025.
func dutchConsumerInvoice(w io.Writer) error {
	section(w, "2. A Dutch consumer invoice: 14-day letter, collection costs, interest")
	principal := decimal.NewFromInt(1200)
	due := date.New(2025, 2, 14)
	letterReceived := date.New(2025, 3, 3)
	asOf := date.New(2025, 6, 30)
	fmt.Fprintf(w, "Invoice of EUR %s due %s; 14-day letter received %s; computed on %s.\n",
		principal.StringFixed(2), due, letterReceived, asOf)

	// The 14-day letter (art. 6:96 lid 6 BW): its term, under the Algemene
	// termijnenwet.
	term, err := deadlines.Statutory(vordering.NL, deadlines.FourteenDayLetter)
	if err != nil {
		return err
	}
	letter, err := deadlines.Compute(vordering.NL, letterReceived, term)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "The debtor may pay without costs up to %s [%s].\n", letter.Date, letter.Citations()[0])

	bik, err := costs.Extrajudicial(vordering.NL, costs.ExtrajudicialClaim{
		Principal: principal, Debtor: vordering.Consumer, AsOf: asOf, ReminderReceived: letterReceived,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Extrajudicial collection costs, due from %s:\n", bik.DueFrom)
	for _, s := range bik.Steps {
		fmt.Fprintf(w, "  %-40s %10s  [%s]\n", s.Label, s.Amount.StringFixed(2), s.Cite)
	}
	fmt.Fprintf(w, "  %-40s %10s\n", "total (no VAT: the creditor deducts it)", bik.Amount.StringFixed(2))

	// Interest runs from the day after the due date (art. 6:119 BW).
	rente, err := costs.Interest(vordering.NL, costs.Statutory, principal, due, asOf)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Statutory interest (art. 6:119 BW):")
	for _, p := range rente.Periods {
		fmt.Fprintf(w, "  %s..%s  %3d days at %s %% on %s = %s  [%s]\n", p.From, p.Until, p.Days,
			p.Rate.Shift(2).String(), p.Base.StringFixed(2), p.Amount.StringFixed(2), p.Cite)
	}
	fmt.Fprintf(w, "Total claim on %s: %s + %s + %s = EUR %s\n\n", asOf, principal.StringFixed(2),
		bik.Amount.StringFixed(2), rente.Total.StringFixed(2), principal.Add(bik.Total()).Add(rente.Total).StringFixed(2))
	return nil
}

// belgianWageGarnishment shows how much of a net monthly wage of EUR 2,000
// may be seized in March 2025 from a debtor with two dependent children.
func belgianWageGarnishment(w io.Writer) error {
	section(w, "3. A Belgian wage garnishment (art. 1409 Ger.W.)")
	r, err := garnishment.Seizable(vordering.BE, date.New(2025, 3, 10), garnishment.Income{
		Net: decimal.NewFromInt(2000), Kind: garnishment.Work, Children: 2,
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Net wage EUR 2,000.00 a month, two dependent children, March 2025:")
	for _, b := range r.Brackets {
		to := b.To.StringFixed(2)
		if b.Unbounded {
			to = "and above"
		}
		fmt.Fprintf(w, "  %8s to %-9s at %3s %%: %7s\n", b.From.StringFixed(2), to, b.Rate.Shift(2), b.Seized.StringFixed(2))
	}
	fmt.Fprintf(w, "  child reduction: -%s\n", r.ChildReduction.StringFixed(2))
	fmt.Fprintf(w, "  seizable this month: EUR %s; the debtor keeps EUR %s\n", r.Seizable.StringFixed(2), r.Protected.StringFixed(2))
	fmt.Fprintf(w, "  figures: %s\n\n", r.Citations[0])
	return nil
}

// belgianIOS checks the procedure for uncontested money debts (IOS, art.
// 1394/20 ff. Ger.W.) for an invoice of EUR 1,200 between two enterprises in
// the Kruispuntbank, and for the same invoice to a consumer.
func belgianIOS(w io.Writer) error {
	section(w, "4. Belgian IOS eligibility (art. 1394/20 Ger.W.)")
	b2b := procedure.Case{
		Country:  vordering.BE,
		Creditor: procedure.Party{Name: "Acme NV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0123.456.789", Domicile: "BE"},
		Debtor:   procedure.Party{Name: "Klant BV", Kind: vordering.Enterprise, RegisterCountry: "BE", RegisterNumber: "0987.654.321", Domicile: "BE"},
		Invoices: []procedure.Invoice{{Number: "F2025-001", Date: date.New(2025, 1, 10), DueDate: date.New(2025, 2, 9),
			Principal: vordering.Euros(1200), Accessories: vordering.Euros(100)}},
	}
	b2c := b2b
	b2c.Debtor = procedure.Party{Name: "Jan Peeters", Kind: vordering.Consumer, Domicile: "BE"}
	asOf := date.New(2025, 3, 3)
	for _, c := range []procedure.Case{b2b, b2c} {
		a, err := procedure.Eligibility(c, asOf)
		if err != nil {
			return err
		}
		ios, _ := a.Route(procedure.RouteBEIOS)
		verdict := "qualifies for IOS"
		if !ios.Open {
			verdict = "does not qualify for IOS"
		}
		fmt.Fprintf(w, "Invoice %s of EUR 1,200.00 to %s (%s), on %s: %s.\n", c.Invoices[0].Number, c.Debtor.Name, c.Debtor.Kind, asOf, verdict)
		for _, r := range ios.Blocks {
			fmt.Fprintf(w, "  - %s [%s]\n", r.Text, r.Cite)
		}
		if ios.Open && ios.Next != "" {
			fmt.Fprintf(w, "  next: %s\n", ios.Next)
		}
	}
	fmt.Fprintln(w)
	return nil
}

// todaysLaw asks questions dated 28 November 2026 and prints how sure each
// answer is: the level of the weakest figure it used (vordering.Assurance).
func todaysLaw(w io.Writer) error {
	section(w, "5. Today's law (28 November 2026), with how sure each answer is")
	today := date.New(2026, 11, 28)
	principal := decimal.NewFromInt(10000)

	for _, q := range []struct {
		label   string
		country vordering.Country
		kind    costs.InterestKind
	}{
		{"NL wettelijke rente", vordering.NL, costs.Statutory},
		{"NL handelsrente", vordering.NL, costs.Commercial},
		{"BE legal interest", vordering.BE, costs.Statutory},
		{"BE late-payment interest", vordering.BE, costs.Commercial},
	} {
		r, err := costs.Interest(q.country, q.kind, principal, date.New(2025, 12, 31), today)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%-26s on EUR 10,000 in 2026: %8s  [%s]\n", q.label, r.Total.StringFixed(2), r.Assurance)
	}

	g, err := garnishment.Seizable(vordering.BE, today, garnishment.Income{Net: decimal.NewFromInt(2000)})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-26s of EUR 2,000 net:      %8s  [%s]\n", "BE seizable wage", g.Seizable.StringFixed(2), g.Assurance)

	// A caller who needs certainty sets a minimum level and gets an error
	// instead of a single-source figure.
	strict := garnishment.Rules{Policy: vordering.Policy{Minimum: vordering.TwoSources}}
	if _, err := strict.Seizable(vordering.BE, today, garnishment.Income{Net: decimal.NewFromInt(2000)}); err != nil {
		fmt.Fprintf(w, "\nWith Policy{Minimum: two-sources}:\n  %s\n", err)
	}

	// A figure the library does not have: the error says why and what to do.
	q := costs.BailiffFeeQuery{Act: costs.BailiffSummons, AsOf: today, ClaimValue: decimal.NewFromInt(3000)}
	if _, err := costs.BailiffFeeOf(vordering.BE, q); err != nil {
		fmt.Fprintf(w, "\nBE bailiff fee for a summons:\n  %s\n", err)
	}
	carried, err := costs.Rules{Policy: vordering.Policy{CarryForward: true}}.BailiffFeeOf(vordering.BE, q)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "With Policy{CarryForward: true}: EUR %s, class %s  [%s]\n", carried.Amount.StringFixed(2), carried.Class, carried.Assurance)
	return nil
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
}
