package fix

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/markdown"
)

// maxPrintDepth bounds the nesting the printer follows; deeper blocks are
// not hand-written timelines and are left as they are.
const maxPrintDepth = 64

// Print returns one edit for each timeline block not already in the
// canonical layout, the MoJ component template's: the opening tag keeps its
// indentation; two spaces a level below it; containers (the component's
// own elements and block elements such as ul, ol, dl) put each child on its
// own line; every other element keeps its content as written, on its line;
// attributes in written order with double quotes; no blank line inside.
// A block with a structural slip, or whose visible text the layout would
// change, is left alone.
func Print(d *lint.Document) []lint.Edit {
	timelines, _ := d.Timelines()
	var edits []lint.Edit
	lastEnd := -1
	for _, t := range timelines {
		n := d.Nodes[t.Node]
		if n.Tag.Start < lastEnd {
			continue // nested in a block already printed
		}
		lastEnd = n.EndTag().End
		if e, ok := printBlock(d, t.Node); ok {
			edits = append(edits, e)
		}
	}
	return edits
}

func printBlock(d *lint.Document, i int) (lint.Edit, bool) {
	n := d.Nodes[i]
	if n.Closing != lint.ByEndTag || hasSlip(d, lint.Span{Start: n.Tag.Start, End: n.EndTag().End}) {
		return lint.Edit{}, false
	}
	p := &printer{d: d, nl: d.Source.LineEnding(), md: d.Source.Kind == lint.Markdown}
	span := lint.Span{Start: n.Tag.Start, End: n.EndTag().End}
	p.base, span.Start = baseIndent(d, n.Tag.Start)
	if !p.element(i, 0) {
		return lint.Edit{}, false
	}
	old := d.Source.Bytes[span.Start:span.End]
	printed := p.b.String()
	if printed == string(old) || !sameVisibleText(old, []byte(printed)) {
		return lint.Edit{}, false
	}
	return lint.Edit{Span: span, New: printed}, true
}

// hasSlip reports a structural problem inside sp: the tree there is a
// recovery, not what the author wrote, so it must be fixed first.
func hasSlip(d *lint.Document, sp lint.Span) bool {
	for _, pr := range d.Problems {
		if pr.Kind != lint.DuplicateAttribute && pr.Span.Start < sp.End && pr.Span.End > sp.Start {
			return true
		}
	}
	return false
}

// baseIndent returns the indentation the block keeps and where the edit
// starts. A block whose first line Markdown reads as indented code loses
// its indentation, since keeping it would keep the slip.
func baseIndent(d *lint.Document, off int) (string, int) {
	src := d.Source
	line := src.Line(off)
	ls := src.LineSpan(line)
	lead := src.Bytes[ls.Start:off]
	if len(bytes.Trim(lead, " \t")) > 0 {
		return "", off // the tag is not first on its line
	}
	for _, b := range d.Blocks {
		if b.Kind == markdown.IndentedCode && b.FirstLine <= line && line <= b.LastLine {
			return "", ls.Start
		}
	}
	return string(lead), off
}

// printer writes one block.
type printer struct {
	d    *lint.Document
	b    strings.Builder
	nl   string
	base string
	md   bool
}

func (p *printer) newline(level int) {
	p.b.WriteString(p.nl)
	p.b.WriteString(p.base)
	p.b.WriteString(strings.Repeat("  ", level))
}

// element prints node i at level; false when the block cannot be printed.
func (p *printer) element(i, level int) bool {
	if level > maxPrintDepth {
		return false
	}
	n := p.d.Nodes[i]
	p.startTag(i)
	if n.Closing == lint.Void {
		return true
	}
	items, ok := p.children(i)
	if !ok || !isContainer(p.d, i) {
		p.content(i)
		p.b.WriteString("</" + n.Name + ">")
		return true
	}
	for _, it := range items {
		if it.node >= 0 {
			p.newline(level + 1)
			if !p.element(it.node, level+1) {
				return false
			}
			continue
		}
		// A {% %} or {# #} tag outputs nothing, so in Markdown its line
		// would be blank after Nunjucks and end the HTML block: it goes at
		// the end of the line before instead.
		if !p.md {
			p.newline(level + 1)
		}
		p.b.Write(p.d.Source.Bytes[it.span.Start:it.span.End])
	}
	if len(items) > 0 {
		p.newline(level)
	}
	p.b.WriteString("</" + n.Name + ">")
	return true
}

// startTag prints <name attr="value" …> with the attributes in written
// order, every value in double quotes.
func (p *printer) startTag(i int) {
	src := p.d.Source.Bytes
	p.b.WriteString("<" + p.d.Nodes[i].Name)
	for _, a := range p.d.Attrs(i) {
		p.b.WriteString(" " + a.Name)
		if !a.HasValue {
			continue
		}
		v := string(src[a.Value.Start:a.Value.End])
		p.b.WriteString(`="` + strings.ReplaceAll(v, `"`, "&quot;") + `"`)
	}
	p.b.WriteString(">")
}

// content writes the content of a leaf as written. Only blank lines go in
// Markdown, where they would end the HTML block (not in <pre>, where they
// show), and trailing white space before an omitted end tag.
func (p *printer) content(i int) {
	n := p.d.Nodes[i]
	c := p.d.Source.Bytes[n.Content().Start:n.Content().End]
	if n.Closing != lint.ByEndTag {
		c = bytes.TrimRight(c, " \t\r\n\f")
	}
	if p.md && n.Name != "pre" && n.Name != "textarea" {
		c = dropBlankLines(c)
	}
	p.b.Write(c)
}

// dropBlankLines removes lines holding only white space.
func dropBlankLines(c []byte) []byte {
	if !bytes.Contains(c, []byte("\n")) {
		return c
	}
	lines := bytes.SplitAfter(c, []byte("\n"))
	out := make([]byte, 0, len(c))
	for k, l := range lines {
		if k > 0 && k < len(lines)-1 && len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		out = append(out, l...)
	}
	return out
}

// item is one child of a container: an element, or a comment or template
// tag (node -1) printed as written.
type item struct {
	node int
	span lint.Span
}

// children lists what a container holds; false when it holds text of its
// own, so that putting children on their own lines could change it.
func (p *printer) children(i int) ([]item, bool) {
	d := p.d
	var out []item
	prev := d.Nodes[i].Content().Start
	ok := true
	d.Children(i, func(c int) {
		ok = ok && p.gap(lint.Span{Start: prev, End: d.Nodes[c].Tag.Start}, &out)
		out = append(out, item{node: c})
		prev = elementEnd(d, c)
	})
	ok = ok && p.gap(lint.Span{Start: prev, End: d.Nodes[i].Content().End}, &out)
	return out, ok
}

// gap adds the comments and {% %} and {# #} tags between two children;
// false when anything else but white space is there, a {{ }} tag included,
// since it outputs text.
func (p *printer) gap(sp lint.Span, out *[]item) bool {
	src := p.d.Source.Bytes
	off := sp.Start
	for off < sp.End {
		if isSpace(src[off]) {
			off++
			continue
		}
		end := opaqueEnd(p.d, off)
		if end < 0 || end > sp.End {
			return false
		}
		*out = append(*out, item{node: -1, span: lint.Span{Start: off, End: end}})
		off = end
	}
	return true
}

// opaqueEnd returns the end of the comment or template tag starting at off,
// or -1.
func opaqueEnd(d *lint.Document, off int) int {
	for _, list := range [][]lint.Span{d.Comments, d.Templates} {
		lo, hi := 0, len(list)
		for lo < hi {
			m := (lo + hi) / 2
			if list[m].Start < off {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(list) && list[lo].Start == off && !bytes.HasPrefix(d.Source.Bytes[off:], []byte("{{")) {
			return list[lo].End
		}
	}
	return -1
}

func elementEnd(d *lint.Document, i int) int {
	n := d.Nodes[i]
	switch {
	case n.EndTag().Len() > 0:
		return n.EndTag().End
	case n.Closing == lint.Void:
		return n.Tag.End
	}
	return n.Content().End
}

// isContainer reports the elements that put each child on its own line:
// the component's own parts and block elements.
func isContainer(d *lint.Document, i int) bool {
	switch d.Nodes[i].Name {
	case "div", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "section", "article",
		"aside", "header", "footer", "nav", "main", "figure", "blockquote", "details":
		return true
	case "p":
		return d.HasClass(i, lint.ClassDate)
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// sameVisibleText reports whether two pieces of markup show the same text,
// white space aside: the layout may move tags, never words.
func sameVisibleText(a, b []byte) bool {
	return bytes.Equal(visibleText(a), visibleText(b))
}

func visibleText(b []byte) []byte {
	var out []byte
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.TextToken:
			for _, c := range z.Text() {
				if !isSpace(c) {
					out = append(out, c)
				}
			}
		}
	}
}
