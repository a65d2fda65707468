package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/vordering/vordering/deadlines"
)

// writeText writes an answer for a person. A deadline is written as the
// library explains it (Deadline.Explain: the day, every step with its
// article, the sources); every other answer is its JSON rendered as an
// indented outline in the library's field order, so that the steps,
// citations and assurance the library returns are all shown.
func writeText(w io.Writer, title string, res any) error {
	if d, ok := res.(deadlines.Deadline); ok {
		_, err := io.WriteString(w, d.Explain())
		if err == nil && !strings.HasSuffix(d.Explain(), "\n") {
			_, err = io.WriteString(w, "\n")
		}
		return err
	}
	b, err := json.Marshal(res)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if title != "" {
		out.WriteString(title + "\n")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := outline(&out, dec, 1, ""); err != nil {
		return err
	}
	_, err = w.Write(out.Bytes())
	return err
}

// outline renders the next JSON value of dec. prefix is written before a
// scalar (the key); objects and arrays start a new indented block.
func outline(out *bytes.Buffer, dec *json.Decoder, depth int, prefix string) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	indent := strings.Repeat("  ", depth)
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			var sub bytes.Buffer
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				if err := outline(&sub, dec, depth+1, fmt.Sprint(k)+":"); err != nil {
					return err
				}
			}
			if prefix != "" && sub.Len() > 0 {
				out.WriteString(indent[2:] + prefix + "\n")
			}
			out.Write(sub.Bytes())
			_, err := dec.Token() // }
			return err
		case '[':
			if !dec.More() {
				_, err := dec.Token()
				return err
			}
			if prefix != "" {
				out.WriteString(indent[2:] + prefix + "\n")
			}
			for i := 0; dec.More(); i++ {
				if err := outline(out, dec, depth+1, fmt.Sprintf("%d.", i+1)); err != nil {
					return err
				}
			}
			_, err := dec.Token() // ]
			return err
		}
	case nil:
		return nil // nothing to show
	case string:
		if t == "" {
			return nil
		}
		out.WriteString(indent[2:] + prefix + " " + t + "\n")
	default:
		out.WriteString(indent[2:] + prefix + " " + fmt.Sprint(t) + "\n")
	}
	return nil
}
