// Package procedure answers, for one claim described as a [Case], which
// collection routes the law opens on a given day, why the others are closed,
// to whom the letters go, and whether the claim is time-barred. It is the
// package of Vordering that combines the others: it asks package
// jurisdiction for the competent court, package deadlines for every
// statutory term and working day, and package costs whether and from when
// collection costs may be charged.
//
// # Packages
//
// The work is cut along its concepts; this package is a facade that keeps
// every name it has always had (type aliases, constants and functions that
// call the package below), so that a program written against it needs no
// change. A newcomer finds each concept by name:
//
//   - [casefile]: the shared vocabulary: [Case], [Party], [Invoice], [Act],
//     [ActKind], [Outcome], [Nature], [DebtorStatus], [DebtorProfile],
//     [Reason] and [ReasonCode]; [Case.Validate].
//   - [debtor]: what the debtor's status means ([Effects], [StatusEffect],
//     [Activity], formerly Step) and to whom the letters go ([AddresseeFor]).
//   - [routes]: which routes are open now and why not ([Eligibility], an
//     [EligibilityReport], formerly Assessment, with one [RouteResult] per
//     [Route]); each country's routes are a table (be_routes.go,
//     nl_routes.go).
//   - [flow]: which act may follow which and when ([Flow], [FlowNodes],
//     [ValidateHistory], [FlowError]), the terms counted by package
//     deadlines.
//   - [planner]: what to do next ([Next], [Planner], [Plan]); [Rules]
//     bundles the rule sets of packages costs, garnishment, jurisdiction
//     and deadlines that the answers are computed on.
//   - [ranking]: which enforcement route is worth it ([RankEnforcement],
//     [Ranker], [DefaultRanker]).
//   - [prescription]: whether the claim is time-barred ([Prescription]).
//
// [Rulebook] gathers the tables of all of them for RULES.md.
//
// # Counting conventions
//
// An invoice is due the day after its due date: a route that needs a due
// claim opens on that day. The value of a claim for a ceiling is principal
// plus accessories (art. 557 Ger.W.; art. 93 Rv). Statutory procedural
// terms (SRP 15 + 15 days, the NL 14 days) are counted on Rules.Deadlines
// through one seam (procedure/internal/terms); the Book XIX reminder term
// starts on the third working day after a paper reminder (the working day
// after an electronic one) and the starting day is not counted. Prescription
// terms in years run from the day after the due date and end on the day
// before the same calendar date, never moved for weekends (Atw art. 4;
// art. 48 Ger.W.). Acts are taken into account only when dated on or before
// the as-of date.
//
// The flow takes the acts in date order (the order given for acts of the
// same day). Its state is the latest act that moves the collection on;
// payments, acknowledgements, payment arrangements and declarations of the
// claim are neutral, and so are letters once proceedings have begun. A wait
// counts from the earlier act, or from its receipt where the law says so
// (NL: the given or presumed delivery; BE Book XIX: the third working day
// after a paper letter); a free-days term gives the first day of the next
// act, any other term the day after its last day. A plan's earliest day is
// never before the as-of day; its costs are those of package costs on that
// earliest day, and a figure that package does not cover is a line marked
// not covered, never a failed plan.
//
// # Dates, inputs and results
//
// The zero date.Date, which in the date package is 1 January 1970, means
// "no date given", everywhere in this package, by the rule of package
// vordering ([vordering.HasDate], [vordering.NoDate]): an optional date
// left zero (Case.StatusSince, Act.Received, a result's Latest or OpensOn)
// is absent, never the day 1 January 1970, and a required date that is zero
// is refused. A real 1 January 1970 cannot be given; a day before it is an
// ordinary date.
//
// [Case.Validate] checks every field the package reads, with the limits of
// package vordering: at most [vordering.MaxItems] invoices, acts and
// invoice numbers per act (the lengths are checked first, so that a list
// too long is refused before its elements are read); acts that concern at
// most [MaxInvoiceActPairs] invoice-act pairs; amounts within
// [vordering.CheckAmount] and not negative; dates within
// [vordering.CheckDate]; the profile's counts within 0..1000 and its
// children within 0..garnishment.MaxChildren. Every entry point validates
// the case and checks its as-of date with [vordering.CheckDate]; each error
// wraps [vordering.ErrInvalidInput] and names the field with its index
// ("Case.Acts[12].Date"). Within the limits, [ValidateHistory] and [Next]
// replay a history of n acts in O(n log n) time, and [Prescription] reads
// each invoice's acts from one sorted index, in time linear in the
// invoice-act pairs.
//
// Every value the package returns is the caller's to change: results,
// [Effects], [Flow], [FlowNodes], [Rulebook] and [EnforcementKinds] hand
// out copies, never the tables' own lists, and no answer shares a list
// with a later one. The package exports no variable: the default ranking
// is [DefaultRanker] (a function), and the package reads only its own
// unexported tables.
//
// # Limits
//
//   - Every figure lives in an effective-dated table (be_ios_rules.go,
//     be_srp_ceiling.go, be_prescription_terms.go, nl_prescription_terms.go)
//     with its source, or comes from the package that owns it: court
//     ceilings from jurisdiction, statutory terms and calendars from
//     deadlines, collection-cost rules and amounts from costs. Dates no row
//     covers close the route with [ReasonNotInForce] (or make [Prescription]
//     return an error wrapping [vordering.ErrNoRuleInForce]).
//   - Uncovered: the Belgian consumer-costs regime before Book XIX (Law of
//     20 December 2002); the thirty-year term before art. 2262bis; utility
//     invoices before 3 August 2017; NL art. 7:28 before 23 February 2011;
//     the SRP ceiling before 2002.
//   - The debtor-status effects are those of the law in force today; the
//     earlier Belgian insolvency statutes are not cited.
//   - The library decides on the facts given: whether a debt is "certain"
//     and whether a document "emanates from the debtor" are for the user.
//   - The invoice date stands for the contract date in the Book XIX
//     transitional rule.
//   - Flow terms not in the deadlines catalogue are not checked, and the
//     edge's rule says so: BE art. 1566 (15 days before a seizure of
//     immovables), the wait before a sale (BE and NL), the NL garnishee's
//     declaration term. Written rounds and hearings follow the court's roll,
//     which sets no statutory term. What follows a refused or broken IOS
//     payment plan is not modelled. The BE bailiff tariff is not covered by
//     package costs, so Belgian bailiff lines are reported not covered.
package procedure
