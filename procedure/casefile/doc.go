// Package casefile is the vocabulary every procedure package shares: a
// claim described as a [Case] (the country whose collection law applies,
// the creditor and the debtor as [Party], the [Invoice]s with their
// [Nature], the collection [Act]s done with their [Outcome]), the debtor's
// [DebtorStatus] and [DebtorProfile], and the typed [Reason] ([ReasonCode],
// sentence, citation) with which the other packages explain a block or a
// note. [Case.Validate] checks every field any of them reads, with the
// limits of package vordering (at most [vordering.MaxItems] invoices and
// acts, [MaxInvoiceActPairs] invoice-act pairs, amounts within
// [vordering.CheckAmount], dates within [vordering.CheckDate]). It follows
// no law of its own: the laws are those of the packages that read a Case
// (BE Gerechtelijk Wetboek and oud Burgerlijk Wetboek, Book XIX WER; NL
// Burgerlijk Wetboek and Wetboek van Burgerlijke Rechtsvordering).
package casefile

//go:generate go run ../../internal/cmd/genjson -dir .
