package procedure

import (
	"slices"
	"strconv"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
)

// The collection flow.
//
// A flow is a set of transitions between collection acts (ActKind values):
// the transition table of each country (be_flow.go, nl_flow.go) lists every
// edge the library knows the law to allow, each with the statutory wait that
// must run out before the next act, the window within which it must be done
// (an opposition, an appeal), and the rule and article. The acts of a case
// are checked against it by [ValidateHistory], and the planner ([Next])
// proposes only acts that the same check accepts.
//
// The state of a case is its latest act that moves the collection forward
// (a "flow act"). Four kinds of act are neutral and allowed at any time
// without changing the state: a payment, an acknowledgement, a payment
// arrangement and the declaration of the claim to a curator or mediator.
// A letter (reminder, formal notice, 14-day letter) sent once proceedings
// have begun is also neutral: the law never forbids writing to the debtor.
//
// An act is allowed when a transition leads to it from the state, or, for an
// act of the phase the collection has reached (amicable letters,
// proceedings, title, execution), from an earlier flow act of that same
// phase: after a wage garnishment, a bank garnishment still rests on the
// service of the title, but once an IOS summons is served the formal notice
// no longer opens a summons (the IOS must first be contested). Remedies (an
// opposition, an appeal) and the garnishee's declaration may follow any
// earlier act of the history.

// Phase is the stage of a collection an act belongs to.
type Phase uint8

// The phases.
const (
	// PhaseAmicable is the amicable stage: reminders and formal notices.
	PhaseAmicable Phase = iota + 1
	// PhaseProceedings is the stage of seeking a title: a summons, the IOS
	// or SRP procedures, the written rounds and hearings.
	PhaseProceedings
	// PhaseTitle is the title and the remedies against it: judgment, PV of
	// non-contestation, opposition, appeal.
	PhaseTitle
	// PhaseExecution is execution: service with an order to pay, seizures,
	// sale.
	PhaseExecution
)

var phaseNames = enumNames{typ: "Phase", names: []string{PhaseAmicable: "amicable", PhaseProceedings: "proceedings", PhaseTitle: "title", PhaseExecution: "execution"}}

// Valid reports whether v is a defined value.
func (v Phase) Valid() bool { return phaseNames.valid(uint8(v)) }

// String returns the text form of v, or "Phase(n)" for an undefined value.
func (v Phase) String() string { return phaseNames.str(uint8(v)) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Phase) MarshalText() ([]byte, error) { return phaseNames.marshal(uint8(v)) }

// UnmarshalText decodes the String form of a defined value.
func (v *Phase) UnmarshalText(b []byte) error {
	x, err := phaseNames.parse(b)
	if err != nil {
		return err
	}
	*v = Phase(x)
	return nil
}

// TitleKind restricts a transition to the kind of title the case holds.
type TitleKind uint8

var titleKindNames = enumNames{typ: "TitleKind", names: []string{AnyTitle: "any", DefaultTitle: "default", ContradictoryTitle: "contradictory", IOSTitle: "ios-pv"}}

// Valid reports whether v is a defined value.
func (v TitleKind) Valid() bool { return titleKindNames.valid(uint8(v)) }

// String returns the text form of v, or "TitleKind(n)" for an undefined value.
func (v TitleKind) String() string { return titleKindNames.str(uint8(v)) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v TitleKind) MarshalText() ([]byte, error) { return titleKindNames.marshal(uint8(v)) }

// UnmarshalText decodes the String form of a defined value.
func (v *TitleKind) UnmarshalText(b []byte) error {
	x, err := titleKindNames.parse(b)
	if err != nil {
		return err
	}
	*v = TitleKind(x)
	return nil
}

// The title conditions.
const (
	// AnyTitle is no condition (the zero value).
	AnyTitle TitleKind = iota
	// DefaultTitle: the latest title is a judgment by default.
	DefaultTitle
	// ContradictoryTitle: the latest title is a judgment after a defence (op tegenspraak) or an order.
	ContradictoryTitle
	// IOSTitle: the latest title is a Belgian PV of non-contestation.
	IOSTitle
)

// FlowNode describes one act in a country's flow.
type FlowNode struct {
	Act   ActKind `json:"act"`
	Label string  `json:"label"`
	Phase Phase   `json:"phase,omitzero"`
	// Step is the kind of step the debtor's status may forbid.
	Step Step `json:"step,omitzero"`
	// Neutral acts are allowed at any time and do not change the state.
	Neutral bool `json:"neutral,omitempty"`
	// Remedy marks an act that may follow any earlier act of the history
	// whatever the phase reached (an opposition or appeal after the title
	// was served and executed; the garnishee's declaration).
	Remedy bool `json:"remedy,omitempty"`
	// Title is true for an act that gives an enforceable title.
	Title bool `json:"title,omitempty"`
	// Then is the statutory term that starts to run with the act (zero for
	// none), counted from ThenFromReceipt ? the receipt : the act's date.
	Then            deadlines.Kind `json:"then,omitempty"`
	ThenFromReceipt bool           `json:"thenFromReceipt,omitempty"`
}

// Transition is one edge of the flow: act To may follow act From (zero
// From: the start of a collection) when From's outcome is one of Outcomes
// (empty: any), for the debtors the flags allow, once the statutory Wait
// (chained terms from From's date or receipt) is over, and, where Within is
// set, no later than the end of that term counted from From.
type Transition struct {
	Country vordering.Country `json:"country"`
	From    ActKind           `json:"from,omitzero"`
	To      ActKind           `json:"to"`
	// Outcomes are the outcomes of From that open the edge; empty is any.
	Outcomes []Outcome `json:"outcomes,omitempty"`
	// ConsumerOnly and NonConsumerOnly restrict the edge to the debtor's quality.
	ConsumerOnly    bool `json:"consumerOnly,omitempty"`
	NonConsumerOnly bool `json:"nonConsumerOnly,omitempty"`
	// Title restricts the edge to the kind of the latest title.
	Title TitleKind `json:"title,omitempty"`
	// Since and Before restrict the edge to an earlier act dated on or
	// after Since and before Before (zero: no bound): the law in force.
	Since  date.Date `json:"since,omitzero"`
	Before date.Date `json:"before,omitzero"`
	// Wait are the statutory terms that must run out, in order, each counted
	// from the end of the one before; the first from From's date (or its
	// receipt, when WaitFromReceipt).
	Wait            []deadlines.Kind `json:"wait,omitempty"`
	WaitFromReceipt bool             `json:"waitFromReceipt,omitempty"`
	// Within are the terms, chained as Wait but always from From's date, by
	// whose end To must be done; empty is no limit.
	Within []deadlines.Kind `json:"within,omitempty"`
	// Rule says in one sentence what the law allows and why.
	Rule string             `json:"rule"`
	Cite vordering.Citation `json:"cite"`
}

// FlowError is the error of [ValidateHistory]: act Index of the case (its
// position in Case.Acts) is not allowed at that point, or is too early or
// too late. It wraps [vordering.ErrInvalidInput].
type FlowError struct {
	Index int     `json:"index"`
	Act   ActKind `json:"act"`
	// Problem is "not-allowed", "too-early", "too-late" or "status".
	Problem string `json:"problem"`
	// Rule names the rule broken; Cite is its source.
	Rule string             `json:"rule"`
	Cite vordering.Citation `json:"cite"`
	// Earliest or Latest is the day the act could first, or last, be done.
	Earliest date.Date `json:"earliest,omitzero"`
	Latest   date.Date `json:"latest,omitzero"`
}

// Error implements error.
func (e *FlowError) Error() string {
	s := "procedure: Case.Acts[" + strconv.Itoa(e.Index) + "] (" + e.Act.String() + "): " + e.Problem + ": " + e.Rule
	if !e.Earliest.IsZero() {
		s += " (earliest " + e.Earliest.String() + ")"
	}
	if !e.Latest.IsZero() {
		s += " (latest " + e.Latest.String() + ")"
	}
	if c := e.Cite.String(); c != "" {
		s += " [" + c + "]"
	}
	return s
}

// Unwrap makes errors.Is(err, vordering.ErrInvalidInput) true.
func (e *FlowError) Unwrap() error { return vordering.ErrInvalidInput }

// Flow returns the transition table of country c, in table order. The slice
// is a copy. An unsupported country gives nil.
func Flow(c vordering.Country) []Transition {
	switch c {
	case vordering.BE:
		return slices.Clone(beFlow)
	case vordering.NL:
		return slices.Clone(nlFlow)
	}
	return nil
}

// FlowNodes returns the acts of country c's flow with their phase, status
// step and the term each starts. An unsupported country gives nil.
func FlowNodes(c vordering.Country) []FlowNode {
	switch c {
	case vordering.BE:
		return slices.Clone(beNodes)
	case vordering.NL:
		return slices.Clone(nlNodes)
	}
	return nil
}

// flowIndex holds a country's tables ready for lookup.
type flowIndex struct {
	nodes    map[ActKind]FlowNode
	nodeList []FlowNode
	to       map[ActKind][]int // edges by To, indices into the table
	edges    []Transition
}

var flows = map[vordering.Country]*flowIndex{
	vordering.BE: buildFlow(beFlow, beNodes),
	vordering.NL: buildFlow(nlFlow, nlNodes),
}

func buildFlow(edges []Transition, nodes []FlowNode) *flowIndex {
	f := &flowIndex{nodes: map[ActKind]FlowNode{}, nodeList: nodes, to: map[ActKind][]int{}, edges: edges}
	for _, n := range nodes {
		f.nodes[n.Act] = n
	}
	for i, e := range edges {
		f.to[e.To] = append(f.to[e.To], i)
	}
	return f
}

// histAct is an act of the history with its index in Case.Acts.
type histAct struct {
	Act
	idx int
}

// history is the acts of a case up to a day, in date order, with the state
// reached.
type history struct {
	c     Case
	f     *flowIndex
	acts  []histAct // flow acts accepted so far, in order
	phase Phase     // highest phase reached
	title TitleKind // kind of the latest title, AnyTitle when none
}

func newHistory(c Case) *history {
	return &history{c: c, f: flows[c.Country]}
}

// flowActs returns the acts on or before asOf (all when asOf is zero),
// sorted by date, the given order kept for acts of the same day.
func flowActs(c Case, asOf date.Date) []histAct {
	out := make([]histAct, 0, len(c.Acts))
	for i, a := range c.Acts {
		if !asOf.IsZero() && a.Date.After(asOf) {
			continue
		}
		out = append(out, histAct{Act: a, idx: i})
	}
	slices.SortStableFunc(out, func(a, b histAct) int {
		switch {
		case a.Date.Before(b.Date):
			return -1
		case a.Date.After(b.Date):
			return 1
		}
		return 0
	})
	return out
}

// match is a transition found for a candidate act, with the act it follows
// and the days it opens and closes.
type match struct {
	edge     *Transition
	from     *histAct // nil at the start
	earliest date.Date
	latest   date.Date // zero when no window
	err      error     // a term that could not be computed
}

// isLetter reports whether k is a letter that may be sent at any point.
func isLetter(k ActKind) bool {
	return k == ActReminder || k == ActFormalNotice || k == ActLawyerNotice || k == ActFourteenDayLetter
}

// neutral reports whether act k leaves the state unchanged in the current
// history.
func (h *history) neutral(k ActKind) bool {
	n, ok := h.f.nodes[k]
	if ok && n.Neutral {
		return true
	}
	return isLetter(k) && h.phase > PhaseAmicable
}

// candidates returns the transitions that could lead to act k now, each
// with its predecessor, in preference order: from the state first, then from
// earlier flow acts (latest first) when the phase does not go back.
func (h *history) candidates(k ActKind) []match {
	var out []match
	node := h.f.nodes[k]
	idx := h.f.to[k]
	try := func(from *histAct) {
		var fk ActKind
		var fo Outcome
		if from != nil {
			fk, fo = from.Kind, from.Outcome
		}
		for _, i := range idx {
			e := &h.f.edges[i]
			if e.From != fk {
				continue
			}
			if len(e.Outcomes) > 0 && !slices.Contains(e.Outcomes, fo) {
				continue
			}
			consumer := h.c.Debtor.Kind == vordering.Consumer
			if (e.ConsumerOnly && !consumer) || (e.NonConsumerOnly && consumer) {
				continue
			}
			if e.Title != AnyTitle && e.Title != h.title {
				continue
			}
			if from != nil && ((!e.Since.IsZero() && from.Date.Before(e.Since)) || (!e.Before.IsZero() && !from.Date.Before(e.Before))) {
				continue
			}
			out = append(out, h.window(e, from))
		}
	}
	if len(h.acts) == 0 {
		try(nil)
		return out
	}
	last := &h.acts[len(h.acts)-1]
	try(last)
	if node.Phase != h.phase && !node.Remedy {
		return out
	}
	for i := len(h.acts) - 2; i >= 0; i-- {
		if !node.Remedy && h.f.nodes[h.acts[i].Kind].Phase != h.phase {
			continue
		}
		try(&h.acts[i])
	}
	return out
}

// window computes the earliest and latest day of edge e from act from.
func (h *history) window(e *Transition, from *histAct) match {
	m := match{edge: e, from: from}
	if from == nil {
		return m
	}
	start := from.Date
	if e.WaitFromReceipt {
		start = receiptOf(h.c.Country, from.Act)
	}
	m.earliest = from.Date
	ev := start
	for i, k := range e.Wait {
		end, err := termEnd(h.c.Country, ev, k)
		if err != nil {
			m.err = err
			return m
		}
		ev = end
		if i == len(e.Wait)-1 {
			m.earliest = afterTerm(h.c.Country, k, end)
		}
	}
	ev = from.Date
	for _, k := range e.Within {
		end, err := termEnd(h.c.Country, ev, k)
		if err != nil {
			m.err = err
			return m
		}
		ev = end
		m.latest = end
	}
	return m
}

// receiptOf is the day from which a letter's term runs. Netherlands: the
// given receipt, or else the presumed delivery of a paper letter (second
// delivery day, HR 25 November 2016) and the sending day of an electronic
// one. Belgium (art. XIX.2 WER, as Eligibility reads it): the third working
// day after a paper letter, the working day after an electronic one; the
// given receipt is not used, the law deeming the day.
func receiptOf(c vordering.Country, a Act) date.Date {
	if c == vordering.BE {
		n := 3
		if a.Electronic {
			n = 1
		}
		if d, ok := nthWorkingDayAfter(vordering.BE, a.Date, n); ok {
			return d
		}
		return a.Date
	}
	if !a.Received.IsZero() {
		return a.Received
	}
	if !a.Electronic {
		if d, ok := presumedDelivery(a.Date); ok {
			return d
		}
	}
	return a.Date
}

// termEnd returns the Date of statutory term k of country c from event.
// For a term counted backward (the Dutch summons term, counted back from
// the hearing), it returns the earliest hearing day whose term still allows
// service on event.
func termEnd(c vordering.Country, event date.Date, k deadlines.Kind) (date.Date, error) {
	e, err := deadlines.Lookup(c, k)
	if err != nil {
		return date.Date{}, err
	}
	if !e.Term.Backward {
		dl, err := deadlines.Compute(c, event, e.Term)
		return dl.Date, err
	}
	for h := event.Add(1); h.Before(event.Add(60)); h = h.Add(1) {
		dl, err := deadlines.Compute(c, h, e.Term)
		if err != nil {
			return date.Date{}, err
		}
		if !dl.Date.Before(event) {
			return h, nil
		}
	}
	return date.Date{}, vordering.Invalid("event", event, "no hearing day found for the summons term")
}

// afterTerm is the first day after term k that ended (or, for a free-days or
// backward term, that gave) end.
func afterTerm(c vordering.Country, k deadlines.Kind, end date.Date) date.Date {
	e, err := deadlines.Lookup(c, k)
	if err == nil && (e.Term.Unit == deadlines.FreeDay || e.Term.Backward) {
		return end
	}
	return end.Add(1)
}

// check decides whether act a (index idx in the case) may be done now. It
// returns the transition used (nil for a neutral act) or a *FlowError.
func (h *history) check(a histAct) (*match, error) {
	node, ok := h.f.nodes[a.Kind]
	if !ok {
		return nil, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
			Rule: "the act is not part of the " + h.c.Country.String() + " collection flow"}
	}
	if eff, err := Effects(h.c.Country, h.c.statusOn(a.Date)); err == nil {
		if r, bad := eff.forbidden(node.Step); bad {
			return nil, &FlowError{Index: a.idx, Act: a.Kind, Problem: "status", Rule: r.Text, Cite: r.Cite}
		}
	}
	if h.neutral(a.Kind) {
		return nil, nil
	}
	cands := h.candidates(a.Kind)
	if len(cands) == 0 {
		state := "the start of the collection"
		if len(h.acts) > 0 {
			l := h.acts[len(h.acts)-1]
			state = "a " + l.Kind.String()
			if l.Outcome != OutcomeNone {
				state += " (" + l.Outcome.String() + ")"
			}
			state += " of " + l.Date.String()
		}
		return nil, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
			Rule: "no rule of the " + h.c.Country.String() + " flow allows a " + a.Kind.String() + " after " + state}
	}
	var first error
	for i := range cands {
		m := &cands[i]
		if m.err != nil {
			if first == nil {
				first = &FlowError{Index: a.idx, Act: a.Kind, Problem: "too-early", Rule: m.edge.Rule + " (term not computable: " + m.err.Error() + ")", Cite: m.edge.Cite}
			}
			continue
		}
		if a.Date.Before(m.earliest) {
			if first == nil {
				first = &FlowError{Index: a.idx, Act: a.Kind, Problem: "too-early", Rule: m.edge.Rule, Cite: m.edge.Cite, Earliest: m.earliest}
			}
			continue
		}
		if !m.latest.IsZero() && a.Date.After(m.latest) {
			if first == nil {
				first = &FlowError{Index: a.idx, Act: a.Kind, Problem: "too-late", Rule: m.edge.Rule, Cite: m.edge.Cite, Latest: m.latest}
			}
			continue
		}
		return m, nil
	}
	return nil, first
}

// accept records act a in the history.
func (h *history) accept(a histAct, m *match) {
	if m == nil {
		return
	}
	node := h.f.nodes[a.Kind]
	h.acts = append(h.acts, a)
	if node.Phase > h.phase {
		h.phase = node.Phase
	}
	switch a.Kind {
	case ActDefaultJudgment:
		h.title = DefaultTitle
	case ActJudgment:
		h.title = ContradictoryTitle
	case ActIOSNonContestation:
		h.title = IOSTitle
	}
}

// replay validates the acts of c on or before asOf (all when asOf is zero)
// and returns the history reached.
func replay(c Case, asOf date.Date) (*history, error) {
	h := newHistory(c)
	if h.f == nil {
		return nil, vordering.Invalid("Case.Country", uint8(c.Country), "not a supported country")
	}
	for _, a := range flowActs(c, asOf) {
		m, err := h.check(a)
		if err != nil {
			return h, err
		}
		h.accept(a, m)
	}
	return h, nil
}

// ValidateHistory checks the acts of case c against the collection flow of
// its country: every act must follow, in date order, an act from which the
// law allows it, after the statutory wait between them, within the window
// the law sets (an opposition, an appeal), and must not be forbidden by the
// debtor's status on its date. The first offending act gives a *FlowError
// naming the act's index, the rule and its citation; it wraps
// [vordering.ErrInvalidInput]. An invalid case gives the error of
// [Case.Validate].
func ValidateHistory(c Case) error {
	if err := c.Validate(); err != nil {
		return err
	}
	_, err := replay(c, date.Date{})
	return err
}
