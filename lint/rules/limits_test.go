package rules_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// TestHugeOneLineFile lints and fixes 100 MB on a single line: no crash,
// no quadratic line handling, every rule run.
func TestHugeOneLineFile(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB input; skipped with -short")
	}
	var b bytes.Buffer
	b.WriteString(`<div class="moj-timeline"><div class="moj-timeline__item"><p>`)
	for b.Len() < 100<<20 {
		b.WriteString(`<span class="x">text &amp; more</span> `)
	}
	b.WriteString(`</p></div></div>`)
	src, err := lint.NewSource("huge.md", lint.Markdown, b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	res, err := lint.Run(src, rules.All(), lint.Options{Today: testToday})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(res.Diagnostics); got != 2 {
		t.Errorf("got %d findings, want the item's missing header and date", got)
	}
}

// TestDeeplyNestedFile lints and fixes 100,000 nested elements inside a
// timeline item: no stack overflow, one finding per slip.
func TestDeeplyNestedFile(t *testing.T) {
	const depth = 100_000
	page := `<div class="moj-timeline"><div class="moj-timeline__item">` +
		strings.Repeat("<div>", depth) + strings.Repeat("</div>", depth) + "</div>\n"
	src, err := lint.NewSource("deep.html", lint.HTML, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	res, err := fix.File(src, rules.All(), lint.Options{Today: testToday}, fix.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	var structural int
	for _, d := range res.Remaining {
		if d.Rule == "unclosed-tag" || d.Rule == "tag-mismatch" || d.Rule == "stray-end-tag" {
			structural++
		}
	}
	if structural != 1 {
		t.Errorf("got %d structural findings, want 1: the timeline left open", structural)
	}
}
