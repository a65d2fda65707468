package entrypoints

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/letters"
	"github.com/vordering/vordering/procedure"
	"github.com/vordering/vordering/procedure/routes"
)

// request is every entry point's input in one document; a fuzzed document
// fills some of it. The envelope is decoded with vordering.DecodeJSON, as a
// service would; the library's own types are also decoded with plain
// json.Unmarshal, which they route to vordering.DecodeJSON.
type request struct {
	Country    vordering.Country        `json:"country"`
	AsOf       date.Date                `json:"asOf"`
	From       date.Date                `json:"from"`
	Term       deadlines.Term           `json:"term"`
	Kind       costs.InterestKind       `json:"kind"`
	Principal  decimal.Decimal          `json:"principal"`
	Options    costs.InterestOptions    `json:"options"`
	Policy     vordering.Policy         `json:"policy"`
	Claim      costs.ExtrajudicialClaim `json:"claim"`
	CourtFee   costs.CourtFeeQuery      `json:"courtFee"`
	Bailiff    costs.BailiffFeeQuery    `json:"bailiff"`
	Indemnity  costs.IndemnityQuery     `json:"indemnity"`
	Liquid     costs.LiquidationQuery   `json:"liquidation"`
	Debt       costs.Debt               `json:"debt"`
	Payments   []costs.Payment          `json:"payments"`
	Income     garnishment.Income       `json:"income"`
	Owner      garnishment.Person       `json:"owner"`
	Goods      []garnishment.Good       `json:"goods"`
	Competence jurisdiction.Claim       `json:"competence"`
	Case       procedure.Case           `json:"case"`
	Profile    procedure.DebtorProfile  `json:"profile"`
	Ledger     costs.Ledger             `json:"ledger"`
	Invoice    costs.LedgerClaim        `json:"invoice"`
	Letter     letters.Facts            `json:"letter"`
	Stated     letters.Stated           `json:"stated"`
	Lenient    bool                     `json:"lenient"`
}

// sentinel reports whether err wraps one of the library's sentinels (or is
// nil).
func sentinel(err error) bool {
	return err == nil || errors.Is(err, vordering.ErrInvalidInput) || errors.Is(err, vordering.ErrNoRuleInForce)
}

// FuzzEntryPoints: for any JSON document, decoding never panics and either
// succeeds or fails with ErrInvalidInput naming a field; every entry point
// then called with the decoded request never panics, and every error it
// returns wraps a sentinel.
func FuzzEntryPoints(f *testing.F) {
	seeds := []string{
		`{"country":"BE","asOf":"2026-11-28","from":"2025-12-31","term":{"n":1,"unit":"month"},"kind":"statutory","principal":"10000"}`,
		`{"country":"NL","asOf":"2026-11-28","claim":{"principal":"1200","debtor":"consumer","asOf":"2026-11-28","reminderReceived":"2026-10-01"}}`,
		`{"country":"NL","courtFee":{"court":"kanton","party":"other","asOf":"2026-03-01","claimValue":"3000"},"bailiff":{"act":"dagvaarding","asOf":"2026-03-01"}}`,
		`{"country":"BE","income":{"net":"2000","children":2},"asOf":"2026-11-28","policy":{"minimum":"two-sources"}}`,
		`{"case":{"country":"BE","creditor":{"kind":"enterprise"},"debtor":{"kind":"consumer","domicile":"BE"},"invoices":[{"number":"F1","date":"2025-01-10","dueDate":"2025-02-09","principal":"1200"}]},"asOf":"2026-11-28"}`,
		`{"asOf":"00000-00","from":"+0000-00","case":{"invoices":[{"dueDate":"2025-02-30"}]}}`,
		`{"principal":"1e9000","claim":{"principal":"0.000000000000000000000000001"}}`,
		`{"country":"NL","asOf":"2026-11-28","ledger":{"claims":[{"id":"F1","kind":"statutory","principal":"1000","interestFrom":"2025-11-01"}],"payments":[{"date":"2026-03-02","amount":"300","designation":["F1"]}]}}`,
		`{"case":{"country":"NL","creditor":{"kind":"public-body"},"debtor":{"kind":"consumer"},"invoices":[{"number":"B1","date":"2026-03-02","dueDate":"2026-04-13","principal":"650"}],"acts":[{"kind":"admin-reminder","date":"2026-04-20"},{"kind":"dwangbevel","date":"2026-05-06"}],"public":{"basis":"nl-awb","dwangbevelPower":true},"profile":{"attitude":"will-not-pay"}},"asOf":"2026-11-28","lenient":true}`,
		`{"case":{"country":"BE","creditor":{"kind":"public-body"},"debtor":{"kind":"consumer"},"invoices":[{"number":"R1","date":"2026-01-15","dueDate":"2026-02-14","principal":"420"}],"acts":[{"kind":"admin-reminder","date":"2026-02-23"},{"kind":"dwangbevel","date":"2026-03-02"},{"kind":"service","date":"2026-03-10"},{"kind":"admin-opposition","date":"2026-03-20"}],"public":{"basis":"be-local","region":"brussels"}},"asOf":"2026-11-28"}`,
		`{"country":"BE","asOf":"2026-11-28","letter":{"country":"BE","kind":"be-first-reminder","creditor":{"name":"C","number":"0123.456.789","kind":"enterprise"},"debtor":{"name":"D","kind":"consumer"},"principal":"1000","dueDate":"2026-10-31","sent":"2026-11-28"},"lenient":true}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		// Plain json.Unmarshal into each request type of the library: no
		// panic, whatever the document.
		for _, v := range []any{new(costs.ExtrajudicialClaim), new(costs.CourtFeeQuery), new(costs.BailiffFeeQuery), new(costs.IndemnityQuery),
			new(costs.LiquidationQuery), new(costs.Debt), new(costs.Payment), new(garnishment.Good), new(jurisdiction.Claim),
			new(procedure.Case), new(procedure.Invoice), new(procedure.Act), new(vordering.Period),
			new(costs.Ledger), new(letters.Facts), new(letters.Stated), new(vordering.Step)} {
			_ = json.Unmarshal(doc, v)
		}
		var r request
		if err := vordering.DecodeJSON(doc, &r); err != nil {
			var ie *vordering.InputError
			if !errors.As(err, &ie) || ie.Field == "" {
				t.Fatalf("decode error %T %v is not an InputError naming a field", err, err)
			}
			return
		}
		check := func(what string, err error) {
			if !sentinel(err) {
				t.Fatalf("%s: error %v wraps no sentinel", what, err)
			}
		}
		_, err := deadlines.Compute(r.Country, r.From, r.Term)
		check("deadlines.Compute", err)
		_, err = costs.Rules{Policy: r.Policy}.InterestWith(r.Country, r.Kind, r.Principal, r.From, r.AsOf, r.Options)
		check("costs.InterestWith", err)
		_, err = costs.Extrajudicial(r.Country, r.Claim)
		check("costs.Extrajudicial", err)
		_, err = costs.CourtFee(r.Country, r.CourtFee)
		check("costs.CourtFee", err)
		_, err = costs.BailiffFeeOf(r.Country, r.Bailiff)
		check("costs.BailiffFeeOf", err)
		_, err = costs.ProceduralIndemnity(r.Country, r.Indemnity)
		check("costs.ProceduralIndemnity", err)
		_, err = costs.LiquidationTariff(r.Country, r.Liquid)
		check("costs.LiquidationTariff", err)
		_, err = costs.ImputePayments(r.Debt, r.Payments, r.AsOf)
		check("costs.ImputePayments", err)
		_, err = garnishment.Rules{Policy: r.Policy}.Seizable(r.Country, r.AsOf, r.Income)
		check("garnishment.Seizable", err)
		_, err = garnishment.CheckGoods(r.AsOf, r.Owner, r.Goods)
		check("garnishment.CheckGoods", err)
		_, err = jurisdiction.Assess(r.Competence)
		check("jurisdiction.Assess", err)
		_, err = procedure.Eligibility(r.Case, r.AsOf)
		check("procedure.Eligibility", err)
		_, err = procedure.Next(r.Case, r.AsOf)
		check("procedure.Next", err)
		_, err = procedure.Prescription(r.Case, r.AsOf)
		check("procedure.Prescription", err)
		check("procedure.ValidateHistory", procedure.ValidateHistory(r.Case))
		_, err = procedure.RankEnforcement(r.Case, r.Profile, r.AsOf, nil)
		check("procedure.RankEnforcement", err)
		_, err = procedure.Planner{Lenient: r.Lenient}.Next(r.Case, r.AsOf)
		check("procedure.Planner.Next (lenient)", err)
		_, _, _, err = routes.AwbReminderFee(r.AsOf, r.Principal, r.From)
		check("routes.AwbReminderFee", err)
		if lvl := deadlines.KnownOf(r.Country, r.Term.Kind); !lvl.Valid() {
			t.Fatalf("deadlines.KnownOf(%v, %v) = %v, not a level", r.Country, r.Term.Kind, lvl)
		}
		_, err = costs.Statement(r.Country, r.Ledger, r.AsOf)
		check("costs.Statement", err)
		_, err = costs.InvoiceTotal(r.Country, r.Invoice, r.Ledger.Payments, r.AsOf)
		check("costs.InvoiceTotal", err)
		_, err = deadlines.EarliestWritDay(r.Country, r.AsOf)
		check("deadlines.EarliestWritDay", err)
		_, err = deadlines.PresumedDelivery(r.AsOf)
		check("deadlines.PresumedDelivery", err)
		_, err = deadlines.NthWorkingDayAfter(r.Country, r.AsOf, int(r.Options.Compounding)+1)
		check("deadlines.NthWorkingDayAfter", err)
		_, err = letters.Build(r.Letter)
		check("letters.Build", err)
		_, err = letters.Check(r.Letter, r.Stated)
		check("letters.Check", err)
	})
}
