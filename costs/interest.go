package costs

import (
	"fmt"
	"sort"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// InterestOptions tunes [InterestWith]. The zero value gives the same answer
// as [Interest]: the statutory rate of the kind, the country's compounding
// rule and the 365-day convention.
type InterestOptions struct {
	// DayCount is the day-count convention; the zero value is [Days365].
	DayCount DayCount `json:"dayCount"`
	// Compounding overrides the compounding rule; the zero value applies the
	// country's rule ([CompoundByLaw]).
	Compounding Compounding `json:"compounding"`
	// ContractRate, when Valid, replaces the statutory rate for every day by
	// this agreed yearly rate, as a fraction (0.08 is 8 %). Dutch law lets a
	// higher agreed rate run instead of the statutory one (art. 6:119 lid 3
	// BW) and, between businesses, any agreed rate (art. 6:119a lid 8 BW);
	// Belgian law caps a consumer's agreed rate at the late-payment rate of
	// the Act of 2 August 2002 (art. XIX.4 WER), which [Extrajudicial]
	// reports. The library does not check those limits: the caller states
	// the agreed rate. Under [CompoundByLaw] a contractual rate is simple.
	ContractRate decimal.NullDecimal `json:"contractRate"`
}

// InterestPeriod is one stretch of days at one rate on one base.
type InterestPeriod struct {
	From   date.Date          `json:"from"`   // first day of interest in the period
	Until  date.Date          `json:"until"`  // last day of interest in the period (included)
	Days   int                `json:"days"`   // Until − From + 1
	Rate   decimal.Decimal    `json:"rate"`   // yearly rate as a fraction
	Base   decimal.Decimal    `json:"base"`   // the sum on which interest runs
	Amount decimal.Decimal    `json:"amount"` // Base × Rate × Days / year length, rounded to the cent
	Cite   vordering.Citation `json:"cite"`   // the source of the rate
	// Known says how the rate is known; "carried-forward" marks a rate used
	// past the end of its table because the caller opted in. Zero for an
	// agreed rate, which is the caller's fact, not a table figure.
	Known vordering.Confidence `json:"known,omitzero"`
}

// Capitalisation records the yearly compounding step: on Date (an
// anniversary of the start) the unpaid interest is added to the base.
type Capitalisation struct {
	Date    date.Date          `json:"date"`    // the anniversary, last day of the year of interest
	Added   decimal.Decimal    `json:"added"`   // interest added to the base
	NewBase decimal.Decimal    `json:"newBase"` // the base from the next day
	Cite    vordering.Citation `json:"cite"`
}

// InterestResult is the answer of [Interest]: the total and every period
// that makes it up.
type InterestResult struct {
	Country   vordering.Country `json:"country"`
	Kind      Kind              `json:"kind"`
	Principal decimal.Decimal   `json:"principal"`
	From      date.Date         `json:"from"` // interest runs from the day after From
	To        date.Date         `json:"to"`   // up to and including To
	Days      int               `json:"days"` // To − From
	DayCount  DayCount          `json:"dayCount"`
	// Compounded tells whether yearly compounding applied.
	Compounded bool `json:"compounded"`
	// Contractual tells whether an agreed rate replaced the statutory one.
	Contractual bool `json:"contractual"`
	// Periods lists the stretches in date order, split at every rate change,
	// every compounding anniversary and, with [ActualYear], every 1 January.
	Periods         []InterestPeriod `json:"periods"`
	Capitalisations []Capitalisation `json:"capitalisations,omitempty"`
	// Total is the sum of the periods' amounts, each rounded to the cent with
	// Rounding (half-up), so the listed periods add up to the total.
	Total decimal.Decimal `json:"total"`
	// Base is the sum on which interest runs after To (principal plus
	// capitalised interest).
	Base      decimal.Decimal        `json:"base"`
	Rounding  vordering.RoundingRule `json:"rounding"`
	Citations []vordering.Citation   `json:"citations"`
	// Assurance is how sure the answer is: the weakest level of the rate
	// rows it used, and those rows.
	Assurance vordering.Assurance `json:"assurance"`
	// Partial is true when some days could not be computed: Total then
	// covers only the listed periods and is less than the interest due, and
	// Uncovered names the days left out. Interest returns a partial result
	// only together with a *vordering.IncompleteError.
	Partial   bool                  `json:"partial,omitempty"`
	Uncovered []vordering.Uncovered `json:"uncovered,omitempty"`
	// Stamp says which rules produced the answer (release and digest of
	// the rule set).
	Stamp vordering.Stamp `json:"stamp"`
}

// maxInterestYears bounds the span of a computation, so that no input can
// make a call run for long. No collection claim runs for a century.
const maxInterestYears = 100

// Interest computes the interest on principal for the days after from up to
// and including to (to − from days), at the statutory rate of kind k in
// country c.
//
// Netherlands: the wettelijke rente (art. 6:119 BW) or handelsrente (art.
// 6:119a BW), split at every rate change (a new rate applies to running
// interest, art. 6:120 BW) and compounded after each full year counted from
// the first day of interest (art. 6:119 lid 2, 6:119a lid 3 BW): at the end
// of each year of interest the year's interest is added to the base. A year
// ends on the day before the same date a year later: interest from 1 March
// (from = the last day of February) is capitalised on the last day of each
// February, 29 February in a leap year; a year from 29 February ends on
// 28 February.
//
// Belgium: the legal interest of the Act of 5 May 1865 (one rate per
// calendar year) or the late-payment rate of the Act of 2 August 2002 (one
// rate per semester), simple interest.
//
// Day count: 365 days a year, also in leap years, which is what Dutch
// practitioners' calculators use and the library's choice for Belgium too
// (see [Days365]); [InterestWith] selects the actual year length instead. Each period's amount is rounded to the cent half-up
// and the total is their sum.
//
// The result's Assurance says how sure the rates are (a rate from one
// source, or derived by the library from the ECB rate, makes the answer
// provisional); [Rules.Interest] applies a caller's [vordering.Policy].
//
// A span that is partly uncovered (a day no rate row covers) returns the
// periods that could be computed, with Partial set and the uncovered days
// listed, together with a *vordering.IncompleteError that wraps
// vordering.ErrNoRuleInForce: a caller that checks the error cannot take
// the part for the whole. With yearly compounding the computation stops at
// the first uncovered day, since every later base depends on it. Bad
// arguments give an error wrapping vordering.ErrInvalidInput and no result.
func Interest(c vordering.Country, k Kind, principal decimal.Decimal, from, to date.Date) (InterestResult, error) {
	return Rules{}.InterestWith(c, k, principal, from, to, InterestOptions{})
}

// InterestWith is [Interest] with options: the day-count convention, a
// compounding override and a contractual rate.
func InterestWith(c vordering.Country, k Kind, principal decimal.Decimal, from, to date.Date, opts InterestOptions) (InterestResult, error) {
	return Rules{}.InterestWith(c, k, principal, from, to, opts)
}

// Interest is [Interest] under the rules' policy.
func (r Rules) Interest(c vordering.Country, k Kind, principal decimal.Decimal, from, to date.Date) (InterestResult, error) {
	return r.InterestWith(c, k, principal, from, to, InterestOptions{})
}

// InterestWith is [InterestWith] under the rules' policy.
func (r Rules) InterestWith(c vordering.Country, k Kind, principal decimal.Decimal, from, to date.Date, opts InterestOptions) (InterestResult, error) {
	res, err := r.interestWith(c, k, principal, from, to, opts)
	if err == nil || res.Partial {
		res.Stamp = r.Stamp()
	}
	return res, err
}

func (r Rules) interestWith(c vordering.Country, k Kind, principal decimal.Decimal, from, to date.Date, opts InterestOptions) (InterestResult, error) {
	if err := r.Policy.Validate(); err != nil {
		return InterestResult{}, err
	}
	e, err := newAccrual(c, k, from, opts)
	if err != nil {
		return InterestResult{}, err
	}
	e.policy, e.partial = r.Policy, true
	if e.table != nil {
		e.table = r.rateTable(c, k)
	}
	if principal.IsNegative() {
		return InterestResult{}, vordering.Invalid("principal", principal, "must not be negative")
	}
	if err := vordering.CheckAmount("principal", principal); err != nil {
		return InterestResult{}, err
	}
	if err := checkInterestSpan(from, to); err != nil {
		return InterestResult{}, err
	}
	res := InterestResult{
		Country: c, Kind: k, Principal: principal, From: from, To: to,
		Days: int(to.Sub(from)), DayCount: opts.DayCount,
		Compounded: e.compound, Contractual: e.contract,
		Rounding: vordering.HalfUp,
	}
	st := accrualState{base: principal, interest: decimal.Zero, at: from, year: 1}
	// About three periods a year: two rate changes and an anniversary.
	res.Periods = make([]InterestPeriod, 0, res.Days/120+4)
	if err := e.run(&st, to, &res.Periods, &res.Capitalisations); err != nil {
		return InterestResult{}, err
	}
	total := decimal.Zero
	for _, p := range res.Periods {
		total = total.Add(p.Amount)
	}
	res.Total = total
	res.Base = st.base
	res.Citations = e.citations(res.Periods)
	res.Assurance = e.assurance
	if res.Assurance.Level == 0 {
		res.Assurance = vordering.Sure()
	}
	if len(e.uncovered) > 0 {
		res.Partial, res.Uncovered = true, e.uncovered
		return res, &vordering.IncompleteError{
			What:      fmt.Sprintf("%s %s interest %s..%s", c, k, from.Add(1), to),
			Uncovered: append([]vordering.Uncovered(nil), e.uncovered...),
			First:     e.firstErr,
		}
	}
	return res, nil
}

func checkInterestSpan(from, to date.Date) error {
	if err := vordering.CheckDate("from", from); err != nil {
		return err
	}
	if err := vordering.CheckDate("to", to); err != nil {
		return err
	}
	if to.Before(from) {
		return vordering.Invalid("to", to, "before from "+from.String())
	}
	if to.Sub(from) > 366*maxInterestYears {
		return vordering.Invalid("to", to, "more than 100 years after from")
	}
	return nil
}

// accrual holds what stays fixed during one computation.
type accrual struct {
	table    *vordering.Timeline[decimal.Decimal] // nil with a contractual rate
	fixed    decimal.Decimal                      // the contractual rate
	cite     vordering.Citation                   // for a contractual rate
	contract bool
	compound bool
	dayCount DayCount
	start    date.Date // anniversaries count from here
	country  vordering.Country

	// surcharge, when hasSurcharge, is added to the table rate from
	// surchargeFrom on (a statement's "statutory rate plus x %"); before
	// that day the table rate runs alone.
	hasSurcharge  bool
	surcharge     decimal.Decimal
	surchargeFrom date.Date

	policy    vordering.Policy      // which rate rows may be used
	partial   bool                  // skip uncovered days instead of failing
	assurance vordering.Assurance   // the weakest rows used so far
	uncovered []vordering.Uncovered // days skipped, with partial
	firstErr  error                 // the error of the first skipped day
}

// accrualState is what changes: the base, the interest accrued and not yet
// capitalised or paid, the last day computed and the year of interest
// running.
type accrualState struct {
	base     decimal.Decimal
	interest decimal.Decimal
	at       date.Date // interest is computed up to and including this day
	year     int       // the year of interest in progress (1 = the first)
}

var (
	citeNLCompound = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:119 lid 2, 6:119a lid 3",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeContractNL = vordering.Citation{Instrument: "Burgerlijk Wetboek Boek 6", Article: "art. 6:119 lid 3, 6:119a lid 8 (agreed rate)",
		URL: "https://wetten.overheid.nl/BWBR0005289"}
	citeContractBE = vordering.Citation{Instrument: "Wet van 5 mei 1865 betreffende de lening tegen interest", Article: "art. 1 (agreed rate)",
		URL: "https://lisloi.be/laws/1865050550"}
)

func newAccrual(c vordering.Country, k Kind, start date.Date, opts InterestOptions) (*accrual, error) {
	if !c.Valid() {
		return nil, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if !k.Valid() {
		return nil, vordering.Invalid("kind", uint8(k), "want Statutory or Commercial")
	}
	if !opts.DayCount.Valid() {
		return nil, vordering.Invalid("InterestOptions.DayCount", uint8(opts.DayCount), "not a defined convention")
	}
	if !opts.Compounding.Valid() {
		return nil, vordering.Invalid("InterestOptions.Compounding", uint8(opts.Compounding), "not a defined mode")
	}
	e := &accrual{dayCount: opts.DayCount, start: start, country: c}
	if opts.ContractRate.Valid {
		r := opts.ContractRate.Decimal
		if r.IsNegative() || r.GreaterThan(decimal.NewFromInt(10)) {
			return nil, vordering.Invalid("InterestOptions.ContractRate", r, "want a yearly fraction between 0 and 10 (1000 %)")
		}
		e.contract, e.fixed = true, r
		e.cite = citeContractNL
		if c == vordering.BE {
			e.cite = citeContractBE
		}
	} else {
		switch {
		case c == vordering.NL && k == Statutory:
			e.table = &nlStatutoryRates
		case c == vordering.NL:
			e.table = &nlCommercialRates
		case k == Statutory:
			e.table = &beLegalRates
		default:
			e.table = &beLatePaymentRates
		}
	}
	switch opts.Compounding {
	case CompoundYearly:
		e.compound = true
	case CompoundNever:
		e.compound = false
	default:
		e.compound = c == vordering.NL && !e.contract
	}
	return e, nil
}

var citeBECompound = vordering.Citation{Instrument: "Oud Burgerlijk Wetboek", Article: "art. 1154 (capitalisation of interest due for a full year, by agreement or judicial demand)"}

func (e *accrual) compoundCite() vordering.Citation {
	if e.country == vordering.BE {
		return citeBECompound
	}
	return citeNLCompound
}

// anniversary returns the last day of the n-th year of interest (n ≥ 1)
// for interest that runs from the day after start. Art. 6:119 lid 2 BW adds
// the interest to the principal "telkens na afloop van een jaar", a year
// counted from the first day of interest: a year that begins on 1 March ends
// on the last day of February, 29 February in a leap year (interest from
// 1 March 2022 is capitalised at the end of 28 February 2023 and of
// 29 February 2024). A year that begins on 29 February ends on 28 February
// (the day before 1 March) of the next year. For every other start this is
// the same calendar day n years after start.
func anniversary(start date.Date, n int) date.Date {
	y, m, d := start.Add(1).Date()
	if m == 2 && d == 29 && !date.IsLeap(y+n) {
		return date.New(y+n, 2, 28)
	}
	return date.New(y+n, m, d).Add(-1)
}

// run accrues interest from the day after st.at up to and including end,
// appending periods and capitalisations, and leaves st at end.
func (e *accrual) run(st *accrualState, end date.Date, periods *[]InterestPeriod, caps *[]Capitalisation) error {
	for st.at.Before(end) {
		first := st.at.Add(1)
		last := end
		var r decimal.Decimal
		var cite vordering.Citation
		var known vordering.Confidence
		if e.table != nil {
			var until date.Date
			var err error
			r, cite, known, until, err = e.rate(first)
			if err != nil {
				if !e.partial {
					return err
				}
				e.skip(st, first, end, err)
				continue
			}
			if !until.IsZero() && until.Before(last) {
				last = until
			}
			if e.hasSurcharge {
				if first.Before(e.surchargeFrom) {
					if d := e.surchargeFrom.Add(-1); d.Before(last) {
						last = d
					}
				} else {
					r = r.Add(e.surcharge)
				}
			}
		} else {
			r, cite = e.fixed, e.cite
		}
		anniv := anniversary(e.start, st.year)
		if anniv.Before(last) {
			last = anniv
		}
		denom := int64(365)
		if e.dayCount == ActualYear {
			y := first.Year()
			if yearEnd := date.New(y, 12, 31); yearEnd.Before(last) {
				last = yearEnd
			}
			if date.IsLeap(y) {
				denom = 366
			}
		}
		n := int(last.Sub(first)) + 1
		// One exact division rounded half-up to the cent: DivRound rounds the
		// true quotient, so no intermediate precision is involved.
		amount := interestCents(st.base, r, int64(n), denom)
		*periods = append(*periods, InterestPeriod{From: first, Until: last, Days: n, Rate: r, Base: st.base, Amount: amount, Cite: cite, Known: known})
		st.interest = st.interest.Add(amount)
		st.at = last
		if last.Equal(anniv) {
			if e.compound && caps != nil && st.interest.IsPositive() {
				st.base = st.base.Add(st.interest)
				*caps = append(*caps, Capitalisation{Date: anniv, Added: st.interest, NewBase: st.base, Cite: e.compoundCite()})
				st.interest = decimal.Zero
			}
			st.year++
		}
	}
	return nil
}

// rate returns the rate in force on day d under the policy, with its
// citation, level and last day (zero: open), and records the row in the
// answer's assurance.
func (e *accrual) rate(d date.Date) (decimal.Decimal, vordering.Citation, vordering.Confidence, date.Date, error) {
	row, until, err := e.table.Read(d, e.policy, &e.assurance)
	if err != nil {
		return decimal.Zero, vordering.Citation{}, 0, date.Date{}, err
	}
	lv := row.Known
	if lv == 0 {
		lv = e.table.Known
	}
	return row.Value, row.Cite, lv, until, nil
}

// skip records the uncovered days from first: up to the day before the next
// row the policy accepts (or end), or, with compounding, all days to end,
// since every later base depends on the interest of the skipped days. It
// advances st past them, and past the anniversaries they hold.
func (e *accrual) skip(st *accrualState, first, end date.Date, err error) {
	last := end
	if !e.compound {
		for d := first.Add(1); !d.After(end); {
			next, ok := e.nextRowStart(d)
			if !ok || next.After(end) {
				break
			}
			if _, lerr := e.table.Lookup(next, e.policy); lerr == nil {
				last = next.Add(-1)
				break
			}
			d = next.Add(1)
		}
	}
	if e.firstErr == nil {
		e.firstErr = err
	}
	e.uncovered = append(e.uncovered, vordering.Uncovered{Period: vordering.Period{From: first, Until: last}, Reason: err.Error()})
	st.at = last
	for !anniversary(e.start, st.year).After(last) {
		if e.compound {
			st.interest = decimal.Zero
		}
		st.year++
	}
}

// nextRowStart returns the first day on or after d on which a row of the
// table begins.
func (e *accrual) nextRowStart(d date.Date) (date.Date, bool) {
	rows := e.table.Rows
	i := sort.Search(len(rows), func(i int) bool { return !rows[i].From.Before(d) })
	if i == len(rows) {
		return date.Date{}, false
	}
	return rows[i].From, true
}

// citations lists the distinct citations of the periods, in order, and the
// compounding rule if it applied.
func (e *accrual) citations(periods []InterestPeriod) []vordering.Citation {
	out := make([]vordering.Citation, 0, 8)
next:
	for _, p := range periods {
		for _, c := range out {
			if c == p.Cite {
				continue next
			}
		}
		out = append(out, p.Cite)
	}
	if e.compound && len(periods) > 0 {
		out = append(out, e.compoundCite())
	}
	return out
}
