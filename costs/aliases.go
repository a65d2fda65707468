package costs

// The names below are the ones the first release used. Each named two
// different things across the library's packages (a Claim here and in
// jurisdiction, a Kind here and in deadlines, a Result here and in
// garnishment, a Step here, in deadlines, in jurisdiction and in procedure),
// so the types were renamed; the old names stay as aliases, with the same
// meaning, for the programs written against them.

// Claim is the input of [Extrajudicial].
//
// Deprecated: use [ExtrajudicialClaim], the same type.
type Claim = ExtrajudicialClaim

// Result is the answer of [Extrajudicial].
//
// Deprecated: use [ExtrajudicialCosts], the same type.
type Result = ExtrajudicialCosts

// Step is one line of a costs computation.
//
// Deprecated: use [CostLine], the same type.
type Step = CostLine

// Kind is the kind of statutory interest.
//
// Deprecated: use [InterestKind], the same type.
type Kind = InterestKind
