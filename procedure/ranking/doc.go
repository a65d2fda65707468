// Package ranking lists and ranks the enforcement routes open to a creditor
// who holds a title: [RankEnforcement] gives, for the debtor's status and
// [casefile.DebtorProfile], each lawful [EnforcementKind] (wage and bank
// garnishment, movable seizure, real estate, a payment plan, or stopping)
// as an [EnforcementOption] with the monthly seizable amount (package
// garnishment), the months to clear the debt, the creditor's costs (the
// bailiff's tariff of package costs) and the expected recovery, ranked by a
// [Ranker] ([DefaultRanker] when none is given). The law: BE art. 1409 ff.,
// 1499 ff., 1539 ff. and 1560 ff. Ger.W.; NL art. 439 ff., 475 ff. and
// 502 ff. Rv. The ranking's shares and weights are documented assumptions,
// not legal figures.
package ranking

//go:generate go run ../../internal/cmd/genjson -dir .
