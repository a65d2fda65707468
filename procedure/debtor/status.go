package debtor

import (
	"slices"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// Restriction is a step that a debtor status forbids, with the reason.
type Restriction struct {
	Step   Activity        `json:"step"`
	Reason casefile.Reason `json:"reason"`
}

// StatusEffect is what a debtor status means for the collection in a
// country: the steps it forbids, what the creditor must do instead, and the
// sources.
type StatusEffect struct {
	Country vordering.Country     `json:"country"`
	Status  casefile.DebtorStatus `json:"status"`
	// Addressee is who receives letters while the status lasts.
	Addressee AddresseeRole `json:"addressee"`
	// Forbidden lists the steps the status rules out, each with its reason.
	Forbidden []Restriction `json:"forbidden,omitempty"`
	// Actions are what the creditor must or should do because of the status.
	Actions []string `json:"actions,omitempty"`
	// Citations are the sources of the effect.
	Citations []vordering.Citation `json:"citations,omitempty"`
}

// Allows reports whether the status leaves step s open.
func (e StatusEffect) Allows(s Activity) bool {
	for _, r := range e.Forbidden {
		if r.Step == s {
			return false
		}
	}
	return true
}

// Forbids returns the reason why the status forbids activity s, and
// whether it does.
func (e StatusEffect) Forbids(s Activity) (casefile.Reason, bool) {
	for _, r := range e.Forbidden {
		if r.Step == s {
			return r.Reason, true
		}
	}
	return casefile.Reason{}, false
}

// Effects returns what debtor status s means in country c. StatusNone has
// no effect. The error wraps [vordering.ErrInvalidInput] for an unknown
// country or status. The result is the caller's: its lists are copies, and
// changing them changes no later answer.
//
// The rules are those of the law in force today (Book XX WER for Belgian
// insolvency since 1 May 2018; the Faillissementswet in the Netherlands);
// the earlier Belgian statutes (Law on the continuity of enterprises of
// 31 January 2009, Bankruptcy Law of 8 August 1997) had the same effects
// under other article numbers, which are not cited.
func Effects(c vordering.Country, s casefile.DebtorStatus) (StatusEffect, error) {
	e, err := effects(c, s)
	return e.clone(), err
}

// Forbidden returns the reason why debtor status s forbids activity a in
// country c, and whether it does. An unknown country or status forbids
// nothing. It reads the table in place: no list is copied.
func Forbidden(c vordering.Country, s casefile.DebtorStatus, a Activity) (casefile.Reason, bool) {
	e, err := effects(c, s)
	if err != nil {
		return casefile.Reason{}, false
	}
	return e.Forbids(a)
}

// effects is [Effects] without the copy: the lists of the result are the
// table's own and must only be read.
func effects(c vordering.Country, s casefile.DebtorStatus) (StatusEffect, error) {
	if !c.Valid() {
		return StatusEffect{}, vordering.Invalid("country", uint8(c), "not a supported country")
	}
	if !s.Valid() {
		return StatusEffect{}, vordering.Invalid("status", uint8(s), "not a defined debtor status")
	}
	var table map[casefile.DebtorStatus]StatusEffect
	if c == vordering.BE {
		table = beStatusEffects
	} else {
		table = nlStatusEffects
	}
	e, ok := table[s]
	if !ok {
		return StatusEffect{Country: c, Status: s, Addressee: AddresseeDebtor}, nil
	}
	e.Country, e.Status = c, s
	return e, nil
}

// clone returns e with copies of its lists (a Restriction and a Citation
// hold no list, so copying the slices copies everything).
func (e StatusEffect) clone() StatusEffect {
	e.Forbidden = slices.Clone(e.Forbidden)
	e.Actions = slices.Clone(e.Actions)
	e.Citations = slices.Clone(e.Citations)
	return e
}

// forbid builds a Restriction.
func forbid(s Activity, code casefile.ReasonCode, text string, cite vordering.Citation) Restriction {
	return Restriction{Step: s, Reason: casefile.Reason{Code: code, Text: text, Cite: cite}}
}
