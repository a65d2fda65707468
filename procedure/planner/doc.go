// Package planner answers "what do I do next?" for a case on a day: [Next]
// (or a [Planner] with its own ranking and [Rules]) returns a [Plan] with the
// lawful next steps, each with its earliest day, its window, the term it
// starts, the addressee, and the costs the debtor may be charged and those
// the creditor bears if collection fails; the steps the debtor's status or
// a route withholds, with reasons; and, once a title exists, the ranked
// enforcement routes. It combines the other procedure packages: the flow
// (package flow) proposes the acts, the routes (package routes) and the
// status (package debtor) may withhold them, packages costs and deadlines
// give their costs and terms. [Rules] bundles every rule set they compute on.
package planner

//go:generate go run ../../internal/cmd/genjson -dir .
