package deadlines

import "testing"

// TestValidMatchesNames: the range checks that Unit.Valid and Abroad.Valid
// use on the hot path agree with their name tables for every value.
func TestValidMatchesNames(t *testing.T) {
	for v := 0; v < 256; v++ {
		if Unit(v).Valid() != unitNames.Valid(Unit(v)) {
			t.Errorf("Unit(%d): Valid %v, names %v", v, Unit(v).Valid(), unitNames.Valid(Unit(v)))
		}
		if Abroad(v).Valid() != abroadNames.Valid(Abroad(v)) {
			t.Errorf("Abroad(%d): Valid %v, names %v", v, Abroad(v).Valid(), abroadNames.Valid(Abroad(v)))
		}
	}
}
