package routes

import (
	"strings"

	"github.com/shopspring/decimal"
	"github.com/vordering/vordering"
)

// Rulebook describes the tables of this package for the auditor's rulebook
// (RULES.md): the conditions of the Belgian IOS and SRP routes that carry
// figures, and the fee of the Dutch aanmaning (art. 4:113 Awb).
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
		vordering.Describe(pkg, vordering.NL, nlAwbReminderFee,
			"The fee a bestuursorgaan may charge for an aanmaning, if the aanmaning states it: one amount below the threshold, another from it.",
			[]string{"below threshold (EUR)", "from threshold (EUR)", "threshold (EUR)"},
			func(v AwbFee) []string {
				return []string{v.Below.StringFixed(2), v.AtLeast.StringFixed(2), v.Threshold.StringFixed(2)}
			}),
	}
	return tables
}
