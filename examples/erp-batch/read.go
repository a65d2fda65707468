package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// maxLineBytes bounds one line of input, without its line end: 64 KiB,
// nearly two hundred times the longest row of the sample (351 bytes, with a
// history of five acts), so room for a history of hundreds of acts. A
// longer line is reported and passed over without being kept in memory, so
// that no input can make the reader grow.
const maxLineBytes = 64 << 10

// utf8BOM is the byte-order mark that Excel's "CSV UTF-8" and many other
// exports put at the start of a file.
const utf8BOM = "\xef\xbb\xbf"

// recordReader reads the input CSV one physical line at a time: a record is
// one line. This is the dialect of encoding/csv with TrimLeadingSpace and
// '#' comments (the differential test in read_test.go checks both readers
// agree on every line), except that
//
//   - a quoted field must close on the line where it opens: a field cannot
//     hold a line break, so a stray quote costs its own line and never the
//     rest of the file (none of the input columns needs a line break);
//   - a line is at most maxLineBytes long (a comment line may be longer:
//     it is passed over without being kept);
//   - a UTF-8 byte-order mark at the start of the input is skipped, and a
//     UTF-16 one is refused with an error that says how to save the file;
//   - after a malformed line the reader goes on at the next line, and the
//     error names the line and the field.
//
// Its memory is one buffer of maxLineBytes and the fields of the current
// record, whatever the input.
type recordReader struct {
	br    *bufio.Reader
	line  int      // the number of the last line read, from 1
	names []string // the header's column names, to name fields in messages
	rec   []string // the fields of the current record, reused
	buf   []byte   // a quoted field being unquoted, reused
}

func newRecordReader(in io.Reader) *recordReader {
	return &recordReader{br: bufio.NewReaderSize(in, maxLineBytes+2)}
}

// syntaxError reports a line that is not a well-formed record. It wraps
// errMalformed.
type syntaxError struct {
	field int    // the field at fault, from 1; 0 for the whole line
	name  string // its column in the header, when known
	msg   string
}

func (e *syntaxError) Error() string {
	switch {
	case e.field == 0:
		return "malformed CSV: " + e.msg
	case e.name != "":
		return fmt.Sprintf("malformed CSV: field %d (%s): %s", e.field, e.name, e.msg)
	}
	return fmt.Sprintf("malformed CSV: field %d: %s", e.field, e.msg)
}

func (e *syntaxError) Unwrap() error { return errMalformed }

// next returns the fields of the next record and the line it is on,
// passing over empty lines and comment lines (a '#' in the first column).
// The fields are valid until the following call. A malformed line returns a
// *syntaxError, and the following call reads the line after it. At the end
// of the input next returns io.EOF; a read error of the input is returned
// wrapping errRead, a UTF-16 file wrapping errEncoding.
func (r *recordReader) next() ([]string, int, error) {
	for {
		raw, err := r.br.ReadSlice('\n')
		if len(raw) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, r.line, io.EOF
			}
			return nil, r.line, fmt.Errorf("%w: after line %d: %w", errRead, r.line, err)
		}
		r.line++
		if r.line == 1 {
			if bytes.HasPrefix(raw, []byte("\xff\xfe")) || bytes.HasPrefix(raw, []byte("\xfe\xff")) {
				return nil, r.line, fmt.Errorf("%w: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 (\"CSV UTF-8\")", errEncoding)
			}
			raw = bytes.TrimPrefix(raw, []byte(utf8BOM))
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			// Pass over the rest of the line without keeping it: a comment
			// of any length, or a record too long to take.
			comment := len(raw) > 0 && raw[0] == '#'
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, r.line, fmt.Errorf("%w: line %d: %w", errRead, r.line, err)
			}
			if comment {
				continue
			}
			return nil, r.line, r.tooLong()
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, r.line, fmt.Errorf("%w: line %d: %w", errRead, r.line, err)
		}
		raw = bytes.TrimSuffix(raw, []byte("\n"))
		raw = bytes.TrimSuffix(raw, []byte("\r"))
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		if len(raw) > maxLineBytes {
			return nil, r.line, r.tooLong()
		}
		rec, err := r.split(string(raw))
		return rec, r.line, err
	}
}

func (r *recordReader) tooLong() error {
	return &syntaxError{msg: fmt.Sprintf("the line is longer than %d bytes, the most one record may take", maxLineBytes)}
}

// split cuts one line into its fields. Leading white space of a field is
// dropped; a field that then starts with a quote is quoted: it ends at the
// next lone quote, which must be followed by a comma or the end of the
// line, and a quote inside it is written twice. An unquoted field may not
// hold a quote.
func (r *recordReader) split(line string) ([]string, error) {
	rec := r.rec[:0]
	defer func() { r.rec = rec[:0] }()
	pos := 0
	for {
		if i := strings.IndexFunc(line[pos:], notSpace); i < 0 {
			pos = len(line)
		} else {
			pos += i
		}
		field := len(rec) + 1
		if pos < len(line) && line[pos] == '"' {
			pos++
			r.buf = r.buf[:0]
			for {
				j := strings.IndexByte(line[pos:], '"')
				if j < 0 {
					return nil, r.syntax(field, "its opening quote is not closed on this line (a field cannot span lines)")
				}
				r.buf = append(r.buf, line[pos:pos+j]...)
				pos += j + 1
				if pos < len(line) && line[pos] == '"' {
					r.buf = append(r.buf, '"')
					pos++
					continue
				}
				break
			}
			rec = append(rec, string(r.buf))
			if pos == len(line) {
				return rec, nil
			}
			if line[pos] != ',' {
				return nil, r.syntax(field, "text after its closing quote (write a quote inside a quoted field twice)")
			}
			pos++
			continue
		}
		f := line[pos:]
		end := strings.IndexByte(f, ',')
		if end >= 0 {
			f = f[:end]
		}
		if strings.IndexByte(f, '"') >= 0 {
			return nil, r.syntax(field, `a quote inside an unquoted field (quote the whole field and write the quote twice: "a""b")`)
		}
		rec = append(rec, f)
		if end < 0 {
			return rec, nil
		}
		pos += end + 1
	}
}

func (r *recordReader) syntax(field int, msg string) error {
	e := &syntaxError{field: field, msg: msg}
	if field <= len(r.names) {
		e.name = r.names[field-1]
	}
	return e
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }
