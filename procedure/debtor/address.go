package debtor

import (
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// Addressee says to whom and where the letters of a case go, or why none can
// be sent and what to do instead.
type Addressee struct {
	Role AddresseeRole `json:"role"`
	// Name is the addressee line, e.g. "de nalatenschap van Jan Peeters" or
	// "Mr. X, bewindvoerder van Y".
	Name string `json:"name,omitempty"`
	// Address is which address to use.
	Address AddressChoice `json:"address"`
	// Letters is false when no letter should be sent for now.
	Letters bool `json:"letters"`
	// Action is what to do instead of, or besides, writing.
	Action string `json:"action,omitempty"`
	// Cite is the source of the rule.
	Cite vordering.Citation `json:"cite"`
}

// AddresseeFor returns the addressee of the letters of case c, from the
// debtor's status and the state of its addresses:
//
//   - deceased: the estate ("de nalatenschap van …"; NL: the joint heirs) at
//     the last domicile, while the heirs are traced;
//   - under administration: the administrator; collective debt settlement:
//     the mediator; bankruptcy: the curator;
//   - struck from the population register or address unknown: nobody; the
//     collection is suspended and the register checked periodically;
//   - in an institution: the debtor at the institution;
//   - otherwise a consumer at the domicile; a sole trader at the registered
//     seat, or at the domicile when it differs from the seat (both are valid
//     addresses of a natural person, art. 32, 3° and 4° Ger.W.) or when the
//     seat is undeliverable; a company at its registered seat, and when that
//     is undeliverable no letter: the step is a report for a commercial
//     investigation.
//
// The case is not validated; an invalid status is treated as none.
func AddresseeFor(c casefile.Case) Addressee {
	name := c.Debtor.Name
	if name == "" {
		name = "de schuldenaar"
	}
	rep := func(title string) string {
		if c.Debtor.Representative != "" {
			return c.Debtor.Representative + ", " + title + " van " + name
		}
		return "de " + title + " van " + name
	}
	eff, err := effects(c.Country, c.Status)
	if err != nil {
		eff = StatusEffect{Addressee: AddresseeDebtor}
	}
	first := vordering.Citation{}
	if len(eff.Citations) > 0 {
		first = eff.Citations[0]
	}
	switch c.Status {
	case casefile.StatusDeceased:
		n := "de nalatenschap van " + name
		if c.Country == vordering.NL {
			n = "de gezamenlijke erfgenamen van " + name
		}
		return Addressee{Role: AddresseeEstate, Name: n, Address: AddressDomicile, Letters: true,
			Action: "Trace the heirs; write to the last domicile meanwhile.", Cite: first}
	case casefile.StatusUnderAdministration:
		return Addressee{Role: AddresseeAdministrator, Name: rep("bewindvoerder"), Address: AddressRepresentative, Letters: true,
			Action: "Every letter goes to the administrator, not to the debtor.", Cite: first}
	case casefile.StatusCollectiveDebtSettlement:
		title := "schuldbemiddelaar"
		if c.Country == vordering.NL {
			title = "WSNP-bewindvoerder"
		}
		return Addressee{Role: AddresseeMediator, Name: rep(title), Address: AddressRepresentative, Letters: true,
			Action: "Declare the claim; payments go through the " + title + ".", Cite: first}
	case casefile.StatusBankrupt:
		return Addressee{Role: AddresseeCurator, Name: rep("curator"), Address: AddressRepresentative, Letters: true,
			Action: "File the claim with the curator.", Cite: first}
	case casefile.StatusStruckFromRegister, casefile.StatusAddressUnknown:
		return Addressee{Role: AddresseeNone, Name: name, Address: AddressNone, Letters: false,
			Action: "Suspend; check the population register periodically for a new domicile.", Cite: first}
	case casefile.StatusInInstitution:
		return Addressee{Role: AddresseeDebtor, Name: name, Address: AddressResidence, Letters: true,
			Action: "Write to the institution where the debtor stays.", Cite: first}
	}
	d := c.Debtor
	switch {
	case d.Kind == vordering.Enterprise && d.SoleTrader && (d.SeatDiffersFromDomicile || d.SeatUndeliverable):
		return Addressee{Role: AddresseeDebtor, Name: name, Address: AddressDomicile, Letters: true,
			Action: "A sole trader answers with his own person: letters may go to his domicile.", Cite: addressCite(c.Country)}
	case d.Kind == vordering.Enterprise && !d.SoleTrader && d.SeatUndeliverable:
		return Addressee{Role: AddresseeNone, Name: name, Address: AddressNone, Letters: false,
			Action: commercialAction(c.Country),
			Cite:   commercialCite(c.Country)}
	case d.Kind == vordering.Enterprise || d.Kind == vordering.PublicBody:
		return Addressee{Role: AddresseeDebtor, Name: name, Address: AddressRegisteredSeat, Letters: true, Cite: addressCite(c.Country)}
	}
	return Addressee{Role: AddresseeDebtor, Name: name, Address: AddressDomicile, Letters: true, Cite: addressCite(c.Country)}
}

func addressCite(c vordering.Country) vordering.Citation {
	if c == vordering.NL {
		return vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 54 lid 1", URL: "https://wetten.overheid.nl/BWBR0001827/"}
	}
	return citeBEArt32
}

func commercialCite(c vordering.Country) vordering.Citation {
	if c == vordering.NL {
		return vordering.Citation{Instrument: "Wetboek van Burgerlijke Rechtsvordering", Article: "art. 54 lid 3", URL: "https://wetten.overheid.nl/BWBR0001827/"}
	}
	return citeBECommercial
}

func commercialAction(c vordering.Country) string {
	if c == vordering.NL {
		return "The registered office is undeliverable: report the company to the Handelsregister for investigation; " +
			"a writ may be served at the public prosecutor's office for a legal person without a known office (art. 54 lid 3 Rv)."
	}
	return "The registered seat is undeliverable: the step is a report of the company for a commercial investigation " +
		"by the chamber for enterprises in difficulty of the enterprise court."
}
