package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generatedDirs lists every package directory under root whose Go files
// carry a go:generate directive that runs this generator, so that a new
// package is checked as soon as it asks for generated decoding.
func generatedDirs(root string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if dir := filepath.Dir(path); !seen[dir] && strings.Contains(string(b), "//go:generate go run ") && strings.Contains(string(b), "internal/cmd/genjson") {
			seen[dir] = true
			out = append(out, dir)
		}
		return nil
	})
	return out, err
}

// TestGeneratedFresh fails when a package's strictjson_gen.go differs from
// what the generator writes now: a new type holding a date would otherwise
// decode through encoding/json alone, where the pinned date package can
// panic.
func TestGeneratedFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks every package from source")
	}
	dirs, err := generatedDirs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 6 {
		t.Fatalf("found only %d packages with a genjson directive: %v", len(dirs), dirs)
	}
	for _, dir := range dirs {
		want, err := generate(dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		have, err := os.ReadFile(filepath.Join(dir, out))
		if err != nil && want != nil {
			t.Fatalf("%s: %v (run go generate ./...)", dir, err)
		}
		if !bytes.Equal(have, want) {
			t.Errorf("%s/%s is stale: run go generate ./...", dir, out)
		}
	}
}
