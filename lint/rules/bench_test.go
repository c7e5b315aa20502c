package rules_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"testing"

	"golang.org/x/net/html"

	"github.com/ministryofjustice/timelint/internal/gen"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// benchInputs are the pages of gen.BenchPages; -short keeps the seed and
// the 5 MB page.
func benchInputs(b *testing.B) []gen.Page {
	b.Helper()
	seed, err := os.ReadFile("../../testdata/pages/seed.md")
	if err != nil {
		b.Fatal(err)
	}
	return gen.BenchPages(seed, testing.Short())
}

// BenchmarkTokenizer is the floor: x/net/html's tokenizer alone over the
// same inputs, touching each token as the parser must.
func BenchmarkTokenizer(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Bytes)))
			b.ReportAllocs()
			for b.Loop() {
				z := html.NewTokenizer(bytes.NewReader(in.Bytes))
				n := 0
				for z.Next() != html.ErrorToken {
					n += len(z.Raw())
				}
				if n == 0 {
					b.Fatal("no tokens")
				}
			}
		})
	}
}

// BenchmarkLint runs every rule, as timelint lint does on one file: with
// GOMAXPROCS=1 in turn, with more on that many goroutines.
func BenchmarkLint(b *testing.B) {
	all := rules.All()
	for _, in := range benchInputs(b) {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Bytes)))
			b.ReportAllocs()
			for b.Loop() {
				src, err := lint.NewSource("page.md", lint.Markdown, in.Bytes)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := lint.Run(src, all, lint.Options{Today: testToday, Workers: runtime.GOMAXPROCS(0)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// ExampleGeneratedFindings shows what a generated page holds, so that the
// benchmarks are seen to exercise every kind of slip.
func TestGeneratedPageHasTheSeedSlips(t *testing.T) {
	src, _ := lint.NewSource("page.md", lint.Markdown, gen.Timeline(200<<10, 7, 1))
	res, err := lint.Run(src, rules.All(), lint.Options{Today: testToday})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, d := range res.Diagnostics {
		seen[d.Rule]++
	}
	for _, r := range []string{"tag-mismatch", "markdown-indent", "datetime-label", "date-format", "title-punctuation"} {
		if seen[r] == 0 {
			t.Errorf("a generated page has no %s finding: %s", r, fmt.Sprint(seen))
		}
	}
}
