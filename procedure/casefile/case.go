package casefile

import (
	"errors"
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
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
	// Public describes a public creditor's claim that the law lets it
	// collect with its own title (aanmaning and dwangbevel). Zero is an
	// ordinary claim, collected by the routes open to any creditor.
	Public PublicClaim `json:"public,omitzero"`
}

// PublicClaim is what selects a public creditor's own routes. It requires
// a creditor of kind public body.
type PublicClaim struct {
	// Basis is the law the claim is collected under: NL title 4.4 Awb, or
	// BE a local authority's non-fiscal claim. Zero: none.
	Basis PublicBasis `json:"basis,omitzero"`
	// Region is, for a Belgian local authority, the region whose decree
	// governs its dwangbevel. Required with PublicBELocal.
	Region Region `json:"region,omitzero"`
	// DwangbevelPower is, for a Dutch bestuursorgaan, true when a statute
	// gives it the power to collect by dwangbevel (art. 4:115 Awb); without
	// it the body collects through the civil court (art. 4:124 Awb).
	DwangbevelPower bool `json:"dwangbevelPower,omitempty"`
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

// MaxInvoiceActPairs bounds how many (invoice, act) pairs the acts of one
// case may concern: an act concerns each invoice it names, or every invoice
// of the case when it names none. [Prescription] follows each invoice
// through the acts that concern it, so this bound, and not only the
// lengths of the two lists ([vordering.MaxItems] each), keeps its work and
// its result bounded: 1,000 invoices with 1,000 acts that concern them all
// are accepted, 100,000 invoices with 100,000 such acts are not.
const MaxInvoiceActPairs = 1_000_000

// maxProfileCount bounds the counts of a DebtorProfile.
const maxProfileCount = 1000

// Validate checks the case and returns every problem found, joined; each
// wraps [vordering.ErrInvalidInput] and names the field with its index,
// e.g. "Case.Invoices[3].DueDate" or "Case.Acts[12].Date".
//
// It covers every field the package reads: the country, the parties, the
// matter and the status; each invoice (number, dates, amounts, nature);
// each act (kind, outcome, dates, the invoices it names); and the debtor's
// profile ([DebtorProfile]). The limits are those of package vordering:
// at most [vordering.MaxItems] invoices, acts, and invoice numbers per act
// (checked first, so that a list too long is refused before any element is
// read), at most [MaxInvoiceActPairs] invoice-act pairs, amounts within
// [vordering.CheckAmount] (at most EUR 1,000,000,000,000, whole cents,
// never negative), dates within [vordering.CheckDate] (the years
// 1900–2199; the zero date means "no date given" and is refused where a
// date is required), and the profile's counts within 0..1000 and children
// within 0..garnishment.MaxChildren.
func (c Case) Validate() error {
	// The lengths first: a list beyond the limits is refused without
	// reading its elements.
	if err := errors.Join(vordering.CheckItems("Case.Invoices", len(c.Invoices)), vordering.CheckItems("Case.Acts", len(c.Acts))); err != nil {
		return err
	}
	pairs := 0
	for i := range c.Acts {
		n := len(c.Acts[i].Invoices)
		if n > vordering.MaxItems {
			return vordering.CheckItems(field("Acts", i, "Invoices"), n)
		}
		if n == 0 {
			n = len(c.Invoices)
		}
		if pairs += n; pairs > MaxInvoiceActPairs {
			return vordering.Invalid("Case.Acts", strconv.Itoa(len(c.Acts))+" acts on "+strconv.Itoa(len(c.Invoices))+" invoices",
				"the acts concern more than "+strconv.Itoa(MaxInvoiceActPairs)+" invoice-act pairs (an act that names no invoice concerns every invoice)")
		}
	}

	var errs []error
	add := func(field string, v any, reason string) {
		errs = append(errs, vordering.Invalid(field, v, reason))
	}
	if !c.Country.Valid() {
		add("Case.Country", uint8(c.Country), "not a supported country")
	}
	if err := vordering.CheckOptionalDate("Case.StatusSince", c.StatusSince); err != nil {
		errs = append(errs, err)
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
	// The field names are built only for a problem found, so that a valid
	// case of many acts costs no string per act.
	dateErr := func(list string, i int, name string, d date.Date, required bool) bool {
		check := vordering.CheckOptionalDate
		if required {
			check = vordering.CheckDate
		}
		if check("", d) == nil {
			return false
		}
		errs = append(errs, check(field(list, i, name), d))
		return true
	}
	amountErr := func(list string, i int, name string, v decimal.Decimal) bool {
		if checkAmount("", v) == nil {
			return false
		}
		errs = append(errs, checkAmount(field(list, i, name), v))
		return true
	}
	numbers := make(map[string]bool, len(c.Invoices))
	for i, inv := range c.Invoices {
		if inv.Number == "" {
			add(field("Invoices", i, "Number"), "", "empty")
		} else if numbers[inv.Number] {
			add(field("Invoices", i, "Number"), inv.Number, "duplicate invoice number")
		}
		numbers[inv.Number] = true
		badDate := dateErr("Invoices", i, "Date", inv.Date, true)
		badDue := dateErr("Invoices", i, "DueDate", inv.DueDate, true)
		if !badDate && !badDue && inv.DueDate.Before(inv.Date) {
			add(field("Invoices", i, "DueDate"), inv.DueDate, "before the invoice date "+inv.Date.String())
		}
		if !amountErr("Invoices", i, "Principal", inv.Principal) && !inv.Principal.IsPositive() {
			add(field("Invoices", i, "Principal"), inv.Principal, "must be more than zero")
		}
		amountErr("Invoices", i, "Accessories", inv.Accessories)
		if !inv.Nature.Valid() {
			add(field("Invoices", i, "Nature"), uint8(inv.Nature), "not a defined nature")
		}
	}
	for i, a := range c.Acts {
		if !a.Kind.Valid() {
			add(field("Acts", i, "Kind"), uint8(a.Kind), "not a defined act kind")
		}
		if !a.Outcome.Valid() {
			add(field("Acts", i, "Outcome"), uint8(a.Outcome), "not a defined outcome")
		}
		badDate := dateErr("Acts", i, "Date", a.Date, true)
		badRec := dateErr("Acts", i, "Received", a.Received, false)
		if !badDate && !badRec && vordering.HasDate(a.Received) && a.Received.Before(a.Date) {
			add(field("Acts", i, "Received"), a.Received, "before the act's date "+a.Date.String())
		}
		for j, n := range a.Invoices {
			if !numbers[n] {
				add(field("Acts", i, "Invoices["+strconv.Itoa(j)+"]"), n, "no invoice with that number")
			}
		}
	}
	c.Public.validate(c, add)
	if err := c.Profile.validate("Case.Profile"); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// validate checks the profile: its counts within 0..1000 and no more failed
// collections than earlier ones (when those are given), and its income as
// package garnishment reads it: amounts within [vordering.CheckAmount] and
// not negative, a defined kind and household (or none), children within
// 0..[garnishment.MaxChildren]. prefix names the profile in the errors.
func (p DebtorProfile) validate(prefix string) error {
	var errs []error
	count := func(field string, n int) {
		if n < 0 || n > maxProfileCount {
			errs = append(errs, vordering.Invalid(prefix+"."+field, n, "want 0.."+strconv.Itoa(maxProfileCount)))
		}
	}
	count("EarlierCollections", p.EarlierCollections)
	count("FailedCollections", p.FailedCollections)
	count("InsolvencyEvents", p.InsolvencyEvents)
	if p.FailedCollections > p.EarlierCollections && p.EarlierCollections > 0 {
		errs = append(errs, vordering.Invalid(prefix+".FailedCollections", p.FailedCollections,
			"more than the "+strconv.Itoa(p.EarlierCollections)+" earlier collections"))
	}
	if !p.Attitude.Valid() {
		errs = append(errs, vordering.Invalid(prefix+".Attitude", uint8(p.Attitude), "not a defined attitude"))
	}
	in := p.Income
	amount := func(name string, v decimal.Decimal) {
		if checkAmount("", v) != nil {
			errs = append(errs, checkAmount(prefix+".Income."+name, v))
		}
	}
	amount("Net", in.Net)
	amount("HolidayPay", in.HolidayPay)
	amount("NLAdditions", in.NLAdditions)
	amount("NLMaximum", in.NLMaximum)
	if !in.Kind.Valid() {
		errs = append(errs, vordering.Invalid(prefix+".Income.Kind", uint8(in.Kind), "not a defined income kind"))
	}
	if in.Household != 0 && !in.Household.Valid() {
		errs = append(errs, vordering.Invalid(prefix+".Income.Household", uint8(in.Household), "not a defined household"))
	}
	if in.Children < 0 || in.Children > garnishment.MaxChildren {
		errs = append(errs, vordering.Invalid(prefix+".Income.Children", in.Children, "want 0.."+strconv.Itoa(garnishment.MaxChildren)))
	}
	return errors.Join(errs...)
}

// field names element i of a list of the case: field("Acts", 12, "Date")
// is "Case.Acts[12].Date".
func field(list string, i int, name string) string {
	return "Case." + list + "[" + strconv.Itoa(i) + "]." + name
}

// isCountryCode reports whether s looks like an ISO 3166-1 alpha-2 code.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// checkAmount validates an amount of money: within the limits of
// [vordering.CheckAmount] (at most EUR 1,000,000,000,000, whole cents; a
// hostile value such as 1e999999999 is refused before any arithmetic
// expands it) and not negative.
func checkAmount(field string, a decimal.Decimal) error {
	if err := vordering.CheckAmount(field, a); err != nil {
		return err
	}
	if a.Sign() < 0 {
		return vordering.Invalid(field, a.String(), "negative amount")
	}
	return nil
}

// Validate checks the profile on its own, as [Case.Validate] checks it
// within a case; each error wraps [vordering.ErrInvalidInput] and names the
// field ("DebtorProfile.Income.Net").
func (p DebtorProfile) Validate() error { return p.validate("DebtorProfile") }

// validate checks the public claim against the case: a defined basis of the
// case's country, a public-body creditor, a region for a Belgian local
// authority and none otherwise, and the dwangbevel power only under the
// Awb.
func (p PublicClaim) validate(c Case, add func(field string, v any, reason string)) {
	if !p.Basis.Valid() {
		add("Case.Public.Basis", uint8(p.Basis), "not a defined public basis")
		return
	}
	if !p.Region.Valid() {
		add("Case.Public.Region", uint8(p.Region), "not a defined region")
		return
	}
	want := map[PublicBasis]vordering.Country{PublicNLAwb: vordering.NL, PublicBELocal: vordering.BE}
	switch {
	case p.Basis == PublicNone:
		if p.Region != RegionNone || p.DwangbevelPower {
			add("Case.Public.Basis", "none", "a region or a dwangbevel power needs a public basis")
		}
		return
	case c.Country.Valid() && want[p.Basis] != c.Country:
		add("Case.Public.Basis", p.Basis.String(), "not a basis of "+c.Country.String()+" law")
	case c.Creditor.Kind != vordering.PublicBody:
		add("Case.Creditor.Kind", c.Creditor.Kind.String(), "a public basis needs a public-body creditor")
	}
	switch {
	case p.Basis == PublicBELocal && p.Region == RegionNone:
		add("Case.Public.Region", "none", "required for a Belgian local authority: each region has its own decree")
	case p.Basis != PublicBELocal && p.Region != RegionNone:
		add("Case.Public.Region", p.Region.String(), "only for a Belgian local authority")
	}
	if p.DwangbevelPower && p.Basis != PublicNLAwb {
		add("Case.Public.DwangbevelPower", true, "only under the Awb (art. 4:115)")
	}
}
