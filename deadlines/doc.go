// Package deadlines answers "on which day does this term end?" for Belgian
// (BE) and Dutch (NL) law, and explains the answer.
//
// # Questions answered
//
//   - Is this day a working day for deadlines? [IsWorkingDay]
//   - Which days of a year are holidays for deadlines? [Holidays]
//   - On which day does a term end, or when may the next act take place?
//     [Compute] with a [Term] built by [Days], [Weeks], [Months], [Years] or
//     [FreeDays], or taken from the catalogue with [Statutory]
//     (appeal, opposition, cassation, summons, payment order, and the
//     collection terms of IOS, SRP, garnishment, Book XIX WER, the Dutch
//     14-day letter, the B2B payment term and verzet).
//
// A [Deadline] keeps the unadjusted end, each step that moved it (which
// rule, from which day to which day) and the citations used; [Deadline.Explain]
// renders them for a person, [Deadline.Steps] and JSON for a program. The
// text is rendered only when asked for, so [Compute] itself does not
// allocate.
//
// # Counting conventions
//
// In both countries the day of the event is never counted.
//
// Belgium (Gerechtelijk Wetboek): art. 52 (counting starts the day after
// the event; every calendar day counts); art. 54 (months and years run "from
// the nth to the day before the nth": served 30 June → 31 July; served
// 28 February → 31 March); art. 55 (+15, +30 or +80 days for a party abroad,
// [Term.WithAbroad]); art. 50 al. 2 (an appeal or opposition term that starts
// and ends in the judicial vacation, 1 July–31 August, runs to 15 September,
// [Term.ForAppealOrOpposition]); art. 53 (a last day on a Saturday, Sunday or
// one of the ten legal holidays of the KB of 18 April 1974 moves to the next
// working day). Where a month term starts on a day number the target month
// lacks, the law is unsettled; the library takes the last day of the target
// month and flags [UnsettledMonthEnd].
//
// Netherlands: days and weeks end n days or n × 7 days after the event;
// months end on the same day number, or on the last day of a shorter month
// (HR 1 September 2017, ECLI:NL:HR:2017:2225). The Algemene termijnenwet
// then applies: art. 2 (a term of at least three days contains two days
// that are not Saturday, Sunday or holiday), art. 1 lid 1 (a last day on a
// Saturday, Sunday or holiday moves to the next day that is none of these),
// art. 1 lid 2 (not for a term counted backward, [Term.CountedBackward]; such
// a deadline on a closed day moves to the previous working day instead, the
// practitioners' reading, flagged [UnsettledBackward]) and art. 4 (not for terms over 90 days, 12 weeks or 3 months, or in years;
// other exclusions with [Term.WithoutExtension]). The holidays are those of
// art. 3: lid 1 (New Year, Easter Monday, Whit Monday, Ascension, both
// Christmas days, the King's birthday as celebrated, and 5 May every year),
// lid 2 (Good Friday) and lid 3 (days equated by decree, where confirmed).
// Easter is computed (anonymous Gregorian algorithm), never typed in.
//
// A [FreeDays] term is a waiting period: n whole days must pass between the
// event and the next act, and the result is the first day that act may take
// place. Whether the weekend rule moves the end of a waiting period is not
// sourced; the library does not move it and flags [UnsettledWaitingPeriod].
//
// # Limits
//
//   - Calendars cover 1900–2199 ([FirstYear], [LastYear]). Outside them
//     [IsWorkingDay] answers false and [Holidays] and [Compute] return an error
//     wrapping vordering.ErrInvalidInput.
//   - Before the current lists took effect (BE: 1974; NL: the Algemene
//     termijnenwet, 1 April 1965) the current list is projected backwards,
//     with the historical King's/Queen's birthday; such holidays carry a Note
//     and a Deadline starting then is flagged [CalendarProjected]. 5 May was
//     added to the Dutch list by an amendment introduced in 1981 whose date of
//     entry into force is not confirmed; NL deadlines starting before 1982 are
//     flagged too.
//   - Dutch days equated by decree (art. 3 lid 3 Atw) are encoded for
//     2017–2019, 2023–2028 and one day of 2022 (27 May). Other years may have
//     such days that the library does not know; a Deadline touching them is
//     flagged [DecreeDaysUnconfirmed].
//   - Registry opening hours, electronic filing failures (art. 52 al. 2–4
//     Ger.W.), deemed-service rules such as art. 53bis Ger.W. and the Saturday
//     rule of art. 64 Rv for non-statutory terms are not modelled: pass the
//     day the term starts from as the event.
//   - The catalogue holds the terms in force today; it does not say when a
//     term was introduced except in its notes.
//
// All functions are pure and safe for concurrent use: the calendars are
// built once at package initialisation and never modified.
package deadlines

//go:generate go run ../internal/cmd/genjson -dir .
