// Package vordering is the shared vocabulary of Vordering, a library of Belgian
// (BE) and Dutch (NL) debt-collection law.
//
// The root package holds only what every other package speaks:
//
//   - [Country] and [PartyKind], the two enumerations every rule is keyed on;
//   - [Citation], the legal source of a figure or rule;
//   - [Timeline] and [Row], an effective-dated table: each row carries the
//     first and last day it is in force and its citation, and a lookup takes
//     an as-of date;
//   - the sentinel errors [ErrNoRuleInForce] and [ErrInvalidInput], wrapped by
//     [NoRuleError] and [InputError] so that a caller can both test with
//     [errors.Is] and show the field or table that failed;
//   - money helpers ([RoundCents], [Cents], [Euros]) that round with a named
//     rule and never depend on the global division precision of
//     github.com/shopspring/decimal.
//
// The answers themselves live in the sub-packages: deadlines (legal-term
// arithmetic), costs (interest, collection costs, fees), garnishment,
// jurisdiction and procedure.
//
// Conventions that hold across the module: money is a decimal.Decimal in euro;
// dates are date.Date values from github.com/rickb777/date, with no time zone;
// no function reads the clock, a file or the network; no function panics on any
// input; and a date that no table row covers returns an error wrapping
// [ErrNoRuleInForce] rather than an extrapolated figure.
package vordering

//go:generate go run ./internal/cmd/genjson -dir .
//go:generate go run ./internal/cmd/genrules -o RULES.md
