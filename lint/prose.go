package lint

import (
	"bytes"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/ministryofjustice/timelint/lint/markdown"
)

// TextRun is a piece of text a reader sees. Text has the length of Span,
// with what is not prose (entities, Markdown link targets, template tags)
// blanked, so that an offset into Text is an offset from Span.Start.
type TextRun struct {
	Span Span
	Text string
	// Block says a block boundary comes before the run (a new element, a
	// front matter value, an attribute), so its first word starts a sentence.
	Block bool
}

// Prose returns the visible text of the document in order: the front
// matter values of keys, the text of elements (not script, style, pre, code
// and the like, nor Markdown code), then the alt, title and aria-label
// attributes.
func (d *Document) Prose(keys []string) []TextRun {
	var out []TextRun
	d.EachProse(keys, func(r TextRun) { out = append(out, r) })
	return out
}

// EachProse calls yield with each run of Prose in turn, without holding
// them all: on a large page the runs are most of its text. Text of white
// space alone between tags is not a run; a block boundary before it counts
// as one before the next run.
func (d *Document) EachProse(keys []string, yield func(TextRun)) {
	for _, r := range d.frontMatterProse(keys) {
		yield(r)
	}
	for _, t := range d.texts {
		text := d.proseText(t.span)
		if t.top {
			text = d.blankIndentedCode(t.span, text)
		}
		yield(TextRun{Span: t.span, Text: text, Block: t.block})
	}
	d.eachAttrProse(yield)
}

// isSkipped reports elements whose text is code or not shown as prose.
func isSkipped(name string) bool {
	switch name {
	case "script", "style", "pre", "code", "kbd", "samp", "textarea", "template", "svg", "math":
		return true
	}
	return false
}

// isInline reports phrasing elements, whose tags do not break a sentence.
func isInline(name string) bool {
	switch name {
	case "a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark", "q", "s",
		"small", "span", "strong", "sub", "sup", "time", "u", "var", "ins", "del":
		return true
	}
	return false
}

// textToken is a text token of the body that is prose, noted while
// tokenizing so that the prose needs no second pass of the tokenizer.
type textToken struct {
	span  Span
	block bool // a block boundary comes before it
	top   bool // outside every element, where Markdown code may sit
}

// proseState follows the tags around text tokens: which skipped elements
// are open, how deep the text sits, and whether a block tag came since the
// last text.
type proseState struct {
	skip            map[string]int
	skipping, depth int
	block           bool
}

func (ps *proseState) tag(name string, isEnd bool) {
	ps.block = ps.block || !isInline(name)
	if isVoid(name) {
		return
	}
	step := 1
	if isEnd {
		step = -1
	}
	ps.depth = max(0, ps.depth+step)
	if isSkipped(name) && ps.skip[name]+step >= 0 {
		if ps.skip == nil {
			ps.skip = map[string]int{}
		}
		ps.skip[name] += step
		ps.skipping += step
	}
}

// text notes the text token at sp, raw as written. A token of white space
// alone is left out, and the block boundary before it carries to the next
// text: it holds no word, so the words and where sentences start read the
// same without it. On a timeline page most text tokens are the indentation
// between tags.
func (ps *proseState) text(sp Span, raw []byte, out []textToken) []textToken {
	if ps.skipping > 0 || isBlank(raw) {
		return out
	}
	out = append(out, textToken{span: sp, block: ps.block, top: ps.depth == 0})
	ps.block = false
	return out
}

// isBlank reports whether b holds only HTML white space.
func isBlank(b []byte) bool {
	for _, c := range b {
		if !isTagSpace(c) {
			return false
		}
	}
	return true
}

// blankIndentedCode blanks the Markdown indented code in text, the text of
// sp outside any element. Inside an element such a block is prose: timelint
// reads its markup as HTML (see maskCode), and markdown-indent reports it.
func (d *Document) blankIndentedCode(sp Span, text string) string {
	i, _ := slices.BinarySearchFunc(d.Blocks, sp.Start, func(b markdown.Block, off int) int {
		if b.End <= off {
			return -1
		}
		return 1
	})
	var b []byte
	for ; i < len(d.Blocks) && d.Blocks[i].Start < sp.End; i++ {
		blk := d.Blocks[i]
		if blk.Kind != markdown.IndentedCode {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		mask(b, Span{max(blk.Start, sp.Start) - sp.Start, min(blk.End, sp.End) - sp.Start}, ' ')
	}
	if b == nil {
		return text
	}
	return string(b)
}

// proseText returns the masked text of sp with entities and, in Markdown,
// link targets blanked. Most text has neither, and is copied once.
func (d *Document) proseText(sp Span) string {
	raw := d.text[sp.Start:sp.End]
	md := d.Source.Kind == Markdown
	if bytes.IndexByte(raw, '&') < 0 && (!md || !bytes.Contains(raw, []byte("]("))) {
		return string(raw)
	}
	b := bytes.Clone(raw)
	blankEntities(b)
	if md {
		blankLinkTargets(b)
	}
	return string(b)
}

// blankEntities replaces character references (&amp;, &#8217;) with spaces.
func blankEntities(b []byte) {
	for i := 0; i < len(b); i++ {
		if b[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(b) && j-i < 32 && (isAlnum(b[j]) || b[j] == '#') {
			j++
		}
		if j < len(b) && b[j] == ';' && j > i+1 {
			for k := i; k <= j; k++ {
				b[k] = ' '
			}
			i = j
		}
	}
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// blankLinkTargets replaces the destination of Markdown links and images,
// "](...)", with spaces.
func blankLinkTargets(b []byte) {
	for i := 0; i+1 < len(b); i++ {
		if b[i] != ']' || b[i+1] != '(' {
			continue
		}
		j := bytes.IndexByte(b[i+2:], ')')
		if j < 0 {
			return
		}
		mask(b, Span{i + 1, i + 2 + j + 1}, ' ')
		i += j + 2
	}
}

func src(d *Document, sp Span) string { return d.Source.Text(sp) }

// appendAttrTexts appends the values of the attributes a reader or a
// screen reader meets.
func appendAttrTexts(out []Span, attrs []Attr) []Span {
	for _, a := range attrs {
		if a.HasValue && (a.Name == "alt" || a.Name == "title" || a.Name == "aria-label") {
			out = append(out, a.Value)
		}
	}
	return out
}

// eachAttrProse yields the attribute values a reader or a screen reader
// meets.
func (d *Document) eachAttrProse(yield func(TextRun)) {
	for _, sp := range d.attrTexts {
		yield(TextRun{Span: sp, Text: d.proseText(sp), Block: true})
	}
}

// frontMatterProse returns the values of the top-level front matter keys
// named in keys, as written in the source.
func (d *Document) frontMatterProse(keys []string) []TextRun {
	if d.FrontMatter.Len() == 0 || len(keys) == 0 {
		return nil
	}
	_, start := lineAt(d.Source.Bytes, d.FrontMatter.Start)
	doc := d.frontMatterYAML
	if doc == nil || len(doc.Content) == 0 || hasUnicodeBreak(d.Source.Bytes[start:d.FrontMatter.End]) {
		// YAML counts U+0085, U+2028 and U+2029 as line breaks, so its
		// lines are not the file's: the values cannot be placed.
		return nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil
	}
	firstLine := d.Source.Line(start)
	var out []TextRun
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		if v.Kind != yaml.ScalarNode || !slices.Contains(keys, k.Value) {
			continue
		}
		sp, ok := d.scalarSpan(firstLine, k, v)
		if !ok {
			continue
		}
		out = append(out, TextRun{Span: sp, Text: src(d, sp), Block: true})
	}
	return out
}

// scalarSpan returns the source of value v of key k: from where v starts to
// the next line indented no deeper than k, or the closing fence; false when
// YAML's line lies outside the front matter.
func (d *Document) scalarSpan(firstLine int, k, v *yaml.Node) (Span, bool) {
	src := d.Source
	line := firstLine + v.Line - 1
	if v.Line < 1 || line >= src.LineCount() || src.LineSpan(line).End > d.FrontMatter.End {
		return Span{}, false
	}
	ls := src.LineSpan(line)
	runes := []rune(src.Text(ls))
	start := ls.Start + len(string(runes[:min(len(runes), max(0, v.Column-1))]))
	end := ls.End
	for l := line + 1; l < src.LineCount(); l++ {
		next := src.LineSpan(l)
		text := src.Text(next)
		if next.End > d.FrontMatter.End || strings.TrimSpace(text) == "---" ||
			strings.TrimSpace(text) != "" && len(text)-len(strings.TrimLeft(text, " ")) < k.Column {
			break
		}
		end = next.End
	}
	return Span{start, end}, true
}

// hasUnicodeBreak reports U+0085, U+2028 or U+2029 in b.
func hasUnicodeBreak(b []byte) bool {
	return bytes.Contains(b, []byte("\u0085")) || bytes.Contains(b, []byte("\u2028")) || bytes.Contains(b, []byte("\u2029"))
}
