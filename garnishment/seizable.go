package garnishment

import (
	"strings"

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
	HolidayPay decimal.Decimal `json:"holidayPay"`
	// NLAdditions is, for NL, what the rekenmodule adds to 95 % of the
	// norm for a middle income (compensation for allowances, housing-cost
	// correction), as printed on the modelmededeling. Zero if none.
	NLAdditions decimal.Decimal `json:"nlAdditions"`
	// NLMaximum is, for NL, the maximum beslagvrije voet for the household
	// and half-year as published. The library has no confirmed maximum, so
	// it is required whenever NLAdditions is not zero.
	NLMaximum decimal.Decimal `json:"nlMaximum"`
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
	Income     decimal.Decimal `json:"income"`     // Net + HolidayPay
	Norm       decimal.Decimal `json:"norm"`       // bijstandsnorm incl. holiday pay
	OfIncome   bool            `json:"ofIncome"`   // bvv limited to 95 % of the income
	BaseAmount decimal.Decimal `json:"baseAmount"` // 95 % of the norm, rounded
	Additions  decimal.Decimal `json:"additions"`  // Income.NLAdditions
	Maximum    decimal.Decimal `json:"maximum"`    // cap applied, zero when none
	Capped     bool            `json:"capped"`     // the maximum was binding
	Bvv        decimal.Decimal `json:"bvv"`        // the beslagvrije voet
}

// Result is the answer of [Seizable]: how much of the month's income may be
// seized, and why.
type Seizure struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"asOf"`
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
	Period     vordering.Period `json:"period,omitzero"`
	Thresholds Thresholds       `json:"thresholds,omitzero"`
	// Brackets shows every band of the scale with the part of the income
	// in it and the amount seized from it (Belgium).
	Brackets []Bracket `json:"brackets,omitempty"`
	// BeforeChildren is the seizable amount before the child reduction,
	// rounded to the cent (Belgium).
	BeforeChildren decimal.Decimal `json:"beforeChildren"`
	Children       int             `json:"children"`
	// ChildAmount is the reduction per child in force; ChildReduction the
	// reduction actually made (never more than BeforeChildren).
	ChildAmount    decimal.Decimal `json:"childAmount"`
	ChildReduction decimal.Decimal `json:"childReduction"`

	// NL holds the beslagvrije voet computation (Netherlands).
	NL *NLDetail `json:"nl,omitempty"`

	// Rounding names the rounding rule used for the single rounding to
	// the cent.
	Rounding string `json:"rounding"`
	// Steps explains the computation in order; Citations lists every
	// source used, the decree that set the period's figures first.
	Steps     []string             `json:"steps"`
	Citations []vordering.Citation `json:"citations"`
	// Assurance is how sure the answer is: the level of the threshold or
	// norm row used (a single-source or carried-forward row makes it
	// provisional).
	Assurance vordering.Assurance `json:"assurance"`
	// Stamp says which rules produced the answer.
	Stamp vordering.Stamp `json:"stamp"`
}

// Rules answers [Seizable] on a rule set and under a caller's policy: a
// minimum confidence level for the thresholds and norms used, and whether
// the last known row may be carried past the end of its table. The zero
// value is the built-in rule set under the default policy; the package
// function Seizable is a shortcut for Rules{}.Seizable. A caller brings
// thresholds or norms the library lacks with WithBEThresholds or
// WithNLNorms (or their File variants). A Rules value is never modified
// after it is built and is safe for concurrent use.
type Rules struct {
	Policy vordering.Policy

	set *ruleSet // nil: the built-in tables
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
	citeRv475da = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 475da lid 2 (95 % of the art. 21 Participatiewet norm) and art. 475dc lid 1 (at most 95 % of the income)", Publication: "Wet vereenvoudiging beslagvrije voet, in force 1.1.2021", URL: "https://wetten.overheid.nl/BWBR0001827/2026-01-01"}
)

// Seizable returns the part of a month's income that may be seized or
// assigned in country c on date asOf.
//
// Belgium (art. 1409–1412 Ger.W.): the income is split over the bands of the
// thresholds in force on asOf (see [beWageThresholds]); each band yields its
// rate of the part of the income inside it; the sum, rounded to the cent,
// is reduced by the per-child amount for each dependent child, never below
// zero. Replacement income uses the §1bis scale; Combined uses the work
// scale on the total. For a maintenance claim (art. 1412) the whole income
// is seizable and no table is consulted.
//
// Netherlands (art. 475da Rv): the amount is the income including holiday
// pay minus the beslagvrije voet, never below zero (see [nlBijstandsnormen]).
//
// A date no confirmed row covers returns an error wrapping
// vordering.ErrNoRuleInForce; bad input an error wrapping
// vordering.ErrInvalidInput.
func Seizable(c vordering.Country, asOf date.Date, in Income) (Seizure, error) {
	return Rules{}.Seizable(c, asOf, in)
}

// Seizable is [Seizable] under the rules' policy.
func (r Rules) Seizable(c vordering.Country, asOf date.Date, in Income) (Seizure, error) {
	if err := r.Policy.Validate(); err != nil {
		return Seizure{}, err
	}
	if err := vordering.CheckDate("asOf", asOf); err != nil {
		return Seizure{}, err
	}
	net, err := cents("Income.Net", in.Net)
	if err != nil {
		return Seizure{}, err
	}
	var res Seizure
	switch c {
	case vordering.BE:
		res, err = r.seizableBE(asOf, in, net)
	case vordering.NL:
		res, err = r.seizableNL(asOf, in, net)
	default:
		return Seizure{}, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if err == nil {
		res.Stamp = r.Stamp()
	}
	if err == nil && res.Assurance.Provisional {
		res.Steps = append(res.Steps, "Provisional: "+strings.TrimPrefix(res.Assurance.String(), "provisional: ")+"; check the figures before relying on the amount.")
	}
	return res, err
}

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

// nlMaxTable names the missing table in the error a caller gets when a
// maximum is needed and none is confirmed.
const nlMaxTable = "NL maximum beslagvrije voet per household type (art. 475da Rv)"

func (r Rules) seizableNL(asOf date.Date, in Income, net int64) (Seizure, error) {
	if !in.Household.Valid() {
		return Seizure{}, vordering.Invalid("Income.Household", uint8(in.Household), "required for NL: single, single-parent, couple or couple-with-children")
	}
	holiday, err := cents("Income.HolidayPay", in.HolidayPay)
	if err != nil {
		return Seizure{}, err
	}
	adds, err := cents("Income.NLAdditions", in.NLAdditions)
	if err != nil {
		return Seizure{}, err
	}
	maxBvv, err := cents("Income.NLMaximum", in.NLMaximum)
	if err != nil {
		return Seizure{}, err
	}
	hit, err := r.nlNorms().Lookup(asOf, r.Policy)
	if err != nil {
		return Seizure{}, err
	}
	row := hit.Row
	income := net + holiday
	if income > maxNetCents {
		return Seizure{}, vordering.Invalid("Income.Net+HolidayPay", string(appendCents(nil, income)), "above the supported maximum of EUR 1,000,000,000,000")
	}
	normD := row.Value.Single
	if in.Household.couple() {
		normD = row.Value.Couple
	}
	norm := normD.Shift(2).IntPart() // table figures are whole cents

	d := &NLDetail{Household: in.Household, Income: eurCents(income), Norm: normD, Additions: decimal.Zero, Maximum: decimal.Zero}
	var bvv int64
	steps := make([]string, 0, 6)
	buf := make([]byte, 0, 256)
	buf = append(buf, "Bijstandsnorm incl. holiday pay for a "...)
	buf = append(buf, in.Household.String()...)
	buf = append(buf, " household in force on "...)
	buf = appendDate(buf, asOf)
	buf = append(buf, " ("...)
	buf = appendDate(buf, row.From)
	buf = append(buf, ".."...)
	if !row.Until.IsZero() {
		buf = appendDate(buf, row.Until)
	}
	buf = append(buf, "): "...)
	buf = appendCents(buf, norm)
	buf = append(buf, " EUR"...)
	if hit.Carried {
		buf = append(buf, ", carried forward past the end of the table at the caller's request"...)
	}
	buf = append(buf, " ["...)
	buf = append(buf, hit.Ref.Level.Describe()...)
	steps = append(steps, string(append(buf, "]."...)))
	// The norm-based amount: 95 % of the norm, plus the rekenmodule's
	// additions, capped at the maximum.
	bvv = roundHundredths(norm * BvvPercent)
	d.BaseAmount = eurCents(bvv)
	buf = append(buf[:0], "Norm-based beslagvrije voet: 95 % of the norm = "...)
	buf = appendCents(buf, bvv)
	steps = append(steps, string(append(buf, " EUR (art. 475da Rv)."...)))
	if adds > 0 {
		if maxBvv == 0 {
			return Seizure{}, &vordering.NoRuleError{Table: nlMaxTable, Date: asOf}
		}
		d.Additions = eurCents(adds)
		bvv += adds
		buf = append(buf[:0], "Additions from the rekenmodule (allowances, housing costs): +"...)
		buf = appendCents(buf, adds)
		steps = append(steps, string(append(buf, " EUR."...)))
	}
	if maxBvv > 0 {
		d.Maximum = eurCents(maxBvv)
		if bvv > maxBvv {
			bvv = maxBvv
			d.Capped = true
			buf = append(buf[:0], "Capped at the maximum beslagvrije voet given by the caller: "...)
			buf = appendCents(buf, maxBvv)
			steps = append(steps, string(append(buf, " EUR."...)))
		}
	}
	// Never more than 95 % of the income: the debtor always has 5 %
	// repayment capacity; for an income at or below the norm this is the
	// rule "95 % of the net income".
	if limit := roundHundredths(income * BvvPercent); limit < bvv {
		bvv = limit
		d.OfIncome = true
		buf = append(buf[:0], "Income incl. holiday pay "...)
		buf = appendCents(buf, income)
		buf = append(buf, " EUR: the beslagvrije voet is limited to 95 % of the income = "...)
		buf = appendCents(buf, limit)
		steps = append(steps, string(append(buf, " EUR, leaving 5 % for repayment."...)))
	}
	d.Bvv = eurCents(bvv)
	seizable := income - bvv
	if seizable < 0 {
		seizable = 0
	}
	if in.Maintenance {
		steps = append(steps, "Maintenance claim: the library applies the beslagvrije voet unchanged; any special rule for Dutch maintenance claims is not modelled.")
	}
	buf = append(buf[:0], "Seizable for the month: income "...)
	buf = appendCents(buf, income)
	buf = append(buf, " − beslagvrije voet "...)
	buf = appendCents(buf, bvv)
	buf = append(buf, " = "...)
	buf = appendCents(buf, seizable)
	steps = append(steps, string(append(buf, " EUR (never below zero)."...)))
	seizD := eurCents(seizable)
	return Seizure{
		Country: vordering.NL, AsOf: asOf, Kind: in.Kind, Net: d.Income,
		Seizable: seizD, Protected: eurCents(income - seizable), Maintenance: in.Maintenance,
		Period: row.Period(), BeforeChildren: seizD, ChildAmount: decimal.Zero, ChildReduction: decimal.Zero,
		NL: d, Rounding: rounding.String(), Steps: steps,
		Citations: []vordering.Citation{row.Cite, citeRv475da},
		Assurance: vordering.Assurance{}.Add(hit.Ref),
	}, nil
}
