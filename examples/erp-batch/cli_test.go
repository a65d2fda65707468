package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runCLI runs the command as a user would, with args, and returns its exit
// status, stdout and stderr.
func runCLI(args ...string) (int, string, string) {
	var out, errw bytes.Buffer
	code := cli(args, &out, &errw)
	return code, out.String(), errw.String()
}

// writeFile writes content to name in a temporary directory and returns
// its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCLIExitStatus checks each exit status of the package comment on the
// input that should give it. The shipped sample has four malformed rows
// (sampleMalformed), so it exits 3 unless -allow-skipped is set.
func TestCLIExitStatus(t *testing.T) {
	good := sampleGood(t)
	clean := writeFile(t, "clean.csv", encode(append([][]string{columns}, good[:5]...)...))
	for _, c := range []struct {
		name   string
		args   []string
		status int
		stderr string // what stderr must hold
	}{
		{"sample", nil, exitSkipped, "erp-batch: 4 rows skipped: exit status 3 (-allow-skipped accepts them)\n"},
		{"sample allowed", []string{"-allow-skipped"}, exitOK, "erp-batch: 300 cases planned, 4 rows skipped\n"},
		{"clean file", []string{clean}, exitOK, "erp-batch: 5 cases planned, 0 rows skipped\n"},
		{"missing column", []string{writeFile(t, "h.csv", "case_id,country\nA,BE\n")}, exitFatal, `erp-batch: header: line 1: missing columns "debtor_name", "debtor_kind"`},
		{"no such file", []string{filepath.Join(t.TempDir(), "none.csv")}, exitFatal, "no such file or directory"},
		{"bad -asof", []string{"-asof", "2025-02-30"}, exitUsage, `erp-batch: -asof: want a calendar day YYYY-MM-DD, got "2025-02-30"`},
		{"two files", []string{clean, clean}, exitUsage, "erp-batch: one input file at most, got 2\n"},
		{"unknown flag", []string{"-frobnicate"}, exitUsage, "flag provided but not defined: -frobnicate"},
		{"help", []string{"-h"}, exitOK, "Exit status: 0 all rows planned; 1 input unreadable or output failed;"},
	} {
		code, _, stderr := runCLI(c.args...)
		if code != c.status || !strings.Contains(stderr, c.stderr) {
			t.Errorf("%s: status %d, want %d; stderr lacks %q:\n%s", c.name, code, c.status, c.stderr, stderr)
		}
	}
}

// TestCLIOutputFile: -o writes the same plan the command writes to stdout;
// -o naming the input file is refused before the input is touched.
func TestCLIOutputFile(t *testing.T) {
	code, stdout, _ := runCLI("-allow-skipped")
	if code != exitOK || strings.Count(stdout, "\n") != 301 {
		t.Fatalf("stdout run: status %d, %d lines; want 0 and 301 (header + 300 planned)", code, strings.Count(stdout, "\n"))
	}
	out := filepath.Join(t.TempDir(), "plan.csv")
	if code, s, _ := runCLI("-allow-skipped", "-o", out); code != exitOK || s != "" {
		t.Fatalf("-o run: status %d, stdout %q", code, s)
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != stdout {
		t.Errorf("-o file differs from stdout (%v)", err)
	}

	in := writeFile(t, "in.csv", string(sample))
	code, _, stderr := runCLI("-o", in, in)
	if code != exitUsage || !strings.Contains(stderr, "is the input file: refusing to overwrite it") {
		t.Errorf("-o input: status %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(in); !bytes.Equal(b, sample) {
		t.Error("the input file was changed")
	}
}

// TestCLIEscapesArguments: what the command line brings (a file name, an
// unknown flag) is escaped on stderr like the file's content.
func TestCLIEscapesArguments(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x\x1b[31m.csv")
	for _, args := range [][]string{{name}, {"-\x1b]0;t\x07"}} {
		_, _, stderr := runCLI(args...)
		if strings.ContainsAny(stderr, "\x1b\x07") || !strings.Contains(stderr, `\x1b`) {
			t.Errorf("%q: stderr %q, want the ESC escaped", args, stderr)
		}
	}
}

// TestCLIBOM: a file as Excel's "CSV UTF-8" saves it (BOM, CRLF) is
// planned; a UTF-16 file is refused with a hint.
func TestCLIBOM(t *testing.T) {
	good := sampleGood(t)
	excel := utf8BOM + strings.ReplaceAll(encode(append([][]string{columns}, good[:3]...)...), "\n", "\r\n")
	code, stdout, stderr := runCLI(writeFile(t, "excel.csv", excel))
	if code != exitOK || strings.Count(stdout, "\n") != 4 {
		t.Errorf("BOM file: status %d, %d lines\n%s", code, strings.Count(stdout, "\n"), stderr)
	}
	for i, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")[1:] {
		if !strings.HasPrefix(line, strconv.Itoa(i+2)+",") {
			t.Errorf("output row %d: %q, want line %d", i+1, line, i+2)
		}
	}
	code, _, stderr = runCLI(writeFile(t, "utf16.csv", "\xff\xfec\x00a\x00"))
	if code != exitFatal || !strings.Contains(stderr, "erp-batch: encoding: the file is UTF-16") {
		t.Errorf("UTF-16 file: status %d, stderr %q", code, stderr)
	}
}
