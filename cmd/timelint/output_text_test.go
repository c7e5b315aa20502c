package main

import (
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
)

// TestSnippet checks the window and caret of long and short lines, tabs
// and wide characters included, against reading the whole line as runes.
func TestSnippet(t *testing.T) {
	long := strings.Repeat("abcdé\tfghij ", 30)
	tests := []struct {
		name       string
		text       string
		start, end int
	}{
		{"short", "<p>\tx</div>", 5, 11},
		{"long, near the start", long, 3, 9},
		{"long, in the middle", long, 150, 160},
		{"long, at the end", long, len(long) - 4, len(long)},
		{"long, span past the line", long + "\nnext", 200, len(long) + 3},
		{"empty span", long, 100, 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := lint.NewSource("x.html", lint.HTML, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			sp := lint.Span{Start: tc.start, End: tc.end}
			line, caret := snippet(src, sp)
			wantLine, wantCaret := snippetOfRunes(src, sp)
			if line != wantLine || caret != wantCaret {
				t.Errorf("snippet(%v) =\n%q\n%q\nwant\n%q\n%q", sp, line, caret, wantLine, wantCaret)
			}
		})
	}
}

// snippetOfRunes is the snippet read from the whole line as runes, as it
// was before the window was cut from the bytes.
func snippetOfRunes(src *lint.Source, sp lint.Span) (line, caret string) {
	ls := src.LineSpan(src.Line(sp.Start))
	text := []rune(strings.ReplaceAll(src.Text(ls), "\t", " "))
	col := utf8.RuneCount(src.Bytes[ls.Start:min(max(sp.Start, ls.Start), ls.End)])
	width := max(utf8.RuneCount(src.Bytes[min(sp.Start, ls.End):min(sp.End, ls.End)]), 1)
	from := 0
	prefix, suffix := "", ""
	if len(text) > snippetWidth {
		from = max(0, min(col-snippetWidth/3, len(text)-snippetWidth))
		if from > 0 {
			prefix = "…"
		}
		if from+snippetWidth < len(text) {
			suffix = "…"
		}
		text = text[from : from+snippetWidth]
	}
	width = min(width, len(text)-(col-from)+1)
	pad := strings.Repeat(" ", utf8.RuneCountInString(prefix)+col-from)
	return prefix + string(text) + suffix, pad + strings.Repeat("^", max(width, 1))
}

// TestSnippetOfLongLineCopiesWindow is the bug: each finding on a long
// line (a minified page) copied the whole line, four bytes a character.
func TestSnippetOfLongLineCopiesWindow(t *testing.T) {
	b := []byte(strings.Repeat("<span>x</span>", 1<<16)) // one line of 896 KB
	src, err := lint.NewSource("min.html", lint.HTML, b)
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	snippet(src, lint.Span{Start: len(b) / 2, End: len(b)/2 + 6})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<10 {
		t.Errorf("snippet of one finding on a %d-byte line allocated %d bytes", len(b), got)
	}
}
