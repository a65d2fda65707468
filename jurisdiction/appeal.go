package jurisdiction

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// Appeal says whether an appeal lies against a first-instance judgment on a
// claim of a given value.
type Appeal struct {
	Court Court `json:"court"`
	// Open is false when the judgment is given in last resort: the value
	// does not exceed Threshold.
	Open      bool               `json:"open"`
	Value     decimal.Decimal    `json:"value"`
	Threshold decimal.Decimal    `json:"threshold"`
	Reason    string             `json:"reason"`
	Cite      vordering.Citation `json:"cite"`
	// Assurance is how sure the answer is: the level of the threshold row.
	Assurance vordering.Assurance `json:"assurance"`
}

// AppealOpen reports whether an appeal lies against a judgment of court on a
// claim of the given value, brought on asOf (the day of the summons or the
// introductory act). The value is counted as for competence ([Claim.Value]):
// BE art. 557 Ger.W.; NL principal, collection costs and interest to the
// summons, claim and counterclaim added (art. 332 lid 1 and 3 Rv).
//
// Belgium (art. 617 Ger.W.) has two separate series: the vrederechter
// (1,240; 1,860 from 1 September 2014; 2,000 from 1 September 2018) and the
// rechtbank van eerste aanleg, rechtbank van koophandel and
// ondernemingsrechtbank (1,860; 2,500 from 1 September 2014). The
// Netherlands (art. 332 Rv): EUR 1,750 for both courts, also in the matters
// the kantonrechter hears whatever the amount. A judgment on a value equal
// to the threshold is in last resort.
//
// The labour court is not covered (its appeal rule was not checked): the
// error wraps [vordering.ErrNoRuleInForce], as do dates outside the tables.
func AppealOpen(court Court, value decimal.Decimal, asOf date.Date) (Appeal, error) {
	if !court.Valid() {
		return Appeal{}, vordering.Invalid("court", uint8(court), "not a defined court")
	}
	if err := vordering.CheckDate("asOf", asOf); err != nil {
		return Appeal{}, err
	}
	if err := checkAmount("value", value); err != nil {
		return Appeal{}, err
	}
	var tl vordering.Timeline[decimal.Decimal]
	switch court {
	case JusticeOfThePeace:
		tl = beAppealJustice
	case CourtOfFirstInstance, CommercialCourt, EnterpriseCourt:
		tl = beAppealFirstInstance
	case SubdistrictCourt, DistrictCourt:
		tl = nlAppealThreshold
	default:
		return Appeal{}, &vordering.NoRuleError{Table: "appeal threshold for the " + court.String() + " (not checked; not encoded)", Date: asOf}
	}
	row, err := tl.At(asOf)
	if err != nil {
		return Appeal{}, err
	}
	a := Appeal{Court: court, Value: value, Threshold: row.Value, Cite: row.Cite, Assurance: vordering.Assurance{}.Add(tl.Ref(row))}
	if value.GreaterThan(row.Value) {
		a.Open = true
		a.Reason = "Appeal lies: the claim of " + eur(value) + " exceeds the last-resort threshold of " + eur(row.Value) + " for the " + court.String() + " (" + row.Cite.Article + ")."
	} else {
		a.Reason = "No appeal: the " + court.String() + " decides a claim of at most " + eur(row.Value) + " in last resort; this claim is " + eur(value) + " (" + row.Cite.Article + ")."
	}
	return a, nil
}
