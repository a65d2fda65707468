package garnishment

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Good is one movable good found at a seizure.
type Good struct {
	Category    GoodCategory `json:"category"`
	Description string       `json:"description,omitempty"`
	// Value is the good's value at the time of seizure, in euro; it
	// matters for professional goods, internet devices and phones.
	Value decimal.Decimal `json:"value"`
	// OfSpouse is true when the good belongs to or is used by the debtor's
	// spouse or legal cohabitant (professional goods, phones).
	OfSpouse bool `json:"ofSpouse,omitempty"`
	// ClaimForPrice is true when the claim enforced is the price of this
	// very good (the unpaid seller): professional goods, internet devices
	// and phones are then not protected.
	ClaimForPrice bool `json:"claimForPrice,omitempty"`
}

// GoodVerdict says whether one good may be seized, and why.
type GoodVerdict struct {
	Good   Good               `json:"good"`
	Exempt bool               `json:"exempt"`
	Reason string             `json:"reason"`
	Cite   vordering.Citation `json:"cite"`
}

// GoodsResult is the answer of [CheckGoods].
type GoodsResult struct {
	AsOf   date.Date        `json:"asOf"`
	Owner  Person           `json:"owner"`
	Period vordering.Period `json:"period"`
	Rules  GoodsRules       `json:"rules"`
	Goods  []GoodVerdict    `json:"goods"`
	// ProfessionalUsed is the value of professional goods (and, from
	// 25.6.2023, internet devices) kept exempt inside Rules.ProfessionalCap.
	ProfessionalUsed decimal.Decimal `json:"professionalUsed"`
	// ObjectionDays is the term for the debtor's objection to the seizure
	// of exempt goods (art. 1408 §3).
	ObjectionDays int                  `json:"objectionDays"`
	Steps         []string             `json:"steps"`
	Citations     []vordering.Citation `json:"citations"`
}

// LegalPersonReason explains why a legal person's goods are always
// seizable.
const LegalPersonReason = "Seizable: the owner is a legal person. Art. 1408 Ger.W. protects what " +
	"\"de beslagene en zijn gezin\" need to live (beds, clothes, food, heating, the children's " +
	"things, the spouse's phone): a household's needs, which only a natural person has. A company, " +
	"association or foundation has no household, so the exemptions do not reach its goods and the " +
	"general rule applies that all of a debtor's goods answer for its debts. (Inferred from the " +
	"wording; no Belgian source found states it expressly.)"

// CheckGoods tells, for each good found at a seizure in Belgium on asOf,
// whether it may be seized from its owner (art. 1408 Ger.W.).
//
// The goods are taken in the order given, which stands for the debtor's
// choice: professional goods and (from 25.6.2023) internet devices stay
// exempt while their total value fits inside the EUR 2,500 cap; a good that
// would overflow the cap is seizable and the next ones are still tried.
// From 25.6.2023 each phone up to EUR 500 is exempt, and if every phone is
// worth more, the first one listed stays exempt (one per household). The
// objection term of art. 1408 §3 is returned with the answer.
//
// A date before 1.1.2002 returns an error wrapping vordering.ErrNoRuleInForce;
// an undefined owner or category, or a negative or sub-cent value, an error
// wrapping vordering.ErrInvalidInput.
func CheckGoods(asOf date.Date, owner Person, goods []Good) (GoodsResult, error) {
	if err := vordering.CheckDate("asOf", asOf); err != nil {
		return GoodsResult{}, err
	}
	if err := vordering.CheckItems("goods", len(goods)); err != nil {
		return GoodsResult{}, err
	}
	if !owner.Valid() {
		return GoodsResult{}, vordering.Invalid("owner", uint8(owner), "want NaturalPerson or LegalPerson")
	}
	values := make([]int64, len(goods))
	for i, g := range goods {
		field := "goods[" + strconv.Itoa(i) + "]"
		if !g.Category.Valid() {
			return GoodsResult{}, vordering.Invalid(field+".Category", uint8(g.Category), "not a defined category")
		}
		v, err := cents(field+".Value", g.Value)
		if err != nil {
			return GoodsResult{}, err
		}
		values[i] = v
	}
	row, err := beGoodsRules.At(asOf)
	if err != nil {
		return GoodsResult{}, err
	}
	r := row.Value
	res := GoodsResult{AsOf: asOf, Owner: owner, Period: row.Period(), Rules: r, ObjectionDays: r.ObjectionDays,
		Goods: make([]GoodVerdict, len(goods)), ProfessionalUsed: decimal.Zero,
		Citations: []vordering.Citation{row.Cite}}
	res.Steps = append(res.Steps, "Art. 1408 as in force on "+asOf.String()+" ("+row.Period().String()+"): professional-goods cap "+r.ProfessionalCap.String()+" EUR; objection term "+strconv.Itoa(r.ObjectionDays)+" days (§3).")
	if owner == LegalPerson {
		for i, g := range goods {
			res.Goods[i] = GoodVerdict{Good: g, Reason: LegalPersonReason, Cite: row.Cite}
		}
		res.Steps = append(res.Steps, "Owner is a legal person: every good is seizable.")
		return res, nil
	}
	capCents := r.ProfessionalCap.Shift(2).IntPart()
	phoneCap := r.PhoneCap.Shift(2).IntPart()
	var used int64
	firstBigPhone, phoneExempt := -1, false
	for i, g := range goods {
		v := GoodVerdict{Good: g, Cite: row.Cite}
		switch g.Category {
		case GoodHousehold:
			v.Exempt, v.Reason = true, "Exempt: household necessity (§1 1°)."
		case GoodStudy:
			v.Exempt, v.Reason = true, "Exempt: needed for studies or vocational training (§1 2°)."
		case GoodWorship:
			v.Exempt, v.Reason = true, "Exempt: object of worship (§1 4°)."
		case GoodFoodAndFuel:
			v.Exempt, v.Reason = true, "Exempt: food and fuel for the household for one month (§1 5°)."
		case GoodLuxury:
			v.Reason = "Seizable: luxury items are excluded from the household exemption (§1 1° in fine)."
		case GoodOther:
			v.Reason = "Seizable: not in the art. 1408 list."
		case GoodLivestock:
			if r.Livestock {
				v.Exempt, v.Reason = true, "Exempt: small livestock within the statutory numbers (former §1 6°, until 24.6.2023)."
			} else {
				v.Reason = "Seizable: the livestock clause (former §1 6°) was removed by the Law of 7.4.2023 from 25.6.2023."
			}
		case GoodProfessional, GoodInternetDevice:
			switch {
			case g.ClaimForPrice:
				v.Reason = "Seizable: professional goods are not protected against a claim for their own price (§1 3°)."
			case g.Category == GoodInternetDevice && !r.SpouseAndInternet:
				v.Reason = "Seizable: before 25.6.2023 internet devices were not listed; declare it GoodProfessional if the debtor strictly needs it for the profession."
			case g.OfSpouse && !r.SpouseAndInternet:
				v.Reason = "Seizable under §1 3°: before 25.6.2023 only the debtor's own professional goods were exempt."
			case used+values[i] <= capCents:
				used += values[i]
				v.Exempt = true
				v.Reason = "Exempt: professional good inside the " + r.ProfessionalCap.String() + " EUR cap (§1 3°); cap used " + eurCents(used).StringFixed(2) + " EUR."
			default:
				v.Reason = "Seizable: its value would take the professional goods above the " + r.ProfessionalCap.String() + " EUR cap (§1 3°); cap used " + eurCents(used).StringFixed(2) + " EUR."
			}
		case GoodMobilePhone:
			switch {
			case phoneCap == 0:
				v.Reason = "Seizable: before 25.6.2023 phones were not listed; declare it GoodProfessional if the debtor strictly needs it for the profession."
			case g.ClaimForPrice:
				v.Reason = "Seizable: the phone rule does not hold against the seller's claim for the price."
			case values[i] <= phoneCap:
				v.Exempt, phoneExempt = true, true
				v.Reason = "Exempt: mobile phone worth at most " + r.PhoneCap.String() + " EUR (art. 1408 §1, Law 7.4.2023)."
			default:
				if firstBigPhone < 0 {
					firstBigPhone = i
				}
				v.Reason = "Seizable: mobile phone worth more than " + r.PhoneCap.String() + " EUR, and another phone of the household stays exempt."
			}
		}
		res.Goods[i] = v
	}
	if !phoneExempt && firstBigPhone >= 0 {
		res.Goods[firstBigPhone].Exempt = true
		res.Goods[firstBigPhone].Reason = "Exempt: every phone is worth more than " + r.PhoneCap.String() + " EUR, and one phone per household stays exempt (Law 7.4.2023)."
	}
	res.ProfessionalUsed = eurCents(used)
	res.Steps = append(res.Steps, "Goods taken in the order given (the debtor's choice); professional goods kept exempt: "+res.ProfessionalUsed.StringFixed(2)+" EUR.")
	return res, nil
}
