package garnishment

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/internal/enumtext"
)

// Goods exempt from seizure in Belgium (art. 1408 Ger.W.).
//
// Art. 1408 §1 lists goods that may not be seized from "de beslagene en zijn
// gezin". The Law of 7 April 2023 (BS 15.6.2023, in force 25.6.2023)
// rewrote the list:
//   - 1°: ironing board added to the household necessities;
//   - 2°: study and training goods of the debtor, spouse or legal cohabitant
//     and dependent children under the same roof, including devices for
//     internet access (not protected against a claim for their price);
//   - 3°: professional goods of the debtor OR the spouse / legal cohabitant,
//     including devices and equipment for internet access, up to a total of
//     EUR 2,500 valued at the time of seizure, at the debtor's choice, not
//     protected against a claim for their price (before: the debtor's own
//     professional goods only, same EUR 2,500);
//   - a mobile phone of the debtor, spouse and dependent children under the
//     same roof, each up to EUR 500; if every phone is worth more, one phone
//     per household stays exempt; not protected against the seller's claim
//     for the price;
//   - the former 6° (one cow, or twelve sheep or goats, one pig, 24
//     poultry, with a month's straw and fodder) was removed;
//   - the term for the debtor's objection that exempt goods were seized
//     (§3) went from 5 to 15 days.
//
// Sources: etaamb.openjustice.be (Law 7.4.2023, text of art. 2–3),
// refli.be (art. 1408 "En vigueur : 25-06-2023"), huissiersdejustice.be,
// schoenaerts.com and eskalaw.be (text of §1), crivitspersyn.be and
// polinfo.kluwer.be (phones: EUR 500 per phone, at least one per household;
// seller's exception), hbvl.be, dhnet.be, financesconnect.be (15 days),
// elfri.be and agerant.be (5 days before 2023), huissier-more.be
// (EUR 2,500 from the euro changeover, KB 20.7.2000).
//
// The table starts on 1.1.2002 (the EUR 2,500 figure); earlier periods
// (100,000 BEF = EUR 2,478.94) are not covered.

// GoodsRules is one period's figures and scope for art. 1408.
type GoodsRules struct {
	// ProfessionalCap is the total value of professional goods (§1 3°)
	// that stay exempt, at the debtor's choice.
	ProfessionalCap decimal.Decimal `json:"professionalCap"`
	// SpouseAndInternet reports that the spouse's or legal cohabitant's
	// professional goods and internet-access devices count inside the cap.
	SpouseAndInternet bool `json:"spouseAndInternet"`
	// PhoneCap is the value up to which each mobile phone is exempt; zero
	// when the period has no phone rule.
	PhoneCap decimal.Decimal `json:"phoneCap"`
	// Livestock reports that the former §1 6° (small livestock) applies.
	Livestock bool `json:"livestock"`
	// ObjectionDays is the term, in days, for the debtor's objection that
	// exempt goods were seized (§3).
	ObjectionDays int `json:"objectionDays"`
}

// beGoodsRules is the timeline of the art. 1408 figures.
var beGoodsRules = vordering.NewTimeline("BE goods exempt from seizure (art. 1408 Ger.W.)",
	vordering.Row[GoodsRules]{From: date.New(2002, 1, 1), Until: date.New(2023, 6, 24),
		Value: GoodsRules{ProfessionalCap: vordering.Euros(2500), Livestock: true, ObjectionDays: 5},
		Cite:  vordering.Citation{Instrument: gerW, Article: "art. 1408 §1 3°, §1 6° and §3", Publication: "Law 14.1.1993 as amended by KB 20.7.2000 (euro)", URL: "https://huissier-more.be/les-bien-insaisissables/"},
		Note:  "EUR 2,500: huissier-more.be, eskalaw.be (text of §1 3°). Five days: elfri.be, agerant.be. Livestock: eskalaw.be, crivitspersyn.be. The start date of the five-day term was not researched; the row starts with the euro figure."},
	vordering.Row[GoodsRules]{From: date.New(2023, 6, 25),
		Value: GoodsRules{ProfessionalCap: vordering.Euros(2500), SpouseAndInternet: true, PhoneCap: vordering.Euros(500), ObjectionDays: 15},
		Cite:  vordering.Citation{Instrument: "Wet van 7 april 2023 tot wijziging van het Gerechtelijk Wetboek met betrekking tot de niet voor beslag vatbare goederen", Article: "art. 1408 §1 and §3 Ger.W.", Publication: "BS 15.6.2023, in force 25.6.2023", URL: "https://etaamb.openjustice.be/nl/fr/wet-van-07-april-2023_n2023041750.html"},
		Note:  "refli.be (in force 25.6.2023); phones: crivitspersyn.be, polinfo.kluwer.be, schoenaerts.com; 15 days: hbvl.be, dhnet.be, financesconnect.be."},
).With(vordering.Meta{Known: vordering.TwoSources, Checked: date.New(2026, 11, 22)})

// GoodCategory is a category of movable goods in the art. 1408 catalogue.
type GoodCategory uint8

// The categories.
const (
	// GoodHousehold is a household necessity of §1 1°: the necessary beds and
	// bedding, clothes and linen and the furniture to store them, a washing
	// machine, an iron (an ironing board from 25.6.2023), heating
	// appliances, the table and chairs for a shared meal, the necessary
	// crockery and kitchen utensils and a cupboard for them, a cooking
	// appliance, a food-storage appliance, one light per occupied room,
	// items needed by disabled family members, items for dependent children
	// under the same roof, pets, products for personal hygiene and cleaning,
	// garden tools. Luxury items are excluded (use GoodLuxury).
	GoodHousehold GoodCategory = iota + 1
	// GoodStudy is books and other items needed for studies or vocational
	// training (§1 2°).
	GoodStudy
	// GoodProfessional is goods the debtor (from 25.6.2023: or the spouse /
	// legal cohabitant) strictly needs for the profession (§1 3°).
	GoodProfessional
	// GoodInternetDevice is a device or equipment for internet access; from
	// 25.6.2023 it counts as a professional good inside the cap (§1 3°).
	GoodInternetDevice
	// GoodMobilePhone is a mobile phone of the debtor, spouse or a dependent
	// child under the same roof (from 25.6.2023).
	GoodMobilePhone
	// GoodWorship is objects used for worship (§1 4°).
	GoodWorship
	// GoodFoodAndFuel is food and fuel for the household for one month
	// (§1 5°).
	GoodFoodAndFuel
	// GoodLivestock is the small livestock of the former §1 6° (one cow, or
	// twelve sheep or goats; one pig; 24 poultry; straw and fodder for a
	// month), exempt until 24.6.2023. The caller asserts the good is within
	// those numbers.
	GoodLivestock
	// GoodLuxury is a luxury item, never exempt (§1 1° in fine).
	GoodLuxury
	// GoodOther is any other good: seizable.
	GoodOther
)

// goodCategoryNames is the text form of GoodCategory.
var goodCategoryNames = enumtext.New[GoodCategory]("GoodCategory", []string{
	GoodHousehold: "household", GoodStudy: "study", GoodProfessional: "professional",
	GoodInternetDevice: "internet-device", GoodMobilePhone: "mobile-phone", GoodWorship: "worship",
	GoodFoodAndFuel: "food-and-fuel", GoodLivestock: "livestock", GoodLuxury: "luxury", GoodOther: "other",
})

// Valid reports whether g is a defined category.
func (g GoodCategory) Valid() bool { return goodCategoryNames.Valid(g) }

// String returns the category's name, e.g. "mobile-phone", or
// "GoodCategory(n)" for an undefined value.
func (g GoodCategory) String() string { return goodCategoryNames.String(g) }

// MarshalText encodes the category as its String form. An undefined value
// is an error wrapping vordering.ErrInvalidInput.
func (g GoodCategory) MarshalText() ([]byte, error) { return goodCategoryNames.MarshalText(g) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput, and *g is then set to the zero value.
func (g *GoodCategory) UnmarshalText(b []byte) error {
	v, err := goodCategoryNames.Parse(b)
	*g = v
	return err
}

// Person says whether the owner of the goods is a natural or a legal person.
type Person uint8

// The kinds of person.
const (
	// NaturalPerson is a human being (natuurlijk persoon).
	NaturalPerson Person = iota + 1
	// LegalPerson is a company, association or foundation (rechtspersoon).
	LegalPerson
)

// personNames is the text form of Person.
var personNames = enumtext.New[Person]("Person", []string{NaturalPerson: "natural-person", LegalPerson: "legal-person"})

// Valid reports whether p is a defined kind.
func (p Person) Valid() bool { return personNames.Valid(p) }

// String returns "natural-person" or "legal-person", or "Person(n)" for an
// undefined value.
func (p Person) String() string { return personNames.String(p) }

// MarshalText encodes the kind as its String form. An undefined value is an
// error wrapping vordering.ErrInvalidInput.
func (p Person) MarshalText() ([]byte, error) { return personNames.MarshalText(p) }

// UnmarshalText decodes the String form. Any other text is an error
// wrapping vordering.ErrInvalidInput, and *p is then set to the zero value.
func (p *Person) UnmarshalText(b []byte) error {
	v, err := personNames.Parse(b)
	*p = v
	return err
}
