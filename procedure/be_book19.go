package procedure

import (
	"github.com/rickb777/date"
	"github.com/vordering/vordering"
)

// book19Rule is the rule of Book XIX WER on the first reminder to a consumer.
type book19Rule struct {
	// Days is the minimum payment term the free first reminder must give.
	Days int `json:"days"`
	// OldContractsFrom is the first day on which defaults under contracts
	// concluded before the Book came into force are covered.
	OldContractsFrom date.Date `json:"oldContractsFrom"`
}

var citeBook19 = vordering.Citation{
	Instrument:  "Wetboek van economisch recht",
	Article:     "art. XIX.2–XIX.4",
	Publication: "Wet 4.5.2023, BS 23.5.2023; overgangsrecht art. 15 (gewijzigd bij Wet 5.11.2023, BS 11.12.2023)",
	URL:         "https://studio-legale.com/tag/invordering/",
}

// beBook19 is the Book XIX rule on the first reminder: free, and at least 14
// calendar days to pay, before any cost or interest may be charged to a
// consumer. It covers contracts concluded from 1 September 2023; older
// contracts from 1 December 2023 for defaults that arise after that.
//
// Sources: ordevanvlaamsebalies.be (Book XIX models and checklist),
// elegis.be, samvzw.be and studio-legale.com (dates); creno.be, elegis.be and
// tcm.be (14 days). The start of the 14 days (third working day after a
// paper reminder, the working day after an electronic one) comes from one
// reading of art. XIX.2 that we could not confirm with a second source.
var beBook19 = vordering.NewTimeline("BE Book XIX WER first reminder to a consumer",
	vordering.Row[book19Rule]{
		From:  d(2023, 9, 1),
		Value: book19Rule{Days: 14, OldContractsFrom: d(2023, 12, 1)},
		Cite:  citeBook19,
		Note: "Before 1.9.2023 the Law of 20.12.2002 applied; it is not covered. " +
			"Start of the 14 days UNCERTAIN (one source): we count from the third working day after a paper " +
			"reminder and from the working day after an electronic one, the starting day not counted (the later reading).",
	},
)
