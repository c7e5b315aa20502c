package fix_test

import (
	"os"
	"testing"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/internal/gen"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// BenchmarkFix fixes the seed page and generated timelines of about 5 MB
// and 50 MB (-short: the seed and 5 MB), as timelint fix does one file.
func BenchmarkFix(b *testing.B) {
	seed, err := os.ReadFile("../testdata/pages/seed.md")
	if err != nil {
		b.Fatal(err)
	}
	all := rules.All()
	for _, in := range gen.BenchPages(seed, testing.Short()) {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Bytes)))
			b.ReportAllocs()
			for b.Loop() {
				src, err := lint.NewSource("page.md", lint.Markdown, in.Bytes)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := fix.File(src, all, lint.Options{Today: today()}, fix.Settings{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
