package garnishment

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Catalogue of Belgian income sources and how far each may be seized
// (art. 1409, 1410 Ger.W.).
//
// Art. 1409 §1 protects income from work (wages, holiday pay, pay outside
// an employment contract under another's authority). Art. 1410 §1 extends
// the protection to replacement incomes (pensions, unemployment, sickness
// and invalidity benefits, career-break allowances, payments of the
// subsistence funds), which are seized on the §1bis scale. Art. 1410 §2
// makes a list of social payments wholly unseizable and unassignable.
//
// Sources: elfri.be (onbeslagbare inkomsten 2024; art. 1409 and 1410 §1–§2
// summarised), steunpuntschuldbemiddeling.be (niet voor beslag vatbare
// inkomsten), gpedia.groeipakket.be (family allowances). The sub-numbering
// of §2 (1°, 2°, …) was not seen in a primary text, so the catalogue cites
// "art. 1410 §2" without sub-numbers. Art. 1412 lifts some §2 exclusions
// for maintenance claims (a text quoted on wordscope.be names "1410, § 2,
// 1º tot 7º"), but which categories those sub-numbers are was not
// confirmed, so [IncomeSource.Seizability] does not model that exception;
// one source (cpasuccle.be) says the leefloon may be seized for unpaid
// maintenance.

// IncomeSource is a kind of income a Belgian debtor receives.
type IncomeSource uint8

// The income sources.
const (
	// Wage is pay under an employment or apprenticeship contract, a
	// statute or outside a contract under another's authority
	// (art. 1409 §1).
	Wage IncomeSource = iota + 1
	// HolidayPay is vakantiegeld paid under the annual-holiday
	// legislation (art. 1409 §1).
	HolidayPay
	// UnemploymentBenefit is werkloosheidsuitkering (art. 1410 §1).
	UnemploymentBenefit
	// SicknessBenefit is an incapacity, sickness or invalidity benefit
	// (art. 1410 §1).
	SicknessBenefit
	// Pension is a retirement or survivor's pension (art. 1410 §1).
	Pension
	// CareerBreakAllowance is an allowance for a career break or time
	// credit (art. 1410 §1).
	CareerBreakAllowance
	// FamilyAllowance is gezinsbijslag / groeipakket, birth allowance and
	// adoption premium (art. 1410 §2).
	FamilyAllowance
	// OrphanAllowance is an orphan's allowance (art. 1410 §2).
	OrphanAllowance
	// DisabilityAllowance is an allowance to persons with a disability
	// (art. 1410 §2).
	DisabilityAllowance
	// GuaranteedIncomeElderly is the inkomensgarantie voor ouderen
	// (art. 1410 §2).
	GuaranteedIncomeElderly
	// Leefloon is the integration income paid by the OCMW/CPAS
	// (art. 1410 §2).
	Leefloon
	// SocialAid is other social assistance of the OCMW/CPAS
	// (maatschappelijke dienstverlening, art. 1410 §2).
	SocialAid
	// ThirdPartyAssistance is the allowance for help of a third person
	// after a serious work accident (art. 1410 §2).
	ThirdPartyAssistance
	// CareReimbursement is a reimbursement of medical costs by a mutual
	// insurer, a work-accident insurer or the occupational-diseases fund
	// (art. 1410 §2).
	CareReimbursement
)

// incomeSourceNames is the text form of IncomeSource.
var incomeSourceNames = enumtext.New[IncomeSource]("IncomeSource", []string{
	Wage: "wage", HolidayPay: "holiday-pay", UnemploymentBenefit: "unemployment-benefit",
	SicknessBenefit: "sickness-benefit", Pension: "pension", CareerBreakAllowance: "career-break-allowance",
	FamilyAllowance: "family-allowance", OrphanAllowance: "orphan-allowance", DisabilityAllowance: "disability-allowance",
	GuaranteedIncomeElderly: "guaranteed-income-elderly", Leefloon: "leefloon", SocialAid: "social-aid",
	ThirdPartyAssistance: "third-party-assistance", CareReimbursement: "care-reimbursement",
})

// Valid reports whether s is a defined source.
func (s IncomeSource) Valid() bool { return incomeSourceNames.Valid(s) }

// String returns the source's name, e.g. "family-allowance", or
// "IncomeSource(n)" for an undefined value.
func (s IncomeSource) String() string { return incomeSourceNames.String(s) }

// MarshalText encodes the source as its String form. An undefined value is
// an error wrapping vordering.ErrInvalidInput.
func (s IncomeSource) MarshalText() ([]byte, error) { return incomeSourceNames.MarshalText(s) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput, and *s is then set to the zero value.
func (s *IncomeSource) UnmarshalText(b []byte) error {
	v, err := incomeSourceNames.Parse(b)
	*s = v
	return err
}

// Seizability says how far an income source may be seized.
type Seizability uint8

// The seizability classes.
const (
	// SeizableWorkScale: seizable within the work-income brackets
	// (art. 1409 §1).
	SeizableWorkScale Seizability = iota + 1
	// SeizableReplacementScale: seizable within the replacement-income
	// brackets (art. 1409 §1bis with art. 1410 §1).
	SeizableReplacementScale
	// Unseizable: neither seizable nor assignable (art. 1410 §2).
	Unseizable
)

// seizabilityNames is the text form of Seizability.
var seizabilityNames = enumtext.New[Seizability]("Seizability", []string{
	SeizableWorkScale: "work-scale", SeizableReplacementScale: "replacement-scale", Unseizable: "unseizable",
})

// String returns "work-scale", "replacement-scale" or "unseizable", or
// "Seizability(n)" for an undefined value.
func (z Seizability) String() string { return seizabilityNames.String(z) }

// MarshalText encodes the class as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (z Seizability) MarshalText() ([]byte, error) { return seizabilityNames.MarshalText(z) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput, and *z is then set to the zero value.
func (z *Seizability) UnmarshalText(b []byte) error {
	v, err := seizabilityNames.Parse(b)
	*z = v
	return err
}

var (
	citeArt1410p1 = vordering.Citation{Instrument: gerW, Article: "art. 1410 §1 with art. 1409 §1bis", URL: "https://elfri.be/artikel/32020-onbeslagbare-inkomsten-2024"}
	citeArt1410p2 = vordering.Citation{Instrument: gerW, Article: "art. 1410 §2", URL: "https://elfri.be/artikel/32020-onbeslagbare-inkomsten-2024"}
	citeWorkScale = vordering.Citation{Instrument: gerW, Article: "art. 1409 §1"}
)

// seizabilityOf is, for each income source, how far it may be seized for an
// ordinary (non-maintenance) claim and the article that says so. Every
// defined source has an entry; the class does not follow from the order of
// the constants.
var seizabilityOf = [...]struct {
	class Seizability
	cite  vordering.Citation
}{
	Wage:                    {SeizableWorkScale, citeWorkScale},        // art. 1409 §1: pay for work
	HolidayPay:              {SeizableWorkScale, citeWorkScale},        // art. 1409 §1: holiday pay
	UnemploymentBenefit:     {SeizableReplacementScale, citeArt1410p1}, // art. 1410 §1 with art. 1409 §1bis
	SicknessBenefit:         {SeizableReplacementScale, citeArt1410p1}, // art. 1410 §1 with art. 1409 §1bis
	Pension:                 {SeizableReplacementScale, citeArt1410p1}, // art. 1410 §1 with art. 1409 §1bis
	CareerBreakAllowance:    {SeizableReplacementScale, citeArt1410p1}, // art. 1410 §1 with art. 1409 §1bis
	FamilyAllowance:         {Unseizable, citeArt1410p2},               // art. 1410 §2
	OrphanAllowance:         {Unseizable, citeArt1410p2},               // art. 1410 §2
	DisabilityAllowance:     {Unseizable, citeArt1410p2},               // art. 1410 §2
	GuaranteedIncomeElderly: {Unseizable, citeArt1410p2},               // art. 1410 §2
	Leefloon:                {Unseizable, citeArt1410p2},               // art. 1410 §2
	SocialAid:               {Unseizable, citeArt1410p2},               // art. 1410 §2
	ThirdPartyAssistance:    {Unseizable, citeArt1410p2},               // art. 1410 §2
	CareReimbursement:       {Unseizable, citeArt1410p2},               // art. 1410 §2
}

// Seizability returns how far the source may be seized for an ordinary
// (non-maintenance) claim, and the article that says so. An undefined
// source is an error wrapping vordering.ErrInvalidInput.
func (s IncomeSource) Seizability() (Seizability, vordering.Citation, error) {
	if !s.Valid() || int(s) >= len(seizabilityOf) || seizabilityOf[s].class == 0 {
		return 0, vordering.Citation{}, vordering.Invalid("IncomeSource", uint8(s), "not a defined income source")
	}
	e := seizabilityOf[s]
	return e.class, e.cite, nil
}

// IsUnseizable reports whether the source is on the list of art. 1410 §2
// (wholly unseizable and unassignable). It is false for undefined sources.
func IsUnseizable(s IncomeSource) bool {
	z, _, err := s.Seizability()
	return err == nil && z == Unseizable
}

// IncomeKind returns the [IncomeKind] to pass to [Seizable] for a seizable
// source; for an unseizable or undefined source ok is false.
func (s IncomeSource) IncomeKind() (k IncomeKind, ok bool) {
	z, _, err := s.Seizability()
	switch {
	case err != nil || z == Unseizable:
		return 0, false
	case z == SeizableReplacementScale:
		return Replacement, true
	}
	return Work, true
}

// UnseizableIncomes lists the sources of art. 1410 §2, in catalogue order.
// Each call returns a new slice, which the caller may change.
func UnseizableIncomes() []IncomeSource {
	var out []IncomeSource
	for _, s := range incomeSourceNames.Values() {
		if IsUnseizable(s) {
			out = append(out, s)
		}
	}
	return out
}
