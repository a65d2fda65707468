package vordering

import "fmt"

// Court is a court of either country, one type for every package
// (costs.Court and jurisdiction.Court are aliases of it). The zero value is
// not a court and is rejected where a court is required.
type Court uint8

// The courts. The first seven are the first-instance courts that hear a
// money claim; PoliceCourt shares the vrederechter's roll fee; AppealCourt
// and CassationCourt exist in both countries.
const (
	// JusticeOfThePeace is the Belgian vrederechter / juge de paix
	// (art. 590 Ger.W.).
	JusticeOfThePeace Court = iota + 1
	// CourtOfFirstInstance is the Belgian rechtbank van eerste aanleg /
	// tribunal de première instance (art. 568 Ger.W.).
	CourtOfFirstInstance
	// CommercialCourt is the Belgian rechtbank van koophandel, until
	// 31 October 2018.
	CommercialCourt
	// EnterpriseCourt is the Belgian ondernemingsrechtbank / tribunal de
	// l'entreprise, from 1 November 2018 (art. 573 Ger.W.).
	EnterpriseCourt
	// LabourCourt is the Belgian arbeidsrechtbank (art. 578 Ger.W.).
	LabourCourt
	// SubdistrictCourt is the Dutch kantonrechter (art. 93 Rv).
	SubdistrictCourt
	// DistrictCourt is the Dutch rechtbank (civil, not kanton).
	DistrictCourt
	// PoliceCourt is the Belgian politierechtbank / tribunal de police.
	PoliceCourt
	// AppealCourt is the court of appeal: the Dutch gerechtshof and the
	// Belgian hof van beroep / cour d'appel.
	AppealCourt
	// CassationCourt is the supreme court: the Belgian Hof van Cassatie and
	// the Dutch Hoge Raad.
	CassationCourt
)

var courtNames = [...]string{
	JusticeOfThePeace:    "vrederechter",
	CourtOfFirstInstance: "rechtbank-van-eerste-aanleg",
	CommercialCourt:      "rechtbank-van-koophandel",
	EnterpriseCourt:      "ondernemingsrechtbank",
	LabourCourt:          "arbeidsrechtbank",
	SubdistrictCourt:     "kantonrechter",
	DistrictCourt:        "rechtbank",
	PoliceCourt:          "politierechtbank",
	AppealCourt:          "hof",
	CassationCourt:       "cassatie",
}

// courtAliases are the names package costs used before the two court types
// were merged; UnmarshalText still accepts them.
var courtAliases = map[string]Court{"kanton": SubdistrictCourt, "vredegerecht": JusticeOfThePeace}

var courtCountries = [CassationCourt + 1]Country{
	JusticeOfThePeace: BE, CourtOfFirstInstance: BE, CommercialCourt: BE, EnterpriseCourt: BE, LabourCourt: BE,
	SubdistrictCourt: NL, DistrictCourt: NL, PoliceCourt: BE, // AppealCourt, CassationCourt: both countries
}

// Valid reports whether c is a defined court.
func (c Court) Valid() bool { return c >= JusticeOfThePeace && c <= CassationCourt }

// Country returns the country the court belongs to, or zero for a court
// that exists in both (AppealCourt, CassationCourt) and for an undefined
// value.
func (c Court) Country() Country {
	if !c.Valid() {
		return 0
	}
	return courtCountries[c]
}

// String returns the court's name in Dutch as practitioners write it
// ("vrederechter", "kantonrechter", "rechtbank", "hof", …), or "Court(n)".
func (c Court) String() string {
	if c.Valid() {
		return courtNames[c]
	}
	return fmt.Sprintf("Court(%d)", uint8(c))
}

// MarshalText encodes the court by name; an undefined value is an error
// wrapping [ErrInvalidInput].
func (c Court) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, Invalid("Court", uint8(c), "not a defined court")
	}
	return []byte(courtNames[c]), nil
}

// UnmarshalText decodes a court by name (also the names "kanton" and
// "vredegerecht" that package costs used).
func (c *Court) UnmarshalText(b []byte) error {
	s := string(b)
	for i, n := range courtNames {
		if i > 0 && n == s {
			*c = Court(i)
			return nil
		}
	}
	if v, ok := courtAliases[s]; ok {
		*c = v
		return nil
	}
	return Invalid("Court", s, "not a court name")
}
