package planner

import (
	"slices"

	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/routes"
)

// costs fills the cost lines of a step from package costs. A figure that
// package costs does not cover on the step's earliest day becomes a line
// with Covered false and the reason, never an error of the plan.
//
// Which side bears a cost: extrajudicial collection costs are a claim on the
// debtor (charged to him, nothing advanced); court fees and bailiff fees are
// advanced by the creditor and charged to the debtor as procedural costs, so
// they stay with the creditor when collection fails.
func (pc *planCtx) costs(step *PlannedStep) {
	switch step.Act {
	case casefile.ActFormalNotice, casefile.ActLawyerNotice:
		pc.extrajudicial(step)
	case casefile.ActSummons:
		pc.bailiff(step, costs.BailiffSummons, "bailiff's fee for serving the summons")
		pc.courtFee(step)
	case casefile.ActPetition, casefile.ActSRPPetition:
		pc.courtFee(step)
	case casefile.ActIOSSummons, casefile.ActSRPSummons:
		pc.bailiff(step, costs.BailiffSummons, "bailiff's fee for the summons to pay")
	case casefile.ActService:
		pc.bailiff(step, costs.BailiffServiceOfTitle, "bailiff's fee for serving the title with the order to pay")
	case casefile.ActWageGarnishment:
		pc.bailiff(step, costs.BailiffAttachmentWages, "bailiff's fee for the wage garnishment")
	case casefile.ActBankGarnishment:
		pc.bailiff(step, costs.BailiffAttachmentBank, "bailiff's fee for the bank garnishment")
	case casefile.ActMovableSeizure:
		pc.bailiff(step, costs.BailiffAttachmentMovables, "bailiff's fee for the seizure of movables")
	case casefile.ActAdminReminder:
		pc.adminReminderFee(step)
	case casefile.ActDwangbevel:
		if pc.c.Country == vordering.NL {
			step.addCost(CostLine{Label: "costs of the dwangbevel", Debtor: true,
				Note:      "chargeable with the dwangbevel (art. 4:119 lid 1, 4:120 Awb) by a tariff set by order in council, which the library does not hold: not covered",
				Citations: []vordering.Citation{awbCite("art. 4:119, 4:120")}})
		}
	case casefile.ActRealEstateSeizure, casefile.ActSale, casefile.ActIOSNonContestation:
		step.addCost(CostLine{Label: "bailiff's and sale costs", CreditorIfUnpaid: true, Debtor: true,
			Note: "package costs has no tariff for this act: not covered"})
	}
}

// addCost appends a line and updates the totals.
func (s *PlannedStep) addCost(l CostLine) {
	if l.Amount.IsZero() {
		l.Amount = decimal.Zero
	}
	s.Costs = append(s.Costs, l)
	if !l.Covered {
		s.Uncovered = true
		return
	}
	if l.Debtor {
		s.DebtorCharge = s.DebtorCharge.Add(l.Amount)
	}
	if l.CreditorIfUnpaid {
		s.CreditorRisk = s.CreditorRisk.Add(l.Amount)
	}
	s.Citations = append(s.Citations, l.Citations...)
}

// extrajudicial adds the extrajudicial collection costs of a demand.
func (pc *planCtx) extrajudicial(step *PlannedStep) {
	princ, _ := pc.c.Total()
	claim := costs.ExtrajudicialClaim{Principal: princ, Debtor: pc.c.Debtor.Kind, AsOf: step.Earliest}
	if pc.c.Debtor.Kind == vordering.Consumer {
		k := casefile.ActReminder
		if pc.c.Country == vordering.NL {
			k = casefile.ActFourteenDayLetter
		}
		if x, ok := pc.h.LatestOf(k); ok {
			claim.ReminderReceived = pc.cal.ReceiptOf(pc.c.Country, x)
		}
	}
	l := CostLine{Label: "extrajudicial collection costs", Debtor: true}
	r, err := pc.rules.Costs.Extrajudicial(pc.c.Country, claim)
	switch {
	case err != nil:
		l.Note = "not covered: " + err.Error()
	case !r.Due:
		l.Covered = true
		l.Note = "not yet due: " + r.Reason
		l.Citations = slices.Clone(r.Citations)
	default:
		l.Covered, l.Amount, l.Citations, l.Assurance = true, r.Total(), slices.Clone(r.Citations), cloneAssurance(r.Assurance)
		if r.Default {
			l.Note = "default rule; an agreement may replace it (art. 6:96 lid 5 BW a contrario)"
		}
	}
	step.addCost(l)
}

// bailiff adds a bailiff's fee.
func (pc *planCtx) bailiff(step *PlannedStep, act costs.BailiffAct, label string) {
	l := CostLine{Label: label, Debtor: true, CreditorIfUnpaid: true}
	princ, _ := pc.c.Total()
	r, err := pc.rules.Costs.BailiffFeeOf(pc.c.Country, costs.BailiffFeeQuery{Act: act, AsOf: step.Earliest, ClaimValue: princ})
	if err != nil {
		l.Note = "not covered: " + err.Error()
	} else {
		l.Covered, l.Amount, l.Citations, l.Assurance = true, r.Amount, slices.Clone(r.Citations), cloneAssurance(r.Assurance)
		l.Note = "excluding VAT and disbursements"
	}
	step.addCost(l)
}

// courtFee adds the court fee of the competent court.
func (pc *planCtx) courtFee(step *PlannedStep) {
	l := CostLine{Label: "court fee", Debtor: true, CreditorIfUnpaid: true}
	princ, access := pc.c.Total()
	cq := kit.CourtClaim(pc.c, step.Earliest, princ, access)
	dec, err := pc.rules.Jurisdiction.Competent(cq)
	if err != nil {
		l.Note = "not covered: the competent court is not known: " + err.Error()
		step.addCost(l)
		return
	}
	court, ok := map[jurisdiction.Court]costs.Court{
		jurisdiction.JusticeOfThePeace:    costs.CourtJusticeOfPeace,
		jurisdiction.CourtOfFirstInstance: costs.CourtFirstInstance,
		jurisdiction.CommercialCourt:      costs.CourtEnterprise,
		jurisdiction.EnterpriseCourt:      costs.CourtEnterprise,
		jurisdiction.SubdistrictCourt:     costs.CourtCantonal,
		jurisdiction.DistrictCourt:        costs.CourtFirstInstance,
	}[dec.Court]
	if !ok {
		l.Note = "not covered: no court-fee table for the " + dec.Court.String()
		step.addCost(l)
		return
	}
	q := costs.CourtFeeQuery{Court: court, AsOf: step.Earliest, ClaimValue: cq.Principal.Add(cq.Interest)}
	if pc.c.Country == vordering.NL {
		q.Party = costs.CourtPartyOther
		if pc.c.Creditor.Kind == vordering.Consumer || pc.c.Creditor.SoleTrader {
			q.Party = costs.CourtPartyNatural
		}
	}
	r, err := pc.rules.Costs.CourtFee(pc.c.Country, q)
	if err != nil {
		l.Note = "not covered: " + err.Error()
	} else {
		l.Covered, l.Amount, l.Citations, l.Assurance = true, r.Amount, slices.Clone(r.Citations), cloneAssurance(r.Assurance)
		l.Note = "the fee of the " + dec.Court.String() + "; payer: " + r.Payer
	}
	step.addCost(l)
}

// cloneAssurance returns a with its own copy of the Weakest list, so that a
// result of this package shares no list with another package's answer.
func cloneAssurance(a vordering.Assurance) vordering.Assurance {
	a.Weakest = slices.Clone(a.Weakest)
	return a
}

func awbCite(art string) vordering.Citation {
	return vordering.Citation{Instrument: "Algemene wet bestuursrecht", Article: art, URL: "https://wetten.overheid.nl/BWBR0005537"}
}

// adminReminderFee adds the cost of a public creditor's reminder: NL the
// aanmaning fee of art. 4:113 Awb (optional, and due only if the aanmaning
// states it); BE the cost of the registered letter, which the decree lets
// the authority charge but whose amount is the post's, not the law's.
func (pc *planCtx) adminReminderFee(step *PlannedStep) {
	if pc.c.Country == vordering.BE {
		step.addCost(CostLine{Label: "cost of the registered reminder", Debtor: true,
			Note: "the authority may charge the cost of the registered letter to the debtor and collect it with the dwangbevel; the amount is the postal charge, which the library does not hold: not covered"})
		return
	}
	l := CostLine{Label: "aanmaning fee (art. 4:113 Awb)", Debtor: true}
	princ, access := pc.c.Total()
	arose := vordering.NoDate()
	for _, inv := range pc.c.Invoices {
		if !vordering.HasDate(arose) || inv.Date.Before(arose) {
			arose = inv.Date
		}
	}
	fee, cite, ref, err := routes.AwbReminderFee(step.Earliest, princ.Add(access), arose)
	if err != nil {
		l.Note = "not covered: " + err.Error()
		l.Citations = []vordering.Citation{awbCite("art. 4:113")}
	} else {
		l.Covered, l.Amount, l.Citations = true, fee, []vordering.Citation{cite}
		l.Assurance = vordering.Assurance{}.Add(ref)
		l.Note = "optional: due only if the aanmaning states it (art. 4:113 lid 2)"
	}
	step.addCost(l)
}
