package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedFresh fails when a package's strictjson_gen.go differs from
// what the generator writes now: a new type holding a date would otherwise
// decode through encoding/json alone, where the pinned date package can
// panic.
func TestGeneratedFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks every package from source")
	}
	for _, dir := range []string{".", "costs", "deadlines", "garnishment", "jurisdiction", "procedure"} {
		dir := filepath.Join("..", "..", "..", dir)
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
