package letters

import (
	"strconv"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// TermFrom is the day a letter says its term is counted from.
type TermFrom uint8

// The starts a letter may state.
const (
	// TermFromUnstated: the letter names no start (a last day, or nothing).
	TermFromUnstated TermFrom = iota
	// TermFromReceipt: from the day after receipt ("binnen veertien dagen
	// vanaf de dag nadat deze brief bij u is bezorgd").
	TermFromReceipt
	// TermFromLetterDate: from the date of the letter ("binnen veertien
	// dagen na heden", "na dagtekening").
	TermFromLetterDate
	// TermFromSending: from the day the letter was sent ("na verzending").
	TermFromSending
	// TermFromService: from the service of the writ (the summonses).
	TermFromService
)

// Stated is what a letter says: the facts to check against the law. A zero
// field means the letter does not state it.
type Stated struct {
	Principal decimal.NullDecimal `json:"principal"`
	DueDate   date.Date           `json:"dueDate,omitzero"`
	// TermDays is the number of days the letter gives; TermFrom what they
	// are counted from; TermEnd the last day it names.
	TermDays int       `json:"termDays,omitzero"`
	TermFrom TermFrom  `json:"termFrom,omitzero"`
	TermEnd  date.Date `json:"termEnd,omitzero"`
	// Costs is the collection costs (NL) or flat damages (BE) the letter
	// announces; VATIncluded says the figure includes VAT, VATStatement that
	// the letter carries the creditor's statement of Besluit BIK art. 2 lid 3.
	Costs        decimal.NullDecimal `json:"costs"`
	VATIncluded  bool                `json:"vatIncluded"`
	VATStatement bool                `json:"vatStatement"`
	// InterestRate is the yearly rate the letter announces.
	InterestRate decimal.NullDecimal `json:"interestRate"`
	// ReminderFee is a fee the letter charges for itself.
	ReminderFee decimal.NullDecimal `json:"reminderFee"`
	// Total is the total the letter claims (the IOS overview).
	Total decimal.NullDecimal `json:"total"`
	// Mentions are the identifiers of the statements and annexes the letter
	// carries (ElemCreditor, ElemClaim, ElemEvidence, ElemAnswerForm,
	// ElemChapter, ElemCourt, ElemServed …).
	Mentions []string `json:"mentions,omitempty"`
}

// Problem is what is wrong with an element.
type Problem uint8

// The problems.
const (
	// Missing: the letter does not carry a required element.
	Missing Problem = iota + 1
	// Wrong: the element is stated wrongly (too early, too high, counted
	// from the wrong day).
	Wrong
	// Lower: the letter announces less than the law allows. Not an error:
	// only the lower figure may be charged.
	Lower
)

// String returns "missing", "wrong" or "lower".
func (p Problem) String() string {
	switch p {
	case Missing:
		return "missing"
	case Wrong:
		return "wrong"
	case Lower:
		return "lower"
	}
	return "Problem(" + strconv.Itoa(int(p)) + ")"
}

// MarshalText encodes p by name.
func (p Problem) MarshalText() ([]byte, error) {
	if p < Missing || p > Lower {
		return nil, vordering.Invalid("Problem", uint8(p), "not defined")
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes a name written by MarshalText.
func (p *Problem) UnmarshalText(b []byte) error {
	for q := Missing; q <= Lower; q++ {
		if q.String() == string(b) {
			*p = q
			return nil
		}
	}
	return vordering.Invalid("Problem", string(b), "want missing, wrong or lower")
}

// Finding is one element a letter leaves out or states wrongly.
type Finding struct {
	Element Element `json:"element"`
	Problem Problem `json:"problem"`
	// Stated is what the letter says, as text; empty when it says nothing.
	Stated string `json:"stated,omitempty"`
	// Correct is the value the law requires.
	Correct vordering.Value `json:"correct"`
	Reason  string          `json:"reason"`
}

// String renders "term-end wrong: stated 2025-04-20, correct 2025-04-22: … (citation)".
func (f Finding) String() string {
	s := f.Element.ID + " " + f.Problem.String()
	if f.Stated != "" {
		s += ": stated " + f.Stated
	}
	if c := f.Correct.String(); c != "" {
		s += ", correct " + c
	}
	return s + ": " + f.Reason + " (" + f.Element.Cite.String() + ")"
}

// Report is the answer of [Check].
type Report struct {
	Kind Kind `json:"kind"`
	// Letter is the correct letter for the facts.
	Letter   Letter    `json:"letter"`
	Findings []Finding `json:"findings"`
	// Assurance is the letter's.
	Assurance vordering.Assurance `json:"assurance"`
}

// OK reports whether the letter has no missing or wrong element.
func (r Report) OK() bool {
	for _, f := range r.Findings {
		if f.Problem != Lower {
			return false
		}
	}
	return true
}

// Explanation lists each finding with its rule and citation, after the correct
// letter's steps.
func (r Report) Explanation() vordering.Explanation {
	out := r.Letter.Explanation()
	for _, f := range r.Findings {
		out = append(out, vordering.Step{What: f.Element.What + " " + f.Problem.String() + ": " + f.Reason, Value: f.Correct,
			Rule: r.Kind.String() + "/" + f.Element.ID, Citation: f.Element.Cite})
	}
	return out
}

// Check compares what a letter states with what the law requires for the
// facts, and returns each missing or wrong element with its rule, its
// article and the correct value. A letter sent before the default is a
// finding, not an error; other bad facts are errors as for [Build].
func Check(f Facts, s Stated) (Report, error) { return Rules{}.Check(f, s) }

// Check is [Check] under the rules' policy.
func (r Rules) Check(f Facts, s Stated) (Report, error) {
	if err := vordering.CheckItems("Stated.Mentions", len(s.Mentions)); err != nil {
		return Report{}, err
	}
	if s.TermDays < 0 || s.TermDays > 3660 {
		return Report{}, vordering.Invalid("Stated.TermDays", s.TermDays, "between 0 and 3660")
	}
	if s.TermFrom > TermFromService {
		return Report{}, vordering.Invalid("Stated.TermFrom", uint8(s.TermFrom), "not a defined start")
	}
	for _, d := range []struct {
		field string
		d     date.Date
	}{{"Stated.DueDate", s.DueDate}, {"Stated.TermEnd", s.TermEnd}} {
		if err := vordering.CheckOptionalDate(d.field, d.d); err != nil {
			return Report{}, err
		}
	}
	for _, m := range []struct {
		field string
		v     decimal.NullDecimal
	}{{"Stated.Principal", s.Principal}, {"Stated.Costs", s.Costs}, {"Stated.ReminderFee", s.ReminderFee}, {"Stated.Total", s.Total}} {
		if m.v.Valid {
			if err := vordering.CheckAmount(m.field, m.v.Decimal); err != nil {
				return Report{}, err
			}
		}
	}
	if v := s.InterestRate; v.Valid && (v.Decimal.IsNegative() || v.Decimal.GreaterThan(decimal.NewFromInt(1)) || v.Decimal.Exponent() < -30) {
		return Report{}, vordering.Invalid("Stated.InterestRate", v.Decimal.String(), "a yearly rate as a fraction between 0 and 1")
	}
	l, err := r.build(f, false)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Kind: f.Kind, Letter: l, Assurance: l.Assurance}
	mention := func(id string) bool {
		for _, m := range s.Mentions {
			if m == id {
				return true
			}
		}
		return false
	}
	add := func(e Element, p Problem, stated string, correct vordering.Value, reason string) {
		rep.Findings = append(rep.Findings, Finding{Element: e, Problem: p, Stated: stated, Correct: correct, Reason: reason})
	}
	money := func(e Element, v decimal.NullDecimal, correct decimal.Decimal, what string) {
		switch {
		case !v.Valid:
			add(e, Missing, "", vordering.AmountValue(correct), "the letter does not state "+what)
		case v.Decimal.GreaterThan(correct):
			add(e, Wrong, fmtMoney(v.Decimal), vordering.AmountValue(correct), "more than "+what+" the law allows")
		case v.Decimal.LessThan(correct):
			add(e, Lower, fmtMoney(v.Decimal), vordering.AmountValue(correct), "less than "+what+": only the stated figure may be charged")
		}
	}
	for _, fe := range l.Elements {
		e := fe.Element
		switch e.ID {
		case ElemLetterDate:
			if notAfterDefault(f) && e.Required {
				add(e, Wrong, f.Sent.String(), vordering.DateValue(f.DueDate.Add(1)), "sent before the default began: the letter must be sent after the due date "+f.DueDate.String())
			}
		case ElemPrincipal:
			switch {
			case !s.Principal.Valid:
				add(e, Missing, "", fe.Value, "the letter does not state the amount claimed")
			case !s.Principal.Decimal.Equal(f.Principal):
				add(e, Wrong, fmtMoney(s.Principal.Decimal), fe.Value, "the amount differs from the principal claimed")
			}
		case ElemDueDate:
			switch {
			case !vordering.HasDate(s.DueDate):
				add(e, Missing, "", fe.Value, "the letter does not state the due date")
			case !s.DueDate.Equal(f.DueDate):
				add(e, Wrong, s.DueDate.String(), fe.Value, "the stated due date differs")
			}
		case ElemTerm:
			r.checkTerm(&rep, fe, f, s, add)
		case ElemTermEnd:
			if vordering.HasDate(s.TermEnd) && s.TermEnd.Before(l.TermEnd) {
				add(e, Wrong, s.TermEnd.String()+" ("+s.TermEnd.Weekday().String()+")", fe.Value, "the named last day is earlier than the last day of the term")
			}
		case ElemCosts:
			correct := l.Costs
			if s.VATIncluded && f.AddVAT {
				correct = correct.Add(l.VAT)
			}
			money(e, s.Costs, correct, "the costs")
		case ElemVAT:
			if s.Costs.Valid && s.VATIncluded && !s.VATStatement {
				add(e, Missing, "costs including VAT, without the statement", vordering.AmountValue(l.VAT), "VAT may be added only if the creditor expressly states that he cannot deduct it and raised the costs for that reason")
			}
		case ElemInterest:
			if !s.InterestRate.Valid {
				add(e, Missing, "", fe.Value, "the letter does not state the interest that may run")
			} else if l.MaxInterestRate.Valid && s.InterestRate.Decimal.GreaterThan(l.MaxInterestRate.Decimal) {
				add(e, Wrong, fmtRate(s.InterestRate.Decimal), vordering.RateValue(l.MaxInterestRate.Decimal), "above the cap of art. XIX.4 WER")
			}
		case ElemFree:
			if s.ReminderFee.Valid && s.ReminderFee.Decimal.IsPositive() {
				add(e, Wrong, fmtMoney(s.ReminderFee.Decimal), vordering.AmountValue(decimal.Zero), "the first reminder is free")
			}
		case ElemAmounts:
			if !s.Total.Valid {
				add(e, Missing, "", fe.Value, "the summons does not give the overview and total of the amounts claimed")
			} else if !s.Total.Decimal.Equal(l.Total) {
				add(e, Wrong, fmtMoney(s.Total.Decimal), fe.Value, "the total differs from the sum of the amounts claimed")
			}
		default:
			if e.Required && (e.Fill == FillMention || e.Fill == FillParty || e.Fill == FillClaim || e.Fill == FillText || e.ID == ElemServed) && !mention(e.ID) {
				add(e, Missing, "", fe.Value, "the letter does not carry: "+e.What)
			}
		}
	}
	// The VAT statement without the facts' VAT: costs with VAT the creditor
	// may not add.
	if f.Kind == NLFourteenDayLetter && !f.AddVAT && s.VATIncluded && s.Costs.Valid {
		e, _ := element(NLFourteenDayLetter, ElemVAT)
		add(e, Wrong, "costs including VAT", vordering.AmountValue(decimal.Zero), "the facts do not allow a VAT uplift (Facts.AddVAT is false)")
	}
	return rep, nil
}

func element(k Kind, id string) (Element, bool) {
	_, els := rules(k)
	for _, e := range els {
		if e.ID == id {
			return e, true
		}
	}
	return Element{}, false
}

// checkTerm checks the stated term: its length, what it is counted from, and
// the last day it implies.
func (r Rules) checkTerm(rep *Report, fe Filled, f Facts, s Stated, add func(Element, Problem, string, vordering.Value, string)) {
	e, l := fe.Element, rep.Letter
	if s.TermDays == 0 && !vordering.HasDate(s.TermEnd) {
		add(e, Missing, "", fe.Value, "the letter gives no term")
		return
	}
	days := strconv.Itoa(s.TermDays) + " days"
	if l.Kind == BEIOSSummons || l.Kind == BESRPSummons {
		ev := l.TermStart.Add(-1)
		switch {
		case vordering.HasDate(s.TermEnd) && s.TermEnd.Before(l.TermEnd):
			add(e, Wrong, s.TermEnd.String(), fe.Value, "the named last day is earlier than the last day of the term")
		case s.TermDays > 0 && ev.Add(date.PeriodOfDays(s.TermDays)).Before(l.TermEnd):
			add(e, Wrong, days, fe.Value, "shorter than the term the law gives")
		}
		return
	}
	if s.TermDays == 0 {
		return // a named last day only: checked with term-end
	}
	switch l.Kind {
	case NLFourteenDayLetter:
		if s.TermDays < 14 {
			add(e, Wrong, days, fe.Value, "shorter than the 14 days of art. 6:96 lid 6 BW")
			return
		}
		if s.TermFrom == TermFromLetterDate || s.TermFrom == TermFromSending || s.TermFrom == TermFromService {
			if f.Sent.Add(date.PeriodOfDays(s.TermDays)).Before(l.TermEnd) {
				add(e, Wrong, days+" from the "+termFromText(s.TermFrom), vordering.DateValue(l.TermEnd), "counted from the day the letter was dated or sent: the 14 days start the day after receipt (\"binnen veertien dagen na heden\" is too early)")
			}
		}
	case BEFirstReminder:
		if s.TermDays < 14 {
			add(e, Wrong, days, fe.Value, "shorter than the 14 calendar days of art. XIX.2 WER")
			return
		}
		if s.TermFrom != TermFromUnstated && s.TermFrom != TermFromReceipt && f.Sent.Add(date.PeriodOfDays(s.TermDays-1)).Before(l.TermEnd) {
			add(e, Wrong, days+" from the "+termFromText(s.TermFrom), vordering.DateValue(l.TermEnd), "the 14 days start on the third working day after sending (the day after an electronic sending), not on the "+termFromText(s.TermFrom))
		}
	}
}

func termFromText(t TermFrom) string {
	switch t {
	case TermFromReceipt:
		return "day after receipt"
	case TermFromLetterDate:
		return "date of the letter"
	case TermFromSending:
		return "day of sending"
	case TermFromService:
		return "day of service"
	}
	return "unstated day"
}

// Stated returns what the letter l states, as [Check] reads a letter: every
// element it carries, with its value. Checking it against the facts l was
// built from finds nothing.
func (l Letter) Stated() Stated {
	s := Stated{TermEnd: l.TermEnd}
	for _, fe := range l.Elements {
		switch fe.Element.ID {
		case ElemPrincipal:
			s.Principal = decimal.NullDecimal{Decimal: l.Facts.Principal, Valid: true}
		case ElemDueDate:
			s.DueDate = l.Facts.DueDate
		case ElemTerm:
			if l.Kind == NLFourteenDayLetter || l.Kind == BEFirstReminder {
				s.TermDays, s.TermFrom = 14, TermFromReceipt
			}
		case ElemCosts:
			s.Costs = decimal.NullDecimal{Decimal: l.Costs, Valid: true}
		case ElemVAT:
			s.Costs = decimal.NullDecimal{Decimal: l.Costs.Add(l.VAT), Valid: true}
			s.VATIncluded, s.VATStatement = true, true
		case ElemInterest:
			s.InterestRate = decimal.NullDecimal{Decimal: l.Facts.InterestRate, Valid: true}
		case ElemFree:
			s.ReminderFee = decimal.NullDecimal{Decimal: decimal.Zero, Valid: true}
		case ElemAmounts:
			s.Total = decimal.NullDecimal{Decimal: l.Total, Valid: true}
		default:
			s.Mentions = append(s.Mentions, fe.Element.ID)
		}
	}
	return s
}
