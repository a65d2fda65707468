package costs

import (
	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// BE bailiff tariff in civil and commercial matters: the KB of 30.11.1976
// as rewritten by the KB of 18.5.2024 (BS 19.6.2024, numac 2024005242), for
// acts served and work done from 1.10.2024.
//
// Each act (a summons, the service of a judgment, a command to pay, a
// seizure report) carries one graduated fee ("gegradueerd ereloon /
// honoraire gradué") of its class, chosen by the amount of the claim:
// class A up to EUR 2,000, class B up to 5,000, class C above; claims for
// energy, water, telecom, education and medical care are always class A,
// family and youth matters always class B, cases of undetermined value
// class C. A file also carries one administrative file fee of EUR 50, and
// a recovery fee replaces the old receipt duties; neither is per act, and
// the recovery fee's bands were not found, so the library returns only the
// graduated fee of the act.
//
// The amounts are indexed each 1 January on the consumer-price index, the
// first time on 1.1.2025. The indexed amounts of 2025 and 2026 were not
// found, so the table covers 1.10.2024-31.12.2024 only; with
// vordering.Policy.CarryForward a later date answers with the 2024 amounts,
// marked carried-forward (the indexed amounts are higher). The tariff before
// 1.10.2024 (ten classes) is not encoded.
//
// The KB's own article text could not be read; the figures come from
// practitioners' and press descriptions of it (see the row).

// beBailiffClasses is the graduated fee of each class, and the file fee.
type beBailiffClasses struct {
	a, b, c, file decimal.Decimal
}

var beBailiffTariff = vordering.NewTimeline("BE bailiff tariff, graduated fee per act (KB 30.11.1976 as rewritten by the KB of 18.5.2024)",
	vordering.Row[beBailiffClasses]{
		From: courtDate(2024, 10, 1), Until: courtDate(2024, 12, 31),
		Value: beBailiffClasses{a: vordering.Euros(125), b: vordering.Euros(175), c: vordering.Euros(250), file: vordering.Euros(50)},
		Cite: vordering.Citation{
			Instrument:  "KB 30.11.1976 tot vaststelling van het tarief voor akten van gerechtsdeurwaarders in burgerlijke en handelszaken",
			Article:     "art. 1 (graduated fees in three classes; administrative file fee)",
			Publication: "KB 18.5.2024, BS 19.6.2024, numac 2024005242; in force for acts from 1.10.2024",
			URL:         "https://etaamb.openjustice.be/nl/koninklijk-besluit-van-18-mei-2024_n2024005242.html",
		},
		Sources: []string{"creno.be (October 2024: classes, bands, file fee)", "plusmagazine.be (125 / 175 / 250, bands, file fee 50)", "droitsquotidiens.be (per act)", "lexbase.fr (UIHJ, 20.3.2025)"},
		Note:    "Class bands (A up to 2,000; B 2,000.01-5,000; C above 5,000) in creno.be and plusmagazine.be; always class A for utility, telecom, education and medical claims in four sources; class B for family and youth matters and class C for undetermined value in creno.be only. Whether the band is measured on the principal alone or with interest and costs was not found: the caller passes the claim amount the bailiff bills on.",
	},
).With(vordering.Meta{
	Known:    vordering.TwoSources,
	Checked:  date.New(2026, 11, 28),
	Trailing: "the amounts indexed on 1 January 2025 and 2026 (yearly consumer-price indexation under the KB of 18.5.2024) were not found",
})

// beBailiffClass returns the class letter and fee for a claim.
func beBailiffClass(t beBailiffClasses, q BailiffFeeQuery) (string, decimal.Decimal, string) {
	switch {
	case q.Basic:
		return "A", t.a, "claim for energy, water, telecom, education or medical care: always class A"
	case q.Family:
		return "B", t.b, "family or youth matter: always class B"
	case q.Undetermined:
		return "C", t.c, "claim of undetermined value: class C"
	case !q.ClaimValue.GreaterThan(vordering.Euros(2000)):
		return "A", t.a, "claim up to EUR 2,000: class A"
	case !q.ClaimValue.GreaterThan(vordering.Euros(5000)):
		return "B", t.b, "claim over EUR 2,000 up to EUR 5,000: class B"
	}
	return "C", t.c, "claim over EUR 5,000: class C"
}
