package flow

import (
	"iter"
	"slices"
	"strconv"

	"github.com/rickb777/date"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/deadlines"
	"github.com/vordering/vordering/internal/enumtext"
	"github.com/vordering/vordering/procedure/casefile"
	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/internal/kit"
	"github.com/vordering/vordering/procedure/internal/terms"
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

var phaseNames = enumtext.New[Phase]("Phase", []string{PhaseAmicable: "amicable", PhaseProceedings: "proceedings", PhaseTitle: "title", PhaseExecution: "execution"})

// Valid reports whether v is a defined value.
func (v Phase) Valid() bool { return phaseNames.Valid(v) }

// String returns the text form of v, or "Phase(n)" for an undefined value.
func (v Phase) String() string { return phaseNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v Phase) MarshalText() ([]byte, error) { return phaseNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *Phase) UnmarshalText(b []byte) error { return phaseNames.UnmarshalText(b, v) }

// TitleKind restricts a transition to the kind of title the case holds.
type TitleKind uint8

var titleKindNames = enumtext.New[TitleKind]("TitleKind", []string{AnyTitle: "any", DefaultTitle: "default", ContradictoryTitle: "contradictory", IOSTitle: "ios-pv", AdminTitle: "dwangbevel"})

// Valid reports whether v is a defined value.
func (v TitleKind) Valid() bool { return titleKindNames.Valid(v) }

// String returns the text form of v, or "TitleKind(n)" for an undefined value.
func (v TitleKind) String() string { return titleKindNames.String(v) }

// MarshalText encodes v as its String form; an undefined value is an error
// wrapping vordering.ErrInvalidInput.
func (v TitleKind) MarshalText() ([]byte, error) { return titleKindNames.MarshalText(v) }

// UnmarshalText decodes the String form of a defined value.
func (v *TitleKind) UnmarshalText(b []byte) error { return titleKindNames.UnmarshalText(b, v) }

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
	// AdminTitle: the latest title is a public creditor's dwangbevel.
	AdminTitle
)

// FlowNode describes one act in a country's flow.
type FlowNode struct {
	Act   casefile.ActKind `json:"act"`
	Label string           `json:"label"`
	Phase Phase            `json:"phase,omitzero"`
	// Step is the kind of step the debtor's status may forbid.
	Step debtor.Activity `json:"step,omitzero"`
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
	Then            deadlines.TermKind `json:"then,omitempty"`
	ThenFromReceipt bool               `json:"thenFromReceipt,omitempty"`
}

// Transition is one edge of the flow: act To may follow act From (zero
// From: the start of a collection) when From's outcome is one of Outcomes
// (empty: any), for the debtors the flags allow, once the statutory Wait
// (chained terms from From's date or receipt) is over, and, where Within is
// set, no later than the end of that term counted from From.
type Transition struct {
	Country vordering.Country `json:"country"`
	From    casefile.ActKind  `json:"from,omitzero"`
	To      casefile.ActKind  `json:"to"`
	// Outcomes are the outcomes of From that open the edge; empty is any.
	Outcomes []casefile.Outcome `json:"outcomes,omitempty"`
	// ConsumerOnly and NonConsumerOnly restrict the edge to the debtor's quality.
	ConsumerOnly    bool `json:"consumerOnly,omitempty"`
	NonConsumerOnly bool `json:"nonConsumerOnly,omitempty"`
	// Title restricts the edge to the kind of the latest title.
	Title TitleKind `json:"title,omitempty"`
	// PublicOnly restricts the edge to a public creditor's claim collected
	// under the country's public basis (Case.Public.Basis); Region, when
	// set, to a Belgian local authority of that region.
	PublicOnly bool            `json:"publicOnly,omitempty"`
	Region     casefile.Region `json:"region,omitzero"`
	// Since and Before restrict the edge to an earlier act dated on or
	// after Since and before Before (zero: no bound): the law in force.
	Since  date.Date `json:"since,omitzero"`
	Before date.Date `json:"before,omitzero"`
	// Wait are the statutory terms that must run out, in order, each counted
	// from the end of the one before; the first from From's date (or its
	// receipt, when WaitFromReceipt).
	Wait            []deadlines.TermKind `json:"wait,omitempty"`
	WaitFromReceipt bool                 `json:"waitFromReceipt,omitempty"`
	// Within are the terms, chained as Wait but always from From's date, by
	// whose end To must be done; empty is no limit.
	Within []deadlines.TermKind `json:"within,omitempty"`
	// Rule says in one sentence what the law allows and why.
	Rule string             `json:"rule"`
	Cite vordering.Citation `json:"cite"`
}

// FlowError is the error of [ValidateHistory]: act Index of the case (its
// position in Case.Acts) is not allowed at that point, or is too early or
// too late. It wraps [vordering.ErrInvalidInput].
type FlowError struct {
	Index int              `json:"index"`
	Act   casefile.ActKind `json:"act"`
	// Problem is "not-allowed", "too-early", "too-late" or "status".
	Problem string `json:"problem"`
	// Rule names the rule broken; Cite is its source.
	Rule string             `json:"rule"`
	Cite vordering.Citation `json:"cite"`
	// Earliest or Latest is the day the act could first, or last, be done.
	Earliest date.Date `json:"earliest,omitzero"`
	Latest   date.Date `json:"latest,omitzero"`
	// Allowed are the acts of the flow that would have been allowed on the
	// act's day after the acts before it, in flow order (the acts that move
	// the collection on; payments, acknowledgements, arrangements and
	// declarations of the claim are always allowed, and so are letters once
	// proceedings have begun). Empty when none was.
	Allowed []casefile.ActKind `json:"allowed,omitempty"`
}

// Error implements error.
func (e *FlowError) Error() string {
	s := "procedure: Case.Acts[" + strconv.Itoa(e.Index) + "] (" + e.Act.String() + "): " + e.Problem + ": " + e.Rule
	if vordering.HasDate(e.Earliest) {
		s += " (earliest " + e.Earliest.String() + ")"
	}
	if vordering.HasDate(e.Latest) {
		s += " (latest " + e.Latest.String() + ")"
	}
	if c := e.Cite.String(); c != "" {
		s += " [" + c + "]"
	}
	if len(e.Allowed) == 0 {
		return s + "; no act of the flow was allowed there"
	}
	s += "; allowed there: "
	for i, k := range e.Allowed {
		if i > 0 {
			s += ", "
		}
		s += k.String()
	}
	return s
}

// Warning is an irregular act of a history that a lenient plan
// ([History] replayed by [ReplayLenient]) took into account as done: the
// *FlowError strict mode would have returned, as a warning.
type Warning struct {
	// Index is the act's position in Case.Acts.
	Index int              `json:"index"`
	Act   casefile.ActKind `json:"act"`
	// Problem is "not-allowed", "too-early", "too-late" or "status".
	Problem string `json:"problem"`
	// Rule names the rule the act breaks; Citation is its source.
	Rule     string             `json:"rule"`
	Citation vordering.Citation `json:"citation"`
	// Message is the strict error's text; Allowed the acts that would have
	// been allowed there (FlowError.Allowed).
	Message string             `json:"message"`
	Allowed []casefile.ActKind `json:"allowed,omitempty"`
}

// warningOf turns a flow error into a warning.
func warningOf(e *FlowError) Warning {
	return Warning{Index: e.Index, Act: e.Act, Problem: e.Problem, Rule: e.Rule, Citation: e.Cite, Message: e.Error(), Allowed: slices.Clone(e.Allowed)}
}

// Unwrap makes errors.Is(err, vordering.ErrInvalidInput) true.
func (e *FlowError) Unwrap() error { return vordering.ErrInvalidInput }

// Flow returns the transition table of country c, in table order. The
// result is the caller's: the slice and the lists of each transition
// (Outcomes, Wait, Within) are copies, and changing them changes no later
// answer. An unsupported country gives nil.
func Flow(c vordering.Country) []Transition {
	f := flows[c]
	if f == nil {
		return nil
	}
	out := make([]Transition, len(f.edges))
	for i, e := range f.edges {
		e.Outcomes = slices.Clone(e.Outcomes)
		e.Wait = slices.Clone(e.Wait)
		e.Within = slices.Clone(e.Within)
		out[i] = e
	}
	return out
}

// FlowNodes returns the acts of country c's flow with their phase, status
// step and the term each starts. The slice is a copy (a FlowNode holds no
// list). An unsupported country gives nil.
func FlowNodes(c vordering.Country) []FlowNode {
	f := flows[c]
	if f == nil {
		return nil
	}
	return slices.Clone(f.nodeList)
}

// flowIndex holds a country's tables ready for lookup. It is built once and
// only read.
type flowIndex struct {
	nodes    map[casefile.ActKind]FlowNode
	nodeList []FlowNode
	to       map[casefile.ActKind][]int // edges by To, indices into the table
	from     map[casefile.ActKind][]int // edges by From (0: the start of a collection)
	remedy   []bool                     // per edge: its To is a remedy, which may follow any earlier act
	timed    []bool                     // per edge: it has a Wait or a Within
	edges    []Transition
}

var flows = map[vordering.Country]*flowIndex{
	vordering.BE: buildFlow(beFlow, beNodes),
	vordering.NL: buildFlow(nlFlow, nlNodes),
}

func buildFlow(edges []Transition, nodes []FlowNode) *flowIndex {
	f := &flowIndex{nodes: map[casefile.ActKind]FlowNode{}, nodeList: nodes, to: map[casefile.ActKind][]int{}, from: map[casefile.ActKind][]int{},
		remedy: make([]bool, len(edges)), timed: make([]bool, len(edges)), edges: edges}
	for _, n := range nodes {
		f.nodes[n.Act] = n
	}
	for i, e := range edges {
		f.to[e.To] = append(f.to[e.To], i)
		f.from[e.From] = append(f.from[e.From], i)
		f.remedy[i] = f.nodes[e.To].Remedy
		f.timed[i] = len(e.Wait) > 0 || len(e.Within) > 0
	}
	return f
}

// histAct is an act of the history with its index in Case.Acts.
type histAct struct {
	casefile.Act
	idx int
}

// The replay.
//
// The acts are checked in date order, so the day of the act being checked
// never goes back. The history carries forward, for every edge of the
// table, the earlier flow acts it may start from (its candidate set): the
// acts of the phase reached (every act for an edge to a remedy) whose kind,
// outcome, date and debtor the edge accepts. Each candidate's window (its
// earliest and latest day for the edge) is computed once, when first
// needed. Because the day only moves forward, a candidate that is too early
// waits in a heap ordered by its earliest day, one that is open sits in a
// heap ordered by its latest day (or is counted as open for good when the
// edge has no window), and one past its window is dropped: each candidate
// enters and leaves each heap once, so the replay of n acts costs
// O(n log n) whatever the history. Only when no candidate passes is the
// full list of [History.candidates] built, once, to name the rule broken
// exactly as before.

// History is the state that the acts of a case reach in its country's
// flow: the acts taken into account, in date order, the flow acts accepted,
// the phase and the title reached. [Replay] builds it; the planner reads it.
type History struct {
	cal      terms.Calendar
	c        casefile.Case
	f        *flowIndex
	consumer bool
	sorted   []histAct             // the acts taken into account, in date order
	acts     []histAct             // flow acts accepted so far, in order
	phase    Phase                 // highest phase reached
	title    TitleKind             // kind of the latest title, AnyTitle when none
	lastOf   [maxActKind + 1]int32 // position in acts of the latest act of each kind, -1 for none
	sets     []candSet             // per edge of f.edges
	terms    map[termKey]termVal
}

// candSet is the candidate set of one edge: the flow acts it may start
// from, by position in history.acts. An edge without a wait or a window
// opens on the day of its earlier act and never closes, so any candidate
// allows the act; only a timed edge keeps windows and heaps.
type candSet struct {
	pos   []int32     // positions of the candidates, in order
	timed *timedState // a timed edge's windows and heaps, once it has a candidate
}

// timedState is what a timed edge keeps beside its candidates.
type timedState struct {
	win     []candWin  // the window of each candidate, computed once
	placed  int        // pos[:placed] are in the heaps, or dropped
	pending []heapItem // not yet open, by earliest day
	active  []heapItem // open until their latest day, by latest day
	open    int        // open for good (no latest day)
}

// candWin is the window of one candidate of a timed edge.
type candWin struct {
	done     bool
	earliest date.Date
	latest   date.Date
	err      error
}

// maxActKind is the largest act kind a history records; a test checks that
// every defined ActKind is within it.
const maxActKind = 35

type heapItem struct {
	key date.Date
	i   int32
}

type termKey struct {
	k     deadlines.TermKind
	event date.Date
}

type termVal struct {
	end date.Date
	err error
}

func newHistory(cal terms.Calendar, c casefile.Case) *History {
	h := &History{cal: cal, c: c, f: flows[c.Country], consumer: c.Debtor.Kind == vordering.Consumer}
	for i := range h.lastOf {
		h.lastOf[i] = -1
	}
	if h.f != nil {
		h.sets = make([]candSet, len(h.f.edges))
	}
	return h
}

// flowActs returns the acts on or before asOf (all when asOf is the zero
// date, "no date"), sorted by date, the given order kept for acts of the
// same day.
func flowActs(c casefile.Case, asOf date.Date) []histAct {
	out := make([]histAct, 0, len(c.Acts))
	for i, a := range c.Acts {
		if vordering.HasDate(asOf) && a.Date.After(asOf) {
			continue
		}
		out = append(out, histAct{Act: a, idx: i})
	}
	slices.SortStableFunc(out, func(a, b histAct) int { return kit.ByDate(a.Act, b.Act) })
	return out
}

// match is a transition found for a candidate act, with the act it follows
// and the days it opens and closes.
type match struct {
	edge     *Transition
	from     *histAct  // nil at the start
	earliest date.Date // the zero date at the start: no earliest day
	latest   date.Date // the zero date when no window
	err      error     // a term that could not be computed
}

// neutral reports whether act k leaves the state unchanged in the current
// history.
func (h *History) neutral(k casefile.ActKind) bool {
	n, ok := h.f.nodes[k]
	if ok && n.Neutral {
		return true
	}
	return kit.IsLetter(k) && h.phase > PhaseAmicable
}

// eligible reports whether edge e may start from act from (nil: the start)
// in the current history, before its window is looked at.
func (h *History) eligible(e *Transition, from *histAct) bool {
	var fk casefile.ActKind
	var fo casefile.Outcome
	if from != nil {
		fk, fo = from.Kind, from.Outcome
	}
	if e.From != fk || (e.Title != AnyTitle && e.Title != h.title) {
		return false
	}
	return h.eligibleFrom(e, from, fo)
}

// eligibleFrom holds the conditions of edge e on its earlier act (outcome,
// dates) and on the debtor, which do not change as the history grows.
func (h *History) eligibleFrom(e *Transition, from *histAct, fo casefile.Outcome) bool {
	if len(e.Outcomes) > 0 && !slices.Contains(e.Outcomes, fo) {
		return false
	}
	if (e.ConsumerOnly && !h.consumer) || (e.NonConsumerOnly && h.consumer) {
		return false
	}
	if (e.PublicOnly && h.c.Public.Basis == casefile.PublicNone) || (e.Region != casefile.RegionNone && e.Region != h.c.Public.Region) {
		return false
	}
	if from != nil && ((vordering.HasDate(e.Since) && from.Date.Before(e.Since)) || (vordering.HasDate(e.Before) && !from.Date.Before(e.Before))) {
		return false
	}
	return true
}

// titleOK reports whether edge e's title condition holds now.
func (h *History) titleOK(e *Transition) bool { return e.Title == AnyTitle || e.Title == h.title }

// scoped reports whether act k may follow earlier flow acts besides the
// latest: an act of the phase reached, or a remedy.
func (h *History) scoped(node FlowNode) bool { return node.Phase == h.phase || node.Remedy }

// candidates returns the transitions that could lead to act k now, each
// with its predecessor, in preference order: from the state first, then from
// earlier flow acts (latest first) when the phase does not go back. It
// builds the whole list, in time linear in the history: the replay calls it
// only to explain an act that no candidate allows.
func (h *History) candidates(k casefile.ActKind) []match {
	var out []match
	node := h.f.nodes[k]
	idx := h.f.to[k]
	try := func(from *histAct) {
		for _, i := range idx {
			e := &h.f.edges[i]
			if h.eligible(e, from) {
				out = append(out, h.window(e, from))
			}
		}
	}
	if len(h.acts) == 0 {
		try(nil)
		return out
	}
	last := &h.acts[len(h.acts)-1]
	try(last)
	if !h.scoped(node) {
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

// firstMatch returns the first candidate for act k, in the order of
// [History.candidates], that ok accepts; the earlier acts before position
// minPos of the history are not tried (the latest act always is). It reads
// the candidate sets, so it costs the candidates it tries, not the whole
// history.
func (h *History) firstMatch(k casefile.ActKind, minPos int, ok func(*match) bool) (match, bool) {
	node := h.f.nodes[k]
	idx := h.f.to[k]
	n := len(h.acts)
	if n == 0 {
		for _, i := range idx {
			e := &h.f.edges[i]
			if h.eligible(e, nil) {
				if m := h.window(e, nil); ok(&m) {
					return m, true
				}
			}
		}
		return match{}, false
	}
	last := &h.acts[n-1]
	for _, i := range idx {
		e := &h.f.edges[i]
		if h.eligible(e, last) {
			if m := h.window(e, last); ok(&m) {
				return m, true
			}
		}
	}
	if !h.scoped(node) {
		return match{}, false
	}
	// Merge the candidate sets of the edges to k, latest act first, edges
	// in table order for the same act.
	var buf [16]int
	ptr := buf[:0]
	if len(idx) > len(buf) {
		ptr = make([]int, 0, len(idx))
	}
	ptr = ptr[:len(idx)]
	for j, i := range idx {
		ptr[j] = -1
		if !h.titleOK(&h.f.edges[i]) {
			continue
		}
		ps := h.sets[i].pos
		p := len(ps) - 1
		for p >= 0 && int(ps[p]) > n-2 {
			p--
		}
		ptr[j] = p
	}
	for {
		best := -1
		for j, i := range idx {
			if ptr[j] >= 0 {
				best = max(best, int(h.sets[i].pos[ptr[j]]))
			}
		}
		if best < 0 || best < minPos {
			return match{}, false
		}
		for j, i := range idx {
			if ptr[j] < 0 {
				continue
			}
			if int(h.sets[i].pos[ptr[j]]) != best {
				continue
			}
			m := h.windowAt(i, ptr[j])
			ptr[j]--
			if ok(&m) {
				return m, true
			}
		}
	}
}

// hasCandidate reports whether any transition could lead to act k now,
// whatever its window: whether [History.candidates] is not empty.
func (h *History) hasCandidate(k casefile.ActKind) bool {
	node := h.f.nodes[k]
	idx := h.f.to[k]
	n := len(h.acts)
	var last *histAct
	if n > 0 {
		last = &h.acts[n-1]
	}
	for _, i := range idx {
		if h.eligible(&h.f.edges[i], last) {
			return true
		}
	}
	if n == 0 || !h.scoped(node) {
		return false
	}
	for _, i := range idx {
		if ps := h.sets[i].pos; h.titleOK(&h.f.edges[i]) && len(ps) > 0 && int(ps[0]) <= n-2 {
			return true
		}
	}
	return false
}

// passes reports whether some candidate allows act k on day: whether any
// match of [History.candidates] has no error, an earliest day on or before
// day and no latest day before it. day must not go back from one call to
// the next.
func (h *History) passes(k casefile.ActKind, day date.Date) bool {
	node := h.f.nodes[k]
	idx := h.f.to[k]
	n := len(h.acts)
	var last *histAct
	if n > 0 {
		last = &h.acts[n-1]
	}
	for _, i := range idx {
		e := &h.f.edges[i]
		if h.eligible(e, last) {
			if m := h.window(e, last); m.allows(day) {
				return true
			}
		}
	}
	if n == 0 || !h.scoped(node) {
		return false
	}
	for _, i := range idx {
		if h.titleOK(&h.f.edges[i]) && h.advance(i, day) {
			return true
		}
	}
	return false
}

// allows reports whether the match lets the act be done on day.
func (m *match) allows(day date.Date) bool {
	if m.err != nil {
		return false
	}
	if vordering.HasDate(m.earliest) && day.Before(m.earliest) {
		return false
	}
	return !vordering.HasDate(m.latest) || !day.After(m.latest)
}

// advance brings edge i's candidate set to day and reports whether one of
// its candidates is open on it.
func (h *History) advance(i int, day date.Date) bool {
	cs := &h.sets[i]
	if !h.f.timed[i] {
		return len(cs.pos) > 0
	}
	s := cs.timed
	if s == nil {
		return false
	}
	for ; s.placed < len(cs.pos); s.placed++ {
		w := h.evaluate(i, s.placed)
		if w.err == nil {
			s.pending = heapPush(s.pending, heapItem{key: w.earliest, i: int32(s.placed)})
		}
	}
	for len(s.pending) > 0 && !day.Before(s.pending[0].key) {
		var it heapItem
		s.pending, it = heapPop(s.pending)
		w := &s.win[it.i]
		switch {
		case !vordering.HasDate(w.latest):
			s.open++
		case !day.After(w.latest):
			s.active = heapPush(s.active, heapItem{key: w.latest, i: it.i})
		}
	}
	for len(s.active) > 0 && day.After(s.active[0].key) {
		s.active, _ = heapPop(s.active)
	}
	return s.open > 0 || len(s.active) > 0
}

// evaluate computes, once, the window of candidate j of timed edge i.
func (h *History) evaluate(i, j int) *candWin {
	w := &h.sets[i].timed.win[j]
	if !w.done {
		m := h.window(&h.f.edges[i], &h.acts[h.sets[i].pos[j]])
		*w = candWin{done: true, earliest: m.earliest, latest: m.latest, err: m.err}
	}
	return w
}

// windowAt returns the match of candidate j of edge i.
func (h *History) windowAt(i, j int) match {
	from := &h.acts[h.sets[i].pos[j]]
	m := match{edge: &h.f.edges[i], from: from, earliest: from.Date}
	if h.f.timed[i] {
		w := h.evaluate(i, j)
		m.earliest, m.latest, m.err = w.earliest, w.latest, w.err
	}
	return m
}

// heapPush and heapPop keep a binary min-heap of items by key.
func heapPush(hp []heapItem, x heapItem) []heapItem {
	hp = append(hp, x)
	for j := len(hp) - 1; j > 0; {
		p := (j - 1) / 2
		if !hp[j].key.Before(hp[p].key) {
			break
		}
		hp[j], hp[p] = hp[p], hp[j]
		j = p
	}
	return hp
}

func heapPop(hp []heapItem) ([]heapItem, heapItem) {
	top := hp[0]
	n := len(hp) - 1
	hp[0] = hp[n]
	hp = hp[:n]
	for j := 0; ; {
		l, r, m := 2*j+1, 2*j+2, j
		if l < n && hp[l].key.Before(hp[m].key) {
			m = l
		}
		if r < n && hp[r].key.Before(hp[m].key) {
			m = r
		}
		if m == j {
			break
		}
		hp[j], hp[m] = hp[m], hp[j]
		j = m
	}
	return hp, top
}

// window computes the earliest and latest day of edge e from act from.
func (h *History) window(e *Transition, from *histAct) match {
	m := match{edge: e, from: from}
	if from == nil {
		return m
	}
	start := from.Date
	if e.WaitFromReceipt {
		start = h.cal.ReceiptOf(h.c.Country, from.Act)
	}
	m.earliest = from.Date
	ev := start
	for i, k := range e.Wait {
		end, err := h.termEnd(ev, k)
		if err != nil {
			m.err = err
			return m
		}
		ev = end
		if i == len(e.Wait)-1 {
			m.earliest = terms.After(h.c.Country, k, end)
		}
	}
	ev = from.Date
	for _, k := range e.Within {
		end, err := h.termEnd(ev, k)
		if err != nil {
			m.err = err
			return m
		}
		ev = end
		m.latest = end
	}
	return m
}

// termEnd is [termEnd] for the history's country, remembered for each term
// and day: acts of the same day, and edges with the same wait, share it.
func (h *History) termEnd(event date.Date, k deadlines.TermKind) (date.Date, error) {
	key := termKey{k: k, event: event}
	if v, ok := h.terms[key]; ok {
		return v.end, v.err
	}
	end, err := h.cal.End(h.c.Country, event, k)
	if h.terms == nil {
		h.terms = map[termKey]termVal{}
	}
	h.terms[key] = termVal{end: end, err: err}
	return end, err
}

// check decides whether act a (index idx in the case) may be done now. It
// reports whether the act moves the flow on (false for a neutral act), or
// returns a *FlowError.
func (h *History) check(a histAct) (bool, error) {
	node, ok := h.f.nodes[a.Kind]
	if !ok {
		return false, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
			Rule: "the act is not part of the " + h.c.Country.String() + " collection flow"}
	}
	if r, bad := debtor.Forbidden(h.c.Country, kit.StatusOn(h.c, a.Date), node.Step); bad {
		return false, &FlowError{Index: a.idx, Act: a.Kind, Problem: "status", Rule: r.Text, Cite: r.Cite}
	}
	if h.neutral(a.Kind) {
		return false, nil
	}
	if h.passes(a.Kind, a.Date) {
		return true, nil
	}
	return h.explain(a)
}

// explain goes through every candidate for act a in preference order and
// returns the error of the first (or, should one allow the act after all,
// accepts it).
func (h *History) explain(a histAct) (bool, error) {
	cands := h.candidates(a.Kind)
	if len(cands) == 0 {
		state := "the start of the collection"
		if len(h.acts) > 0 {
			l := h.acts[len(h.acts)-1]
			state = "a " + l.Kind.String()
			if l.Outcome != casefile.OutcomeNone {
				state += " (" + l.Outcome.String() + ")"
			}
			state += " of " + l.Date.String()
		}
		return false, &FlowError{Index: a.idx, Act: a.Kind, Problem: "not-allowed",
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
		if vordering.HasDate(m.earliest) && a.Date.Before(m.earliest) {
			if first == nil {
				first = &FlowError{Index: a.idx, Act: a.Kind, Problem: "too-early", Rule: m.edge.Rule, Cite: m.edge.Cite, Earliest: m.earliest}
			}
			continue
		}
		if vordering.HasDate(m.latest) && a.Date.After(m.latest) {
			if first == nil {
				first = &FlowError{Index: a.idx, Act: a.Kind, Problem: "too-late", Rule: m.edge.Rule, Cite: m.edge.Cite, Latest: m.latest}
			}
			continue
		}
		return true, nil
	}
	return false, first
}

// accept records act a in the history; flow is the answer of check.
func (h *History) accept(a histAct, flow bool) {
	if !flow {
		return
	}
	node := h.f.nodes[a.Kind]
	pos := int32(len(h.acts))
	h.acts = append(h.acts, a)
	if int(a.Kind) < len(h.lastOf) {
		h.lastOf[a.Kind] = pos
	}
	if node.Phase > h.phase {
		// A new phase: the acts of the earlier one leave the candidate
		// sets of the edges to non-remedies.
		h.phase = node.Phase
		for i := range h.sets {
			if !h.f.remedy[i] {
				h.sets[i] = candSet{}
			}
		}
	}
	switch a.Kind {
	case casefile.ActDefaultJudgment:
		h.title = DefaultTitle
	case casefile.ActJudgment:
		h.title = ContradictoryTitle
	case casefile.ActIOSNonContestation:
		h.title = IOSTitle
	case casefile.ActDwangbevel:
		h.title = AdminTitle
	}
	inPhase := node.Phase == h.phase
	for _, i := range h.f.from[a.Kind] {
		if !inPhase && !h.f.remedy[i] {
			continue
		}
		if h.eligibleFrom(&h.f.edges[i], &a, a.Outcome) {
			s := &h.sets[i]
			s.pos = append(s.pos, pos)
			if h.f.timed[i] {
				if s.timed == nil {
					s.timed = &timedState{}
				}
				s.timed.win = append(s.timed.win, candWin{})
			}
		}
	}
}

// latestOf returns the position in h.acts of the latest flow act of kind
// k, or -1 when there is none.
func (h *History) latestOf(k casefile.ActKind) int {
	if int(k) < len(h.lastOf) {
		return int(h.lastOf[k])
	}
	return -1
}

// replay validates the acts of c on or before asOf (all when asOf is the
// zero date, "no date") and returns the history reached.
func replay(cal terms.Calendar, c casefile.Case, asOf date.Date) (*History, error) {
	h, _, err := replayMode(cal, c, asOf, false)
	return h, err
}

// replayMode is replay; when lenient, an act that breaks the flow is
// reported as a warning and taken into account as done (as a flow act when
// it is part of the country's flow and not neutral there), instead of
// ending the replay with its error.
func replayMode(cal terms.Calendar, c casefile.Case, asOf date.Date, lenient bool) (*History, []Warning, error) {
	h := newHistory(cal, c)
	if h.f == nil {
		return nil, nil, vordering.Invalid("Case.Country", uint8(c.Country), "not a supported country")
	}
	h.sorted = flowActs(c, asOf)
	h.acts = make([]histAct, 0, len(h.sorted))
	var warns []Warning
	for _, a := range h.sorted {
		flow, err := h.check(a)
		if err != nil {
			err = h.withAllowed(a, err)
			fe, ok := err.(*FlowError)
			if !lenient || !ok {
				return h, warns, err
			}
			warns = append(warns, warningOf(fe))
			_, inFlow := h.f.nodes[a.Kind]
			flow = inFlow && !h.neutral(a.Kind)
		}
		h.accept(a, flow)
	}
	return h, warns, nil
}

// withAllowed fills the Allowed list of the *FlowError err for act a: the
// flow acts that the history before a allows on a's day and the debtor's
// status does not forbid. It only reads the candidate sets forward to a's
// day, which the check of a has reached already.
func (h *History) withAllowed(a histAct, err error) error {
	fe, ok := err.(*FlowError)
	if !ok {
		return err
	}
	st := kit.StatusOn(h.c, a.Date)
	for _, n := range h.f.nodeList {
		if h.neutral(n.Act) {
			continue
		}
		if _, bad := debtor.Forbidden(h.c.Country, st, n.Step); bad {
			continue
		}
		if h.passes(n.Act, a.Date) {
			fe.Allowed = append(fe.Allowed, n.Act)
		}
	}
	return fe
}

// ValidateHistory checks the acts of case c against the collection flow of
// its country: every act must follow, in date order, an act from which the
// law allows it, after the statutory wait between them, within the window
// the law sets (an opposition, an appeal), and must not be forbidden by the
// debtor's status on its date. The first offending act gives a *FlowError
// naming the act's index, the rule and its citation; it wraps
// [vordering.ErrInvalidInput]. An invalid case gives the error of
// [Case.Validate]. The check takes time O(n log n) in the number of acts.
func ValidateHistory(c casefile.Case) error { return ValidateHistoryOn(deadlines.Rules{}, c) }

// ValidateHistoryOn is [ValidateHistory] with the statutory terms counted
// on the rule set r of package deadlines (the zero value: the built-in
// calendars).
func ValidateHistoryOn(r deadlines.Rules, c casefile.Case) error {
	if err := c.Validate(); err != nil {
		return err
	}
	_, err := replay(terms.Calendar{Rules: r}, c, vordering.NoDate())
	return err
}

// Replay checks the acts of case k on or before asOf against the flow of
// its country, counting the terms on cal, and returns the history reached
// (with the *FlowError of the first act that breaks the flow). It is
// [ValidateHistory] for the planner, which has validated the case already.
func Replay(k kit.Checked, cal terms.Calendar, asOf date.Date) (*History, error) {
	return replay(cal, k.Case(), asOf)
}

// ReplayLenient is [Replay] for a history with irregular acts: each act that
// breaks the flow is reported as a [Warning] (the *FlowError of strict mode)
// and taken into account as done, so that the history is planned from what
// happened. The error is only that of an unsupported country.
func ReplayLenient(k kit.Checked, cal terms.Calendar, asOf date.Date) (*History, []Warning, error) {
	return replayMode(cal, k.Case(), asOf, true)
}

// Phase is the highest phase the collection has reached; zero before any
// flow act.
func (h *History) Phase() Phase { return h.phase }

// Title is the kind of the latest title, [AnyTitle] when there is none.
func (h *History) Title() TitleKind { return h.title }

// Last returns the latest flow act (the state), and false before any.
func (h *History) Last() (casefile.Act, bool) {
	if n := len(h.acts); n > 0 {
		return h.acts[n-1].Act, true
	}
	return casefile.Act{}, false
}

// LatestOf returns the latest flow act of kind k, and false when there is
// none.
func (h *History) LatestOf(k casefile.ActKind) (casefile.Act, bool) {
	if i := h.latestOf(k); i >= 0 {
		return h.acts[i].Act, true
	}
	return casefile.Act{}, false
}

// Paid returns the last act taken into account (in date order) whose
// outcome is a payment in full, and false when there is none.
func (h *History) Paid() (casefile.Act, bool) {
	var paid casefile.Act
	found := false
	for _, x := range h.sorted {
		if x.Outcome == casefile.OutcomePaid {
			paid, found = x.Act, true
		}
	}
	return paid, found
}

// Nodes yields the acts of the country's flow in table order.
func (h *History) Nodes() iter.Seq[FlowNode] {
	return func(yield func(FlowNode) bool) {
		for _, n := range h.f.nodeList {
			if !yield(n) {
				return
			}
		}
	}
}

// Node returns the flow node of act k, and false when k is not part of
// the country's flow.
func (h *History) Node(k casefile.ActKind) (FlowNode, bool) {
	n, ok := h.f.nodes[k]
	return n, ok
}

// Opening is when a next act may be done: the rule of the flow that allows
// it, from the earliest day (the zero date: no earliest day) to the latest
// (the zero date: no window).
type Opening struct {
	Earliest date.Date          `json:"earliest,omitzero"`
	Latest   date.Date          `json:"latest,omitzero"`
	Rule     string             `json:"rule"`
	Cite     vordering.Citation `json:"cite"`
	// Terms are the statutory terms the transition counted (its waits, then
	// its windows), a new slice; nil when none.
	Terms []deadlines.TermKind `json:"terms,omitempty"`
}

// Next returns the opening of act k as a next step on asOf: the first
// transition to k, in preference order, whose terms are computable, whose
// window is still open on asOf (or on its earliest day, when later), and
// whose earlier act no act of kind k already follows. It reports false
// when the flow offers none.
func (h *History) Next(k casefile.ActKind, asOf date.Date) (Opening, bool) {
	m, ok := h.firstMatch(k, h.latestOf(k), func(x *match) bool {
		return x.err == nil && !(vordering.HasDate(x.latest) && x.latest.Before(kit.Later(x.earliest, asOf)))
	})
	if !ok {
		return Opening{}, false
	}
	var ts []deadlines.TermKind
	if len(m.edge.Wait)+len(m.edge.Within) > 0 {
		ts = slices.Concat(m.edge.Wait, m.edge.Within)
	}
	return Opening{Earliest: m.earliest, Latest: m.latest, Rule: m.edge.Rule, Cite: m.edge.Cite, Terms: ts}, true
}

// HasCandidate reports whether any transition could lead to act k now,
// whatever its window.
func (h *History) HasCandidate(k casefile.ActKind) bool { return h.hasCandidate(k) }

// Arrangement is the step of recording a payment arrangement the debtor
// asked for: the label of the act, the rule and its citation.
type Arrangement struct {
	Label string
	Rule  string
	Cite  vordering.Citation
}

// Arrangement returns the step of recording a payment arrangement when the
// latest flow act's outcome is a request for one (BE IOS: the debtor asks
// for payment facilities within the month) and none was recorded on or
// after its day; false otherwise.
func (h *History) Arrangement() (Arrangement, bool) {
	n := len(h.acts)
	if n == 0 || h.acts[n-1].Outcome != casefile.OutcomePaymentPlan {
		return Arrangement{}, false
	}
	last := h.acts[n-1]
	for _, x := range h.sorted {
		if x.Kind == casefile.ActPaymentPlan && !x.Date.Before(last.Date) {
			return Arrangement{}, false
		}
	}
	cite := citeNLFlowLetter
	rule := "The debtor asked for a payment arrangement: agree it in writing (it acknowledges the debt) or refuse it and continue."
	if h.c.Country == vordering.BE {
		cite = citeBEFlowLetter
		if last.Kind == casefile.ActIOSSummons {
			cite = citeBEFlowIOS
			rule = "IOS, payment facilities asked within the month: the creditor may agree a plan with the debtor; what follows a refused or broken plan is not modelled."
		}
	}
	return Arrangement{Label: h.f.nodes[casefile.ActPaymentPlan].Label, Rule: rule, Cite: cite}, true
}
