package fix_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
	"github.com/ministryofjustice/timelint/lint/rules"
)

func today() date.Date { return date.Date{Year: 2026, Month: 11, Day: 26, Precision: date.Day} }

func fixBytes(t *testing.T, kind lint.Kind, b []byte, all []lint.Rule) (*fix.Result, bool) {
	t.Helper()
	src, err := lint.NewSource("page", kind, b)
	if err != nil {
		return nil, false
	}
	res, err := fix.File(src, all, lint.Options{Today: today()}, fix.Settings{})
	if err != nil {
		if _, lerr := lint.Run(src, all, lint.Options{Today: today()}); lerr != nil {
			return nil, false // front matter timelint refuses to read
		}
		t.Fatalf("fix: %v", err)
	}
	return res, true
}

// structuralRules are the rules whose fixes only write end tags and move
// tags: with them alone, fix must keep every word of the page.
func structuralRules() []lint.Rule {
	var out []lint.Rule
	for _, r := range rules.All() {
		switch r.Name {
		case "tag-mismatch", "unclosed-tag", "stray-end-tag", "markdown-indent", "markdown-paragraph":
			out = append(out, r)
		}
	}
	return out
}

func visibleText(b []byte) []byte {
	var out []byte
	z := html.NewTokenizer(bytes.NewReader(b))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.TextToken {
			out = append(out, bytes.Join(bytes.Fields(z.Text()), nil)...)
		}
	}
	return out
}

func counts(ds []lint.Diagnostic) map[string]int {
	m := map[string]int{}
	for _, d := range ds {
		m[d.Rule]++
	}
	return m
}

// FuzzFix checks fix on arbitrary input: no panic; a second fix changes
// nothing; no rule has more findings after than before; and with only the
// structural rules, the visible text is kept.
func FuzzFix(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/pages/*.md")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, true)
		}
	}
	f.Add([]byte("<div class=\"moj-timeline\">\n\n    <div class=\"moj-timeline__item\"><h2>a</div>"), false)
	f.Add([]byte("<p>a<div>b</div></p><ul><li>x<li>y</ul>{% if %}\r\n"), true)
	all := rules.All()
	f.Fuzz(func(t *testing.T, b []byte, md bool) {
		kind := lint.HTML
		if md {
			kind = lint.Markdown
		}
		res, ok := fixBytes(t, kind, b, all)
		if !ok {
			return
		}
		again, _ := fixBytes(t, kind, res.Source.Bytes, all)
		if !bytes.Equal(again.Source.Bytes, res.Source.Bytes) {
			t.Fatalf("fix is not idempotent:\n%q\nthen\n%q", res.Source.Bytes, again.Source.Bytes)
		}
		before, _ := lint.Run(mustSource(t, kind, b), all, lint.Options{Today: today()})
		was, now := counts(before.Diagnostics), counts(res.Remaining)
		for r, n := range now {
			if n > was[r] {
				t.Fatalf("fix added %s findings: %d before, %d after", r, was[r], n)
			}
		}
		structural, _ := fixBytes(t, kind, b, structuralRules())
		if !bytes.Equal(visibleText(structural.Source.Bytes), visibleText(b)) {
			t.Fatalf("structural fixes changed the visible text:\n%q\nbecame\n%q", b, structural.Source.Bytes)
		}
	})
}

func mustSource(t *testing.T, kind lint.Kind, b []byte) *lint.Source {
	t.Helper()
	src, err := lint.NewSource("page", kind, b)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestSeedPage checks the fixed seed page against the promises:
// the front matter is byte-identical, every item keeps its visible text,
// and the three disagreeing datetimes follow their labels.
func TestSeedPage(t *testing.T) {
	b, err := os.ReadFile("../testdata/pages/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	res, _ := fixBytes(t, lint.Markdown, b, rules.All())
	got := res.Source.Bytes
	fm := b[:bytes.Index(b, []byte("\n---\n"))+5]
	fm = bytes.Replace(fm, []byte("acheivements"), []byte("achievements"), 1) //nolint:misspell // the seed page's own misspelling
	if !bytes.HasPrefix(got, fm) {
		t.Errorf("the front matter changed beyond its corrected word")
	}
	for _, dt := range []string{`datetime="2023-04">April 2023`, `datetime="2022-04">April 2022`, `datetime="2020-12">December 2020`} {
		if !bytes.Contains(got, []byte(dt)) {
			t.Errorf("fixed page lacks %s", dt)
		}
	}
	wantText := bytes.Replace(visibleText(b), []byte("March/April2024"), []byte("MarchtoApril2024"), 1)
	wantText = bytes.Replace(wantText, []byte("acheivements"), []byte("achievements"), 1) //nolint:misspell // the seed page's own misspelling
	if !bytes.Equal(visibleText(got), wantText) {
		t.Errorf("the visible text changed beyond the date range")
	}
	for _, d := range res.Remaining {
		if slices.Contains([]string{"tag-mismatch", "markdown-indent", "datetime-label", "date-format"}, d.Rule) {
			t.Errorf("after fix: %v %s", res.Source.Position(d.Span.Start), d.Message)
		}
	}
}

// TestKeepsFileShape checks what txtar goldens cannot hold: a file without
// a final newline keeps that, and a BOM and CRLF endings stay.
func TestKeepsFileShape(t *testing.T) {
	page := "<div class=\"moj-timeline\">\n<div class=\"moj-timeline__header\">\n  <h2 class=\"moj-timeline__title\">Live</div>\n</div>"
	fixed := "<div class=\"moj-timeline\">\n  <div class=\"moj-timeline__header\">\n    <h2 class=\"moj-timeline__title\">Live</h2>\n  </div>\n</div>"
	tests := []struct{ name, in, want string }{
		{"no final newline", page, fixed},
		{"BOM and CRLF", "\ufeff" + strings.ReplaceAll(page, "\n", "\r\n") + "\r\n",
			"\ufeff" + strings.ReplaceAll(fixed, "\n", "\r\n") + "\r\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := fixBytes(t, lint.Markdown, []byte(tc.in), rules.All())
			if got := string(res.Source.Bytes); got != tc.want {
				t.Errorf("fix(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
