package jurisdiction

// Step is one check made on the way to a [Decision]. It was renamed because
// costs, deadlines and procedure also had a Step, each meaning something
// else; the old name stays as an alias with the same meaning.
//
// Deprecated: use [Check], the same type.
type Step = Check
