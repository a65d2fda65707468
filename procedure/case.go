package procedure

import (
	"errors"
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/jurisdiction"
)

// Case describes one claim of a creditor on a debtor, as a collector knows it:
// the country whose law governs the collection, the two parties, the invoices,
// what the debtor has said and signed, the debtor's status, and the history of
// the collection acts already done.
//
// A Case is a plain value; [Eligibility] and the other functions of this
// package never modify it. [Case.Validate] lists every problem in it.
type Case struct {
	// Country is the country whose collection law applies (BE or NL).
	Country vordering.Country `json:"country"`
	// Creditor and Debtor are the two parties.
	Creditor Party `json:"creditor"`
	Debtor   Party `json:"debtor"`
	// Invoices are the claims, each with its principal and accessories. At
	// least one is required.
	Invoices []Invoice `json:"invoices"`
	// Contested is true when the debtor disputes the claim (in whole or in
	// part). An act whose Outcome is OutcomeContested has the same effect.
	Contested bool `json:"contested,omitempty"`
	// WrittenDocument is true when the creditor holds a document that
	// emanates from the debtor and shows the debt (an order form or a signed
	// contract; an invoice alone is not enough). Art. 1338 Ger.W. requires it
	// for the Belgian summary payment order.
	WrittenDocument bool `json:"writtenDocument,omitempty"`
	// OutsideBusiness is true when the debt does not arise from the debtor's
	// business activity (art. 1394/20, 3° Ger.W.).
	OutsideBusiness bool `json:"outsideBusiness,omitempty"`
	// NonContractual is true when the debt is not a contractual one (damages,
	// for example) and was neither agreed nor acknowledged afterwards (art.
	// 1394/20, 5° Ger.W.).
	NonContractual bool `json:"nonContractual,omitempty"`
	// Matter is the subject matter of the claim where it changes the court
	// or the route (lease, utility supply, employment…), in the vocabulary of
	// package jurisdiction. Zero means jurisdiction.MatterGeneral, an
	// ordinary commercial or civil claim.
	Matter jurisdiction.Matter `json:"matter,omitzero"`
	// Status is the debtor's status (deceased, bankrupt, under
	// administration…). Zero is no special status.
	Status DebtorStatus `json:"status,omitempty"`
	// StatusSince is the day the status began (date of death, of the
	// judgment or order). Optional.
	StatusSince date.Date `json:"statusSince,omitzero"`
	// Acts are the collection acts already done, with their dates and
	// outcomes, in any order.
	Acts []Act `json:"acts,omitempty"`
	// Profile is what the collector knows of the debtor's means and history;
	// the planner uses it to rank the enforcement routes.
	Profile DebtorProfile `json:"profile,omitzero"`
}

// Party is the creditor or the debtor.
type Party struct {
	// Name is the party's name as it appears on letters.
	Name string `json:"name,omitempty"`
	// Kind is consumer, enterprise or public body. Required.
	Kind vordering.PartyKind `json:"kind"`
	// SoleTrader is true for a natural person who runs an enterprise in his
	// own name (eenmanszaak), as opposed to a company.
	SoleTrader bool `json:"soleTrader,omitempty"`
	// NotMerchant marks an enterprise that was not a merchant (handelaar): a
	// liberal profession, a non-profit association, a farmer. It matters only
	// for the Belgian court before 1 July 2014 (see package jurisdiction).
	NotMerchant bool `json:"notMerchant,omitempty"`
	// RegisterCountry is the ISO 3166-1 alpha-2 code of the enterprise
	// register the party is entered in ("BE" for the Kruispuntbank van
	// Ondernemingen, "NL" for the Handelsregister…), empty when the party is
	// not registered or this is not known.
	RegisterCountry string `json:"registerCountry,omitempty"`
	// RegisterNumber is the enterprise number in that register.
	RegisterNumber string `json:"registerNumber,omitempty"`
	// Domicile is the ISO 3166-1 alpha-2 code of the country of the party's
	// domicile (natural person) or registered seat (legal person); empty when
	// unknown.
	Domicile string `json:"domicile,omitempty"`
	// SeatDiffersFromDomicile is true for a sole trader whose registered
	// business seat is not his home address.
	SeatDiffersFromDomicile bool `json:"seatDiffersFromDomicile,omitempty"`
	// SeatUndeliverable is true when mail to the registered seat comes back
	// (the company is not found at its seat).
	SeatUndeliverable bool `json:"seatUndeliverable,omitempty"`
	// Representative is the person who acts for the debtor because of its
	// status: the administrator (bewindvoerder), the debt mediator
	// (schuldbemiddelaar), the curator, or the notary or heir handling an
	// estate. Optional; it is used to word the addressee.
	Representative string `json:"representative,omitempty"`
}

// Invoice is one claim of the case.
type Invoice struct {
	// Number identifies the invoice; acts refer to invoices by number.
	Number string `json:"number"`
	// Date is the invoice date; DueDate the last day for payment.
	Date    date.Date `json:"date"`
	DueDate date.Date `json:"dueDate"`
	// Principal is the amount of the invoice (hoofdsom), in euro.
	Principal decimal.Decimal `json:"principal"`
	// Accessories are the interest, penalty clause and costs claimed on top
	// of the principal so far, in euro.
	Accessories decimal.Decimal `json:"accessories"`
	// Nature is what the invoice is for, where it changes the prescription
	// term. Zero is unspecified (the general term applies).
	Nature Nature `json:"nature,omitempty"`
}

// Act is one collection act already done.
type Act struct {
	// Kind is what was done.
	Kind ActKind `json:"kind"`
	// Date is the day the act was done: the day a letter was sent, a writ
	// served, a petition filed, a judgment given.
	Date date.Date `json:"date"`
	// Received is the day the debtor received it, where known (a
	// registered letter's delivery, for example). Optional.
	Received date.Date `json:"received,omitzero"`
	// Electronic is true for a letter sent by e-mail or another electronic
	// channel rather than on paper.
	Electronic bool `json:"electronic,omitempty"`
	// Outcome is what came of it, where known.
	Outcome Outcome `json:"outcome,omitempty"`
	// Invoices lists the numbers of the invoices the act concerns; empty
	// means all invoices of the case.
	Invoices []string `json:"invoices,omitempty"`
}

// concerns reports whether the act concerns the invoice with number n.
func (a Act) concerns(n string) bool {
	if len(a.Invoices) == 0 {
		return true
	}
	for _, x := range a.Invoices {
		if x == n {
			return true
		}
	}
	return false
}

// Total returns the sum of the principals and the sum of the accessories of
// every invoice.
func (c Case) Total() (principal, accessories decimal.Decimal) {
	principal, accessories = decimal.Zero, decimal.Zero
	for _, inv := range c.Invoices {
		principal = principal.Add(inv.Principal)
		accessories = accessories.Add(inv.Accessories)
	}
	return principal, accessories
}

// contested reports whether the debtor disputes the claim, by the flag or by
// an act's outcome.
func (c Case) contested(asOf date.Date) bool {
	if c.Contested {
		return true
	}
	for _, a := range c.Acts {
		if a.Outcome == OutcomeContested && !a.Date.After(asOf) {
			return true
		}
	}
	return false
}

// Validate checks the case and returns every problem found, joined; each
// wraps [vordering.ErrInvalidInput] and names the field.
func (c Case) Validate() error {
	var errs []error
	add := func(field string, v any, reason string) {
		errs = append(errs, vordering.Invalid(field, v, reason))
	}
	if !c.Country.Valid() {
		add("Case.Country", uint8(c.Country), "not a supported country")
	}
	checkDate := func(field string, d date.Date) {
		switch {
		case d.IsZero():
			add(field, d, "zero date")
		case d.Before(minDate) || d.After(maxDate):
			add(field, d, "outside the years "+minDate.String()+".."+maxDate.String())
		}
	}
	if !c.StatusSince.IsZero() {
		checkDate("Case.StatusSince", c.StatusSince)
	}
	validParty := func(name string, p Party) {
		if !p.Kind.Valid() {
			add(name+".Kind", uint8(p.Kind), "not a defined party kind")
		}
		if p.RegisterCountry != "" && !isCountryCode(p.RegisterCountry) {
			add(name+".RegisterCountry", p.RegisterCountry, "want an ISO 3166-1 alpha-2 code in capitals")
		}
		if p.Domicile != "" && !isCountryCode(p.Domicile) {
			add(name+".Domicile", p.Domicile, "want an ISO 3166-1 alpha-2 code in capitals")
		}
		if p.SoleTrader && p.Kind != vordering.Enterprise {
			add(name+".SoleTrader", p.Kind.String(), "a sole trader is an enterprise")
		}
	}
	validParty("Case.Creditor", c.Creditor)
	validParty("Case.Debtor", c.Debtor)
	if c.Matter != 0 && !c.Matter.Valid() {
		add("Case.Matter", uint8(c.Matter), "not a defined matter")
	}
	if !c.Status.Valid() {
		add("Case.Status", uint8(c.Status), "not a defined debtor status")
	}
	if len(c.Invoices) == 0 {
		add("Case.Invoices", 0, "at least one invoice is required")
	}
	numbers := make(map[string]bool, len(c.Invoices))
	for i, inv := range c.Invoices {
		f := "Case.Invoices[" + strconv.Itoa(i) + "]"
		if inv.Number == "" {
			add(f+".Number", "", "empty")
		} else if numbers[inv.Number] {
			add(f+".Number", inv.Number, "duplicate invoice number")
		}
		numbers[inv.Number] = true
		checkDate(f+".Date", inv.Date)
		checkDate(f+".DueDate", inv.DueDate)
		if inv.DueDate.Before(inv.Date) {
			add(f+".DueDate", inv.DueDate, "before the invoice date "+inv.Date.String())
		}
		if err := checkAmount(f+".Principal", inv.Principal); err != nil {
			errs = append(errs, err)
		} else if !inv.Principal.IsPositive() {
			add(f+".Principal", inv.Principal, "must be more than zero")
		}
		if err := checkAmount(f+".Accessories", inv.Accessories); err != nil {
			errs = append(errs, err)
		}
		if !inv.Nature.Valid() {
			add(f+".Nature", uint8(inv.Nature), "not a defined nature")
		}
	}
	for i, a := range c.Acts {
		f := "Case.Acts[" + strconv.Itoa(i) + "]"
		if !a.Kind.Valid() {
			add(f+".Kind", uint8(a.Kind), "not a defined act kind")
		}
		if !a.Outcome.Valid() {
			add(f+".Outcome", uint8(a.Outcome), "not a defined outcome")
		}
		checkDate(f+".Date", a.Date)
		if !a.Received.IsZero() {
			checkDate(f+".Received", a.Received)
		}
		if !a.Received.IsZero() && a.Received.Before(a.Date) {
			add(f+".Received", a.Received, "before the act's date "+a.Date.String())
		}
		for _, n := range a.Invoices {
			if !numbers[n] {
				add(f+".Invoices", n, "no invoice with that number")
			}
		}
	}
	return errors.Join(errs...)
}

// isCountryCode reports whether s looks like an ISO 3166-1 alpha-2 code.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// The span of dates the package accepts: the years the calendars of package
// deadlines cover.
var (
	minDate = date.New(1900, 1, 1)
	maxDate = date.New(2199, 12, 31)
)

// checkAsOf validates the as-of date of a query.
func checkAsOf(asOf date.Date) error {
	if asOf.IsZero() || asOf.Before(minDate) || asOf.After(maxDate) {
		return vordering.Invalid("asOf", asOf, "want a date in the years 1900..2199 (not the zero date)")
	}
	return nil
}

// statusOn returns the debtor's status in effect on asOf: none when the
// status begins after asOf.
func (c Case) statusOn(asOf date.Date) DebtorStatus {
	if !c.StatusSince.IsZero() && c.StatusSince.After(asOf) {
		return StatusNone
	}
	return c.Status
}

// matter returns the case's matter, zero read as general.
func (c Case) matter() jurisdiction.Matter {
	if c.Matter == 0 {
		return jurisdiction.MatterGeneral
	}
	return c.Matter
}

// checkAmount bounds an amount so that no input makes the decimal arithmetic
// allocate without limit: not negative, at most 12 decimal places, below
// 10^15 euro. It reads only the coefficient and exponent, so a hostile value
// such as 1e999999999 is rejected before any arithmetic expands it.
func checkAmount(field string, a decimal.Decimal) error {
	e := int64(a.Exponent())
	switch {
	case a.Sign() < 0:
		return vordering.Invalid(field, rawAmount(a), "negative amount")
	case e < -12:
		return vordering.Invalid(field, rawAmount(a), "more than 12 decimal places")
	case e > 15 || int64(a.NumDigits())+e > 15:
		return vordering.Invalid(field, rawAmount(a), "amount of 10^15 euro or more")
	}
	return nil
}

func rawAmount(a decimal.Decimal) string {
	return a.Coefficient().String() + "e" + strconv.Itoa(int(a.Exponent()))
}
