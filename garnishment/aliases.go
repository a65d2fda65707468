package garnishment

// Result is the answer of [Seizable]. It was renamed because costs also had
// a Result meaning something else; the old name stays as an alias with the
// same meaning.
//
// Deprecated: use [Seizure], the same type.
type Result = Seizure
