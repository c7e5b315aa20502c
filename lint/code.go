package lint

import (
	"bytes"

	"github.com/ministryofjustice/timelint/lint/markdown"
)

// maskCode hides Markdown code from the HTML tokenizer: fenced code blocks
// and code spans show markup as text, so a <div> there opens nothing.
// Indented code blocks stay visible: they are markup the author meant as
// HTML, which markdown-indent reports. text may alias src; it is copied
// before the first change.
func maskCode(text, src []byte, blocks []markdown.Block) []byte {
	copied := !sameArray(text, src)
	for _, b := range blocks {
		switch b.Kind {
		case markdown.FencedCode:
			if !copied {
				text, copied = bytes.Clone(text), true
			}
			mask(text, Span{b.Start, b.End}, ' ')
		case markdown.Paragraph, markdown.Heading:
			for _, sp := range codeSpans(text[b.Start:b.End]) {
				if !copied {
					text, copied = bytes.Clone(text), true
				}
				mask(text, Span{b.Start + sp.Start, b.Start + sp.End}, ' ')
			}
		}
	}
	return text
}

func sameArray(a, b []byte) bool {
	return len(a) > 0 && len(b) > 0 && &a[0] == &b[0]
}

// codeSpans returns the code spans of inline text, backticks included
// (CommonMark 6.1): a run of n backticks up to the next run of exactly n.
// A backslash does not escape inside a code span but does outside it.
func codeSpans(b []byte) []Span {
	var out []Span
	for off := 0; off < len(b); {
		i := bytes.IndexByte(b[off:], '`')
		if i < 0 {
			break
		}
		start := off + i
		if start > 0 && b[start-1] == '\\' {
			off = start + 1
			continue
		}
		n := runOf(b, start)
		end := closingRun(b, start+n, n)
		if end < 0 {
			off = start + n
			continue
		}
		out = append(out, Span{start, end})
		off = end
	}
	return out
}

func runOf(b []byte, off int) int {
	n := 0
	for off+n < len(b) && b[off+n] == '`' {
		n++
	}
	return n
}

// closingRun returns the end of the first run of exactly n backticks from
// off, or -1.
func closingRun(b []byte, off, n int) int {
	for off < len(b) {
		i := bytes.IndexByte(b[off:], '`')
		if i < 0 {
			return -1
		}
		start := off + i
		m := runOf(b, start)
		if m == n {
			return start + m
		}
		off = start + m
	}
	return -1
}
