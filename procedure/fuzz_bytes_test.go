package procedure

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
	"github.com/vordering/vordering/garnishment"
	"github.com/vordering/vordering/jurisdiction"
)

// bytesSource reads the fuzzer's bytes as numbers; past the end it reads
// zeros.
type bytesSource struct{ b []byte }

func (s *bytesSource) u8() uint8 {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *bytesSource) u16() uint16 { return uint16(s.u8())<<8 | uint16(s.u8()) }

func (s *bytesSource) i64() int64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = s.u8()
	}
	return int64(binary.BigEndian.Uint64(buf[:]))
}

// day reads a day: near 2025 mostly, anywhere in the date type's range
// (before 1900, the zero date 1970-01-01, after 2199) when the first byte
// says so.
func (s *bytesSource) day() date.Date {
	switch m := s.u8(); {
	case m < 220:
		return date.New(2015, 1, 1).Add(date.PeriodOfDays(int(s.u16()) % 5000))
	case m < 240:
		return date.Date{}.Add(date.PeriodOfDays(int32(s.i64())))
	default:
		return vordering.NoDate()
	}
}

// amount reads an amount: whole euro mostly, or any coefficient and
// exponent (huge, tiny, negative).
func (s *bytesSource) amount() decimal.Decimal {
	if s.u8() < 220 {
		return vordering.Euros(int64(s.u16()) + 1)
	}
	return decimal.New(s.i64(), int32(int8(s.u8())))
}

// count reads the length of a list: lo..hi mostly, now and then large
// but within the limits, or one more than vordering.MaxItems.
func (s *bytesSource) count(lo, hi int) int {
	switch m := s.u8(); {
	case m == 255:
		return vordering.MaxItems + 1
	case m >= 250:
		return 500 + int(s.u16())%3000
	default:
		return lo + int(m)%(hi-lo+1)
	}
}

// bigInt reads a count for the profile: small mostly, or any int64.
func (s *bytesSource) bigInt() int {
	switch b := s.u8(); {
	case b < 230:
		return int(b % 4)
	case b < 240:
		return -1
	}
	return int(s.i64())
}

// enum reads an enumeration value: one of the n defined values first..
// first+n-1 mostly, any byte (often undefined) when the byte is 240 or more.
func (s *bytesSource) enum(first, n int) uint8 {
	b := s.u8()
	if b >= 240 {
		return s.u8()
	}
	return uint8(first + int(b)%n)
}

// caseFromBytes builds a case, its as-of date and a profile from arbitrary
// bytes: every field, with lists up to MaxItems + 1 long, huge counts and
// amounts, and dates outside the accepted span. Each field is valid for
// most bytes and invalid for some, so that the fuzzer reaches both the
// refusals and the answers.
func caseFromBytes(data []byte) (Case, date.Date) {
	s := &bytesSource{b: data}
	regs := []string{"", "BE", "NL", "FR", "DE", "PL", "BE", "NL", "", "BE", "NL", "LU", "", "BE", "be", "BEL"}
	party := func() Party {
		f := s.u8()
		p := Party{Name: "P", Kind: vordering.PartyKind(s.enum(1, 3)), RegisterCountry: regs[int(s.u8())%len(regs)], RegisterNumber: "1",
			Domicile: regs[int(s.u8())%len(regs)], NotMerchant: f&2 != 0, SeatDiffersFromDomicile: f&4 != 0,
			SeatUndeliverable: f&8 != 0, Representative: "R"}
		p.SoleTrader = f&1 != 0 && (p.Kind == vordering.Enterprise || f&16 != 0)
		return p
	}
	c := Case{Country: vordering.Country(s.enum(1, 2)), Creditor: party(), Debtor: party()}
	f := s.u8()
	c.Contested, c.WrittenDocument, c.OutsideBusiness, c.NonContractual = f&1 != 0, f&2 != 0, f&4 != 0, f&8 != 0
	c.Matter = jurisdiction.Matter(s.enum(0, 10))
	c.Status = DebtorStatus(s.enum(0, 9))
	if f&16 != 0 {
		c.StatusSince = s.day()
	}
	// The invoices: a few read from the bytes, the rest of a long list
	// copied from them with numbers of their own.
	n := s.count(1, 4)
	c.Invoices = make([]Invoice, n)
	for i := range c.Invoices {
		if i < 8 {
			d := s.day()
			gap := int(s.u8())
			if gap >= 230 {
				gap = 229 - gap // before the invoice date
			}
			c.Invoices[i] = Invoice{Number: "F" + strconv.Itoa(i), Date: d, DueDate: d.Add(date.PeriodOfDays(gap)),
				Principal: s.amount(), Accessories: s.amount(), Nature: Nature(s.enum(0, 5))}
			if s.u8() == 7 {
				c.Invoices[i].Number = "F0" // a duplicate
			}
			continue
		}
		c.Invoices[i] = c.Invoices[i%8]
		c.Invoices[i].Number = "F" + strconv.Itoa(i)
	}
	// The acts: read from the bytes, or, for a long list, a repeated act
	// (reminders or formal notices make a long valid history).
	n = s.count(0, 12)
	c.Acts = make([]Act, n)
	start := s.day()
	uniform := s.u8()&1 != 0
	for i := range c.Acts {
		if i >= 12 && uniform {
			c.Acts[i] = Act{Kind: c.Acts[i%12].Kind, Date: start.Add(date.PeriodOfDays(i))}
			continue
		}
		if i >= 12 {
			c.Acts[i] = c.Acts[i%12]
			continue
		}
		f := s.u8()
		a := Act{Kind: ActKind(s.enum(1, (int(ActClaimDeclaration)+1)-1)), Date: start.Add(date.PeriodOfDays(int(s.u8()) * 3)),
			Outcome: Outcome(s.enum(0, 7)), Electronic: f&1 != 0}
		if f&2 != 0 {
			a.Received = a.Date.Add(date.PeriodOfDays(int(s.u8()%12) - 2))
		}
		switch s.u8() % 16 {
		case 0, 1:
			a.Invoices = []string{"F0"}
		case 2:
			a.Invoices = []string{"F1", "F1"}
		case 3:
			a.Invoices = []string{"X"}
		case 4:
			a.Invoices = make([]string, vordering.MaxItems+1)
		}
		c.Acts[i] = a
	}
	c.Profile = DebtorProfile{
		Income: garnishment.Income{Net: s.amount(), Kind: garnishment.IncomeKind(s.enum(0, 4)), Children: s.bigInt(),
			Household: garnishment.Household(s.enum(0, 5)), HolidayPay: s.amount()},
		EmployerKnown: f&32 != 0, BankAccountKnown: f&64 != 0, Vehicle: f&128 != 0, RealEstate: f&1 != 0, AddressProblems: f&2 != 0,
		EarlierCollections: s.bigInt(), FailedCollections: s.bigInt(), InsolvencyEvents: s.bigInt(),
	}
	asOf := s.day()
	if s.u8()&1 == 0 && len(c.Acts) > 0 {
		asOf = c.Acts[len(c.Acts)-1].Date.Add(date.PeriodOfDays(int(s.u8())))
	}
	return c, asOf
}

// sentinel reports whether err is nil or wraps one of the library's
// sentinels.
func sentinel(err error) bool {
	return err == nil || errors.Is(err, vordering.ErrInvalidInput) || errors.Is(err, vordering.ErrNoRuleInForce)
}

// FuzzCaseBytes builds a case from arbitrary bytes (lists up to MaxItems +
// 1 long, huge counts and amounts, any date) and calls every entry point
// on it: none panics; every error wraps a sentinel; an invalid case (and an
// invalid as-of date) is refused by every entry point with ErrInvalidInput;
// every result marshals to JSON. Each call returns: the inputs are within
// the limits or refused by them.
func FuzzCaseBytes(f *testing.F) {
	// Zero bytes read as a valid case (one invoice, defined values); the
	// seeds change a few bytes from there.
	zeros := make([]byte, 120)
	f.Add(zeros)
	with := func(at map[int]byte) []byte {
		b := make([]byte, 120)
		for i, v := range at {
			b[i] = v
		}
		return b
	}
	// Offsets for zero bytes before: 0 country, 1–4 creditor, 5–8 debtor,
	// 12 the invoice count, 17 the principal, 25 the act count, then per
	// act five bytes; with no act, 30 the profile's income, 34 its children.
	f.Add(with(map[int]byte{0: 1, 2: 1, 6: 1}))            // an NL case between enterprises
	f.Add(with(map[int]byte{12: 255}))                     // MaxItems + 1 invoices
	f.Add(with(map[int]byte{25: 12}))                      // twelve reminders
	f.Add(with(map[int]byte{25: 250, 27: 100, 31: 1}))     // 600 reminders, one a day
	f.Add(with(map[int]byte{25: 255}))                     // MaxItems + 1 acts
	f.Add(with(map[int]byte{17: 250, 18: 0x7f, 26: 0xff})) // a huge principal
	f.Add(with(map[int]byte{34: 250, 37: 1}))              // 2^40 children
	f.Add(with(map[int]byte{0: 1, 2: 1, 25: 6, 27: 3}))    // an NL consumer's history
	f.Fuzz(func(t *testing.T, data []byte) {
		c, asOf := caseFromBytes(data)
		verr := c.Validate()
		if !sentinel(verr) {
			t.Fatalf("Validate: %v", verr)
		}
		_ = AddresseeFor(c)
		if e, err := Effects(c.Country, c.Status); !sentinel(err) {
			t.Fatalf("Effects: %v", err)
		} else if _, jerr := json.Marshal(e); err == nil && jerr != nil {
			t.Fatalf("Effects: %v", jerr)
		}
		aerr := vordering.CheckDate("asOf", asOf)
		for name, err := range entryPoints(c, asOf) {
			if !sentinel(err) {
				t.Fatalf("%s: error wraps no sentinel: %v", name, err)
			}
			refused := verr != nil || (aerr != nil && name != "Validate" && name != "ValidateHistory")
			if refused && !errors.Is(err, vordering.ErrInvalidInput) {
				t.Fatalf("%s accepts an invalid input (%v, %v): %v", name, verr, aerr, err)
			}
		}
		if verr != nil || aerr != nil || len(c.Acts) > 100 {
			return
		}
		if p, err := Next(c, asOf); err == nil {
			if _, err := json.Marshal(p); err != nil {
				t.Fatalf("plan: %v", err)
			}
		}
		if a, err := Eligibility(c, asOf); err == nil {
			if _, err := json.Marshal(a); err != nil {
				t.Fatalf("assessment: %v", err)
			}
		}
	})
}
