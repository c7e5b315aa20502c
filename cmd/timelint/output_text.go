package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
)

// ANSI colours for the text format.
const (
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiReset  = "\x1b[0m"
)

// snippetWidth is how many characters of a long line the snippet shows.
const snippetWidth = 100

func (p *printer) paint(code, s string) string {
	if !p.color {
		return s
	}
	return code + s + ansiReset
}

// text prints each finding as "path:line:col: severity: message [rule]",
// then the source line with a caret underline.
func (p *printer) text(r fileResult, diags []lint.Diagnostic) {
	for _, d := range diags {
		pos := r.src.Position(d.Span.Start)
		sev := p.paint(ansiYellow, "warning")
		if d.Severity == lint.Error {
			sev = p.paint(ansiRed, "error")
		}
		fmt.Fprintf(p.w, "%s: %s: %s %s\n", p.paint(ansiBold, fmt.Sprintf("%s:%d:%d", r.in.display, pos.Line, pos.Col)),
			sev, d.Message, p.paint(ansiCyan, "["+d.Rule+"]"))
		line, caret := snippet(r.src, d.Span)
		fmt.Fprintf(p.w, "%5d | %s\n      | %s\n", pos.Line, line, p.paint(ansiRed, caret))
	}
}

// snippet returns the line holding sp's start, cut to a window around it
// when long, tabs shown as spaces, and the caret line under the span. The
// window is cut from the bytes before anything is copied: a minified page
// is one long line, and copying all of it for each finding made lint's
// memory grow with the line times the findings.
func snippet(src *lint.Source, sp lint.Span) (line, caret string) {
	ls := src.LineSpan(src.Line(sp.Start))
	start, end := min(max(sp.Start, ls.Start), ls.End), min(max(sp.End, ls.Start), ls.End)
	// Counted with the source's rune index: on a minified page every
	// finding is on one long line, and scanning it from the start for each
	// would make the report quadratic.
	col := src.RuneCount(lint.Span{Start: ls.Start, End: start})
	width := max(src.RuneCount(lint.Span{Start: start, End: max(start, end)}), 1)
	n := src.RuneCount(ls)
	text := src.Bytes[ls.Start:ls.End]
	from := 0
	prefix, suffix := "", ""
	if n > snippetWidth {
		from = max(0, min(col-snippetWidth/3, n-snippetWidth))
		if from > 0 {
			prefix = "…"
		}
		if from+snippetWidth < n {
			suffix = "…"
		}
		wStart := src.RuneOffset(ls.Start, from)
		text, n = src.Bytes[wStart:src.RuneOffset(wStart, snippetWidth)], snippetWidth
	}
	width = min(width, n-(col-from)+1)
	pad := strings.Repeat(" ", utf8.RuneCountInString(prefix)+col-from)
	return prefix + strings.ReplaceAll(string(text), "\t", " ") + suffix, pad + strings.Repeat("^", max(width, 1))
}

func (p *printer) summary() {
	if p.quiet && p.errors == 0 {
		return
	}
	if p.errors+p.warnings == 0 {
		fmt.Fprintf(p.w, "no problems in %s\n", plural(p.files, "file"))
		return
	}
	fmt.Fprintf(p.w, "%s, %s in %s\n", plural(p.errors, "error"), plural(p.warnings, "warning"),
		plural(p.filesWithFindings, "file"))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
