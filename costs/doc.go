// Package costs answers "what may I charge?" on a late payment in Belgium
// (BE) and the Netherlands (NL): statutory and commercial interest, the
// imputation of partial payments, extrajudicial collection costs, court and
// bailiff fees and procedural indemnities. Every
// amount comes with its breakdown (periods, brackets, steps) and the
// citations of the rules and figures used.
//
// # Questions answered
//
//   - [Interest] and [InterestWith]: how much interest has run on a sum
//     between two days? NL wettelijke rente (art. 6:119 BW) and handelsrente
//     (art. 6:119a BW), compounded yearly; BE legal interest (Act of 5 May
//     1865) and late-payment interest (Act of 2 August 2002), simple. A
//     contractual rate may replace the statutory one.
//
//   - [ImputePayments]: how do partial payments reduce costs, interest and
//     principal (art. 6:44 BW; art. 1254 old Belgian Civil Code), and what is
//     the running balance?
//
//   - [Extrajudicial]: which extrajudicial collection costs may be charged,
//     and from when? NL staffel of the Besluit vergoeding voor
//     buitengerechtelijke incassokosten with the 14-day letter, the VAT uplift
//     and the cap on small recurring consumer claims; BE Book XIX WER for
//     consumers and the flat EUR 40 for commercial transactions.
//
//   - [CourtFee]: the Dutch griffierecht (Wet griffierechten burgerlijke
//     zaken, by court, band of claim value and party category: niet-natuurlijk
//     persoon, natuurlijk persoon, onvermogend) and the Belgian rolrecht (art.
//     269¹ W.Reg., by kind of court).
//
//   - [BailiffFee]: the Dutch Btag tariff of the acts a collection needs
//     (summons, service of the title, command, other service, attachment of
//     movables, bank and wage garnishment), excluding VAT and disbursements.
//
//   - [ProceduralIndemnity]: the Belgian rechtsplegingsvergoeding (art. 1022
//     Ger.W., KB 26.10.2007): base, minimum and maximum of the claim's band,
//     indexed under art. 8.
//
//   - [LiquidationTariff]: the Dutch kanton liquidatietarief (points × tariff
//     per point, points capped per band).
//
// Claim bands of the fee tables read "more than Over, not more than UpTo",
// the first band also holding zero. The as-of date is the first roll date or
// filing date (court fees), the date of the act (bailiff) or the judgment date
// (indemnity, liquidation tariff).
//
// # Counting conventions
//
// Interest runs for the days after the start day up to and including the
// end day, so a span from 1 March to 31 March counts 30 days. The default
// day count divides by 365 in every year, leap years included, as Dutch
// practitioners' calculators do (no official Belgian convention was found;
// the same default applies); [ActualYear] divides by the actual year length. Periods are split at every rate change and at every
// compounding anniversary. A year of interest is counted from the first
// day of interest (art. 6:119 lid 2 BW) and ends the day before the same
// date a year later: interest from 1 March 2023 is capitalised on 29
// February 2024, and a year from 29 February 2024 ends on 28 February 2025. Each period's interest is rounded to the cent
// half-up; the total is the sum of the periods. Extrajudicial costs are
// rounded once, half-up, after the brackets are added. The Dutch VAT uplift
// is applied to the costs after the minimum and maximum, as the Besluit's
// text applies it to "de vergoeding" (sources differ: some practitioners keep
// the total including VAT within 6,775).
//
// A reminder's 14 days run from the day after the day it was received; the
// costs are due from the day after the last day of the term. In the
// Netherlands that term is statutory (art. 6:96 lid 6 BW), so the Algemene
// termijnenwet extends a last day on a Saturday, Sunday or holiday; package
// deadlines computes it (the one import of a package on the same floor, as
// the collection-cost rules build on the legal calendar). The Belgian term of
// Book XIX counts calendar days and is not moved. The library does not derive
// the receipt day from a posting date.
//
// # Limits
//
// Rates and amounts are effective-dated tables (files nl_interest_rates.go,
// be_interest_rates.go, nl_wik.go, be_book_xix.go, nl_court_fees.go,
// be_court_fees.go, nl_bailiff_fees.go, be_bailiff_fees.go, be_indemnity.go,
// nl_liquidation_tariff.go, ecb_rates.go) with a source and a confidence
// level per row. A day that no row covers gives an error wrapping
// vordering.ErrNoRuleInForce; the library carries a figure past a table's
// end only when the caller asks (vordering.Policy.CarryForward, on Rules),
// and the answer then says so. The uncovered spans and the reasons are
// listed at the top of each table file and in RULES.md. A caller can bring
// missing interest rates with Rules.WithRates. The six-month look-back
// of the Dutch cap on small recurring claims needs the costs already charged,
// which the caller supplies. Whether a claim is a commercial transaction,
// when the default began and whether the contract provides for Belgian flat
// damages are the caller's inputs.
package costs

//go:generate go run ../internal/cmd/genjson -dir .
