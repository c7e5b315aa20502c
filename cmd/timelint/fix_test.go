package main

import (
	"strings"
	"testing"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
)

// TestAsker drives the interactive question with typed answers; the
// terminal check itself is covered by testdata/script/fix_stdin.txtar.
func TestAsker(t *testing.T) {
	tests := []struct {
		typed string
		want  fix.Decision
	}{
		{"y\n", fix.Yes},
		{"NO\n", fix.No},
		{"maybe\na\n", fix.All},
		{"q\n", fix.Quit},
		{"", fix.Quit}, // end of input
	}
	for _, tc := range tests {
		var out strings.Builder
		ask := newAsker(strings.NewReader(tc.typed), &out)
		got := ask(lint.Diagnostic{Rule: "unclosed-tag", Message: "<div> is never closed"}, lint.Fix{Message: "insert </div>"})
		if got != tc.want {
			t.Errorf("answers %q: decision = %v, want %v", tc.typed, got, tc.want)
		}
		if !strings.Contains(out.String(), "unsafe fix: insert </div>") {
			t.Errorf("answers %q: prompt %q does not show the fix", tc.typed, out.String())
		}
	}
}
