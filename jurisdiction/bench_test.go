package jurisdiction

import "testing"

var (
	sinkDecision   Decision
	sinkAppeal     Appeal
	sinkAssessment Assessment
	sinkNotes      []CrossBorderNote
)

func BenchmarkCompetentBE(b *testing.B) {
	q := withAccessories(claim(be, day(2025, 3, 3), MatterGeneral, en, co, "4800"), "250", "40")
	b.ReportAllocs()
	for b.Loop() {
		d, err := Competent(q)
		if err != nil {
			b.Fatal(err)
		}
		sinkDecision = d
	}
}

func BenchmarkCompetentNL(b *testing.B) {
	q := withAccessories(claim(nl, day(2025, 3, 3), MatterGeneral, en, co, "24000"), "1000", "40")
	b.ReportAllocs()
	for b.Loop() {
		d, err := Competent(q)
		if err != nil {
			b.Fatal(err)
		}
		sinkDecision = d
	}
}

func BenchmarkAppealOpen(b *testing.B) {
	v, on := amt("2000.01"), day(2025, 3, 3)
	b.ReportAllocs()
	for b.Loop() {
		a, err := AppealOpen(JusticeOfThePeace, v, on)
		if err != nil {
			b.Fatal(err)
		}
		sinkAppeal = a
	}
}

func BenchmarkCrossBorder(b *testing.B) {
	q := xclaim(nl, day(2025, 3, 3), MatterGeneral, "", "BE", co, "1500", "100")
	b.ReportAllocs()
	for b.Loop() {
		n, err := CrossBorder(q)
		if err != nil {
			b.Fatal(err)
		}
		sinkNotes = n
	}
}

func BenchmarkAssess(b *testing.B) {
	q := xclaim(be, day(2025, 3, 3), MatterGeneral, "", "FR", en, "1500", "100")
	b.ReportAllocs()
	for b.Loop() {
		a, err := Assess(q)
		if err != nil {
			b.Fatal(err)
		}
		sinkAssessment = a
	}
}
