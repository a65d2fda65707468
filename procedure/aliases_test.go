package procedure

import (
	"testing"

	"github.com/vordering/vordering/procedure/debtor"
	"github.com/vordering/vordering/procedure/routes"
)

// TestDeprecatedNames: the former names are the renamed types and values,
// with the same text forms.
func TestDeprecatedNames(t *testing.T) {
	var a Assessment = routes.EligibilityReport{}
	var s Step = debtor.ActivityLetter
	_ = a
	for _, x := range []struct {
		old, new Step
		text     string
	}{
		{StepLetter, ActivityLetter, "letter"}, {StepTitle, ActivityTitle, "title"}, {StepIOS, ActivityIOS, "ios"},
		{StepEnforcement, ActivityEnforcement, "enforcement"}, {StepDirectPayment, ActivityDirectPayment, "direct-payment"},
	} {
		if x.old != x.new || x.old.String() != x.text {
			t.Errorf("%v: %v %q", x.old, x.new, x.old.String())
		}
	}
	if s != StepLetter || Step(0).String() != "Step(0)" {
		t.Errorf("Step(0) = %q", Step(0).String())
	}
}
