package fix

import (
	"math/rand"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"change", "a\nb\nc\n", "a\nB\nc\n", "--- f\n+++ f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"insert at start", "b\n", "a\nb\n", "--- f\n+++ f\n@@ -1 +1,2 @@\n+a\n b\n"},
		{"delete all", "a\n", "", "--- f\n+++ f\n@@ -1 +0,0 @@\n-a\n"},
		{"final newline", "a", "a\n", "--- f\n+++ f\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Diff("f", []byte(tc.a), []byte(tc.b)); got != tc.want {
				t.Errorf("Diff() =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestDiffScripts checks on random inputs that every edit script turns x
// into y.
func TestDiffScripts(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := []string{"a\n", "b\n", "c\n", "d\n"}
	for range 2000 {
		x, y := randomLines(r, words), randomLines(r, words)
		var gotX, gotY []string
		for _, o := range diffLines(x, y) {
			switch o.kind {
			case ' ':
				gotX, gotY = append(gotX, x[o.x]), append(gotY, y[o.y])
			case '-':
				gotX = append(gotX, x[o.x])
			case '+':
				gotY = append(gotY, y[o.y])
			}
		}
		if strings.Join(gotX, "") != strings.Join(x, "") || strings.Join(gotY, "") != strings.Join(y, "") {
			t.Fatalf("script from %q to %q rebuilds %q and %q", x, y, gotX, gotY)
		}
	}
}

func randomLines(r *rand.Rand, words []string) []string {
	out := make([]string, r.Intn(8))
	for i := range out {
		out[i] = words[r.Intn(len(words))]
	}
	return out
}
