package rules_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// FuzzLint runs every rule on arbitrary input, as Markdown and as HTML:
// no panic, every span inside the input, the same findings twice.
func FuzzLint(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/pages/*.md")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, c := range []string{
		"<div class=\"moj-timeline\">\n\n    <div class=\"moj-timeline__item\">",
		"---\ntitle: x\n---\n<p>{{ x }}</p>{% if %}",
		"<h2 class=\"moj-timeline__title\">a</div></p></br><time datetime=\"2023-02-30\">",
		"\xef\xbb\xbf<div>\r\n\t<p>é</div>",
	} {
		f.Add([]byte(c))
	}
	all := rules.All()
	for i := range all {
		all[i].DefaultOff = false
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, kind := range []lint.Kind{lint.Markdown, lint.HTML} {
			src, err := lint.NewSource("fuzz", kind, b)
			if err != nil {
				return
			}
			first := runAll(src, all)
			for _, d := range first {
				if d.Span.Start < 0 || d.Span.End > len(b) || d.Span.Start > d.Span.End {
					t.Fatalf("%s: span %v outside the input of %d bytes", d.Rule, d.Span, len(b))
				}
				checkFixes(t, d, len(b))
			}
			if second := runAll(src, all); !reflect.DeepEqual(first, second) {
				t.Fatalf("two runs differ:\n%v\n%v", first, second)
			}
		}
	})
}

func runAll(src *lint.Source, all []lint.Rule) []lint.Diagnostic {
	res, err := lint.Run(src, all, lint.Options{Today: testToday})
	if err != nil {
		return nil // front matter timelint refuses to read
	}
	return res.Diagnostics
}

func checkFixes(t *testing.T, d lint.Diagnostic, size int) {
	for _, fx := range d.Fixes {
		prev := 0
		for _, e := range fx.Edits {
			if e.Span.Start < prev || e.Span.End < e.Span.Start || e.Span.End > size {
				t.Fatalf("%s: fix %q has edit %v out of order or outside the input", d.Rule, fx.Message, e.Span)
			}
			prev = e.Span.End
		}
	}
}
