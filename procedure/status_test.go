package procedure

import (
	"errors"
	"testing"

	"github.com/vordering/vordering"
)

// The steps each status forbids, per country, with the source of each row.
func TestEffects(t *testing.T) {
	tests := []struct {
		country   vordering.Country
		status    DebtorStatus
		addressee AddresseeRole
		forbidden []Activity
		source    string
	}{
		{vordering.BE, StatusNone, AddresseeDebtor, nil, "no status"},
		{vordering.BE, StatusDeceased, AddresseeEstate, []Activity{ActivityIOS, ActivityEnforcement}, "art. 1394/20, 2° Ger.W.; heirs succeed"},
		{vordering.BE, StatusUnderAdministration, AddresseeAdministrator, nil, "art. 488 ff., 497 ff. oud BW: letters to the administrator"},
		{vordering.BE, StatusCollectiveDebtSettlement, AddresseeMediator, []Activity{ActivityEnforcement, ActivityIOS, ActivityDirectPayment, ActivityLetter}, "art. 1675/7, 1675/9 Ger.W.; art. 1394/20, 4°"},
		{vordering.BE, StatusJudicialReorganisation, AddresseeDebtor, []Activity{ActivityEnforcement, ActivityIOS}, "art. XX.44 WER; art. 1394/20, 4°"},
		{vordering.BE, StatusBankrupt, AddresseeCurator, []Activity{ActivityTitle, ActivityEnforcement, ActivityIOS, ActivityLetter, ActivityDirectPayment}, "Book XX WER; art. 1394/20, 4°"},
		{vordering.BE, StatusStruckFromRegister, AddresseeNone, []Activity{ActivityLetter, ActivityEnforcement}, "art. 32, 3° Ger.W.; art. 40"},
		{vordering.BE, StatusAddressUnknown, AddresseeNone, []Activity{ActivityLetter, ActivityEnforcement}, "art. 32, 3° Ger.W.; art. 40"},
		{vordering.BE, StatusInInstitution, AddresseeDebtor, nil, "art. 32, 4° Ger.W. (residence)"},
		{vordering.NL, StatusDeceased, AddresseeEstate, []Activity{ActivityEnforcement}, "art. 4:182 BW; art. 53 Rv"},
		{vordering.NL, StatusUnderAdministration, AddresseeAdministrator, nil, "art. 1:441 lid 1 BW"},
		{vordering.NL, StatusCollectiveDebtSettlement, AddresseeMediator, []Activity{ActivityTitle, ActivityEnforcement, ActivityLetter, ActivityDirectPayment}, "art. 299 lid 2, 301 lid 2 Fw"},
		{vordering.NL, StatusJudicialReorganisation, AddresseeDebtor, []Activity{ActivityEnforcement, ActivityDirectPayment}, "art. 230 lid 1 Fw"},
		{vordering.NL, StatusBankrupt, AddresseeCurator, []Activity{ActivityTitle, ActivityEnforcement, ActivityLetter, ActivityDirectPayment}, "art. 26, 33 Fw"},
		{vordering.NL, StatusAddressUnknown, AddresseeNone, []Activity{ActivityLetter, ActivityEnforcement}, "art. 54 Rv"},
	}
	for _, tt := range tests {
		e, err := Effects(tt.country, tt.status)
		if err != nil {
			t.Fatalf("%v %v: %v", tt.country, tt.status, err)
		}
		if e.Addressee != tt.addressee {
			t.Errorf("%v %v (%s): addressee %v, want %v", tt.country, tt.status, tt.source, e.Addressee, tt.addressee)
		}
		var got []Activity
		for _, r := range e.Forbidden {
			got = append(got, r.Step)
			if r.Reason.Text == "" || r.Reason.Cite.Instrument == "" {
				t.Errorf("%v %v: restriction on %v has no text or citation", tt.country, tt.status, r.Step)
			}
		}
		if len(got) != len(tt.forbidden) {
			t.Errorf("%v %v (%s): forbidden %v, want %v", tt.country, tt.status, tt.source, got, tt.forbidden)
			continue
		}
		for _, s := range tt.forbidden {
			if e.Allows(s) {
				t.Errorf("%v %v (%s): %v allowed, want forbidden", tt.country, tt.status, tt.source, s)
			}
		}
		if tt.status != StatusNone && len(e.Citations) == 0 {
			t.Errorf("%v %v: no citation", tt.country, tt.status)
		}
	}
	// Judicial reorganisation leaves the title open (rdc-tbh 2013/8 p. 723).
	if e, _ := Effects(vordering.BE, StatusJudicialReorganisation); !e.Allows(ActivityTitle) {
		t.Error("BE reorganisation forbids seeking a title")
	}
	if _, err := Effects(0, StatusNone); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Effects(0): %v", err)
	}
	if _, err := Effects(vordering.BE, 99); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Effects(status 99): %v", err)
	}
}

// The addressee of each letter.
func TestAddresseeFor(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*Case)
		role    AddresseeRole
		address AddressChoice
		letters bool
		line    string
	}{
		{"company at its seat (art. 32 Ger.W.)", func(c *Case) {}, AddresseeDebtor, AddressRegisteredSeat, true, "Klant BV"},
		{"consumer at home", func(c *Case) { c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer} }, AddresseeDebtor, AddressDomicile, true, "Jan Peeters"},
		{"sole trader, seat differs from domicile: domicile (art. 32, 3° Ger.W.)", func(c *Case) {
			c.Debtor.SoleTrader, c.Debtor.SeatDiffersFromDomicile = true, true
		}, AddresseeDebtor, AddressDomicile, true, "Klant BV"},
		{"company, seat undeliverable: report, no letter", func(c *Case) { c.Debtor.SeatUndeliverable = true }, AddresseeNone, AddressNone, false, "Klant BV"},
		{"deceased: the estate", func(c *Case) {
			c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer}
			c.Status = StatusDeceased
		}, AddresseeEstate, AddressDomicile, true, "de nalatenschap van Jan Peeters"},
		{"under administration: the administrator", func(c *Case) {
			c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer, Representative: "Mr. A. Janssens"}
			c.Status = StatusUnderAdministration
		}, AddresseeAdministrator, AddressRepresentative, true, "Mr. A. Janssens, bewindvoerder van Jan Peeters"},
		{"collective debt settlement: the mediator", func(c *Case) {
			c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer}
			c.Status = StatusCollectiveDebtSettlement
		}, AddresseeMediator, AddressRepresentative, true, "de schuldbemiddelaar van Jan Peeters"},
		{"bankrupt: the curator", func(c *Case) { c.Status = StatusBankrupt }, AddresseeCurator, AddressRepresentative, true, "de curator van Klant BV"},
		{"struck from the register: nobody", func(c *Case) { c.Status = StatusStruckFromRegister }, AddresseeNone, AddressNone, false, "Klant BV"},
		{"in an institution: the residence", func(c *Case) {
			c.Debtor = Party{Name: "Jan Peeters", Kind: vordering.Consumer}
			c.Status = StatusInInstitution
		}, AddresseeDebtor, AddressResidence, true, "Jan Peeters"},
	}
	for _, tt := range tests {
		c := beB2B()
		tt.edit(&c)
		a := AddresseeFor(c)
		if a.Role != tt.role || a.Address != tt.address || a.Letters != tt.letters || a.Name != tt.line {
			t.Errorf("%s: got %+v", tt.name, a)
		}
	}
	// NL: the joint heirs (art. 53 Rv).
	c := nlConsumer()
	c.Status = StatusDeceased
	if a := AddresseeFor(c); a.Name != "de gezamenlijke erfgenamen van P. de Vries" {
		t.Errorf("NL deceased: %q", a.Name)
	}
}

// A status counts from StatusSince: a debt settlement ordered on 1 April 2025
// does not close IOS on 3 March 2025, and does from 1 April.
func TestStatusSince(t *testing.T) {
	c := beB2B()
	c.Status, c.StatusSince = StatusCollectiveDebtSettlement, day(2025, 4, 1)
	if r := routeOf(t, mustAssess(t, c, asOf2025), RouteBEIOS); !r.Open {
		t.Errorf("before the order: %v", codes(r.Blocks))
	}
	a := mustAssess(t, c, day(2025, 4, 1))
	if r := routeOf(t, a, RouteBEIOS); r.Open || !hasCode(r.Blocks, ReasonDebtSettlement) {
		t.Errorf("from the order: %v", codes(r.Blocks))
	}
	if a.Addressee.Role != AddresseeMediator || a.Status.Status != StatusCollectiveDebtSettlement {
		t.Errorf("addressee %v status %v", a.Addressee.Role, a.Status.Status)
	}
}

// NL: a company whose registered office is undeliverable gets no letter; a
// writ may go to the public prosecutor's office (art. 54 lid 3 Rv).
func TestAddresseeNLCompanyUndeliverable(t *testing.T) {
	c := nlB2B()
	c.Debtor.SeatUndeliverable = true
	a := AddresseeFor(c)
	if a.Letters || a.Role != AddresseeNone || a.Cite.Article != "art. 54 lid 3" {
		t.Errorf("got %+v", a)
	}
	r := routeOf(t, mustAssess(t, c, asOf2025), RouteNLReminder)
	if r.Open || !hasCode(r.Blocks, ReasonSeatUndeliverable) {
		t.Errorf("reminder: %v", codes(r.Blocks))
	}
}

// Effects of a status on the routes: a deceased debtor closes IOS
// (art. 1394/20, 2°) but the summons stays open against the heirs, with a
// note; an unknown address closes the reminder and notes art. 40 Ger.W. on
// the summons.
func TestStatusOnRoutes(t *testing.T) {
	c := beB2B()
	c.Status = StatusDeceased
	a := mustAssess(t, c, asOf2025)
	if r := routeOf(t, a, RouteBEIOS); r.Open || !hasCode(r.Blocks, ReasonDeceased) {
		t.Errorf("IOS, deceased: %v", codes(r.Blocks))
	}
	if r := routeOf(t, a, RouteBESummons); !r.Open || !hasCode(r.Notes, ReasonDeceased) {
		t.Errorf("summons, deceased: open=%v notes=%v", r.Open, codes(r.Notes))
	}
	c.Status = StatusAddressUnknown
	a = mustAssess(t, c, asOf2025)
	if r := routeOf(t, a, RouteBEReminder); r.Open || !hasCode(r.Blocks, ReasonNoAddress) {
		t.Errorf("reminder, no address: %v", codes(r.Blocks))
	}
	if r := routeOf(t, a, RouteBESummons); !r.Open || !hasCode(r.Notes, ReasonNoAddress) {
		t.Errorf("summons, no address: open=%v notes=%v", r.Open, codes(r.Notes))
	}
	if _, err := Prescription(Case{}, asOf2025); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Prescription(empty case): %v", err)
	}
	if _, err := Prescription(beB2B(), day(1800, 1, 1)); !errors.Is(err, vordering.ErrInvalidInput) {
		t.Errorf("Prescription(asOf 1800): %v", err)
	}
}
