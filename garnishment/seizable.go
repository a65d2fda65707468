package garnishment

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Limits on the inputs, so that every computation stays exact in int64
// cents. Larger values are rejected as invalid input.
const (
	// MaxNet is the largest monthly income accepted: EUR 1,000,000,000,000.
	maxNetCents = int64(100_000_000_000_000)
	// MaxChildren is the largest number of dependent children accepted.
	MaxChildren = 1000
)

var maxNet = decimal.New(maxNetCents, -2)

// Income is one month's income of a debtor, as a garnishment calculation
// needs it.
//
// Belgium uses Net, Kind, Children and Maintenance. The Netherlands uses
// Net, HolidayPay, Household, NLAdditions and NLMaximum (and ignores Kind
// and Children: the household type carries the children). Fields a country
// does not use are ignored.
type Income struct {
	// Net is the net monthly income in euro, in whole cents: for Belgium
	// after social security, withholding tax and supplementary
	// social-security deductions (art. 1409 §1 "netto"); for the
	// Netherlands the net income per month. For Kind Combined it is the
	// total of the work and replacement income.
	Net decimal.Decimal `json:"net"`
	// Kind selects the Belgian bracket scale. The zero value is Work.
	Kind IncomeKind `json:"kind"`
	// Children is the number of dependent children ("kinderen ten laste",
	// art. 1409 §1 al. 4 and §1bis al. 4; KB 27.12.2004) the debtor has
	// declared with the statutory form. Belgium only.
	Children int `json:"children"`
	// Maintenance is true when the seizure or assignment is for a
	// maintenance claim (onderhoudsgeld, alimentatie). In Belgium none of
	// the limits apply then (art. 1412 Ger.W.): the whole income may be
	// taken.
	Maintenance bool `json:"maintenance"`

	// Household is the Dutch living situation; required for NL.
	Household Household `json:"household,omitempty"`
	// HolidayPay is, for NL, the monthly holiday allowance
	// (vakantiebijslag, in practice 8 % of gross pay reserved each month)
	// when it is NOT already included in Net. The beslagvrije voet compares
	// the income including holiday pay with the norm including holiday pay.
	HolidayPay decimal.Decimal `json:"holiday_pay"`
	// NLAdditions is, for NL, what the rekenmodule adds to 95 % of the
	// norm for a middle income (compensation for allowances, housing-cost
	// correction), as printed on the modelmededeling. Zero if none.
	NLAdditions decimal.Decimal `json:"nl_additions"`
	// NLMaximum is, for NL, the maximum beslagvrije voet for the household
	// and half-year as published. The library has no confirmed maximum, so
	// it is required whenever NLAdditions is not zero.
	NLMaximum decimal.Decimal `json:"nl_maximum"`
}

// Bracket is one band of the Belgian scale as applied to an income.
type Bracket struct {
	From      decimal.Decimal `json:"from"`      // lower bound (exclusive), euro
	To        decimal.Decimal `json:"to"`        // upper bound (inclusive); zero when Unbounded
	Unbounded bool            `json:"unbounded"` // the top band, without upper bound
	Rate      decimal.Decimal `json:"rate"`      // share seizable, 0.2 for 20 %
	Base      decimal.Decimal `json:"base"`      // the part of the income inside the band
	Seized    decimal.Decimal `json:"seized"`    // Rate × Base, unrounded
}

// NLDetail shows how a Dutch beslagvrije voet was computed.
type NLDetail struct {
	Household  Household       `json:"household"`
	Income     decimal.Decimal `json:"income"`      // Net + HolidayPay
	Norm       decimal.Decimal `json:"norm"`        // bijstandsnorm incl. holiday pay
	LowIncome  bool            `json:"low_income"`  // income ≤ norm: bvv = 95 % of income
	BaseAmount decimal.Decimal `json:"base_amount"` // 95 % of the income or of the norm, rounded
	Additions  decimal.Decimal `json:"additions"`   // Income.NLAdditions (middle income only)
	Maximum    decimal.Decimal `json:"maximum"`     // cap applied, zero when none
	Capped     bool            `json:"capped"`      // the maximum was binding
	Bvv        decimal.Decimal `json:"bvv"`         // the beslagvrije voet
}

// Result is the answer of [Seizable]: how much of the month's income may be
// seized, and why.
type Result struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"as_of"`
	Kind    IncomeKind        `json:"kind"`
	// Net is the income the rules were applied to (for NL including
	// holiday pay).
	Net decimal.Decimal `json:"net"`
	// Seizable is the amount that may be seized or assigned for the month,
	// rounded to the cent.
	Seizable decimal.Decimal `json:"seizable"`
	// Protected is Net − Seizable: what the debtor keeps.
	Protected decimal.Decimal `json:"protected"`
	// Maintenance reports that art. 1412 Ger.W. set aside every limit.
	Maintenance bool `json:"maintenance"`

	// Period is the span in which the thresholds used were in force, and
	// Thresholds the figures (Belgium, not for maintenance).
	Period     vordering.Period `json:"period"`
	Thresholds *Thresholds      `json:"thresholds,omitempty"`
	// Brackets shows every band of the scale with the part of the income
	// in it and the amount seized from it (Belgium).
	Brackets []Bracket `json:"brackets,omitempty"`
	// BeforeChildren is the seizable amount before the child reduction,
	// rounded to the cent (Belgium).
	BeforeChildren decimal.Decimal `json:"before_children"`
	Children       int             `json:"children"`
	// ChildAmount is the reduction per child in force; ChildReduction the
	// reduction actually made (never more than BeforeChildren).
	ChildAmount    decimal.Decimal `json:"child_amount"`
	ChildReduction decimal.Decimal `json:"child_reduction"`

	// NL holds the beslagvrije voet computation (Netherlands).
	NL *NLDetail `json:"nl,omitempty"`

	// Rounding names the rounding rule used for the single rounding to
	// the cent.
	Rounding string `json:"rounding"`
	// Steps explains the computation in order; Citations lists every
	// source used, the decree that set the period's figures first.
	Steps     []string             `json:"steps"`
	Citations []vordering.Citation `json:"citations"`
}

// rounding is the rule for the one rounding to the cent. No Belgian or
// Dutch text prescribes it; half-up is the library default (see
// vordering.HalfUp) and is monotone, which keeps the seized amount
// non-decreasing in the income.
const rounding = vordering.HalfUp

var (
	citeArt1409 = vordering.Citation{Instrument: gerW, Article: "art. 1409 §1 (work income) and §1bis (replacement income)"}
	citeChild   = vordering.Citation{Instrument: gerW, Article: "art. 1409 §1 al. 4 and §1bis al. 4", Publication: "KB 27.12.2004 (definition of a dependent child, declaration form)"}
	citeArt1412 = vordering.Citation{Instrument: gerW, Article: "art. 1412", Publication: "maintenance claims: the limits of art. 1409–1411 do not apply"}
	citeRv475da = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 475d–475da", Publication: "Wet vereenvoudiging beslagvrije voet, in force 1.1.2021"}
)

// Seizable returns the part of a month's income that may be seized or
// assigned in country c on date asOf.
//
// Belgium (art. 1409–1412 Ger.W.): the income is split over the bands of the
// thresholds in force on asOf (see [BEWageThresholds]); each band yields its
// rate of the part of the income inside it; the sum, rounded to the cent,
// is reduced by the per-child amount for each dependent child, never below
// zero. Replacement income uses the §1bis scale; Combined uses the work
// scale on the total. For a maintenance claim (art. 1412) the whole income
// is seizable and no table is consulted.
//
// Netherlands (art. 475da Rv): the amount is the income including holiday
// pay minus the beslagvrije voet, never below zero (see [NLBijstandsnormen]).
//
// A date no confirmed row covers returns an error wrapping
// vordering.ErrNoRuleInForce; bad input an error wrapping
// vordering.ErrInvalidInput.
func Seizable(c vordering.Country, asOf date.Date, in Income) (Result, error) {
	net, err := cents("Income.Net", in.Net)
	if err != nil {
		return Result{}, err
	}
	switch c {
	case vordering.BE:
		return seizableBE(asOf, in, net)
	case vordering.NL:
		return seizableNL(asOf, in, net)
	}
	return Result{}, vordering.Invalid("country", uint8(c), "not a supported country")
}

// cents converts a non-negative amount in whole cents to int64 cents.
func cents(field string, d decimal.Decimal) (int64, error) {
	if d.Sign() < 0 {
		return 0, vordering.Invalid(field, d.String(), "must not be negative")
	}
	if d.GreaterThan(maxNet) {
		return 0, vordering.Invalid(field, d.String(), "above the supported maximum of EUR 1,000,000,000,000")
	}
	if d.Exponent() < -2 && !d.Equal(d.Truncate(2)) {
		return 0, vordering.Invalid(field, d.String(), "must be in whole cents")
	}
	return d.Shift(2).IntPart(), nil
}

func eurCents(c int64) decimal.Decimal { return decimal.New(c, -2) }

// roundHundredths rounds an amount in hundredths of a cent to cents, half up
// (amounts are never negative here).
func roundHundredths(x int64) int64 { return (x + 50) / 100 }

var (
	rate0   = decimal.Zero
	rate20  = vordering.Percent(20, 0)
	rate30  = vordering.Percent(30, 0)
	rate40  = vordering.Percent(40, 0)
	rate100 = vordering.Percent(100, 0)
)

type band struct {
	pct  int64
	rate decimal.Decimal
}

var (
	workBands        = [...]band{{0, rate0}, {20, rate20}, {30, rate30}, {40, rate40}, {100, rate100}}
	replacementBands = [...]band{{0, rate0}, {20, rate20}, {40, rate40}, {100, rate100}}
)

func seizableBE(asOf date.Date, in Income, net int64) (Result, error) {
	if !in.Kind.Valid() {
		return Result{}, vordering.Invalid("Income.Kind", uint8(in.Kind), "not a defined income kind")
	}
	if in.Children < 0 || in.Children > MaxChildren {
		return Result{}, vordering.Invalid("Income.Children", in.Children, "must be between 0 and "+strconv.Itoa(MaxChildren))
	}
	netD := eurCents(net)
	res := Result{Country: vordering.BE, AsOf: asOf, Kind: in.Kind, Net: netD, Children: in.Children, Rounding: rounding.String()}
	if in.Maintenance {
		res.Maintenance = true
		res.Seizable = netD
		res.Protected = decimal.Zero
		res.BeforeChildren = netD
		res.ChildAmount = decimal.Zero
		res.ChildReduction = decimal.Zero
		res.Steps = []string{"Maintenance claim: art. 1412 Ger.W. sets aside the thresholds of art. 1409 and the child reduction; the whole net income of " + netD.StringFixed(2) + " EUR may be seized."}
		res.Citations = []vordering.Citation{citeArt1412}
		return res, nil
	}
	row, err := BEWageThresholds.At(asOf)
	if err != nil {
		return Result{}, err
	}
	t := row.Value
	res.Period = row.Period()
	res.Thresholds = &t
	bounds := [...]int64{0, t.T1.IntPart() * 100, t.T2.IntPart() * 100, t.T3.IntPart() * 100, t.T4.IntPart() * 100}

	var bands []band
	var scale string
	switch in.Kind {
	case Replacement:
		bands = replacementBands[:]
		scale = "replacement-income scale (art. 1409 §1bis): 0 / 20 / 40 / 100 %"
	case Combined:
		bands = workBands[:]
		scale = "work-income scale applied to the total of work and replacement income (art. 1409 §1bis, last paragraph): 0 / 20 / 30 / 40 / 100 %"
	default:
		bands = workBands[:]
		scale = "work-income scale (art. 1409 §1): 0 / 20 / 30 / 40 / 100 %"
	}
	// Lower bounds of each band: work uses 0,T1,T2,T3,T4; replacement
	// 0,T1,T2,T4 (the T3 boundary disappears inside the 40 % band).
	var lows [5]int64
	if len(bands) == 5 {
		lows = bounds
	} else {
		lows = [5]int64{0, bounds[1], bounds[2], bounds[4]}
	}
	var total int64 // hundredths of a cent
	res.Brackets = make([]Bracket, len(bands))
	for i, b := range bands {
		lo := lows[i]
		hi := int64(-1)
		if i+1 < len(bands) {
			hi = lows[i+1]
		}
		part := net - lo
		if hi >= 0 && net > hi {
			part = hi - lo
		}
		if part < 0 {
			part = 0
		}
		seized := part * b.pct
		total += seized
		br := Bracket{From: eurCents(lo), Rate: b.rate, Base: eurCents(part), Seized: decimal.New(seized, -4)}
		if hi < 0 {
			br.Unbounded = true
			br.To = decimal.Zero
		} else {
			br.To = eurCents(hi)
		}
		res.Brackets[i] = br
	}
	before := roundHundredths(total)
	childAmt := t.Child.IntPart() * 100
	reduction := int64(in.Children) * childAmt
	if reduction > before {
		reduction = before
	}
	seizable := before - reduction

	res.BeforeChildren = eurCents(before)
	res.ChildAmount = t.Child
	res.ChildReduction = eurCents(reduction)
	res.Seizable = eurCents(seizable)
	res.Protected = eurCents(net - seizable)

	label := "regular yearly figures"
	if t.Temporary {
		label = "temporary crisis increase"
	}
	res.Steps = []string{
		"Thresholds in force on " + asOf.String() + " (" + label + ", " + row.Period().String() + "): T1 " + t.T1.String() + ", T2 " + t.T2.String() + ", T3 " + t.T3.String() + ", T4 " + t.T4.String() + " EUR; " + t.Child.String() + " EUR per dependent child; set by " + row.Cite.String() + ".",
		"Net monthly income " + res.Net.StringFixed(2) + " EUR split over the " + scale + ".",
		"Sum of the bands " + decimal.New(total, -4).String() + " EUR, rounded " + rounding.String() + " to the cent once: " + res.BeforeChildren.StringFixed(2) + " EUR.",
	}
	if in.Children > 0 {
		res.Steps = append(res.Steps, "Reduction for "+strconv.Itoa(in.Children)+" dependent child(ren) × "+t.Child.String()+" EUR, limited to the seizable amount (art. 1409 §1 al. 4): −"+res.ChildReduction.StringFixed(2)+" EUR.")
	} else {
		res.Steps = append(res.Steps, "No dependent children declared: no child reduction.")
	}
	res.Steps = append(res.Steps, "Seizable for the month: "+res.Seizable.StringFixed(2)+" EUR; the debtor keeps "+res.Protected.StringFixed(2)+" EUR.")
	res.Citations = []vordering.Citation{row.Cite, citeArt1409}
	if in.Children > 0 {
		res.Citations = append(res.Citations, citeChild)
	}
	return res, nil
}

// nlMaxTable names the missing table in the error a caller gets when a
// maximum is needed and none is confirmed.
const nlMaxTable = "NL maximum beslagvrije voet per household type (art. 475da Rv)"

func seizableNL(asOf date.Date, in Income, net int64) (Result, error) {
	if !in.Household.Valid() {
		return Result{}, vordering.Invalid("Income.Household", uint8(in.Household), "required for NL: single, single-parent, couple or couple-with-children")
	}
	holiday, err := cents("Income.HolidayPay", in.HolidayPay)
	if err != nil {
		return Result{}, err
	}
	adds, err := cents("Income.NLAdditions", in.NLAdditions)
	if err != nil {
		return Result{}, err
	}
	maxBvv, err := cents("Income.NLMaximum", in.NLMaximum)
	if err != nil {
		return Result{}, err
	}
	row, err := NLBijstandsnormen.At(asOf)
	if err != nil {
		return Result{}, err
	}
	income := net + holiday
	if income > maxNetCents {
		return Result{}, vordering.Invalid("Income.Net+HolidayPay", eurCents(income).String(), "above the supported maximum of EUR 1,000,000,000,000")
	}
	normD := row.Value.Single
	if in.Household.couple() {
		normD = row.Value.Couple
	}
	norm := normD.Shift(2).IntPart()

	d := &NLDetail{Household: in.Household, Income: eurCents(income), Norm: normD, Additions: decimal.Zero, Maximum: decimal.Zero}
	var bvv int64
	steps := make([]string, 0, 5)
	steps = append(steps, "Bijstandsnorm incl. holiday pay for a "+in.Household.String()+" household in force on "+asOf.String()+" ("+row.Period().String()+"): "+normD.StringFixed(2)+" EUR.")
	if income <= norm {
		d.LowIncome = true
		bvv = roundHundredths(income * 95)
		d.BaseAmount = eurCents(bvv)
		steps = append(steps, "Income incl. holiday pay "+d.Income.StringFixed(2)+" EUR does not exceed the norm: beslagvrije voet = 95 % of the income = "+d.BaseAmount.StringFixed(2)+" EUR (art. 475da Rv).")
	} else {
		base := roundHundredths(norm * 95)
		d.BaseAmount = eurCents(base)
		bvv = base
		steps = append(steps, "Income incl. holiday pay "+d.Income.StringFixed(2)+" EUR exceeds the norm: beslagvrije voet starts at 95 % of the norm = "+d.BaseAmount.StringFixed(2)+" EUR (art. 475da Rv).")
		if adds > 0 {
			if maxBvv == 0 {
				return Result{}, &vordering.NoRuleError{Table: nlMaxTable, Date: asOf}
			}
			d.Additions = eurCents(adds)
			bvv += adds
			steps = append(steps, "Additions from the rekenmodule (allowances, housing costs): +"+d.Additions.StringFixed(2)+" EUR.")
		}
	}
	if maxBvv > 0 {
		d.Maximum = eurCents(maxBvv)
		if bvv > maxBvv {
			bvv = maxBvv
			d.Capped = true
			steps = append(steps, "Capped at the maximum beslagvrije voet given by the caller: "+d.Maximum.StringFixed(2)+" EUR.")
		}
	}
	d.Bvv = eurCents(bvv)
	seizable := income - bvv
	if seizable < 0 {
		seizable = 0
	}
	if in.Maintenance {
		steps = append(steps, "Maintenance claim: the library applies the beslagvrije voet unchanged; any special rule for Dutch maintenance claims is not modelled.")
	}
	steps = append(steps, "Seizable for the month: income "+d.Income.StringFixed(2)+" − beslagvrije voet "+d.Bvv.StringFixed(2)+" = "+eurCents(seizable).StringFixed(2)+" EUR (never below zero).")
	return Result{
		Country: vordering.NL, AsOf: asOf, Kind: in.Kind, Net: d.Income,
		Seizable: eurCents(seizable), Protected: eurCents(income - seizable), Maintenance: in.Maintenance,
		Period: row.Period(), BeforeChildren: eurCents(seizable), ChildAmount: decimal.Zero, ChildReduction: decimal.Zero,
		NL: d, Rounding: rounding.String(), Steps: steps,
		Citations: []vordering.Citation{row.Cite, citeRv475da},
	}, nil
}
