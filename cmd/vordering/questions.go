package main

import (
	"errors"
	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
	"github.com/vordering/vordering/procedure"
)

// engine holds the rule sets every question is answered on: the built-in
// ones, or those with rows supplied at start (see ruleFiles). It is never
// modified after it is built, so one engine serves concurrent requests.
type engine struct {
	deadlines    deadlines.Rules
	costs        costs.Rules
	garnishment  garnishment.Rules
	jurisdiction jurisdiction.Rules
	procedure    procedure.Rules
	planner      procedure.Planner
	supplied     []string // the rows files loaded, for /healthz and the log
}

// newEngine returns the engine of the built-in rule sets.
func newEngine() *engine {
	e := &engine{}
	e.link()
	return e
}

// link passes the package rule sets to the ones procedure combines.
func (e *engine) link() {
	e.procedure = procedure.Rules{Costs: e.costs, Garnishment: e.garnishment, Jurisdiction: e.jurisdiction}
	e.planner = procedure.Planner{Rules: e.procedure}
}

// lenient returns a copy of e whose planner plans histories with
// irregular acts, reporting each as a warning (procedure.Planner.Lenient).
func (e *engine) lenient() *engine {
	c := *e
	c.planner.Lenient = true
	return &c
}

// rulebook returns every table of the engine's rule sets.
func (e *engine) rulebook() []vordering.RuleTable {
	var out []vordering.RuleTable
	out = append(out, e.deadlines.Rulebook()...)
	out = append(out, e.costs.Rulebook()...)
	out = append(out, e.garnishment.Rulebook()...)
	out = append(out, e.jurisdiction.Rulebook()...)
	out = append(out, procedure.Rulebook()...)
	return out
}

// today is the as-of date used when a request gives none: the local date.
func today() date.Date {
	y, m, d := time.Now().Date()
	return date.New(y, m, d)
}

// DeadlineRequest asks for the end of a term: a statutory term of the
// catalogue (kind, e.g. "appeal") or a term built by hand (term, e.g.
// {"n":15,"unit":"day"}), running from event in country.
type DeadlineRequest struct {
	Country vordering.Country  `json:"country"`
	Event   date.Date          `json:"event"`
	Kind    deadlines.TermKind `json:"kind,omitzero"`
	Term    *deadlines.Term    `json:"term,omitempty"`
}

// InterestRequest asks for the statutory or commercial interest on
// principal for the days after from up to and including to (the as-of date
// when absent).
type InterestRequest struct {
	Country   vordering.Country  `json:"country"`
	Kind      costs.InterestKind `json:"kind"`
	Principal decimal.Decimal    `json:"principal"`
	From      date.Date          `json:"from"`
	To        date.Date          `json:"to,omitzero"`
}

// CostsRequest asks for the extrajudicial collection costs of a claim: the
// library's costs.ExtrajudicialClaim with the country next to its fields
// (asOf defaults to the as-of date).
type CostsRequest struct {
	Country vordering.Country `json:"country"`
	costs.ExtrajudicialClaim
}

// UnmarshalJSON decodes strictly; without it the embedded claim's own
// method would be promoted and the country lost.
func (r *CostsRequest) UnmarshalJSON(b []byte) error {
	type plain CostsRequest
	return vordering.DecodeJSON(b, (*plain)(r))
}

// SeizableRequest asks how much of a monthly income may be seized.
type SeizableRequest struct {
	Country vordering.Country  `json:"country"`
	AsOf    date.Date          `json:"asOf,omitzero"`
	Income  garnishment.Income `json:"income"`
}

// GoodsRequest asks which goods found at a Belgian seizure may be seized.
type GoodsRequest struct {
	AsOf  date.Date          `json:"asOf,omitzero"`
	Owner garnishment.Person `json:"owner"`
	Goods []garnishment.Good `json:"goods"`
}

// StatementRequest asks for the statement of account of a ledger (claims
// and payments) on the as-of date (asOf, or the query or --as-of).
type StatementRequest struct {
	Country vordering.Country `json:"country"`
	AsOf    date.Date         `json:"asOf,omitzero"`
	Ledger  costs.Ledger      `json:"ledger"`
}

// question is one question of the command line and of the HTTP API.
type question struct {
	name    string
	summary string
	// caseBody: the request is a procedure.Case and the as-of date comes
	// from the command line or the query (?asOf=).
	caseBody bool
	// newRequest returns a pointer to a zero request.
	newRequest func() any
	// answer computes the answer to req on asOf (the as-of date of the
	// command line or the query; today when none is given). A result may
	// come with an error wrapping vordering.ErrNoRuleInForce: it is then
	// partial.
	answer func(e *engine, req any, asOf date.Date) (any, error)
}

// questions are the questions in the order of the usage text.
var questions = []*question{
	{name: "deadline", summary: "the last day of a statutory or hand-built term (deadlines.Compute)",
		newRequest: func() any { return new(DeadlineRequest) }, answer: (*engine).deadline},
	{name: "interest", summary: "statutory or commercial interest on a principal (costs.Interest)",
		newRequest: func() any { return new(InterestRequest) }, answer: (*engine).interest},
	{name: "costs", summary: "extrajudicial collection costs of a claim (costs.Extrajudicial)",
		newRequest: func() any { return new(CostsRequest) }, answer: (*engine).extrajudicial},
	{name: "statement", summary: "the statement of account of a ledger of claims and payments (costs.Statement)",
		newRequest: func() any { return new(StatementRequest) }, answer: (*engine).statement},
	{name: "seizable", summary: "the seizable part of a monthly income (garnishment.Seizable)",
		newRequest: func() any { return new(SeizableRequest) }, answer: (*engine).seizable},
	{name: "goods", summary: "which movable goods may be seized in Belgium (garnishment.CheckGoods)",
		newRequest: func() any { return new(GoodsRequest) }, answer: (*engine).goods},
	{name: "court", summary: "the competent first-instance court for a claim (jurisdiction.Competent)",
		newRequest: func() any { return new(jurisdiction.Claim) }, answer: (*engine).court},
	{name: "eligibility", summary: "which collection routes are open for a case (procedure.Eligibility)", caseBody: true,
		newRequest: func() any { return new(procedure.Case) }, answer: (*engine).eligibility},
	{name: "plan", summary: "the lawful next steps of a case (procedure.Next)", caseBody: true,
		newRequest: func() any { return new(procedure.Case) }, answer: (*engine).plan},
	{name: "prescription", summary: "the time-bar position of each invoice of a case (procedure.Prescription)", caseBody: true,
		newRequest: func() any { return new(procedure.Case) }, answer: (*engine).prescription},
}

// errRequest is returned for a request whose shape is wrong (both or
// neither of two alternatives); it wraps vordering.ErrInvalidInput.
func errRequest(field string, value any, reason string) error {
	return vordering.Invalid(field, value, reason)
}

func (e *engine) deadline(req any, _ date.Date) (any, error) {
	r := req.(*DeadlineRequest)
	var term deadlines.Term
	switch {
	case r.Term != nil && r.Kind != 0:
		return nil, errRequest("kind", r.Kind.String(), "give either kind (a statutory term) or term (a term built by hand), not both")
	case r.Term != nil:
		term = *r.Term
	case r.Kind != 0:
		t, err := deadlines.Statutory(r.Country, r.Kind)
		if err != nil {
			return nil, err
		}
		term = t
	default:
		return nil, errRequest("kind", "", "give kind (a statutory term, e.g. \"appeal\") or term (e.g. {\"n\":15,\"unit\":\"day\"})")
	}
	d, err := e.deadlines.Compute(r.Country, r.Event, term)
	if err != nil {
		return nil, err
	}
	return d, nil
}

func (e *engine) interest(req any, asOf date.Date) (any, error) {
	r := req.(*InterestRequest)
	to := r.To
	if !vordering.HasDate(to) {
		to = asOf
	}
	res, err := e.costs.Interest(r.Country, r.Kind, r.Principal, r.From, to)
	return partial(res, res.Partial, err)
}

func (e *engine) extrajudicial(req any, asOf date.Date) (any, error) {
	r := req.(*CostsRequest)
	claim := r.ExtrajudicialClaim
	if !vordering.HasDate(claim.AsOf) {
		claim.AsOf = asOf
	}
	res, err := e.costs.Extrajudicial(r.Country, claim)
	return partial(res, false, err)
}

func (e *engine) statement(req any, asOf date.Date) (any, error) {
	r := req.(*StatementRequest)
	if vordering.HasDate(r.AsOf) {
		asOf = r.AsOf
	}
	res, err := costs.Statement(r.Country, r.Ledger, asOf)
	return partial(res, false, err)
}

func (e *engine) seizable(req any, asOf date.Date) (any, error) {
	r := req.(*SeizableRequest)
	if vordering.HasDate(r.AsOf) {
		asOf = r.AsOf
	}
	res, err := e.garnishment.Seizable(r.Country, asOf, r.Income)
	return partial(res, false, err)
}

func (e *engine) goods(req any, asOf date.Date) (any, error) {
	r := req.(*GoodsRequest)
	if vordering.HasDate(r.AsOf) {
		asOf = r.AsOf
	}
	res, err := garnishment.CheckGoods(asOf, r.Owner, r.Goods)
	return partial(res, false, err)
}

func (e *engine) court(req any, asOf date.Date) (any, error) {
	q := *req.(*jurisdiction.Claim)
	if !vordering.HasDate(q.AsOf) {
		q.AsOf = asOf
	}
	if q.Matter == 0 {
		q.Matter = jurisdiction.MatterGeneral
	}
	res, err := e.jurisdiction.Competent(q)
	return partial(res, false, err)
}

func (e *engine) eligibility(req any, asOf date.Date) (any, error) {
	res, err := e.procedure.Eligibility(*req.(*procedure.Case), asOf)
	return partial(res, false, err)
}

func (e *engine) plan(req any, asOf date.Date) (any, error) {
	res, err := e.planner.Next(*req.(*procedure.Case), asOf)
	return partial(res, false, err)
}

func (e *engine) prescription(req any, asOf date.Date) (any, error) {
	res, err := procedure.Prescription(*req.(*procedure.Case), asOf)
	// Prescription returns the result of every invoice together with the
	// errors of those no rule covers.
	return partial(res, len(res) > 0, err)
}

// partial returns res when err is nil, and otherwise err, with res kept
// only when keep says it is a partial answer to a question the law does
// not fully cover (the error then wraps vordering.ErrNoRuleInForce).
func partial(res any, keep bool, err error) (any, error) {
	if err == nil {
		return res, nil
	}
	if keep && errors.Is(err, vordering.ErrNoRuleInForce) && !errors.Is(err, vordering.ErrInvalidInput) {
		return res, err
	}
	return nil, err
}

// decodeRequest decodes a request body strictly (vordering.DecodeJSON): an
// error wraps vordering.ErrInvalidInput and names the field by its JSON
// path.
func decodeRequest(q *question, body []byte) (any, error) {
	req := q.newRequest()
	if err := vordering.DecodeJSON(body, req); err != nil {
		return nil, err
	}
	return req, nil
}
