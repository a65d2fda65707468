package vordering

import "strings"

// Citation is the legal source of a figure or a rule: the instrument, the
// article, where it was published, and a URL where an auditor can read it.
//
// Example: Instrument "Gerechtelijk Wetboek", Article "art. 1409 §1",
// Publication "KB 12.12.2023, BS 20.12.2023".
type Citation struct {
	Instrument  string `json:"instrument"`            // the act, decree or judgment
	Article     string `json:"article,omitempty"`     // article, paragraph, lid
	Publication string `json:"publication,omitempty"` // Staatsblad / Belgisch Staatsblad reference, ECLI
	URL         string `json:"url,omitempty"`         // an official or practitioner page with the text
}

// IsZero reports whether c names no source at all.
func (c Citation) IsZero() bool { return c.Instrument == "" && c.Article == "" && c.Publication == "" }

// String renders the citation on one line, e.g.
// "Gerechtelijk Wetboek art. 53 (BS 31.10.1967)". The URL is left out.
func (c Citation) String() string {
	var b strings.Builder
	b.WriteString(c.Instrument)
	if c.Article != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(c.Article)
	}
	if c.Publication != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('(')
		b.WriteString(c.Publication)
		b.WriteByte(')')
	}
	return b.String()
}
