package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// readAll reads in with a recordReader and returns, per record, its line
// and its fields joined by "|", or its line and "ERR " and the error.
func readAll(t *testing.T, in string) []string {
	t.Helper()
	r := newRecordReader(strings.NewReader(in))
	var got []string
	for {
		rec, line, err := r.next()
		if errors.Is(err, io.EOF) {
			return got
		}
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("line %d: %v, want only malformed lines", line, err)
			}
			got = append(got, strconv.Itoa(line)+" ERR "+err.Error())
			continue
		}
		got = append(got, strconv.Itoa(line)+" "+strings.Join(rec, "|"))
	}
}

// TestRecordReader checks the dialect on hand-written lines; the expected
// fields are those encoding/csv gives (TrimLeadingSpace, '#' comments) for
// the well-formed lines, and the malformed ones are the cases the issue
// names: a stray quote must cost its own line only, and the next line is
// read as usual, with its own line number.
func TestRecordReader(t *testing.T) {
	in := utf8BOM + "# comment\r\n" + // 1: the BOM is dropped, then a comment
		"a,b,c\r\n" + // 2: CRLF
		"\n" + // 3: empty
		` x , "y, z","q""uote"` + "\n" + // 4: a leading space is dropped, a trailing one kept
		`a,"unclosed,b,c` + "\n" + // 5: the quote never closes on its line
		"after,the,stray\n" + // 6: read as usual
		`a,b"c,d` + "\n" + // 7: a quote in an unquoted field
		`"a"b,c` + "\n" + // 8: text after the closing quote
		"\r\n" + // 9: empty (CRLF)
		"a,\r,b\rc\n" + // 10: a lone CR is data, but white space at a field's start is dropped
		"last,line,no-newline" // 11
	want := []string{
		"2 a|b|c",
		`4 x |y, z|q"uote`,
		"5 ERR malformed CSV: field 2: its opening quote is not closed on this line (a field cannot span lines)",
		"6 after|the|stray",
		`7 ERR malformed CSV: field 2: a quote inside an unquoted field (quote the whole field and write the quote twice: "a""b")`,
		"8 ERR malformed CSV: field 1: text after its closing quote (write a quote inside a quoted field twice)",
		"10 a||b\rc",
		"11 last|line|no-newline",
	}
	if got := readAll(t, in); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRecordReaderLongLine checks the bound on a line: a line one byte over
// maxLineBytes is reported (as the whole line, field 0) and the next line
// is read; a line of exactly maxLineBytes, CRLF or not, is a record; a
// comment line of any length is passed over, as encoding/csv does.
func TestRecordReaderLongLine(t *testing.T) {
	exact := strings.Repeat("x", maxLineBytes)
	in := exact + "\r\n" + exact + "y\n" + `"` + exact + "\n" + "#" + exact + exact + "\n" + "ok\n" + exact
	want := []string{
		"1 " + exact,
		"2 ERR malformed CSV: the line is longer than 65536 bytes, the most one record may take",
		"3 ERR malformed CSV: the line is longer than 65536 bytes, the most one record may take",
		"5 ok",
		"6 " + exact,
	}
	if got := readAll(t, in); !slices.Equal(got, want) {
		for i := range got {
			got[i] = got[i][:min(len(got[i]), 120)]
		}
		t.Errorf("got (cut at 120 bytes)\n%s", strings.Join(got, "\n"))
	}
}

// filler is an io.Reader of head, then n bytes of fill, then tail: a large
// input that takes no memory to make.
type filler struct {
	head, tail string
	fill       byte
	n          int64
	chunk      []byte // fill, repeated: copied out in one call
}

func (f *filler) Read(p []byte) (int, error) {
	switch {
	case f.head != "":
		k := copy(p, f.head)
		f.head = f.head[k:]
		return k, nil
	case f.n > 0:
		if len(f.chunk) == 0 {
			f.chunk = bytes.Repeat([]byte{f.fill}, 32<<10)
		}
		k := copy(p[:min(int64(len(p)), f.n)], f.chunk)
		f.n -= int64(k)
		return k, nil
	case f.tail != "":
		k := copy(p, f.tail)
		f.tail = f.tail[k:]
		return k, nil
	}
	return 0, io.EOF
}

// TestRecordReaderStreams reads a quote that never closes, followed by
// 256 MiB without a line break, then a good line: the reader reports the
// first line, reads the good one, and allocates less than 1 MiB in all (its
// 64 KiB buffer and the fields), where encoding/csv would have kept the
// 256 MiB as one field. TotalAlloc counts every byte allocated, so the
// bound does not depend on when the collector runs.
func TestRecordReaderStreams(t *testing.T) {
	const size = 256 << 20
	in := &filler{head: `A1,"never closed `, fill: 'x', n: size, tail: "\nA2,fine\n"}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := newRecordReader(in)
	_, line1, err1 := r.next()
	rec, line2, err2 := r.next()
	got := strings.Join(rec, "|") // before the next call reuses rec
	_, _, err3 := r.next()
	runtime.ReadMemStats(&after)
	if line1 != 1 || !errors.Is(err1, errMalformed) || !strings.Contains(err1.Error(), "longer than") {
		t.Errorf("first line: %d, %v; want 1 and too long", line1, err1)
	}
	if line2 != 2 || err2 != nil || got != "A2|fine" {
		t.Errorf("second line: %d %q %v; want 2 A2|fine", line2, got, err2)
	}
	if !errors.Is(err3, io.EOF) {
		t.Errorf("then %v, want EOF", err3)
	}
	if in.n != 0 || in.tail != "" {
		t.Errorf("the input was not read to its end: %d bytes left", in.n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("allocated %d bytes reading %d; want under 1 MiB", alloc, size)
	}
}

// TestRecordReaderEncoding: a UTF-16 file (as Excel's "Unicode text"
// writes it) is refused with errEncoding and a hint; a UTF-8 BOM is
// dropped even before a comment line.
func TestRecordReaderEncoding(t *testing.T) {
	for _, bom := range []string{"\xff\xfe", "\xfe\xff"} {
		_, _, err := newRecordReader(strings.NewReader(bom + "c\x00a\x00\n\x00")).next()
		if !errors.Is(err, errEncoding) || !strings.Contains(err.Error(), "save it as UTF-8") {
			t.Errorf("%q: %v, want errEncoding", bom, err)
		}
	}
	if got := readAll(t, utf8BOM+"#c\nx,y\n"); !slices.Equal(got, []string{"2 x|y"}) {
		t.Errorf("BOM before a comment: %q", got)
	}
	// A BOM is only dropped at the start of the input: elsewhere it is data.
	if got := readAll(t, "a\n"+utf8BOM+"b\n"); !slices.Equal(got, []string{"1 a", "2 " + utf8BOM + "b"}) {
		t.Errorf("BOM on line 2: %q", got)
	}
}

// FuzzRecordReaderMatchesCSV is a differential test: on one line, the
// recordReader gives the same fields as encoding/csv (with the settings the
// command used before it had its own reader: TrimLeadingSpace, '#'
// comments, any number of fields), or an error where encoding/csv gives
// one, or no record where it gives none. The lines it is not meant to
// agree on are left out: a line with a BOM at its start, a line longer than
// maxLineBytes, and (by cutting at the first line break) more than one line.
func FuzzRecordReaderMatchesCSV(f *testing.F) {
	for _, s := range []string{
		"a,b,c", ` x , "y, z","q""uote"`, "a,\r,b\rc", `a,"unclosed`, `a,b"c`, `"a"b`, `"a" ,b`, "a\rb,c",
		"a,\r", `"a"` + "\r\r", "# comment", "", "\r", " ", "\u00a0\"x\"", "\xff,\"\xfe\"", `""`, `"",""`, ",,",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if len(line) > maxLineBytes || bytes.HasPrefix(line, []byte(utf8BOM)) ||
			bytes.HasPrefix(line, []byte("\xff\xfe")) || bytes.HasPrefix(line, []byte("\xfe\xff")) {
			return
		}
		rec, _, err := newRecordReader(bytes.NewReader(line)).next()
		cr := csv.NewReader(bytes.NewReader(append(line, '\n')))
		cr.TrimLeadingSpace, cr.Comment, cr.FieldsPerRecord = true, '#', -1
		want, werr := cr.Read()
		switch {
		case errors.Is(werr, io.EOF) || errors.Is(err, io.EOF):
			if !errors.Is(werr, io.EOF) || !errors.Is(err, io.EOF) {
				t.Fatalf("%q: encoding/csv %q %v, recordReader %q %v", line, want, werr, rec, err)
			}
		case werr != nil || err != nil:
			if werr == nil || !errors.Is(err, errMalformed) {
				t.Fatalf("%q: encoding/csv %q %v, recordReader %q %v", line, want, werr, rec, err)
			}
		case !slices.Equal(rec, want):
			t.Fatalf("%q: encoding/csv %q, recordReader %q", line, want, rec)
		}
	})
}
