// Package flow is the collection flow of each country as data: which
// collection act may follow which ([Flow], one [Transition] per edge, with
// the outcome, debtor and title it needs, the statutory wait and the window
// from package deadlines, and its rule and citation), the acts with their
// [Phase] ([FlowNodes]), and the check of a case's history against it
// ([ValidateHistory], which names the first act that breaks the flow in a
// [FlowError]). The statutory terms are counted on a deadlines.Rules
// ([ValidateHistoryOn]); the planner reads the [History] a case reaches.
// The law: BE Gerechtelijk Wetboek (art. 700 ff. summons, 1048 and 1051
// remedies, 1338 ff. SRP, 1394/20 ff. IOS, 1495 ff. execution) and Book XIX
// WER; NL Wetboek van Burgerlijke Rechtsvordering (dagvaarding, verzet,
// hoger beroep, beslag) and art. 6:96 BW (the 14-day letter).
package flow

//go:generate go run ../../internal/cmd/genjson -dir .
