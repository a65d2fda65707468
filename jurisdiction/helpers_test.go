package jurisdiction

import (
	"encoding/json"

	"time"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// amt parses a decimal literal used in a test table; a bad literal is a bug
// in the test itself.
func amt(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func day(y int, m time.Month, dd int) date.Date { return date.New(y, m, dd) }

// claim builds a claim with the given country, date, matter, parties and
// principal; interest and costs are zero unless set by the caller.
func claim(c vordering.Country, on date.Date, m Matter, cred, debt vordering.PartyKind, principal string) Claim {
	return Claim{
		Country: c, AsOf: on, Matter: m,
		Creditor:  cred,
		Debtor:    debt,
		Principal: amt(principal),
	}
}

const (
	be = vordering.BE
	nl = vordering.NL
	co = vordering.Consumer
	en = vordering.Enterprise
	pb = vordering.PublicBody
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
