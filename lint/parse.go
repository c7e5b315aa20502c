package lint

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sync"

	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"github.com/ministryofjustice/timelint/lint/markdown"
)

// Errors for front matter timelint cannot read.
var (
	ErrUnterminatedFrontMatter = errors.New("front matter opened with --- is never closed with ---")
	ErrFrontMatterYAML         = errors.New("front matter is not valid YAML")
)

// Document is a parsed Source: front matter, template tags, comments, the
// element tree and, for Markdown files, the CommonMark leaf blocks.
type Document struct {
	Source      *Source
	FrontMatter Span   // the whole front matter, fences included; empty when none
	Body        int    // offset where the content after the front matter starts
	Templates   []Span // {{ }}, {% %} and {# #} tags, opaque text
	Comments    []Span // HTML comments
	Nodes       []Node // Nodes[0] is the document root
	Problems    []Problem
	Blocks      []markdown.Block // Markdown leaf blocks, offsets into Source; nil for HTML files

	// text is Source.Bytes with front matter and template tags masked, the
	// bytes the tokenizer and the Markdown scanner see.
	text []byte
	// timelines and memo are worked out on first use by the rules, which
	// run concurrently.
	timelines     timelineSet
	timelinesOnce sync.Once
	memoMu        sync.Mutex
	memo          map[string]*memoEntry
	texts         []textToken // the body's prose text tokens, in order
	// attrTexts are the values of the alt, title and aria-label
	// attributes, in order, noted while tokenizing.
	attrTexts []Span
	// frontMatterYAML is the front matter parsed, kept for the rules that
	// read its values; nil when there is none.
	frontMatterYAML *yaml.Node
}

// Parse reads src into a Document. Malformed markup is data for rules, not
// an error; the error is for front matter that cannot be read.
func Parse(src *Source) (*Document, error) {
	d := &Document{Source: src}
	if err := d.readFrontMatter(); err != nil {
		return nil, err
	}
	d.Templates = findTemplates(src.Bytes, d.Body)
	d.text = maskedText(src.Bytes, d.Templates)
	if src.Kind == Markdown {
		d.Blocks = bodyBlocks(d)
		d.text = maskCode(d.text, src.Bytes, d.Blocks)
	}
	d.buildTree(d.tokenize())
	return d, nil
}

// readFrontMatter finds YAML front matter: a first line "---" (after an
// optional BOM), up to the next line that is "---" or "...".
func (d *Document) readFrontMatter() error {
	b := d.Source.Bytes
	start := 0
	if bytes.HasPrefix(b, []byte(bom)) {
		start = len(bom)
	}
	d.Body = start
	first, next := lineAt(b, start)
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return nil
	}
	for off := next; off < len(b); {
		line, after := lineAt(b, off)
		t := string(bytes.TrimRight(line, " \t"))
		if t == "---" || t == "..." {
			d.FrontMatter = Span{start, after}
			d.Body = after
			return d.checkYAML(Span{next, off})
		}
		off = after
	}
	return &PosError{File: d.Source.Name, Pos: d.Source.Position(start), Err: ErrUnterminatedFrontMatter}
}

func (d *Document) checkYAML(sp Span) error {
	var n yaml.Node
	err := yaml.Unmarshal(d.Source.Bytes[sp.Start:sp.End], &n)
	if err == nil {
		d.frontMatterYAML = &n
		return nil
	}
	return &PosError{File: d.Source.Name, Pos: d.Source.Position(sp.Start),
		Err: fmt.Errorf("%w: %s", ErrFrontMatterYAML, trimYAMLError(err))}
}

func trimYAMLError(err error) string {
	return string(bytes.TrimPrefix([]byte(err.Error()), []byte("yaml: ")))
}

// lineAt returns the line starting at off without its ending, and the
// offset of the next line.
func lineAt(b []byte, off int) (line []byte, next int) {
	end := off
	for end < len(b) && b[end] != '\n' && b[end] != '\r' {
		end++
	}
	next = end
	if next < len(b) && b[next] == '\r' {
		next++
	}
	if next < len(b) && b[next] == '\n' && (next == end || b[next-1] == '\r') {
		next++
	}
	return b[off:end], next
}

// findTemplates returns the spans of Nunjucks tags from off on. An
// unterminated tag runs to the end of the file, as Nunjucks would fail there.
func findTemplates(b []byte, off int) []Span {
	var out []Span
	for {
		i := bytes.IndexByte(b[off:], '{')
		if i < 0 {
			return out
		}
		start := off + i
		if start+1 >= len(b) {
			return out
		}
		closer := ""
		switch b[start+1] {
		case '{':
			closer = "}}"
		case '%':
			closer = "%}"
		case '#':
			closer = "#}"
		default:
			off = start + 1
			continue
		}
		end := len(b)
		if j := bytes.Index(b[start+2:], []byte(closer)); j >= 0 {
			end = start + 2 + j + 2
		}
		out = append(out, Span{start, end})
		off = end
	}
}

// maskedText hides the template tags from HTML and Markdown. Nunjucks
// runs before markdown-it, and a {% %} or {# #} tag outputs nothing, so it
// becomes spaces (a line holding only such a tag is blank to Markdown); a
// {{ }} tag outputs text, so it becomes underscores. Line endings are kept
// so that offsets and lines stay those of the source. The front matter
// needs no mask: both readers start after it. Without template tags the
// source itself serves, uncopied.
func maskedText(b []byte, tmpl []Span) []byte {
	if len(tmpl) == 0 {
		return b
	}
	out := bytes.Clone(b)
	for _, t := range tmpl {
		c := byte(' ')
		if b[t.Start+1] == '{' {
			c = '_'
		}
		mask(out, t, c)
	}
	return out
}

// bodyBlocks returns the Markdown leaf blocks of the body, after the front
// matter, with offsets and lines those of the whole source.
func bodyBlocks(d *Document) []markdown.Block {
	blocks := markdown.Blocks(d.text[d.Body:])
	line := d.Source.Line(d.Body)
	for i := range blocks {
		b := &blocks[i]
		b.Start += d.Body
		b.End += d.Body
		b.FirstLine += line
		b.LastLine += line
	}
	return blocks
}

func mask(b []byte, sp Span, c byte) {
	for i := sp.Start; i < sp.End; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = c
		}
	}
}

// HasTemplate reports whether sp overlaps a template tag, whose output
// timelint cannot know.
func (d *Document) HasTemplate(sp Span) bool {
	lo, hi := 0, len(d.Templates)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Templates[m].End <= sp.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(d.Templates) && d.Templates[lo].Start < max(sp.End, sp.Start+1)
}

// endTag is an end tag, placed among the start tags by the number of
// nodes made before it.
type endTag struct {
	span  Span
	after int // len(Nodes) when the tokenizer met it
}

// tokenize runs the x/net/html tokenizer over the body. It keeps the
// comments and the prose texts, makes a node for each start tag from what
// the tag alone says (buildTree links them into a tree), and returns the
// end tags and the names they close. Offsets are the running sum of Raw()
// lengths: Text() and Token() unescape entities, fold CRLF and lower-case
// names.
func (d *Document) tokenize() (ends []endTag, written map[string]bool) {
	// Counting the tags and texts sizes the big slices once, where growing
	// them by appending would hold two copies at a time and leave a trail
	// of dropped ones: on a page of little but tags, more memory than all
	// the nodes.
	starts, endCount := countTags(d.text[d.Body:])
	d.Nodes = make([]Node, 1, starts+1)
	ends = make([]endTag, 0, endCount)
	d.texts = make([]textToken, 0, countTexts(d.text[d.Body:]))
	written = map[string]bool{}
	var attrs []Attr // the current start tag's, in a buffer reused for each
	z := html.NewTokenizer(bytes.NewReader(d.text[d.Body:]))
	off := d.Body
	ps := proseState{block: true}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		sp := Span{off, off + n}
		off += n
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, nameEnd := tagName(d.text, sp)
			attrs = scanAttrs(d.text, nameEnd, sp.End, attrs[:0])
			d.Problems = d.checkDuplicates(attrs, d.Problems)
			d.attrTexts = appendAttrTexts(d.attrTexts, attrs)
			d.Nodes = append(d.Nodes, d.newNode(name, sp, attrs, tt == html.SelfClosingTagToken))
			ps.tag(name, false)
		case html.EndTagToken:
			name, _ := tagName(d.text, sp)
			ends = append(ends, endTag{sp, len(d.Nodes)})
			written[name] = true
			ps.tag(name, true)
		case html.TextToken:
			d.texts = ps.text(sp, z.Raw(), d.texts)
		case html.CommentToken:
			d.Comments = append(d.Comments, sp)
		}
	}
	return ends, written
}

// countTags counts "<" followed by a letter and "</" followed by a letter:
// at least as many as the start and end tags the tokenizer finds (it finds
// fewer where such text sits in a comment or a script).
func countTags(b []byte) (starts, ends int) {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return starts, ends
		}
		b = b[i+1:]
		switch {
		case isASCIILetter(b[0]):
			starts++
		case b[0] == '/' && len(b) > 1 && isASCIILetter(b[1]):
			ends++
		}
	}
}

// countTexts counts the stretches after a ">", and at the start, that hold
// more than white space before the next "<": about as many as the text
// tokens that are prose, which all start there. It is a size to start
// from, not a promise: a text holding a "<" that opens no tag may be
// missed, and the slice then grows.
func countTexts(b []byte) int {
	n := 0
	for off := 0; off < len(b); {
		end := bytes.IndexByte(b[off:], '<')
		if end < 0 {
			end = len(b) - off
		}
		if !isBlank(b[off : off+end]) {
			n++
		}
		next := bytes.IndexByte(b[off+end:], '>')
		if next < 0 {
			break
		}
		off += end + next + 1
	}
	return n
}

// newNode makes the node of the start tag at sp from what the tag alone
// says; buildTree sets the fields that depend on the tags around it.
func (d *Document) newNode(name string, sp Span, attrs []Attr, selfClosing bool) Node {
	n := Node{Name: name, Tag: sp, contentEnd: sp.End, class: -1, selfClosing: selfClosing}
	for _, a := range attrs {
		if a.Name == "class" {
			n.class, n.classLen = a.Value.Start, -1
			if a.Value.Len() <= math.MaxInt32 {
				n.classLen = int32(a.Value.Len())
			}
			break
		}
	}
	return n
}
