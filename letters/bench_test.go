package letters

import "testing"

// BenchmarkBuildCheck builds and checks one Dutch 14-day letter: the target
// is under 50 µs per letter.
func BenchmarkBuildCheck(b *testing.B) {
	f := nlFacts()
	s := Stated{Principal: nullDec("1000"), TermDays: 14, TermFrom: TermFromSending, Costs: nullDec("181.50"), VATIncluded: true}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Build(f); err != nil {
			b.Fatal(err)
		}
		if _, err := Check(f, s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildCheckRender adds rendering with the default template.
func BenchmarkBuildCheckRender(b *testing.B) {
	f := iosFacts()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l, err := Build(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Check(f, l.Stated()); err != nil {
			b.Fatal(err)
		}
		if _, err := l.Render(French); err != nil {
			b.Fatal(err)
		}
	}
}
