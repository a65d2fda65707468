package routes

import (
	"strings"

	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// Rulebook describes the tables of this package for the auditor's rulebook
// (RULES.md): the conditions of the Belgian IOS and SRP routes that carry
// figures.
func Rulebook() []vordering.RuleTable {
	const pkg = "procedure"
	tables := []vordering.RuleTable{
		vordering.Describe(pkg, vordering.BE, beIOSRegisters,
			"The enterprise registers in which creditor and debtor must be entered for the IOS route.",
			[]string{"registers (ISO country)"}, func(v []string) []string { return []string{strings.Join(v, ", ")} }),
		vordering.Describe(pkg, vordering.BE, beIOSAccessoryCap,
			"Interest and penalty clauses together may be recovered through IOS up to this share of the principal.",
			[]string{"cap (share of principal)"}, func(v decimal.Decimal) []string { return []string{v.Shift(2).String() + " %"} }),
		vordering.Describe(pkg, vordering.BE, beSRPCeiling,
			"The highest claim for which the summary payment order may be asked.",
			[]string{"ceiling (EUR)"}, func(v decimal.Decimal) []string { return []string{v.StringFixed(2)} }),
	}
	return tables
}
