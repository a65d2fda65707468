package garnishment

import (
	"sort"
	"strconv"
	"strings"

	"github.com/rickb777/date"
	"github.com/shopspring/decimal"

	"github.com/vordering/vordering"
)

// beScale is one bracket scale precomputed for one table row: the bounds
// in cents and as decimals, and for each band its full width and the amount
// a full band yields, so that a computation allocates only for the band
// the income ends in.
type beScale struct {
	pct       []int64 // percent per band
	lo        []int64 // lower bound per band, cents
	from, to  []decimal.Decimal
	rate      []decimal.Decimal
	width     []decimal.Decimal // hi − lo, for full bands
	fullSzd   []decimal.Decimal // pct × width, for full bands
	labelStep string
}

// beRowCache is what [Seizable] needs from one row, built once.
type beRowCache struct {
	from        date.Date
	row         vordering.Row[Thresholds]
	work, repl  beScale
	child       int64  // cents
	stepTail    string // "(…): T1 …; set by …."
	citeWorkRow []vordering.Citation
	citeKidsRow []vordering.Citation
}

// beCache mirrors beWageThresholds, built once at start-up. Neither is ever
// modified afterwards: the table is unexported, and [BEWageThresholds] hands
// out copies.
var beCache = buildBECache(beWageThresholds)

func buildScale(t Thresholds, replacement bool, label string) beScale {
	bounds := []decimal.Decimal{decimal.Zero, t.T1, t.T2, t.T3, t.T4}
	pcts := []int64{0, 20, 30, 40, 100}
	rates := []decimal.Decimal{rate0, rate20, rate30, rate40, rate100}
	if replacement {
		bounds = []decimal.Decimal{decimal.Zero, t.T1, t.T2, t.T4}
		pcts = []int64{0, 20, 40, 100}
		rates = []decimal.Decimal{rate0, rate20, rate40, rate100}
	}
	s := beScale{pct: pcts, rate: rates, labelStep: label}
	for i, b := range bounds {
		s.lo = append(s.lo, b.IntPart()*100)
		s.from = append(s.from, b)
		if i+1 < len(bounds) {
			w := bounds[i+1].Sub(b)
			s.to = append(s.to, bounds[i+1])
			s.width = append(s.width, w)
			s.fullSzd = append(s.fullSzd, w.Mul(rates[i]))
		} else {
			s.to = append(s.to, decimal.Zero)
		}
	}
	return s
}

func buildBECache(tl vordering.Timeline[Thresholds]) []beRowCache {
	out := make([]beRowCache, len(tl.Rows))
	for i, r := range tl.Rows {
		t := r.Value
		label := "regular yearly figures"
		if t.Temporary {
			label = "temporary crisis increase"
		}
		out[i] = beRowCache{
			from:        r.From,
			row:         r,
			work:        buildScale(t, false, "work-income scale (art. 1409 §1): 0 / 20 / 30 / 40 / 100 %"),
			repl:        buildScale(t, true, "replacement-income scale (art. 1409 §1bis): 0 / 20 / 40 / 100 %"),
			child:       t.Child.IntPart() * 100,
			stepTail:    " (" + label + ", " + r.Period().String() + "): T1 " + t.T1.String() + ", T2 " + t.T2.String() + ", T3 " + t.T3.String() + ", T4 " + t.T4.String() + " EUR; " + t.Child.String() + " EUR per dependent child; set by " + r.Cite.String() + ".",
			citeWorkRow: []vordering.Citation{r.Cite, citeArt1409},
			citeKidsRow: []vordering.Citation{r.Cite, citeArt1409, citeChild},
		}
	}
	return out
}

// combinedLabel replaces the scale label for Combined income.
const combinedLabel = "work-income scale applied to the total of work and replacement income (art. 1409 §1bis, last paragraph): 0 / 20 / 30 / 40 / 100 %"

// beLookup returns the cached row in force on d under the rules' policy,
// with the reference the answer's Assurance names, or the timeline's error.
func (r Rules) beLookup(d date.Date) (*beRowCache, vordering.RowRef, error) {
	tl, cache := &beWageThresholds, beCache
	if r.set != nil {
		tl, cache = &r.set.be, r.set.beCache
	}
	p := r.Policy
	i := sort.Search(len(cache), func(i int) bool { return cache[i].from.After(d) }) - 1
	if i >= 0 && cache[i].row.Period().Contains(d) {
		ref := tl.Ref(cache[i].row)
		if p.Accepts(ref.Level) {
			return &cache[i], ref, nil
		}
	}
	hit, err := tl.Lookup(d, p)
	if err != nil {
		return nil, vordering.RowRef{}, err
	}
	// Carried forward: the last row, under its own period in the reference.
	return &cache[len(cache)-1], hit.Ref, nil
}

func (r Rules) seizableBE(asOf date.Date, in Income, net int64) (Seizure, error) {
	if !in.Kind.Valid() {
		return Seizure{}, vordering.Invalid("Income.Kind", uint8(in.Kind), "not a defined income kind")
	}
	if in.Children < 0 || in.Children > MaxChildren {
		return Seizure{}, vordering.Invalid("Income.Children", in.Children, "must be between 0 and "+strconv.Itoa(MaxChildren))
	}
	netD := in.Net // already validated as whole cents; reused, not copied
	res := Seizure{Country: vordering.BE, AsOf: asOf, Kind: in.Kind, Net: netD, Children: in.Children, Rounding: rounding.String(),
		ChildAmount: decimal.Zero, ChildReduction: decimal.Zero}
	if in.Maintenance {
		res.Maintenance = true
		res.Seizable = netD
		res.Protected = decimal.Zero
		res.BeforeChildren = netD
		res.Steps = []string{"Maintenance claim: art. 1412 Ger.W. sets aside the thresholds of art. 1409 and the child reduction; the whole net income of " + string(appendCents(nil, net)) + " EUR may be seized."}
		res.Citations = []vordering.Citation{citeArt1412}
		res.Assurance = vordering.Sure()
		return res, nil
	}
	c, ref, err := r.beLookup(asOf)
	if err != nil {
		return Seizure{}, err
	}
	res.Assurance = vordering.Assurance{}.Add(ref)
	res.Period = c.row.Period()
	res.Thresholds = c.row.Value
	sc := &c.work
	label := sc.labelStep
	switch in.Kind {
	case Replacement:
		sc = &c.repl
		label = sc.labelStep
	case Combined:
		label = combinedLabel
	}

	var total int64 // hundredths of a cent
	n := len(sc.pct)
	res.Brackets = make([]Bracket, n)
	for i := range n {
		b := Bracket{From: sc.from[i], To: sc.to[i], Rate: sc.rate[i], Base: decimal.Zero, Seized: decimal.Zero, Unbounded: i == n-1}
		lo := sc.lo[i]
		switch {
		case net <= lo:
			// nothing of the income in this band
		case i < n-1 && net >= sc.lo[i+1]:
			b.Base, b.Seized = sc.width[i], sc.fullSzd[i]
			total += (sc.lo[i+1] - lo) * sc.pct[i]
		default:
			part := net - lo
			x := part * sc.pct[i]
			total += x
			b.Base = eurCents(part)
			if x != 0 {
				b.Seized = decimal.New(x, -4)
			}
		}
		res.Brackets[i] = b
	}
	before := roundHundredths(total)
	reduction := int64(in.Children) * c.child
	if reduction > before {
		reduction = before
	}
	seizable := before - reduction
	res.BeforeChildren = eurCents(before)
	res.Seizable = res.BeforeChildren
	if reduction != 0 {
		res.ChildReduction = eurCents(reduction)
		res.Seizable = eurCents(seizable)
	}
	if seizable == 0 {
		res.Protected = netD
	} else {
		res.Protected = eurCents(net - seizable)
	}
	res.ChildAmount = c.row.Value.Child

	// All steps are written into one builder, whose String does not copy,
	// then sliced: one allocation for the whole explanation.
	var ends [5]int
	var sb strings.Builder
	var num [32]byte
	sb.Grow(len(c.stepTail) + len(label) + 400)
	sb.WriteString("Thresholds in force on ")
	sb.Write(appendDate(num[:0], asOf))
	sb.WriteString(c.stepTail)
	ends[0] = sb.Len()
	sb.WriteString("Net monthly income ")
	sb.Write(appendCents(num[:0], net))
	sb.WriteString(" EUR split over the ")
	sb.WriteString(label)
	sb.WriteByte('.')
	ends[1] = sb.Len()
	sb.WriteString("Sum of the bands ")
	sb.Write(appendHundredths(num[:0], total))
	sb.WriteString(" EUR, rounded half-up to the cent once: ")
	sb.Write(appendCents(num[:0], before))
	sb.WriteString(" EUR.")
	ends[2] = sb.Len()
	if in.Children > 0 {
		sb.WriteString("Reduction for ")
		sb.Write(strconv.AppendInt(num[:0], int64(in.Children), 10))
		sb.WriteString(" dependent child(ren) × ")
		sb.Write(appendCents(num[:0], c.child))
		sb.WriteString(" EUR, limited to the seizable amount (art. 1409 §1 al. 4): −")
		sb.Write(appendCents(num[:0], reduction))
		sb.WriteString(" EUR.")
	} else {
		sb.WriteString("No dependent children declared: no child reduction.")
	}
	ends[3] = sb.Len()
	sb.WriteString("Seizable for the month: ")
	sb.Write(appendCents(num[:0], seizable))
	sb.WriteString(" EUR; the debtor keeps ")
	sb.Write(appendCents(num[:0], net-seizable))
	sb.WriteString(" EUR.")
	ends[4] = sb.Len()
	text := sb.String()
	res.Steps = []string{text[:ends[0]], text[ends[0]:ends[1]], text[ends[1]:ends[2]], text[ends[2]:ends[3]], text[ends[3]:ends[4]]}
	// Copied so that a caller changing the result cannot reach the cache.
	if in.Children > 0 {
		res.Citations = append([]vordering.Citation(nil), c.citeKidsRow...)
	} else {
		res.Citations = append([]vordering.Citation(nil), c.citeWorkRow...)
	}
	return res, nil
}
