// Package debtor says what the debtor's legal status means for a
// collection and to whom the letters go. [Effects] gives, per country and
// [casefile.DebtorStatus], the [Activity] kinds the status forbids (each
// with its [casefile.Reason]), what the creditor must do instead and the
// sources; [AddresseeFor] names the [Addressee] of a case's letters and the
// address to use. The rules are those in force today: in Belgium Book XX WER
// (judicial reorganisation, bankruptcy), art. 1675/2 ff. Ger.W. (collective
// debt settlement), art. 488 ff. oud BW (administration), art. 32 and 40
// Ger.W. (addresses and service); in the Netherlands the Faillissementswet
// (bankruptcy, suspension of payments, WSNP), art. 1:441 and 4:182 BW and
// art. 53–54 Rv.
package debtor

//go:generate go run ../../internal/cmd/genjson -dir .
