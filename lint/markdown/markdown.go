// Package markdown finds the leaf blocks of a CommonMark document: which
// lines a CommonMark 0.31.2 renderer turns into paragraphs, raw HTML
// blocks, indented or fenced code, headings and thematic breaks.
//
// It follows the block-structure phase of the spec's Appendix "A parsing
// strategy", as the reference implementation (commonmark.js) does: block
// quotes and list items are tracked as containers, with lazy paragraph
// continuation, tabs as 4-column tab stops and partly consumed tabs. Inline
// structure is not parsed. Link reference definitions need inline parsing
// (a link label may span lines and contain escapes), so a paragraph made only
// of them is still reported as a Paragraph, and a setext underline below one
// still makes a Heading.
//
// One pass over the lines does all the work, and the cost of a line is
// bounded by its length (plus the blocks it closes), however deep the
// containers nest.
package markdown

import (
	"bytes"
	"slices"
)

// Kind is the kind of a leaf block.
type Kind int

// The kinds of leaf blocks. The zero Kind is invalid.
const (
	Paragraph     Kind = iota + 1
	HTMLBlock          // raw HTML, passed through unescaped
	IndentedCode       // code indented 4 or more columns
	FencedCode         // code between ``` or ~~~ fences, fences included
	Heading            // ATX or setext
	ThematicBreak      // *** or --- or ___
)

// String returns the kind's name, as in "HTMLBlock".
func (k Kind) String() string {
	switch k {
	case Paragraph:
		return "Paragraph"
	case HTMLBlock:
		return "HTMLBlock"
	case IndentedCode:
		return "IndentedCode"
	case FencedCode:
		return "FencedCode"
	case Heading:
		return "Heading"
	case ThematicBreak:
		return "ThematicBreak"
	}
	return "Kind(invalid)"
}

// Block is one leaf block.
type Block struct {
	Kind     Kind
	HTMLType int // 1–7 for HTMLBlock (the start condition that opened it), else 0
	// FirstLine is the 0-based index of the block's first line.
	FirstLine int
	// LastLine is the 0-based index of its last line. Trailing blank lines
	// are not part of an IndentedCode or HTMLBlock; an unclosed FencedCode
	// keeps them, as renderers do.
	LastLine int
	// Start is the byte offset of the block's first content byte on
	// FirstLine: after container markers ("> ", "- ") and, for
	// IndentedCode, after the 4 columns of code indentation (on a tab when
	// the indentation ends inside it); for the others after the leading
	// indentation, so on the "<", the "#", the fence or the first character
	// of the text.
	Start int
	// End is the byte offset just past the text of LastLine, before its
	// line ending. Trailing spaces and closing "#"s are included.
	End int
}

// Blocks returns the leaf blocks of src in document order. Lines end at
// "\n", "\r\n" or a lone "\r". A blank line belongs to no block unless a
// code block or an HTML block of types 1–5 goes on past it. Blocks never
// share a line.
func Blocks(src []byte) []Block {
	p := newParser(src)
	ls := lineSplitter{src: src, nl: -1}
	for n := 0; ls.start < len(src); n++ {
		start, end := ls.next()
		p.incorporate(n, start, end)
	}
	// out was sized for a block every 256 bytes, which suits prose; a page
	// of big HTML blocks has far fewer (a 50 MB timeline, a few thousand),
	// and the Document keeps the slice, so it is copied down to size.
	if cap(p.out) > 2*len(p.out) {
		return slices.Clone(p.out)
	}
	return p.out
}

// lineSplitter cuts src into lines. It remembers the next "\n" so that a
// file of lone "\r" line endings is still split in linear time.
type lineSplitter struct {
	src   []byte
	start int // offset of the next line
	nl    int // offset of the first "\n" at or after start, len(src) if none, -1 if unknown
}

// next returns the bounds of the next line without its line ending and
// moves past it.
func (ls *lineSplitter) next() (start, end int) {
	start = ls.start
	if ls.nl < start {
		ls.nl = len(ls.src)
		if i := bytes.IndexByte(ls.src[start:], '\n'); i >= 0 {
			ls.nl = start + i
		}
	}
	end = ls.nl
	if i := bytes.IndexByte(ls.src[start:end], '\r'); i >= 0 {
		end = start + i
	}
	ls.start = end + 1
	if end < len(ls.src) && ls.src[end] == '\r' && end+1 < len(ls.src) && ls.src[end+1] == '\n' {
		ls.start = end + 2
	}
	return start, end
}
