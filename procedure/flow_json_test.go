package procedure

import (
	"encoding/json"
	"testing"

	"github.com/vordering/vordering"
)

// TestFlowJSON: the tables and a plan marshal to JSON.
func TestFlowJSON(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		if _, err := json.Marshal(Flow(c)); err != nil {
			t.Errorf("%s flow: %v", c, err)
		}
		if _, err := json.Marshal(FlowNodes(c)); err != nil {
			t.Errorf("%s nodes: %v", c, err)
		}
	}
	if Flow(vordering.Country(0)) != nil || FlowNodes(vordering.Country(0)) != nil {
		t.Error("unsupported country should give nil")
	}
	p, err := Next(benchCaseBE(), day(2025, 4, 23))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(p); err != nil {
		t.Errorf("plan: %v", err)
	}
	var ph Phase
	if err := ph.UnmarshalText([]byte("execution")); err != nil || ph != PhaseExecution {
		t.Errorf("Phase text: %v %v", ph, err)
	}
	var tk TitleKind
	if err := tk.UnmarshalText([]byte("ios-pv")); err != nil || tk != IOSTitle {
		t.Errorf("TitleKind text: %v %v", tk, err)
	}
}
