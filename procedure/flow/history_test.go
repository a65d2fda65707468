package flow

import (
	"testing"

	"github.com/vordering/vordering/procedure/casefile"
)

// TestActKindsFitHistory: the history keeps the latest act of each kind in
// an array of maxActKind + 1 entries.
func TestActKindsFitHistory(t *testing.T) {
	for k := 0; k < 256; k++ {
		if casefile.ActKind(k).Valid() && k > maxActKind {
			t.Errorf("act kind %d, the history holds %d", k, maxActKind)
		}
	}
}
