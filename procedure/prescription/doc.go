// Package prescription computes whether each invoice of a case is
// time-barred (verjaring) on a day: [Prescription] returns, per invoice, the
// term that runs, its first and last day, and the acts that interrupted it.
// Terms in years run from the day after the due date and end the day before
// the same calendar date, never moved for weekends or holidays. It follows
// NL art. 3:307, 3:308, 7:28 and 3:316–3:319 BW and BE art. 2262bis, 2272,
// 2277, 2244 and 2248 oud BW; each term lives in an effective-dated table
// (be_prescription_terms.go, nl_prescription_terms.go) with its source.
package prescription

//go:generate go run ../../internal/cmd/genjson -dir .
