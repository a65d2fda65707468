package letters

import (
	"strings"
	"sync"
	"text/template"

	"github.com/vordering/vordering"
)

// Template is a parsed letter template. Its text/template is unexported, so
// no caller can change a Template once it is parsed; the default templates
// are shared and stay as shipped.
type Template struct {
	t *template.Template
}

// TemplateData is what a template receives: only values the library
// computed and checked, already written in the letter's language. A
// template may use the named fields or .Elements, and .Text "id" for any
// element by its identifier (see the Elem constants).
type TemplateData struct {
	Kind      string
	Language  string
	Creditor  string
	Debtor    string
	Claim     string
	Principal string
	DueDate   string
	Sent      string
	TermStart string
	TermEnd   string
	Next      string
	Costs     string
	VAT       string
	Total     string
	Court     string
	// Lines is the IOS overview, one "what: amount" per line.
	Lines []string
	// Elements are the elements of the letter, each with its label and text.
	Elements []TemplateElement
	texts    map[string]string
}

// TemplateElement is one element as a template sees it.
type TemplateElement struct {
	ID       string
	What     string
	Text     string
	Required bool
}

// Text returns the text of the element with identifier id, or "".
func (d TemplateData) Text(id string) string { return d.texts[id] }

// ParseTemplate parses a text/template for a letter. The template receives
// a [TemplateData]. Whatever the template writes, [Letter.Render] refuses a
// text that leaves out a required element.
func ParseTemplate(name, text string) (Template, error) {
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return Template{}, vordering.Invalid("template "+name, len(text), err.Error())
	}
	return Template{t: t}, nil
}

// DefaultTemplate returns the template the library ships for kind k in
// language l, and false when k is not written in l (the Dutch letter is
// Dutch only).
func DefaultTemplate(k Kind, l Language) (Template, bool) {
	i := tmplIndex(k, l)
	if i < 0 {
		return Template{}, false
	}
	return defaults()[i], true
}

func tmplIndex(k Kind, l Language) int {
	if !k.Valid() || !l.Valid() || (k.Country() == vordering.NL && l == French) {
		return -1
	}
	return int(k-1)*2 + int(l-1)
}

var defaults = sync.OnceValue(func() [8]Template {
	var out [8]Template
	for _, k := range Kinds() {
		for _, l := range k.Languages() {
			t, err := ParseTemplate(k.String()+"-"+l.String(), defaultText(k, l))
			if err != nil {
				panic(err) // the shipped templates parse; a test proves it
			}
			out[tmplIndex(k, l)] = t
		}
	}
	return out
})

// Render writes the letter in language l with the default template of its
// kind.
func (l Letter) Render(lang Language) (string, error) {
	t, ok := DefaultTemplate(l.Kind, lang)
	if !ok {
		return "", vordering.Invalid("language", lang.String(), "a "+l.Kind.String()+" is written in "+langList(l.Kind))
	}
	return l.RenderWith(t, lang)
}

func langList(k Kind) string {
	var s []string
	for _, x := range k.Languages() {
		s = append(s, x.String())
	}
	return strings.Join(s, " or ")
}

// MissingError reports a rendered letter that leaves out required elements.
// It wraps vordering.ErrInvalidInput: the template is at fault.
type MissingError struct {
	Template string
	Missing  []Element
}

func (e *MissingError) Error() string {
	var b strings.Builder
	b.WriteString("invalid input: template ")
	b.WriteString(e.Template)
	b.WriteString(" leaves out required elements:")
	for _, m := range e.Missing {
		b.WriteString(" ")
		b.WriteString(m.ID)
		b.WriteString(" (")
		b.WriteString(m.Cite.String())
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns vordering.ErrInvalidInput.
func (e *MissingError) Unwrap() error { return vordering.ErrInvalidInput }

// RenderWith writes the letter in language lang with template t. The
// rendered text must contain the text of every required element of the
// letter; otherwise the error is a *MissingError naming each element left
// out with its article.
func (l Letter) RenderWith(t Template, lang Language) (string, error) {
	if t.t == nil {
		return "", vordering.Invalid("template", "zero Template", "parse one with ParseTemplate or take DefaultTemplate")
	}
	if !l.Kind.Valid() || len(l.Elements) == 0 {
		return "", vordering.Invalid("letter", l.Kind.String(), "not a built letter: use Build")
	}
	ok := false
	for _, x := range l.Kind.Languages() {
		ok = ok || x == lang
	}
	if !ok {
		return "", vordering.Invalid("language", lang.String(), "a "+l.Kind.String()+" is written in "+langList(l.Kind))
	}
	data := l.data(lang)
	var b strings.Builder
	if err := t.t.Execute(&b, data); err != nil {
		return "", vordering.Invalid("template "+t.t.Name(), "execution", err.Error())
	}
	out := b.String()
	var missing []Element
	for _, f := range l.Elements {
		if f.Element.Required && !strings.Contains(out, f.Text.In(lang)) {
			missing = append(missing, f.Element)
		}
	}
	if len(missing) > 0 {
		return "", &MissingError{Template: t.t.Name(), Missing: missing}
	}
	return out, nil
}

func (l Letter) data(lang Language) TemplateData {
	f := l.Facts
	d := TemplateData{Kind: l.Kind.String(), Language: lang.String(), Creditor: f.Creditor.Name, Debtor: f.Debtor.Name,
		Claim: f.Claim, Principal: fmtMoney(f.Principal), DueDate: fmtDate(lang, f.DueDate), Sent: fmtDate(lang, f.Sent),
		TermStart: fmtDate(lang, l.TermStart), TermEnd: fmtDate(lang, l.TermEnd), Next: fmtDate(lang, l.Next),
		Costs: fmtMoney(l.Costs), VAT: fmtMoney(l.VAT), Total: fmtMoney(l.Total), Court: f.Court,
		texts: make(map[string]string, len(l.Elements))}
	for _, x := range l.Lines {
		d.Lines = append(d.Lines, x.What.In(lang)+": "+fmtMoney(x.Amount))
	}
	for _, e := range l.Elements {
		t := e.Text.In(lang)
		d.texts[e.Element.ID] = t
		d.Elements = append(d.Elements, TemplateElement{ID: e.Element.ID, What: e.Element.What, Text: t, Required: e.Element.Required})
	}
	return d
}

func defaultText(k Kind, l Language) string {
	switch {
	case k == NLFourteenDayLetter:
		return `{{.Creditor}}
Datum: {{.Text "letter-date"}}

Aan: {{.Debtor}}
Betreft: {{.Claim}}

Geachte heer, mevrouw,

Volgens onze administratie is het bedrag van {{.Text "principal"}} dat uiterlijk op {{.DueDate}} betaald moest zijn, nog niet voldaan.
Wij verzoeken u dit bedrag te betalen {{.Text "term"}}.
Is het bedrag niet betaald uiterlijk op {{.TermEnd}}, dan bent u daarna incassokosten verschuldigd van {{.Text "costs"}}{{if .Text "vat"}}, vermeerderd met btw van {{.VAT}}. {{.Text "vat"}}{{else}}.{{end}}

Met vriendelijke groet,
{{.Creditor}}
`
	case k == BEFirstReminder && l == Dutch:
		return `{{.Text "creditor"}}
Datum van verzending: {{.Text "letter-date"}}

Aan: {{.Debtor}}
Betreft: eerste herinnering

{{.Text "free"}}
Het saldo van {{.Text "principal"}} voor {{.Text "claim"}} was opeisbaar op {{.Text "due-date"}}.
U beschikt over {{.Text "term"}}, te rekenen vanaf {{.TermStart}}, om te betalen: uiterlijk op {{.TermEnd}}.
{{- if .Text "costs"}}
Betaalt u niet binnen die termijn, dan kan een forfaitaire schadevergoeding van {{.Text "costs"}} worden gevraagd.
{{- end}}
{{- if .Text "interest"}}
Vanaf {{.Next}} kan een verwijlinterest van {{.Text "interest"}} per jaar op het openstaande bedrag lopen.
{{- end}}

Met vriendelijke groet,
{{.Creditor}}
`
	case k == BEFirstReminder:
		return `{{.Text "creditor"}}
Date d'envoi : {{.Text "letter-date"}}

À : {{.Debtor}}
Objet : premier rappel

{{.Text "free"}}
Le solde de {{.Text "principal"}} pour {{.Text "claim"}} était exigible le {{.Text "due-date"}}.
Vous disposez de {{.Text "term"}}, à compter du {{.TermStart}}, pour payer : au plus tard le {{.TermEnd}}.
{{- if .Text "costs"}}
À défaut de paiement dans ce délai, une indemnité forfaitaire de {{.Text "costs"}} pourra être réclamée.
{{- end}}
{{- if .Text "interest"}}
À partir du {{.Next}}, des intérêts de retard de {{.Text "interest"}} par an pourront courir sur le montant impayé.
{{- end}}

Veuillez agréer nos salutations distinguées,
{{.Creditor}}
`
	case k == BEIOSSummons && l == Dutch:
		return `AANMANING TOT BETALING (art. 1394/20 e.v. Gerechtelijk Wetboek)
Betekend op {{.Text "served"}} aan {{.Debtor}}, op verzoek van {{.Creditor}}.

Overzicht van de gevorderde bedragen:
{{range .Lines}}  {{.}}
{{end}}  Totaal: {{.Text "amounts"}}

U beschikt over een termijn van een maand vanaf de betekening, tot en met {{.Text "term"}}, om te betalen, de schuld te betwisten met het antwoordformulier of betalingsfaciliteiten te vragen.
Zonder betaling of antwoord kan vanaf {{.Next}} een proces-verbaal van niet-betwisting worden opgemaakt.

{{.Text "evidence"}}
{{.Text "answer-form"}}
`
	case k == BEIOSSummons:
		return `SOMMATION DE PAYER (art. 1394/20 et suivants du Code judiciaire)
Signifiée le {{.Text "served"}} à {{.Debtor}}, à la requête de {{.Creditor}}.

Décompte des montants réclamés :
{{range .Lines}}  {{.}}
{{end}}  Total : {{.Text "amounts"}}

Vous disposez d'un délai d'un mois à compter de la signification, jusqu'au {{.Text "term"}} inclus, pour payer, contester la dette au moyen du formulaire de réponse ou demander des facilités de paiement.
À défaut de paiement ou de réponse, un procès-verbal de non-contestation pourra être dressé à partir du {{.Next}}.

{{.Text "evidence"}}
{{.Text "answer-form"}}
`
	case k == BESRPSummons && l == Dutch:
		return `AANMANING (art. 1339 Gerechtelijk Wetboek)
Datum: {{.Text "served"}}
Aan: {{.Debtor}}, op verzoek van {{.Creditor}}

U wordt aangemaand het bedrag van {{.Text "principal"}} ({{.Claim}}) te betalen binnen vijftien dagen, uiterlijk op {{.Text "term"}}.
Betaalt u niet, dan zal de schuldeiser een verzoekschrift tot betalingsbevel indienen bij {{.Text "court"}}.

{{.Text "reproduce-chapter"}}
`
	default:
		return `SOMMATION (art. 1339 du Code judiciaire)
Date : {{.Text "served"}}
À : {{.Debtor}}, à la requête de {{.Creditor}}

Vous êtes sommé de payer la somme de {{.Text "principal"}} ({{.Claim}}) dans les quinze jours, au plus tard le {{.Text "term"}}.
À défaut de paiement, le créancier introduira une requête en injonction de payer devant {{.Text "court"}}.

{{.Text "reproduce-chapter"}}
`
	}
}
