package rules

import (
	"strings"
	"testing"
)

// TestAppendLower checks the in-place lower-casing of the duplicate-item
// keys against strings.ToLower, which it stands for.
func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "We Released", "ÉCOLE Émile", "plain", "İstanbul", "ΣΑΣ"} {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}
