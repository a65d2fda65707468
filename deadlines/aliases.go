package deadlines

// The names below are the ones the first release used. Each named two
// different things across the library's packages (a Kind here and in costs,
// a Step here, in costs, in jurisdiction and in procedure), so the types
// were renamed; the old names stay as aliases, with the same meaning, for
// the programs written against them.

// Kind names a statutory term of the catalogue.
//
// Deprecated: use [TermKind], the same type.
type Kind = TermKind

// Step is one step of a Deadline's computation.
//
// Deprecated: use [RuleStep], the same type.
type Step = RuleStep
