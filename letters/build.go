package letters

import (
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/costs"
	"github.com/vordering/vordering/deadlines"
)

// Party is the creditor or the debtor of a letter.
type Party struct {
	Name string `json:"name"`
	// Number is the enterprise number (Belgian KBO/BCE number) where the
	// letter names it; optional.
	Number string              `json:"number,omitempty"`
	Kind   vordering.PartyKind `json:"kind"`
}

// Facts are what a letter is built from.
type Facts struct {
	Country  vordering.Country `json:"country"`
	Kind     Kind              `json:"kind"`
	Creditor Party             `json:"creditor"`
	Debtor   Party             `json:"debtor"`
	// Claim describes the claim: invoice numbers, the product or service.
	Claim string `json:"claim"`
	// Principal is the principal claimed (NL: every claim of the creditor on
	// this debtor, added, art. 6:96 lid 7 BW). Must be positive.
	Principal decimal.Decimal `json:"principal"`
	// DueDate is the day the claim fell due. Required.
	DueDate date.Date `json:"dueDate"`
	// Sent is the day the letter is sent, or the summons served. Required;
	// it is also the day whose rules apply.
	Sent date.Date `json:"sent"`
	// Received is the day of receipt when the creditor knows it (NL 14-day
	// letter; BE SRP summons by registered letter). Zero: the NL letter is
	// presumed delivered as the package documentation says, and an SRP
	// summons counts from Sent (service by a bailiff).
	Received date.Date `json:"received,omitzero"`
	// Electronic says the Belgian reminder is sent by electronic means (the
	// 14 days then start the next calendar day).
	Electronic bool `json:"electronic"`
	// AddVAT says the Dutch creditor adds VAT to the costs (Besluit BIK art.
	// 2 lid 3): the letter must then carry his statement.
	AddVAT bool `json:"addVat"`
	// ContractConcluded is, for Book XIX, the day the contract was
	// concluded; optional (see costs.ExtrajudicialClaim).
	ContractConcluded date.Date `json:"contractConcluded,omitzero"`
	// DamagesAgreed says the contract provides flat damages (Book XIX).
	DamagesAgreed bool `json:"damagesAgreed"`
	// InterestRate is the agreed yearly late-payment rate, as a fraction
	// (0.08 is 8 %); zero: none agreed (Book XIX).
	InterestRate decimal.Decimal `json:"interestRate"`
	// Interest, Damages and SummonsCosts are, for the IOS summons, the
	// interest claimed up to the summons, the penalty clause claimed and the
	// cost of the summons: the caller's figures, listed in the overview.
	Interest     decimal.Decimal `json:"interest"`
	Damages      decimal.Decimal `json:"damages"`
	SummonsCosts decimal.Decimal `json:"summonsCosts"`
	// FlatCompensation adds, to the IOS overview, the flat compensation of
	// art. 6 of the Act of 2 August 2002 (costs.Extrajudicial).
	FlatCompensation bool `json:"flatCompensation"`
	// Court is, for the SRP summons, the judge to whom the petition will go.
	Court string `json:"court,omitempty"`
}

// Text is an element's value as the letter writes it, per language; French
// is empty for the Dutch letter.
type Text struct {
	Dutch  string `json:"nl"`
	French string `json:"fr,omitempty"`
}

// In returns the text in language l.
func (t Text) In(l Language) string {
	if l == French {
		return t.French
	}
	return t.Dutch
}

// Filled is one element of a built letter with its value.
type Filled struct {
	Element Element         `json:"element"`
	Value   vordering.Value `json:"value"`
	Text    Text            `json:"text"`
}

// Line is one line of the IOS overview of amounts.
type Line struct {
	What   Text            `json:"what"`
	Amount decimal.Decimal `json:"amount"`
}

// Letter is the answer of [Build]: the elements of the letter, filled, and
// the values they came from.
type Letter struct {
	Kind    Kind              `json:"kind"`
	Country vordering.Country `json:"country"`
	Facts   Facts             `json:"facts"`
	// Elements are the elements that apply to these facts, in the order a
	// letter carries them.
	Elements []Filled `json:"elements"`
	// Received is the day of receipt used (NL: given or presumed).
	Received date.Date `json:"received,omitzero"`
	// TermStart and TermEnd are the first and the last day of the term to
	// pay.
	TermStart date.Date `json:"termStart"`
	TermEnd   date.Date `json:"termEnd"`
	// Next is the first day of the next step: costs or damages due (NL,
	// Book XIX), the record of non-contestation (IOS), the last day of the
	// petition (SRP).
	Next date.Date `json:"next"`
	// Costs is the collection costs (NL), the flat damages (Book XIX) or the
	// flat compensation (IOS), excluding VAT; VAT the Dutch uplift.
	Costs decimal.Decimal `json:"costs"`
	VAT   decimal.Decimal `json:"vat"`
	// MaxInterestRate is the cap of art. XIX.4 WER (Book XIX), when known.
	MaxInterestRate decimal.NullDecimal `json:"maxInterestRate"`
	// Lines and Total are the IOS overview of amounts; Total is also the
	// principal plus costs and VAT for the other letters.
	Lines []Line          `json:"lines,omitempty"`
	Total decimal.Decimal `json:"total"`
	Notes []string        `json:"notes,omitempty"`
	// Assurance is how sure the letter is: the weakest of the element
	// rules, the deadline and the costs it used.
	Assurance vordering.Assurance `json:"assurance"`
	Stamp     vordering.Stamp     `json:"stamp"`
}

// Element returns the filled element with the given id, and whether the
// letter has it.
func (l Letter) Element(id string) (Filled, bool) {
	for _, f := range l.Elements {
		if f.Element.ID == id {
			return f, true
		}
	}
	return Filled{}, false
}

// Explanation returns how the letter was built: one step per element, with its
// value and the rule that requires it, then the notes.
func (l Letter) Explanation() vordering.Explanation {
	out := make(vordering.Explanation, 0, len(l.Elements)+len(l.Notes))
	for _, f := range l.Elements {
		out = append(out, vordering.Step{What: f.Element.What, Value: f.Value, Rule: l.Kind.String() + "/" + f.Element.ID, Citation: f.Element.Cite})
	}
	for _, n := range l.Notes {
		out = append(out, vordering.Step{What: n})
	}
	return out
}

// Rules builds and checks letters under a caller's policy. The zero value is
// the built-in rules under the default policy; [Build] and [Check] are
// shortcuts for it.
type Rules struct {
	Policy vordering.Policy
}

// Build fills the elements of the letter that the facts call for.
//
// Bad input (no due date, a kind of letter from another country's law, a
// debtor outside the letter's scope, a letter sent before the default) is an
// error wrapping vordering.ErrInvalidInput that names the field; a sending
// day before the letter's rule was in force, or an element known less surely
// than the policy accepts, an error wrapping vordering.ErrNoRuleInForce.
func Build(f Facts) (Letter, error) { return Rules{}.Build(f) }

// Build is [Build] under the rules' policy.
func (r Rules) Build(f Facts) (Letter, error) { return r.build(f, true) }

const maxText = 2000

func checkText(field, s string, required bool) error {
	if required && strings.TrimSpace(s) == "" {
		return vordering.Invalid(field, s, "required")
	}
	if len(s) > maxText {
		return vordering.Invalid(field, len(s), "longer than 2000 bytes")
	}
	if !utf8.ValidString(s) {
		return vordering.Invalid(field, s, "not valid UTF-8")
	}
	for _, c := range s {
		if c < 0x20 && c != '\n' || c == 0x7f {
			return vordering.Invalid(field, s, "holds a control character")
		}
	}
	return nil
}

func checkMoney(field string, v decimal.Decimal, positive bool) error {
	if positive && !v.IsPositive() {
		return vordering.Invalid(field, v.String(), "must be positive")
	}
	if v.IsNegative() {
		return vordering.Invalid(field, v.String(), "must not be negative")
	}
	return vordering.CheckAmount(field, v)
}

func (r Rules) validate(f Facts) error {
	if err := r.Policy.Validate(); err != nil {
		return err
	}
	if !f.Kind.Valid() {
		return vordering.Invalid("Facts.Kind", uint8(f.Kind), "want NLFourteenDayLetter, BEFirstReminder, BEIOSSummons or BESRPSummons")
	}
	if !f.Country.Valid() {
		return vordering.Invalid("Facts.Country", uint8(f.Country), "not a supported country")
	}
	if f.Kind.Country() != f.Country {
		return vordering.Invalid("Facts.Kind", f.Kind.String(), "a letter of "+f.Kind.Country().String()+" law, not of "+f.Country.String()+" law")
	}
	if !f.Debtor.Kind.Valid() {
		return vordering.Invalid("Facts.Debtor.Kind", uint8(f.Debtor.Kind), "want Consumer, Enterprise or PublicBody")
	}
	if f.Creditor.Kind != 0 && !f.Creditor.Kind.Valid() {
		return vordering.Invalid("Facts.Creditor.Kind", uint8(f.Creditor.Kind), "want Consumer, Enterprise or PublicBody")
	}
	for _, t := range []struct {
		field, s string
		req      bool
	}{{"Facts.Creditor.Name", f.Creditor.Name, true}, {"Facts.Creditor.Number", f.Creditor.Number, f.Kind == BEFirstReminder},
		{"Facts.Debtor.Name", f.Debtor.Name, true}, {"Facts.Debtor.Number", f.Debtor.Number, false},
		{"Facts.Claim", f.Claim, f.Kind == BEFirstReminder}, {"Facts.Court", f.Court, f.Kind == BESRPSummons}} {
		if err := checkText(t.field, t.s, t.req); err != nil {
			return err
		}
	}
	if err := checkMoney("Facts.Principal", f.Principal, true); err != nil {
		return err
	}
	for _, m := range []struct {
		field string
		v     decimal.Decimal
	}{{"Facts.Interest", f.Interest}, {"Facts.Damages", f.Damages}, {"Facts.SummonsCosts", f.SummonsCosts}} {
		if err := checkMoney(m.field, m.v, false); err != nil {
			return err
		}
	}
	if f.InterestRate.IsNegative() || f.InterestRate.GreaterThan(decimal.NewFromInt(1)) || f.InterestRate.Exponent() < -30 {
		return vordering.Invalid("Facts.InterestRate", f.InterestRate.String(), "a yearly rate as a fraction between 0 and 1")
	}
	if err := vordering.CheckDate("Facts.DueDate", f.DueDate); err != nil {
		return err
	}
	if err := vordering.CheckDate("Facts.Sent", f.Sent); err != nil {
		return err
	}
	if err := vordering.CheckOptionalDate("Facts.Received", f.Received); err != nil {
		return err
	}
	if err := vordering.CheckOptionalDate("Facts.ContractConcluded", f.ContractConcluded); err != nil {
		return err
	}
	// Leave room for the term and the next step within the calendars.
	if f.Sent.Year() > deadlines.LastYear-1 {
		return vordering.Invalid("Facts.Sent", f.Sent, "too late for the calendars (up to "+"2198"+")")
	}
	if vordering.HasDate(f.Received) && (f.Received.Before(f.Sent) || f.Received.After(f.Sent.Add(60))) {
		return vordering.Invalid("Facts.Received", f.Received, "before the letter was sent, or more than 60 days after")
	}
	switch f.Kind {
	case NLFourteenDayLetter:
		if f.Debtor.Kind != vordering.Consumer {
			return vordering.Invalid("Facts.Debtor.Kind", f.Debtor.Kind.String(), "the 14-day letter of art. 6:96 lid 6 BW is for a consumer; against another debtor the costs are due without it (art. 6:96 lid 4 BW, costs.Extrajudicial)")
		}
	case BEFirstReminder:
		if f.Debtor.Kind != vordering.Consumer {
			return vordering.Invalid("Facts.Debtor.Kind", f.Debtor.Kind.String(), "Book XIX WER governs debts of consumers")
		}
	case BEIOSSummons:
		if f.Debtor.Kind != vordering.Enterprise || (f.Creditor.Kind != 0 && f.Creditor.Kind != vordering.Enterprise) {
			return vordering.Invalid("Facts.Debtor.Kind", f.Debtor.Kind.String(), "IOS is for debts between enterprises only (art. 1394/20 Ger.W.)")
		}
	}
	return nil
}

// notAfterDefault reports whether a letter sent on f.Sent is sent too early:
// the NL letter and the Book XIX reminder follow the default (the day after
// the due date); the summonses claim a debt that is due.
func notAfterDefault(f Facts) bool {
	if f.Kind == NLFourteenDayLetter || f.Kind == BEFirstReminder {
		return !f.Sent.After(f.DueDate)
	}
	return f.Sent.Before(f.DueDate)
}

func (r Rules) build(f Facts, strict bool) (Letter, error) {
	if err := r.validate(f); err != nil {
		return Letter{}, err
	}
	k := f.Kind
	from, els := rules(k)
	if vordering.HasDate(from) && f.Sent.Before(from) {
		return Letter{}, &vordering.NoRuleError{Table: "letters: " + kindTitle(k), Date: f.Sent, Covered: vordering.Period{From: from}, Policy: r.Policy}
	}
	if strict && notAfterDefault(f) {
		return Letter{}, vordering.Invalid("Facts.Sent", f.Sent, "not after the due date "+f.DueDate.String()+": the letter must follow the default")
	}
	l := Letter{Kind: k, Country: f.Country, Facts: f, Costs: decimal.Zero, VAT: decimal.Zero, Total: decimal.Zero}
	cr := costs.Rules{Policy: r.Policy}
	var err error
	switch k {
	case NLFourteenDayLetter:
		err = buildNL(&l, cr)
	case BEFirstReminder:
		err = buildXIX(&l, cr, strict)
	case BEIOSSummons:
		err = buildIOS(&l, cr)
	case BESRPSummons:
		err = buildSRP(&l)
	}
	if err != nil {
		return Letter{}, err
	}
	l.Elements = make([]Filled, 0, len(els))
	for _, e := range els {
		v, t, ok := fill(&l, e)
		if !ok {
			continue
		}
		if !r.Policy.Accepts(e.Known) {
			return Letter{}, &vordering.NoRuleError{Table: "letters " + k.String() + ": element " + e.ID + " (" + e.What + ")", Date: f.Sent,
				Found: e.Known, FoundPeriod: vordering.Period{From: from}, Policy: r.Policy}
		}
		l.Assurance = l.Assurance.Add(vordering.RowRef{Table: "letters " + k.String() + ": " + e.ID, From: from, Level: e.Known})
		l.Elements = append(l.Elements, Filled{Element: e, Value: v, Text: t})
	}
	return l, nil
}

func dateText(l *Letter, d date.Date) Text {
	t := Text{Dutch: fmtDate(Dutch, d)}
	if l.Country == vordering.BE {
		t.French = fmtDate(French, d)
	}
	return t
}

func bothText(l *Letter, s string) Text {
	t := Text{Dutch: s}
	if l.Country == vordering.BE {
		t.French = s
	}
	return t
}

func moneyText(l *Letter, v decimal.Decimal) Text { return bothText(l, fmtMoney(v)) }

// fill returns the value and the text of element e in letter l, and false
// when the element does not apply to the facts.
func fill(l *Letter, e Element) (vordering.Value, Text, bool) {
	f := l.Facts
	switch e.ID {
	case ElemLetterDate, ElemServed:
		return vordering.DateValue(f.Sent), dateText(l, f.Sent), true
	case ElemCreditor:
		return vordering.TextValue(f.Creditor.Name + " " + f.Creditor.Number), Text{
			Dutch:  f.Creditor.Name + " (ondernemingsnummer " + f.Creditor.Number + ")",
			French: f.Creditor.Name + " (numéro d'entreprise " + f.Creditor.Number + ")"}, true
	case ElemClaim:
		return vordering.TextValue(f.Claim), bothText(l, f.Claim), true
	case ElemPrincipal:
		return vordering.AmountValue(f.Principal), moneyText(l, f.Principal), true
	case ElemDueDate:
		return vordering.DateValue(f.DueDate), dateText(l, f.DueDate), true
	case ElemReceipt:
		return vordering.DateValue(l.Received), dateText(l, l.Received), true
	case ElemTerm:
		switch l.Kind {
		case NLFourteenDayLetter:
			return vordering.DaysValue(14), Text{Dutch: "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd"}, true
		case BEFirstReminder:
			return vordering.DaysValue(14), Text{Dutch: "14 kalenderdagen", French: "14 jours calendrier"}, true
		}
		return vordering.DateValue(l.TermEnd), dateText(l, l.TermEnd), true
	case ElemTermEnd:
		return vordering.DateValue(l.TermEnd), dateText(l, l.TermEnd), true
	case ElemCosts:
		if l.Kind == BEFirstReminder && !f.DamagesAgreed {
			return vordering.Value{}, Text{}, false
		}
		return vordering.AmountValue(l.Costs), moneyText(l, l.Costs), true
	case ElemVAT:
		if !f.AddVAT {
			return vordering.Value{}, Text{}, false
		}
		return vordering.AmountValue(l.VAT), Text{Dutch: vatStatement}, true
	case ElemInterest:
		if !f.InterestRate.IsPositive() {
			return vordering.Value{}, Text{}, false
		}
		return vordering.RateValue(f.InterestRate), bothText(l, fmtRate(f.InterestRate)), true
	case ElemFree:
		return vordering.AmountValue(decimal.Zero), Text{Dutch: "Deze eerste herinnering is kosteloos.", French: "Ce premier rappel est gratuit."}, true
	case ElemAmounts:
		return vordering.AmountValue(l.Total), moneyText(l, l.Total), true
	case ElemEvidence:
		return vordering.Value{}, Text{Dutch: "Bijlage: afschrift van de bewijsstukken", French: "Annexe : copie des pièces justificatives"}, true
	case ElemAnswerForm:
		return vordering.Value{}, Text{Dutch: "Bijlage: antwoordformulier", French: "Annexe : formulaire de réponse"}, true
	case ElemNonContestation, ElemPetition:
		return vordering.DateValue(l.Next), dateText(l, l.Next), true
	case ElemChapter:
		return vordering.Value{}, Text{Dutch: "Bijlage: tekst van de artikelen 1338 tot 1344 van het Gerechtelijk Wetboek", French: "Annexe : texte des articles 1338 à 1344 du Code judiciaire"}, true
	case ElemCourt:
		return vordering.TextValue(f.Court), bothText(l, f.Court), true
	}
	return vordering.Value{}, Text{}, false
}

const vatStatement = "Wij verklaren dat wij de btw op de kosten van de incassodienst niet kunnen verrekenen en dat de incassokosten daarom met de btw zijn verhoogd."

func statutory(c vordering.Country, k deadlines.TermKind) deadlines.Term {
	t, _ := deadlines.Statutory(c, k) // the catalogue holds every kind used here
	return t
}

func buildNL(l *Letter, cr costs.Rules) error {
	f := l.Facts
	l.Received = f.Received
	if !vordering.HasDate(l.Received) {
		var err error
		if l.Received, err = deadlines.PresumedDelivery(f.Sent); err != nil {
			return err
		}
		l.Notes = append(l.Notes, "receipt presumed on "+l.Received.String()+": the second day after sending, Sundays, Mondays and holidays not counted (HR 25.11.2016, ECLI:NL:HR:2016:2704, for default cases)")
	}
	d, err := deadlines.Compute(vordering.NL, l.Received, statutory(vordering.NL, deadlines.FourteenDayLetter))
	if err != nil {
		return err
	}
	l.TermStart, l.TermEnd, l.Next = l.Received.Add(1), d.Date, d.Date.Add(1)
	if !d.Date.Equal(d.Unadjusted) {
		l.Notes = append(l.Notes, "the 14th day, "+d.Unadjusted.String()+", is not a working day: the term runs to "+d.Date.String()+" (Algemene termijnenwet art. 1)")
	}
	res, err := cr.Extrajudicial(vordering.NL, costs.ExtrajudicialClaim{Principal: f.Principal, Debtor: vordering.Consumer, AsOf: l.Next,
		AddVAT: f.AddVAT, ReminderReceived: l.Received, Default: f.DueDate.Add(1)})
	if err != nil {
		return err
	}
	l.Costs, l.VAT = res.Quoted, res.VAT
	l.Total = f.Principal.Add(l.Costs).Add(l.VAT)
	l.Assurance = res.Assurance.Join(d.Assurance())
	l.Stamp = res.Stamp
	return nil
}

func buildXIX(l *Letter, cr costs.Rules, strict bool) error {
	f := l.Facts
	if f.Electronic {
		l.TermStart = f.Sent.Add(1)
	} else {
		// The third working day after sending (art. 53 Ger.W. calendar).
		var err error
		if l.TermStart, err = deadlines.NthWorkingDayAfter(vordering.BE, f.Sent, 3); err != nil {
			return err
		}
	}
	d, err := deadlines.Compute(vordering.BE, l.TermStart.Add(-1), statutory(vordering.BE, deadlines.ConsumerReminder))
	if err != nil {
		return err
	}
	l.TermEnd, l.Next = d.Date, d.Date.Add(1)
	res, err := cr.Extrajudicial(vordering.BE, costs.ExtrajudicialClaim{Principal: f.Principal, Debtor: vordering.Consumer, AsOf: l.Next,
		ReminderReceived: l.TermStart.Add(-1), Default: f.DueDate.Add(1), ContractConcluded: f.ContractConcluded})
	if err != nil {
		return err
	}
	if f.DamagesAgreed {
		l.Costs = res.Quoted
	} else {
		l.Notes = append(l.Notes, "the contract provides no flat damages: the reminder announces none (art. XIX.4 WER)")
	}
	l.MaxInterestRate = res.MaxInterestRate
	if f.InterestRate.IsPositive() {
		if !res.MaxInterestRate.Valid {
			return &vordering.NoRuleError{Table: "BE late-payment rate (Act of 2 August 2002), the cap of art. XIX.4 WER", Date: l.Next, Policy: cr.Policy}
		}
		if strict && f.InterestRate.GreaterThan(res.MaxInterestRate.Decimal) {
			return vordering.Invalid("Facts.InterestRate", f.InterestRate.String(), "above the cap of art. XIX.4 WER, "+fmtRate(res.MaxInterestRate.Decimal)+" on "+l.Next.String())
		}
	}
	l.Total = f.Principal.Add(l.Costs)
	l.Assurance = res.Assurance.Join(d.Assurance())
	l.Stamp = res.Stamp
	return nil
}

func buildIOS(l *Letter, cr costs.Rules) error {
	f := l.Facts
	d, err := deadlines.Compute(vordering.BE, f.Sent, statutory(vordering.BE, deadlines.IOSResponse))
	if err != nil {
		return err
	}
	n, err := deadlines.Compute(vordering.BE, d.Date, statutory(vordering.BE, deadlines.IOSNonContestation))
	if err != nil {
		return err
	}
	l.TermStart, l.TermEnd, l.Next = f.Sent.Add(1), d.Date, n.Date
	l.Lines = append(l.Lines, Line{What: Text{Dutch: "hoofdsom", French: "principal"}, Amount: f.Principal})
	if f.Interest.IsPositive() {
		l.Lines = append(l.Lines, Line{What: Text{Dutch: "interesten", French: "intérêts"}, Amount: f.Interest})
	}
	if f.Damages.IsPositive() {
		l.Lines = append(l.Lines, Line{What: Text{Dutch: "schadebeding", French: "clause pénale"}, Amount: f.Damages})
	}
	l.Assurance = d.Assurance().Join(n.Assurance())
	l.Stamp = d.Stamp()
	if f.FlatCompensation {
		res, err := cr.Extrajudicial(vordering.BE, costs.ExtrajudicialClaim{Principal: f.Principal, Debtor: vordering.Enterprise, AsOf: f.Sent, Default: f.DueDate.Add(1)})
		if err != nil {
			return err
		}
		l.Costs = res.Amount
		l.Lines = append(l.Lines, Line{What: Text{Dutch: "forfaitaire vergoeding (Wet 2.8.2002 art. 6)", French: "indemnité forfaitaire (loi du 2.8.2002, art. 6)"}, Amount: res.Amount})
		l.Assurance = l.Assurance.Join(res.Assurance)
		l.Stamp = res.Stamp
	}
	if f.SummonsCosts.IsPositive() {
		l.Lines = append(l.Lines, Line{What: Text{Dutch: "kosten van de aanmaning", French: "frais de la sommation"}, Amount: f.SummonsCosts})
	}
	l.Total = decimal.Zero
	for _, x := range l.Lines {
		l.Total = l.Total.Add(x.Amount)
	}
	l.Notes = append(l.Notes, "the 10 % cap on accessories (art. 1394/20 ff.) is not applied: its scope is uncertain")
	return nil
}

func buildSRP(l *Letter) error {
	f := l.Facts
	ev := f.Sent
	if vordering.HasDate(f.Received) {
		ev = f.Received
	}
	d, err := deadlines.Compute(vordering.BE, ev, statutory(vordering.BE, deadlines.SRPPaymentTerm))
	if err != nil {
		return err
	}
	p, err := deadlines.Compute(vordering.BE, d.Date, statutory(vordering.BE, deadlines.SRPPetition))
	if err != nil {
		return err
	}
	l.Received = f.Received
	l.TermStart, l.TermEnd, l.Next = ev.Add(1), d.Date, p.Date
	l.Total = f.Principal
	l.Assurance = d.Assurance().Join(p.Assurance())
	l.Stamp = d.Stamp()
	l.Notes = append(l.Notes, "not checked: the written document from the debtor and the ceiling of art. 1338, and the debtor's Belgian domicile (art. 1344)")
	return nil
}
