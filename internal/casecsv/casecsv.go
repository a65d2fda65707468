// Package casecsv reads one collection case from one row of the invoice CSV
// layout that the erp-batch example and the vordering command share: one
// open invoice per row, its debtor, its history and the debtor's profile.
//
// Columns (every one optional unless marked):
//
//	country*            BE or NL
//	invoice_number      the invoice's number
//	invoice_date*       YYYY-MM-DD
//	due_date*           YYYY-MM-DD
//	principal*          euro, e.g. 1200.00
//	accessories         euro
//	debtor_name, debtor_kind (consumer, enterprise, …), sole_trader,
//	debtor_register     the debtor
//	written_document, contested
//	status, status_since the debtor's status and since when
//	history             acts separated by ";", each kind@YYYY-MM-DD or
//	                    kind@YYYY-MM-DD:outcome
//	net_income, income_kind, children, household, employer_known,
//	bank_account_known, vehicle, real_estate, address_problems,
//	earlier_collections, failed_collections, insolvency_events
//	                    the debtor's profile for the enforcement ranking
//
// The creditor is a registered enterprise of the case's country; only its
// name is the caller's.
package casecsv

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure"
)

// Defaults are the values a row does not give.
type Defaults struct {
	// CreditorName names the creditor of every case.
	CreditorName string
	// DebtorKind is the debtor's kind when the row has no debtor_kind
	// (zero: none, which the planner refuses).
	DebtorKind vordering.PartyKind
	// InvoiceNumber is the invoice's number when the row has none.
	InvoiceNumber string
}

// Case builds the case of one row; get returns a column's value ("" for an
// absent column). Every problem of the row is reported, joined, each
// starting with its column's name ("due_date: want a calendar day …").
// The case is returned even then, as far as it could be read.
func Case(get func(col string) string, d Defaults) (procedure.Case, error) {
	var c procedure.Case
	var errs []error
	fail := func(col string, err error) { errs = append(errs, fmt.Errorf("%s: %w", col, err)) }
	day := func(col string, optional bool) date.Date {
		s := get(col)
		if s == "" && optional {
			return date.Date{}
		}
		v, err := Day(s)
		if err != nil {
			fail(col, err)
		}
		return v
	}
	amount := func(col string, optional bool) decimal.Decimal {
		s := get(col)
		if s == "" && optional {
			return decimal.Zero
		}
		v, err := decimal.NewFromString(s)
		if err != nil {
			fail(col, fmt.Errorf("want an amount in euro, got %q", s))
		}
		return v
	}
	flag := func(col string) bool {
		s := get(col)
		if s == "" {
			return false
		}
		b, err := strconv.ParseBool(s)
		if err != nil {
			fail(col, fmt.Errorf("want true or false, got %q", s))
		}
		return b
	}
	count := func(col string) int {
		s := get(col)
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			fail(col, fmt.Errorf("want a whole number, got %q", s))
		}
		return n
	}
	text := func(col string, v interface{ UnmarshalText([]byte) error }) {
		if s := get(col); s != "" {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				fail(col, err)
			}
		}
	}

	text("country", &c.Country)
	if get("country") == "" {
		fail("country", errors.New("empty"))
	}
	c.Creditor = procedure.Party{Name: d.CreditorName, Kind: vordering.Enterprise, RegisterCountry: c.Country.String(), RegisterNumber: "0000000097", Domicile: c.Country.String()}
	c.Debtor = procedure.Party{Name: get("debtor_name"), SoleTrader: flag("sole_trader"), RegisterNumber: get("debtor_register")}
	if c.Country.Valid() {
		c.Debtor.Domicile = c.Country.String()
		if c.Debtor.RegisterNumber != "" {
			c.Debtor.RegisterCountry = c.Country.String()
		}
	}
	c.Debtor.Kind = d.DebtorKind
	text("debtor_kind", &c.Debtor.Kind)
	c.Invoices = []procedure.Invoice{{
		Number:      get("invoice_number"),
		Date:        day("invoice_date", false),
		DueDate:     day("due_date", false),
		Principal:   amount("principal", false),
		Accessories: amount("accessories", true),
	}}
	if c.Invoices[0].Number == "" {
		c.Invoices[0].Number = d.InvoiceNumber
	}
	c.WrittenDocument = flag("written_document")
	c.Contested = flag("contested")
	text("status", &c.Status)
	c.StatusSince = day("status_since", true)
	if h := get("history"); h != "" {
		for _, item := range strings.Split(h, ";") {
			a, err := Act(strings.TrimSpace(item))
			if err != nil {
				fail("history", err)
				continue
			}
			c.Acts = append(c.Acts, a)
		}
	}
	p := &c.Profile
	p.Income.Net = amount("net_income", true)
	text("income_kind", &p.Income.Kind)
	p.Income.Children = count("children")
	text("household", &p.Income.Household)
	p.EmployerKnown = flag("employer_known")
	p.BankAccountKnown = flag("bank_account_known")
	p.Vehicle = flag("vehicle")
	p.RealEstate = flag("real_estate")
	p.AddressProblems = flag("address_problems")
	p.EarlierCollections = count("earlier_collections")
	p.FailedCollections = count("failed_collections")
	p.InsolvencyEvents = count("insolvency_events")
	return c, errors.Join(errs...)
}

// Day reads a calendar day written YYYY-MM-DD with vordering.ParseDate,
// which rejects impossible days (2025-13-01) and never panics on malformed
// text (date.ParseISO of the pinned date module does, on "00000-00").
func Day(s string) (date.Date, error) {
	v, err := vordering.ParseDate(s)
	if err != nil {
		return date.Date{}, fmt.Errorf("want a calendar day YYYY-MM-DD, got %q", s)
	}
	return v, nil
}

// Act reads kind@YYYY-MM-DD or kind@YYYY-MM-DD:outcome.
func Act(s string) (procedure.Act, error) {
	var a procedure.Act
	kind, rest, ok := strings.Cut(s, "@")
	if !ok {
		return a, fmt.Errorf("act %q: want kind@YYYY-MM-DD[:outcome]", s)
	}
	if err := a.Kind.UnmarshalText([]byte(kind)); err != nil {
		return a, fmt.Errorf("act %q: %w", s, err)
	}
	ds, outcome, _ := strings.Cut(rest, ":")
	v, err := Day(ds)
	if err != nil {
		return a, fmt.Errorf("act %q: %w", s, err)
	}
	a.Date = v
	if outcome != "" {
		if err := a.Outcome.UnmarshalText([]byte(outcome)); err != nil {
			return a, fmt.Errorf("act %q: %w", s, err)
		}
	}
	return a, nil
}
