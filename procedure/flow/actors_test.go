package flow

import (
	"testing"

	"github.com/vordering/vordering"
	"github.com/vordering/vordering/procedure/casefile"
)

// TestActorTableCoversFlow: every act of each country's flow has a row in
// the actor table with an actor, a role and a source; a writ is always a
// bailiff's act; the debtor's acts are never the creditor's to take.
func TestActorTableCoversFlow(t *testing.T) {
	for _, c := range []vordering.Country{vordering.BE, vordering.NL} {
		for _, n := range FlowNodes(c) {
			a, ok := ActorOf(c, n.Act)
			if !ok || !a.Actor.Valid() || !a.Role.Valid() || a.Cite.IsZero() || a.Why == "" {
				t.Fatalf("%s %s: actor row %+v", c, n.Act, a)
			}
			if a.Writ && a.Actor != ActorBailiff {
				t.Fatalf("%s %s: a writ done by %s", c, n.Act, a.Actor)
			}
			if (a.Actor == ActorDebtor || a.Actor == ActorThirdParty) && a.Role != RoleWatch {
				t.Fatalf("%s %s: the %s's act is the creditor's to take", c, n.Act, a.Actor)
			}
		}
	}
	// NL: no IOS or SRP; BE: no 14-day letter.
	for _, k := range []casefile.ActKind{casefile.ActIOSSummons, casefile.ActSRPSummons} {
		if _, ok := ActorOf(vordering.NL, k); ok {
			t.Fatalf("NL has %s", k)
		}
	}
	if _, ok := ActorOf(vordering.BE, casefile.ActFourteenDayLetter); ok {
		t.Fatal("BE has the 14-day letter")
	}
}

// TestActorRoleText: the enums round-trip through their text form.
func TestActorRoleText(t *testing.T) {
	for _, a := range actorNames.Values() {
		b, err := a.MarshalText()
		var back Actor
		if err != nil || back.UnmarshalText(b) != nil || back != a {
			t.Fatalf("Actor %d: %s %v", a, b, err)
		}
	}
	for _, r := range roleNames.Values() {
		b, err := r.MarshalText()
		var back Role
		if err != nil || back.UnmarshalText(b) != nil || back != r {
			t.Fatalf("Role %d: %s %v", r, b, err)
		}
	}
	if _, err := Actor(0).MarshalText(); err == nil {
		t.Fatal("zero Actor marshals")
	}
}
