package garnishment

import "github.com/vordering/vordering"

// BEWageThresholds returns a copy of the effective-dated table of the
// Belgian art. 1409 thresholds that [Seizable] uses. Changing the copy does
// not change the library's answers.
func BEWageThresholds() vordering.Timeline[Thresholds] { return copyTimeline(beWageThresholds) }

// NLBijstandsnormen returns a copy of the table of the Dutch bijstandsnormen
// (including holiday pay) that [Seizable] uses for the beslagvrije voet.
func NLBijstandsnormen() vordering.Timeline[NLNorm] { return copyTimeline(nlBijstandsnormen) }

// BEGoodsRules returns a copy of the table of the art. 1408 figures that
// [CheckGoods] uses.
func BEGoodsRules() vordering.Timeline[GoodsRules] { return copyTimeline(beGoodsRules) }

// copyTimeline copies a table deeply: the values of these tables hold no
// slices or maps, so Clone needs no value copier.
func copyTimeline[T any](t vordering.Timeline[T]) vordering.Timeline[T] { return t.Clone(nil) }
