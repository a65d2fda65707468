package ranking

import (
	"errors"
	"slices"
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
)

// This file builds the enforcement options of a case that holds a title and
// ranks them. The options and their facts (the monthly seizable amount, the
// months to clear, the creditor's costs, the expected recovery) come from the
// law and the profile; the order comes from a Ranker.

// garnishHorizon is the number of months of a wage garnishment the expected
// recovery counts: two years. It is a ranking assumption, not a legal figure.
const garnishHorizon = 24

// The base share of the outstanding amount that a route is expected to
// recover, in percent, before the debtor's history lowers it. These are the
// default ranking's assumptions about practice, not legal figures.
const (
	shareBank            = 50 // balance unknown: half the claim
	shareMovablesKnown   = 40 // a vehicle known, or an enterprise's business assets
	shareMovablesUnknown = 15 // a natural person with no known goods of value
	shareRealEstate      = 90 // secured on the property, paid from the sale
	sharePaymentPlan     = 60 // plans are often broken before the end
)

var (
	citeBEWageSeizure = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1409–1412 (limits) and art. 1539 ff. (uitvoerend beslag onder derden)"}
	citeNLWageSeizure = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 475 ff. (derdenbeslag), art. 475c–475da (beslagvrije voet)"}
	citeBEBankSeizure = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1539 ff. (uitvoerend beslag onder derden)"}
	citeNLBankSeizure = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 475 ff. (derdenbeslag)"}
	citeBEMovables    = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1499 ff. (uitvoerend beslag op roerend goed); art. 1408 (goods exempt from seizure)"}
	citeNLMovables    = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 439 ff. (executoriaal beslag op roerende zaken); art. 447–448 (goods exempt from seizure)"}
	citeBERealEstate  = vordering.Citation{Instrument: "Gerechtelijk Wetboek", Article: "art. 1429 ff. (bewarend beslag op onroerend goed), art. 1560 ff. (uitvoerend beslag); Hypotheekwet art. 44 (gerechtelijke hypotheek)"}
	citeNLRealEstate  = vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 502 ff. (executoriaal beslag op onroerende zaken), art. 711 ff. (conservatoir beslag)"}
	citeBEAcknowledge = vordering.Citation{Instrument: "oud Burgerlijk Wetboek", Article: "art. 2248 (acknowledgment interrupts prescription)"}
	citeNLAcknowledge = vordering.Citation{Instrument: "Burgerlijk Wetboek", Article: "art. 3:318 (erkenning stuit de verjaring)"}
)

// RankEnforcement returns the lawful enforcement options of the case on asOf,
// ranked by r (nil: the default ranking, [DefaultRanker]).
//
// The candidates are:
//   - wage garnishment, when p.Income.Net is known (not zero): the monthly
//     seizable amount is [garnishment.Seizable] for the case's country on
//     asOf, and the months to clear are ⌈outstanding ÷ monthly⌉. Where no
//     confirmed table covers asOf the option stays, with Monthly unknown
//     (zero) and the reason in Why;
//   - bank garnishment, when p.BankAccountKnown;
//   - movable seizure, always (a natural person keeps the goods exempt from
//     seizure; without known assets the route is weak);
//   - real estate (conservatory seizure, judicial mortgage in Belgium, then
//     the sale), when p.RealEstate;
//   - a payment plan, always;
//   - stop, when no other option's expected recovery exceeds the costs that
//     stay with the creditor if it fails.
//
// Outstanding is the sum of the invoices' principal and accessories. The
// creditor's costs are the bailiff's statutory tariff for the acts of the
// route ([costs.BailiffFeeOf], on the claim's class in Belgium); where no
// tariff covers the date, the cost is left at zero and Why says so. The expected
// recovery is the outstanding amount times the route's base share (wage:
// the monthly amount over 24 months, at most the outstanding) times a
// collectability of 100 % less 20 points per failed earlier collection, 10
// per insolvency event and 5 per full year (365 days) since the earliest
// due date, at most 25 (not below zero; real estate, being secured, is not
// lowered), rounded half-up to the cent. Each option carries that age as
// DaysPastDue. The shares are ranking
// assumptions, documented on [DefaultRanker], not legal figures.
//
// When the debtor's status forbids enforcement on asOf ([Effects]: collective
// debt settlement, bankruptcy, judicial reorganisation or suspension of
// payments, death, no known address) the only option is stop, ranked 1, with
// the status's reason, its citation and what the creditor should do instead
// (declare the claim…). The error wraps [vordering.ErrInvalidInput] for an
// invalid case, profile or date.
func RankEnforcement(c casefile.Case, p casefile.DebtorProfile, asOf date.Date, r Ranker) ([]EnforcementOption, error) {
	return Rules{}.RankEnforcement(c, p, asOf, r)
}

// RankEnforcement is [RankEnforcement] on the rule sets rules.
func (rules Rules) RankEnforcement(c casefile.Case, p casefile.DebtorProfile, asOf date.Date, r Ranker) ([]EnforcementOption, error) {
	if err := kit.CheckAsOf(asOf); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return rules.RankChecked(kit.Trust(c), p, asOf, r)
}

// RankChecked is [Rules.RankEnforcement] for a case the caller validated
// (the planner, which validated it for the eligibility of the same plan);
// the profile and the day are still checked.
func (rules Rules) RankChecked(k kit.Checked, p casefile.DebtorProfile, asOf date.Date, r Ranker) ([]EnforcementOption, error) {
	c := k.Case()
	if err := kit.CheckAsOf(asOf); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	eff, err := debtor.Effects(c.Country, kit.StatusOn(c, asOf))
	if err != nil {
		return nil, err
	}
	if reason, bad := eff.Forbids(debtor.ActivityEnforcement); bad {
		why := []string{"no individual enforcement: " + reason.Text}
		why = append(why, eff.Actions...)
		cites := []vordering.Citation{}
		if !reason.Cite.IsZero() {
			cites = append(cites, reason.Cite)
		}
		return []EnforcementOption{{Kind: EnforceStop, Rank: 1, Monthly: decimal.Zero, ExpectedRecovery: decimal.Zero,
			CreditorCosts: decimal.Zero, Why: why, Cites: cites}}, nil
	}
	opts, err := rules.enforcementCandidates(c, p, asOf)
	if err != nil {
		return nil, err
	}
	if r == nil {
		r = defaultRanker{}
	}
	return r.Rank(c, p, opts), nil
}

// collectability is the share, in percent, of a route's base recovery that
// the debtor's history and the age of the claim leave: 100, less 20 points
// per failed earlier collection, 10 per insolvency event and 5 per full
// year past due (at most 25), not below zero.
func collectability(p casefile.DebtorProfile, daysPastDue int) int {
	return max(0, 100-20*p.FailedCollections-10*p.InsolvencyEvents-ageMalus(daysPastDue))
}

// daysPerYear is the length of a year in the ranking's counting of a
// claim's age: a ranking assumption, not a legal term.
const daysPerYear = 365

// ageMalus is the collectability lost to the age of the claim: 5 points
// per full year past due, at most 25.
func ageMalus(daysPastDue int) int { return min(25, 5*(daysPastDue/daysPerYear)) }

// daysPastDue returns the days from the earliest due date of the case's
// invoices to asOf, zero when none is past due.
func daysPastDue(c casefile.Case, asOf date.Date) int {
	first := asOf
	for _, inv := range c.Invoices {
		if inv.DueDate.Before(first) {
			first = inv.DueDate
		}
	}
	return int(asOf.Sub(first))
}

// naturalPerson reports whether the debtor is a natural person: a consumer
// or a sole trader.
func naturalPerson(c casefile.Case) bool {
	return c.Debtor.Kind == vordering.Consumer || c.Debtor.SoleTrader
}

// outstanding returns the sum of the invoices' principal and accessories.
func outstanding(c casefile.Case) decimal.Decimal {
	pr, acc := c.Total()
	return pr.Add(acc)
}

// share returns part × share% × collect% of whole, rounded half-up to the cent.
func share(whole decimal.Decimal, pct, collect int) decimal.Decimal {
	v := whole.Mul(decimal.New(int64(pct)*int64(collect), -4))
	return vordering.RoundCents(v, vordering.HalfUp)
}

// bailiffCosts sums the bailiff's tariff for the acts of a route and says
// where it comes from, or that it is not confirmed.
func (rules Rules) bailiffCosts(c vordering.Country, asOf date.Date, claim decimal.Decimal, acts ...costs.BailiffAct) (decimal.Decimal, string, []vordering.Citation, vordering.Assurance) {
	total := decimal.Zero
	var cites []vordering.Citation
	var assure vordering.Assurance
	names := ""
	for i, a := range acts {
		res, err := rules.Costs.BailiffFeeOf(c, costs.BailiffFeeQuery{Act: a, AsOf: asOf, ClaimValue: claim})
		if err != nil {
			return decimal.Zero, "creditor's costs: bailiff tariff for " + c.String() + " on " + asOf.String() + " not confirmed; no figure is given", nil, vordering.Assurance{}
		}
		assure = assure.Join(res.Assurance)
		total = total.Add(res.Amount)
		if i > 0 {
			names += " + "
		}
		names += a.String() + " EUR " + euro(res.Amount)
		for _, ct := range res.Citations {
			if !slices.Contains(cites, ct) {
				cites = append(cites, ct)
			}
		}
	}
	return total, "creditor's costs: EUR " + euro(total) + " excl. VAT (" + names + "), borne by the creditor if the route fails", cites, assure
}

// enforcementCandidates builds the lawful options with their facts, unranked.
func (rules Rules) enforcementCandidates(c casefile.Case, p casefile.DebtorProfile, asOf date.Date) ([]EnforcementOption, error) {
	out := outstanding(c)
	age := daysPastDue(c, asOf)
	collect := collectability(p, age)
	collectNote := "collectability " + strconv.Itoa(collect) + "% (100 − 20 × " + strconv.Itoa(p.FailedCollections) +
		" failed collections − 10 × " + strconv.Itoa(p.InsolvencyEvents) + " insolvency events − " + strconv.Itoa(ageMalus(age)) +
		" for " + strconv.Itoa(age/daysPerYear) + " full years past due, not below 0)"
	be := c.Country == vordering.BE
	pick := func(b, n vordering.Citation) vordering.Citation {
		if be {
			return b
		}
		return n
	}
	var opts []EnforcementOption
	newOpt := func(k EnforcementKind) EnforcementOption {
		return EnforcementOption{Kind: k, Monthly: decimal.Zero, ExpectedRecovery: decimal.Zero, CreditorCosts: decimal.Zero, DaysPastDue: age}
	}

	if !p.Income.Net.IsZero() {
		o := newOpt(EnforceWageGarnishment)
		o.CreditorCosts, o.Why, o.Cites, o.Assurance = rules.withCosts(c.Country, asOf, out, costs.BailiffServiceOfTitle, costs.BailiffAttachmentWages, costs.BailiffOtherService)
		o.Cites = append([]vordering.Citation{pick(citeBEWageSeizure, citeNLWageSeizure)}, o.Cites...)
		res, err := rules.Garnishment.Seizable(c.Country, asOf, p.Income)
		switch {
		case errors.Is(err, vordering.ErrNoRuleInForce):
			o.Why = append(o.Why, "monthly seizable amount unknown: no confirmed garnishment table for "+c.Country.String()+" on "+asOf.String()+"; expected recovery counted as zero")
		case err != nil:
			return nil, err
		default:
			o.Assurance = o.Assurance.Join(res.Assurance)
			o.Monthly = res.Seizable
			for _, ct := range res.Citations {
				if !slices.Contains(o.Cites, ct) {
					o.Cites = append(o.Cites, ct)
				}
			}
			if o.Monthly.IsPositive() {
				months := vordering.Div(out, o.Monthly).Ceil()
				if months.GreaterThan(decimal.New(1<<31, 0)) {
					months = decimal.New(1<<31, 0)
				}
				o.MonthsToClear = int(months.IntPart())
				capacity := decimal.Min(out, o.Monthly.Mul(decimal.New(garnishHorizon, 0)))
				o.ExpectedRecovery = share(capacity, 100, collect)
				o.Why = append(o.Why, "monthly seizable EUR "+euro(o.Monthly)+" of net income EUR "+euro(p.Income.Net)+
					"; months to clear EUR "+euro(out)+": "+strconv.Itoa(o.MonthsToClear),
					"expected recovery EUR "+euro(o.ExpectedRecovery)+" = min(outstanding, 24 × monthly) × "+collectNote)
			} else {
				o.Why = append(o.Why, "nothing of net income EUR "+euro(p.Income.Net)+" is seizable: the protected part covers it all; expected recovery zero")
			}
		}
		opts = append(opts, o)
	}
	if p.BankAccountKnown {
		o := newOpt(EnforceBankGarnishment)
		o.CreditorCosts, o.Why, o.Cites, o.Assurance = rules.withCosts(c.Country, asOf, out, costs.BailiffServiceOfTitle, costs.BailiffAttachmentBank, costs.BailiffOtherService)
		o.Cites = append([]vordering.Citation{pick(citeBEBankSeizure, citeNLBankSeizure)}, o.Cites...)
		o.ExpectedRecovery = share(out, shareBank, collect)
		o.Why = append(o.Why, "expected recovery EUR "+euro(o.ExpectedRecovery)+" = outstanding × "+strconv.Itoa(shareBank)+"% (balance unknown) × "+collectNote)
		opts = append(opts, o)
	}
	{
		o := newOpt(EnforceMovableSeizure)
		o.CreditorCosts, o.Why, o.Cites, o.Assurance = rules.withCosts(c.Country, asOf, out, costs.BailiffServiceOfTitle, costs.BailiffAttachmentMovables)
		o.Cites = append([]vordering.Citation{pick(citeBEMovables, citeNLMovables)}, o.Cites...)
		base, what := shareMovablesUnknown, "no goods of value known"
		switch {
		case p.Vehicle:
			base, what = shareMovablesKnown, "a vehicle is known"
		case !naturalPerson(c):
			base, what = shareMovablesKnown, "an enterprise's business assets"
		}
		if naturalPerson(c) {
			o.Why = append(o.Why, "lawful against a natural person's goods except those exempt from seizure")
		}
		o.ExpectedRecovery = share(out, base, collect)
		o.Why = append(o.Why, "expected recovery EUR "+euro(o.ExpectedRecovery)+" = outstanding × "+strconv.Itoa(base)+"% ("+what+") × "+collectNote)
		opts = append(opts, o)
	}
	if p.RealEstate {
		o := newOpt(EnforceRealEstate)
		o.Why = []string{"creditor's costs: no statutory tariff for a seizure of immovable property is covered; no figure is given"}
		o.Cites = []vordering.Citation{pick(citeBERealEstate, citeNLRealEstate)}
		o.ExpectedRecovery = share(out, shareRealEstate, 100)
		o.Why = append(o.Why, "expected recovery EUR "+euro(o.ExpectedRecovery)+" = outstanding × "+strconv.Itoa(shareRealEstate)+"% (secured on the property; history does not lower it)")
		opts = append(opts, o)
	}
	{
		o := newOpt(EnforcePaymentPlan)
		o.Cites = []vordering.Citation{pick(citeBEAcknowledge, citeNLAcknowledge)}
		pc := collect
		if p.AddressProblems {
			pc = max(0, pc-20)
		}
		o.ExpectedRecovery = share(out, sharePaymentPlan, pc)
		o.Why = []string{"creditor's costs: none (no bailiff act); a written plan acknowledges the debt and interrupts prescription",
			"expected recovery EUR " + euro(o.ExpectedRecovery) + " = outstanding × " + strconv.Itoa(sharePaymentPlan) + "% × " + collectNote +
				addressNote(p.AddressProblems)}
		opts = append(opts, o)
	}
	covered := false
	for _, o := range opts {
		covered = covered || o.ExpectedRecovery.GreaterThan(o.CreditorCosts)
	}
	if !covered {
		o := newOpt(EnforceStop)
		o.Why = []string{"no route's expected recovery exceeds the costs that stay with the creditor if it fails"}
		o.Cites = []vordering.Citation{}
		opts = append(opts, o)
	}
	return opts, nil
}

func addressNote(problem bool) string {
	if problem {
		return ", less 20 points for address problems"
	}
	return ""
}

// withCosts returns the creditor's costs of the bailiff acts, the first Why
// line and the tariff's citations.
func (rules Rules) withCosts(c vordering.Country, asOf date.Date, claim decimal.Decimal, acts ...costs.BailiffAct) (decimal.Decimal, []string, []vordering.Citation, vordering.Assurance) {
	amt, line, cites, assure := rules.bailiffCosts(c, asOf, claim, acts...)
	if cites == nil {
		cites = []vordering.Citation{}
	}
	return amt, []string{line}, cites, assure
}

// euro formats an amount with two decimals, like StringFixed(2), without
// the big-integer round trip for the usual amounts in whole cents.
func euro(d decimal.Decimal) string {
	e := d.Exponent()
	if e < -2 || e > 2 || d.NumDigits() > 15 {
		return d.StringFixed(2)
	}
	c := d.CoefficientInt64()
	for ; e > -2; e-- {
		c *= 10
	}
	neg := c < 0
	if neg {
		c = -c
	}
	b := make([]byte, 0, 24)
	if neg {
		b = append(b, '-')
	}
	b = strconv.AppendInt(b, c/100, 10)
	b = append(b, '.', byte('0'+c%100/10), byte('0'+c%10))
	return string(b)
}
