// Package garnishment answers how much of a debtor's income may be seized,
// which incomes may not be seized at all, and which goods may not be taken,
// under Belgian and Dutch law.
//
// # Questions answered
//
//   - [Seizable]: for one month's net income, how much may be seized or
//     assigned? In Belgium (art. 1409–1412 Gerechtelijk Wetboek) the income
//     is split over the bands of the thresholds in force on the date, band
//     by band (0 / 20 / 30 / 40 / 100 % for work income, 0 / 20 / 40 / 100 %
//     for replacement income, the work scale on the total when both are
//     received), then reduced by a fixed amount per dependent child; a
//     maintenance claim (art. 1412) takes the whole income. In the
//     Netherlands (art. 475da Rv, from 1.1.2021) it is the income including
//     holiday pay minus the beslagvrije voet: 95 % of the bijstandsnorm for
//     the household type (plus the rekenmodule's additions, up to the
//     maximum), but never more than 95 % of the income.
//   - [IncomeSource.Seizability] and [IsUnseizable]: may this kind of Belgian
//     income be seized (art. 1409 §1, 1410 §1), or not at all (art. 1410 §2)?
//   - [CheckGoods]: may this good be seized from this owner in Belgium
//     (art. 1408), with the professional-goods cap, the phone rule, the
//     former livestock clause and the objection term?
//
// Every figure comes from an effective-dated table with its source:
// [beWageThresholds], [nlBijstandsnormen], [beGoodsRules]. Each result
// carries the steps of the computation and the citations used.
//
// # Counting conventions
//
// Amounts are decimal euro in whole cents; inputs with fractions of a cent
// are rejected. Belgian bands are half-open: a band "T1–T2" takes the part of
// the income above T1 up to and including T2, so 20 % of (T2 − T1) is the
// band's maximum, as the published tables print it (one practitioner table,
// b-vc.be 2020, measures from T1 + 0.01 and shows one cent less). The sum of
// the bands is rounded to the cent once, half up, before the child reduction
// (no text prescribes the rounding; half-up is the library default and keeps
// the result monotone). The child reduction lowers the seizable amount, not
// the thresholds (art. 1409 §1 al. 4; latribune.avocats.be, securex.be; one
// page, danckaerts.be 2016, raises the thresholds instead). The Dutch
// beslagvrije voet is rounded to the cent half up.
//
// # Limits
//
//   - Belgian figures are covered for 2006 and from 1.1.2014 to 31.12.2025;
//     2007–2013 and 2026 have no confirmed row and return an error wrapping
//     vordering.ErrNoRuleInForce. A maintenance claim needs no table.
//   - Whether a child counts as dependent (age, kinship, own resources) and
//     what counts as net income are the caller's inputs.
//   - Dutch norms are covered from 1.1.2021 to 30.6.2025, for debtors from
//     21 to the state-pension age. The rekenmodule's additions (allowances,
//     housing costs) are inputs; the published maximum beslagvrije voet is
//     not confirmed and must be given by the caller when additions are used.
//     The old Dutch regime (90 %, until 2020) is not covered.
//   - Maintenance claims may reach some art. 1410 §2 incomes (art. 1412);
//     that exception is not modelled. Special rules for Dutch maintenance
//     claims are not modelled.
//   - The Dutch 95 %-of-income limit is applied as min(norm-based bvv,
//     95 % of income) for every income, as art. 475dc lid 1 Rv says: the
//     bvv is 95 % of the monthly income including holiday pay whenever
//     art. 475da and 475db would give more (text as of 1.1.2026, read in a
//     copy of the official text).
//   - Goods: the table starts on 1.1.2002 (EUR 2,500). Whether a good is a
//     necessity, a luxury, or strictly needed for the profession is the
//     caller's classification.
package garnishment

//go:generate go run ../internal/cmd/genjson -dir .
