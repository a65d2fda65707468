// Package jurisdiction answers, for one Belgian (BE) or Dutch (NL) money
// claim on a given date, the questions a creditor asks before going to court:
//
//   - Which first-instance court is competent, and why? [Competent] returns a
//     [Decision] with the court, the value counted, the reason, the
//     citations and every step. BE: arbeidsrechtbank for employment
//     contracts (art. 578 Ger.W.); vrederechter for leases (art. 591, 1°) and,
//     from 1 July 2014, utility claims against consumers (art. 591, 25°),
//     whatever the amount; the court of art. 573 for disputes between
//     businesses (rechtbank van koophandel, merchants above the
//     vrederechter's ceiling until 30 June 2014 and enterprises whatever the
//     amount from 1 July 2014; ondernemingsrechtbank from 1 November 2018);
//     the vrederechter up to the art. 590 ceiling (EUR 1,860; 2,500 from
//     1 September 2014; 5,000 from 1 September 2018); otherwise the
//     rechtbank van eerste aanleg. NL: the kantonrechter for the matters of
//     art. 93 sub c Rv whatever the amount and for claims up to EUR 5,000
//     (EUR 25,000 from 1 July 2011); otherwise the rechtbank, where an
//     advocaat is required.
//   - Would an appeal lie? [AppealOpen]: BE art. 617 Ger.W. (two series),
//     NL art. 332 Rv (EUR 1,750).
//   - Who may appear for a party, and must it be a lawyer?
//     [RepresentationBefore]: BE art. 728 Ger.W., NL art. 79–80 Rv.
//   - Is a European cross-border route in scope? [CrossBorder]: the European
//     order for payment (no ceiling) and the European Small Claims
//     Procedure (EUR 2,000; 5,000 from 14 July 2017).
//   - All at once: [Assess].
//
// # Counting conventions
//
// The value of a claim is what the introductory act claims: principal,
// interest accrued up to the day the claim is brought, and the collection
// costs or agreed damages claimed with it ([Claim.Value]); never judicial
// interest, court costs or penalty payments (BE art. 557 Ger.W.; NL art. 93
// sub a and 332 lid 1 Rv). A ceiling is inclusive: a claim exactly at the
// ceiling stays with the lower court, and a judgment on a claim exactly at
// an appeal threshold is given in last resort. The European Small Claims
// ceiling is compared with the principal alone (art. 2(1) Reg. 861/2007
// excludes all interest, expenses and disbursements).
//
// # Tables
//
// Every figure and every rule that changed over time lives in an
// effective-dated [vordering.Timeline] in a file named for it
// (be_competence_ceilings.go, be_appeal_thresholds.go,
// be_enterprise_court.go, be_special_competence.go, nl_kanton.go,
// eu_crossborder_tables.go), with the citation and the sources checked. A
// date no row covers gives an error wrapping [vordering.ErrNoRuleInForce].
// Coverage: BE competence from 1 January 2002; BE appeal thresholds from
// 27 September 2013 (the earlier start of the previous figures was not
// confirmed); NL from 1 January 2011; the European routes from their first
// day of application.
//
// # Limits
//
// The package answers which kind of court, not which place: territorial
// competence, choice-of-court clauses, counterclaims and joinder (NL art. 94,
// 97 Rv), the NL rule for a contested title larger than the claim (art. 93
// sub a, last words), claims of undetermined value and the BE rules for
// several claims (art. 558 ff. Ger.W.) are not modelled. The BE competence of
// the vrederechter for consumer credit was not confirmed and is not encoded
// (an error wrapping ErrNoRuleInForce), nor is the appeal rule of the
// labour court. No indexation decree under art. 590 or 617 Ger.W. was found;
// if one is published the open rows must end. Which party is an enterprise
// is the caller's call ([Claim.Creditor], [Claim.Debtor]); before 1 July 2014
// a Belgian enterprise that was not a merchant is marked with
// [Claim.CreditorNotMerchant] or [Claim.DebtorNotMerchant].
//
// All functions are pure: no clock, no I/O, no global mutable state; they
// are safe for concurrent use and never panic.
package jurisdiction

//go:generate go run ../internal/cmd/genjson -dir .
