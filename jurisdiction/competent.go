package jurisdiction

import (
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

var (
	citeBE557 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 557", URL: "http://elfri.be/waarde-van-een-vordering"}
	citeBE568 = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 568", URL: "https://www.advocaten-leuven.be/verandering-sinds-1-september-2018-bevoegdheid-vrederechter/"}
	citeNL93a = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 93 sub a", URL: "https://wetten.overheid.nl/BWBR0001827"}
	citeNL79  = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 79 lid 2", URL: "https://wetten.overheid.nl/BWBR0001827"}
)

// eur formats an amount for a sentence: "EUR 2500.00".
func eur(a decimal.Decimal) string { return "EUR " + a.StringFixed(2) }

// Competent returns the first-instance court competent ratione materiae and
// ratione summae for the claim on q.AsOf, with the reason, the citations and
// the steps. It answers which kind of court, not which place (territorial
// competence is out of scope).
//
// Belgium: a special competence first (art. 578 labour court; art. 591, 1°
// leases and 25° utility claims against consumers: vrederechter whatever the
// amount); then the court of art. 573 for disputes between businesses
// (rechtbank van koophandel, from 1 November 2018 the
// ondernemingsrechtbank); then the vrederechter up to the art. 590 ceiling;
// else the rechtbank van eerste aanleg (art. 568).
//
// The Netherlands: the kantonrechter for the matters of art. 93 sub c Rv
// whatever the amount, and for claims up to the art. 93 sub a ceiling; else
// the rechtbank, where an advocaat is required (art. 79 lid 2 Rv).
//
// Errors: a bad claim wraps [vordering.ErrInvalidInput]; a date outside the
// tables, or a matter the library has no confirmed rule for (BE consumer
// credit), wraps [vordering.ErrNoRuleInForce].
func Competent(q Claim) (Decision, error) { return Rules{}.Competent(q) }

// Competent is [Competent] on the rules' rule set.
func (r Rules) Competent(q Claim) (Decision, error) {
	if err := q.Validate(); err != nil {
		return Decision{}, err
	}
	var (
		dec Decision
		err error
	)
	switch q.Country {
	case vordering.BE:
		dec, err = r.competentBE(q)
	default:
		dec, err = r.competentNL(q)
	}
	if err != nil {
		return Decision{}, err
	}
	dec.Stamp = r.Stamp()
	return dec, nil
}

func (r Rules) competentBE(q Claim) (Decision, error) {
	var x decider
	value := q.Value()
	x.step("Value of the claim: principal, interest accrued before the summons and costs claimed; judicial interest, court costs and penalty payments excluded",
		eur(value), citeBE557)
	x.cite(citeBE557)

	ceilTable := r.ceiling(vordering.BE)
	ceilRow, err := ceilTable.At(q.AsOf)
	if err != nil {
		return Decision{}, err
	}
	x.use(ceilTable.Ref(ceilRow))
	ceiling := ceilRow.Value
	b2bRow, err := beB2BCourt.At(q.AsOf)
	if err != nil {
		return Decision{}, err
	}
	x.use(beB2BCourt.Ref(b2bRow))

	finish := func(dec Decision) Decision {
		dec.Value = value
		dec.Ceiling = ceiling
		dec.LawyerRequired = false // art. 728 §1: in person or by a lawyer
		return dec
	}

	// Special competences, whatever the amount.
	switch q.Matter {
	case MatterEmployment:
		row, err := beEmployment.At(q.AsOf)
		if err != nil {
			return Decision{}, err
		}
		x.use(beEmployment.Ref(row))
		x.step("Employment contract: the labour court hears it, and art. 590 withholds it from the vrederechter", "arbeidsrechtbank", row.Cite)
		return finish(x.decide(vordering.BE, row.Value.Court,
			"A claim under an employment contract belongs to the arbeidsrechtbank whatever its amount.", row.Cite)), nil
	case MatterLease:
		row, err := beLease.At(q.AsOf)
		if err != nil {
			return Decision{}, err
		}
		x.use(beLease.Ref(row))
		x.step("Lease of immovable property: special competence of the vrederechter whatever the amount, also between enterprises", "vrederechter", row.Cite)
		return finish(x.decide(vordering.BE, row.Value.Court,
			"A claim under a lease of immovable property belongs to the vrederechter whatever its amount (art. 591, 1°).", row.Cite)), nil
	case MatterUtilitySupply:
		row, err := beUtility.At(q.AsOf)
		switch {
		case err != nil:
			x.step("Utility claim against a consumer (art. 591, 25°)", "not yet in force on "+q.AsOf.String()+" (from 1 July 2014); general rules apply",
				vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 591, 25°", Publication: "Law 26.03.2014, in force 01.07.2014"})
		case q.Debtor != vordering.Consumer:
			x.step("Utility claim against a natural person who is not an enterprise (art. 591, 25°)", "the debtor is a "+q.Debtor.String()+"; general rules apply", row.Cite)
		default:
			x.use(beUtility.Ref(row))
			x.step("Utility claim against a natural person who is not an enterprise", "vrederechter whatever the amount", row.Cite)
			return finish(x.decide(vordering.BE, row.Value.Court,
				"A supplier's claim for unpaid electricity, gas, heat, water, telecom or broadcasting against a natural person who is not an enterprise belongs to the vrederechter whatever its amount (art. 591, 25°).", row.Cite)), nil
		}
	case MatterConsumerCredit:
		return Decision{}, &vordering.NoRuleError{Table: "BE special competence for consumer credit (not confirmed; not encoded)", Date: q.AsOf}
	}

	// Disputes between businesses (art. 573).
	b2b := b2bRow.Value
	isBusiness := func(k vordering.PartyKind, notMerchant bool) bool {
		if k != vordering.Enterprise {
			return false
		}
		return b2b.Test != b2bMerchants || !notMerchant
	}
	x.cite(b2bRow.Cite)
	if isBusiness(q.Creditor, q.CreditorNotMerchant) && isBusiness(q.Debtor, q.DebtorNotMerchant) {
		if b2b.Test == b2bEnterprises {
			x.step("Dispute between enterprises: the court of art. 573 hears it whatever the amount; art. 590 withholds it from the vrederechter",
				b2b.Court.String(), b2bRow.Cite)
			return finish(x.decide(vordering.BE, b2b.Court,
				"A dispute between enterprises belongs to the "+b2b.Court.String()+" whatever its amount (art. 573).", b2bRow.Cite)), nil
		}
		x.step("Dispute between merchants (before 1 July 2014): the rechtbank van koophandel only above the vrederechter's ceiling",
			"ceiling "+eur(ceiling), b2bRow.Cite)
		if value.GreaterThan(ceiling) {
			x.step("Value above the vrederechter's ceiling", eur(value)+" > "+eur(ceiling), ceilRow.Cite)
			x.cite(ceilRow.Cite)
			return finish(x.decide(vordering.BE, b2b.Court,
				"A dispute between merchants above "+eur(ceiling)+" belonged to the rechtbank van koophandel (art. 573, 1°, text before 1 July 2014).", b2bRow.Cite)), nil
		}
		x.step("Value within the vrederechter's ceiling", eur(value)+" <= "+eur(ceiling), ceilRow.Cite)
		return finish(x.decide(vordering.BE, JusticeOfThePeace,
			"A dispute between merchants of at most "+eur(ceiling)+" belonged to the vrederechter (art. 590).", ceilRow.Cite)), nil
	}
	if b2b.Test == b2bMerchants {
		x.step("Dispute between merchants (art. 573, 1°, text before 1 July 2014)", "no: both parties must be merchants", b2bRow.Cite)
	} else {
		x.step("Dispute between enterprises (art. 573)", "no: creditor is a "+q.Creditor.String()+", debtor a "+q.Debtor.String(), b2bRow.Cite)
	}

	// The general rule by value.
	var dec Decision
	if value.GreaterThan(ceiling) {
		x.step("Value above the vrederechter's general ceiling", eur(value)+" > "+eur(ceiling), ceilRow.Cite)
		x.cite(ceilRow.Cite)
		dec = x.decide(vordering.BE, CourtOfFirstInstance,
			"The claim of "+eur(value)+" exceeds the vrederechter's ceiling of "+eur(ceiling)+"; the rechtbank van eerste aanleg has the residual competence (art. 568).", citeBE568)
	} else {
		x.step("Value within the vrederechter's general ceiling", eur(value)+" <= "+eur(ceiling), ceilRow.Cite)
		dec = x.decide(vordering.BE, JusticeOfThePeace,
			"The claim of "+eur(value)+" does not exceed the vrederechter's ceiling of "+eur(ceiling)+" (art. 590).", ceilRow.Cite)
	}
	// Art. 573 al. 2: a non-enterprise may sue an enterprise before the
	// enterprise court.
	if q.Debtor == vordering.Enterprise && q.Creditor != vordering.Enterprise {
		if row, err := beNonEnterpriseChoice.At(q.AsOf); err == nil && b2b.Test == b2bEnterprises {
			dec.Alternative = b2b.Court
			dec.AlternativeReason = "A claimant who is not an enterprise may also bring a claim against an enterprise before the " + b2b.Court.String() + " (art. 573, al. 2)."
			dec.Steps = append(dec.Steps, Check{Rule: "Non-enterprise claimant against an enterprise", Result: "may choose the " + b2b.Court.String(), Cite: row.Cite})
			dec.Citations = append(dec.Citations, row.Cite)
			dec.Assurance = dec.Assurance.Add(beNonEnterpriseChoice.Ref(row))
		}
	}
	return finish(dec), nil
}

func (r Rules) competentNL(q Claim) (Decision, error) {
	var x decider
	value := q.Value()
	x.step("Value of the claim: principal, interest accrued up to the day of the summons and collection costs claimed; future interest and court costs excluded",
		eur(value), citeNL93a)

	ceilTable := r.ceiling(vordering.NL)
	ceilRow, err := ceilTable.At(q.AsOf)
	if err != nil {
		return Decision{}, err
	}
	x.use(ceilTable.Ref(ceilRow))
	ceiling := ceilRow.Value
	mRow, err := nlKantonMatters.At(q.AsOf)
	if err != nil {
		return Decision{}, err
	}
	x.use(nlKantonMatters.Ref(mRow))
	finish := func(dec Decision) Decision {
		dec.Value = value
		dec.Ceiling = ceiling
		dec.LawyerRequired = dec.Court == DistrictCourt
		if dec.LawyerRequired {
			dec.Steps = append(dec.Steps, Check{Rule: "Representation before the rechtbank", Result: "only through an advocaat", Cite: citeNL79})
			dec.Citations = append(dec.Citations, citeNL79)
		}
		return dec
	}

	m := mRow.Value
	if q.Matter != MatterGeneral && q.Matter != MatterUtilitySupply {
		switch {
		case !m.Matters.has(q.Matter):
			x.step("Kanton matter whatever the amount (art. 93 sub c)", "no: "+q.Matter.String()+" is not in the list on "+q.AsOf.String(), mRow.Cite)
		case q.Matter == MatterConsumerCredit && q.CreditAmount.Sign() == 0:
			x.step("Consumer credit with a credit sum of at most "+eur(m.CreditCap)+" (art. 93 sub c)", "credit sum not given; the value rule applies", mRow.Cite)
		case q.Matter == MatterConsumerCredit && q.CreditAmount.GreaterThan(m.CreditCap):
			x.step("Consumer credit with a credit sum of at most "+eur(m.CreditCap)+" (art. 93 sub c)", "no: credit sum "+eur(q.CreditAmount)+" exceeds the cap", mRow.Cite)
		case q.Matter == MatterConsumerPurchase && !oneConsumerOneBusiness(q):
			x.step("Consumer sale (art. 93 sub c): a consumer buyer and a seller acting in business", "no: creditor is a "+q.Creditor.String()+", debtor a "+q.Debtor.String(), mRow.Cite)
		default:
			x.step("Kanton matter whatever the amount (art. 93 sub c)", q.Matter.String()+": kantonrechter", mRow.Cite)
			return finish(x.decide(vordering.NL, SubdistrictCourt,
				"A claim in a "+q.Matter.String()+" matter belongs to the kantonrechter whatever its amount (art. 93 sub c).", mRow.Cite)), nil
		}
		x.cite(mRow.Cite)
	}
	if value.GreaterThan(ceiling) {
		x.step("Value above the kantonrechter's ceiling", eur(value)+" > "+eur(ceiling), ceilRow.Cite)
		return finish(x.decide(vordering.NL, DistrictCourt,
			"The claim of "+eur(value)+" exceeds the kantonrechter's ceiling of "+eur(ceiling)+" (art. 93 sub a); the rechtbank is competent and an advocaat is required.", ceilRow.Cite)), nil
	}
	x.step("Value within the kantonrechter's ceiling", eur(value)+" <= "+eur(ceiling), ceilRow.Cite)
	return finish(x.decide(vordering.NL, SubdistrictCourt,
		"The claim of "+eur(value)+" does not exceed the kantonrechter's ceiling of "+eur(ceiling)+", interest to the summons included (art. 93 sub a).", ceilRow.Cite)), nil
}

// oneConsumerOneBusiness reports whether one party is a consumer and the
// other an enterprise, as a consumer sale requires.
func oneConsumerOneBusiness(q Claim) bool {
	c, d := q.Creditor, q.Debtor
	return (c == vordering.Enterprise && d == vordering.Consumer) || (c == vordering.Consumer && d == vordering.Enterprise)
}
