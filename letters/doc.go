// Package letters builds and checks the letters that Belgian (BE) and Dutch
// (NL) law prescribes on an unpaid claim: the Dutch 14-day letter of art.
// 6:96 lid 6 BW, the free first reminder of Book XIX of the Belgian Code of
// Economic Law, and the two bailiff acts that open the Belgian summary
// routes, the IOS summons to pay (art. 1394/20 ff. Ger.W.) and the SRP
// summons (art. 1339 Ger.W.).
//
// # Questions answered
//
//   - What must this letter say? [Requirements] lists the elements of a
//     [Kind] of letter with the rule, the article and the library value that
//     fills each one; [Rulebook] renders the same lists for RULES.md.
//   - What does it say for this claim? [Build] fills the elements from the
//     facts ([Facts]) with the library's own answers: the term's last day
//     from package deadlines (the Algemene termijnenwet for the Dutch
//     letter, art. 53–54 Ger.W. for the bailiff acts), the costs from
//     costs.Extrajudicial. [Letter.Render] writes it in Dutch, or in French
//     for a Belgian letter, with a default template ([DefaultTemplate]) or the
//     caller's own ([ParseTemplate]); the rendered text is checked to carry
//     every required element, whatever the template says.
//   - Is this letter right? [Check] compares the facts a letter states
//     ([Stated]) with the correct ones and returns each missing or wrong
//     element with its rule, its article and the correct value.
//
// # Readings the library takes
//
// Netherlands: the 14 days run from the day after receipt (HR 25 November
// 2016, ECLI:NL:HR:2016:2704); when the caller does not know the day of
// receipt, the library presumes the letter was delivered on the second day
// after it was sent, a Sunday, a Monday or a holiday not counting as an
// intervening day or as the day of delivery: the presumption the Hoge Raad
// accepts in default (verstek) cases. The term is a statutory one, so a last
// day on a Saturday, Sunday or holiday moves to the next working day (art. 1
// Algemene termijnenwet); a letter that names an earlier last day is wrong.
//
// Belgium, Book XIX: the 14 calendar days start on the third working day
// after a paper reminder is sent, or on the calendar day after an electronic
// one; the library reads "ingaat op" as "the first of the 14 days is that
// day", and counts working days on the calendar of art. 53 Ger.W. (Monday to
// Friday, legal holidays excluded). Neither reading is settled in a text the
// library could read.
//
// # Limits
//
// The article texts of art. XIX.2 WER, art. 1394/21 and art. 1339 Ger.W.
// were not read in the Belgisch Staatsblad: the elements are those on which
// two practitioner sources agree (level two-sources) or that one source gives
// (one-source, and the answer is then provisional). Each element says which;
// a caller whose [vordering.Policy] refuses that level gets an error wrapping
// vordering.ErrNoRuleInForce. The library does not judge whether a claim is
// certain, whether a Belgian creditor holds a written document from the
// debtor (SRP), or the SRP ceiling of art. 1338.
package letters

//go:generate go run ../internal/cmd/genjson -dir .
