package lint

import (
	"fmt"
	"os"
	"testing"
)

// TestProseRuns pins the runs of prose: white space alone between tags is
// no run, and the block boundary before it moves to the next run, so that
// the next word still starts a sentence.
func TestProseRuns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"indented inline", "<div>\n  <span>Word</span> here</div>", `["Word" block][" here"]`},
		{"two blocks", "<p>One</p>\n<p>Two</p>\n", `["One" block]["Two" block]`},
		{"inline only", "<span>a</span> <span>b</span>", `["a" block]["b"]`},
		{"entity kept", "<p>a</p> &amp; <i>b</i>", `["a" block]["       " block]["b"]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, "x.html", tc.in)
			got := ""
			for _, r := range d.Prose(nil) {
				block := ""
				if r.Block {
					block = " block"
				}
				got += fmt.Sprintf("[%q%s]", r.Text, block)
			}
			if got != tc.want {
				t.Errorf("Prose(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// TestCountTexts checks the size the prose slice starts from against the
// texts the tokenizer finds on the seed page: a short count makes the
// slice grow, holding copies, on a page of little but tags.
func TestCountTexts(t *testing.T) {
	b, err := os.ReadFile("../testdata/pages/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	d := parse(t, "seed.md", string(b))
	if n := countTexts(d.text[d.Body:]); n < len(d.texts) {
		t.Errorf("countTexts = %d, want at least the %d prose texts", n, len(d.texts))
	}
}
