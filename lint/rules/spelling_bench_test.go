package rules_test

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// benchLint lints b as a Markdown page with every rule, spelling on or off,
// with the workers the command gives a single file.
func benchLint(b *testing.B, page []byte, spellingOn bool) {
	b.Helper()
	cfgText := "words: [dbt, enablement, hackathon, mojap, onboarded, pdbtools, skillset, templated, uploader]\n"
	if !spellingOn {
		cfgText += "rules:\n  spelling: off\n  locale-spelling: off\n"
	}
	cfg, err := lint.ParseConfig(".timelint.yaml", []byte(cfgText), rules.Names(rules.All()))
	if err != nil {
		b.Fatal(err)
	}
	all := rules.All()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		src, err := lint.NewSource("page.md", lint.Markdown, page)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lint.Run(src, all, lint.Options{Config: cfg, Today: testToday, Workers: runtime.GOMAXPROCS(0)}); err != nil {
			b.Fatal(err)
		}
	}
}

func readSeed(b *testing.B) []byte {
	b.Helper()
	page, err := os.ReadFile("../../testdata/pages/seed.md")
	if err != nil {
		b.Fatal(err)
	}
	return page
}

func BenchmarkSeedSpelling(b *testing.B)   { benchLint(b, readSeed(b), true) }
func BenchmarkSeedNoSpelling(b *testing.B) { benchLint(b, readSeed(b), false) }

// largeTimeline is a generated timeline of n correctly spelt items, with
// one typo in every tenth.
func largeTimeline(n int) []byte {
	var sb strings.Builder
	sb.WriteString("<div class=\"moj-timeline\">\n")
	for i := range n {
		desc := "We migrated our orchestration service to modern infrastructure, reducing costs for analysts."
		if i%10 == 0 {
			desc = "We migrated our orchestration service to modern infrastucture, reducing costs for analysts."
		}
		sb.WriteString("  <div class=\"moj-timeline__item\">\n    <div class=\"moj-timeline__header\">\n" +
			"      <h2 class=\"moj-timeline__title\">We released the data discovery tool</h2>\n    </div>\n" +
			"    <p class=\"moj-timeline__date\">\n      <time datetime=\"2021-03\">March 2021</time>\n    </p>\n" +
			"    <div class=\"moj-timeline__description\">\n      <p>" + desc + "</p>\n    </div>\n  </div>\n")
	}
	sb.WriteString("</div>\n")
	return []byte(sb.String())
}

func BenchmarkLargeSpelling(b *testing.B)   { benchLint(b, largeTimeline(2000), true) }
func BenchmarkLargeNoSpelling(b *testing.B) { benchLint(b, largeTimeline(2000), false) }
