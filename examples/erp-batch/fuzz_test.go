package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rickb777/date"
)

// FuzzRun feeds arbitrary bytes to the batch reader: it never panics; a file
// it can read yields exactly one output row per planned case plus the header,
// and every skipped row is reported on stderr with its line number.
func FuzzRun(f *testing.F) {
	header := strings.Join(columns, ",")
	f.Add([]byte(header + "\n"))
	f.Add([]byte(header + "\n" + strings.Repeat(",", len(columns)-1) + "\n"))
	f.Add([]byte("not,a,header\n1,2,3\n"))
	f.Add([]byte(header + "\n\"unterminated\n"))
	f.Add(sample)
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errw bytes.Buffer
		st, err := run(bytes.NewReader(in), &out, &errw, date.New(2025, 6, 30))
		if err != nil {
			return // unreadable header or missing column: reported as an error, not a panic
		}
		rows := strings.Count(out.String(), "\n")
		if st.planned > 0 && rows < st.planned+1 {
			t.Fatalf("%d cases planned but only %d output lines", st.planned, rows)
		}
		if got := strings.Count(errw.String(), "skipped"); got != st.skipped {
			t.Fatalf("%d rows skipped but %d reported", st.skipped, got)
		}
	})
}
