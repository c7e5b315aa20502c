package lint

import (
	"bytes"
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// Closing says how an element ended.
type Closing uint8

// The ways an element can end.
const (
	Open     Closing = iota // still open at the end of the file
	ByEndTag                // its own end tag
	Void                    // a void element such as <br>, or a self-closing foreign element
	Implied                 // an end tag HTML lets you omit, omitted (</p>, </li>)
	ByOther                 // closed by another element's end tag: a slip
)

// Node is one element. Nodes are stored in document order, so the
// descendants of Nodes[i] are Nodes[i+1 : Nodes[i].Last+1].
//
// A big page has an element for every few dozen bytes, so a node keeps
// only what cannot be worked out from the rest: its content starts where
// its start tag ends, its end tag starts where its content ends, and its
// indentation is in the text (see Content, EndTag and Document.Indent).
type Node struct {
	Name    string // lower-case tag name; "" for the document root
	Tag     Span   // the start tag as written; for the root, empty where the body starts
	Closing Closing
	// selfClosing says the tokenizer read the tag as self-closing (<br/>).
	// It and classLen sit beside Closing, in what would be padding.
	selfClosing bool
	// class is the offset of the raw value of the first class attribute,
	// or -1, and classLen its length, or -1 when it is too long to keep
	// here: every rule asks for classes. The other attributes are read
	// again from the start tag when asked for, not kept: on a big page
	// they would cost almost as much as the page.
	classLen   int32
	Parent     int // index of the parent; -1 for the root
	Last       int // index of the last descendant; the node itself when it has none
	contentEnd int // where the content ends: its end tag's start, or where it was closed
	endTagEnd  int // the end of its own end tag; 0 when it has none
	class      int
}

// Indent returns the columns of indentation of node i when its start tag
// begins its line, else -1; -1 for the root. It is read from the text when
// asked: few ask, and keeping it would cost every node 8 bytes.
func (d *Document) Indent(i int) int {
	if i == 0 {
		return -1
	}
	return indentAt(d.text, d.Nodes[i].Tag.Start)
}

// Content returns the span from the end of the start tag to where the
// element ends.
func (n *Node) Content() Span { return Span{n.Tag.End, n.contentEnd} }

// EndTag returns the element's own end tag; empty when it has none.
func (n *Node) EndTag() Span {
	if n.endTagEnd == 0 {
		return Span{}
	}
	return Span{n.contentEnd, n.endTagEnd}
}

// Attr is one attribute as written. Value is a span of the raw value,
// without quotes and with entities still encoded.
type Attr struct {
	Name     string // lower case
	NameSpan Span
	Value    Span
	HasValue bool
}

// Children calls f with the index of each child of node i, in order.
func (d *Document) Children(i int, f func(c int)) {
	for c := i + 1; c <= d.Nodes[i].Last; c = d.Nodes[c].Last + 1 {
		f(c)
	}
}

// ChildIndexes returns the indexes of the children of node i.
func (d *Document) ChildIndexes(i int) []int {
	var out []int
	d.Children(i, func(c int) { out = append(out, c) })
	return out
}

// Attrs returns the attributes of node i as written, duplicates included,
// in a new slice.
func (d *Document) Attrs(i int) []Attr {
	var out []Attr
	d.eachAttr(i, func(a Attr) bool {
		a.Name = lowerName(d.text[a.NameSpan.Start:a.NameSpan.End])
		out = append(out, a)
		return true
	})
	return out
}

// eachAttr calls f with each attribute of node i, its Name left empty,
// until f returns false.
func (d *Document) eachAttr(i int, f func(Attr) bool) {
	if i == 0 {
		return // the root has no tag
	}
	tag := d.Nodes[i].Tag
	_, nameEnd := tagName(d.text, tag)
	eachAttr(d.text, nameEnd, tag.End, f)
}

// Attr returns the first attribute of node i named name, as HTML reads it.
func (d *Document) Attr(i int, name string) (Attr, bool) {
	if name == "class" && d.Nodes[i].class < 0 {
		return Attr{}, false
	}
	var found Attr
	ok := false
	d.eachAttr(i, func(a Attr) bool {
		found, ok = a, isNamed(d.text[a.NameSpan.Start:a.NameSpan.End], name)
		return !ok
	})
	if !ok {
		return Attr{}, false
	}
	found.Name = name
	return found, true
}

// AttrValue returns the value of the first attribute named name of node i
// with entities decoded, and whether the attribute exists.
func (d *Document) AttrValue(i int, name string) (string, bool) {
	a, ok := d.Attr(i, name)
	if !ok {
		return "", false
	}
	raw := d.Source.Text(a.Value)
	if strings.IndexByte(raw, '&') < 0 {
		return raw, true
	}
	return html.UnescapeString(raw), true
}

// Classes returns the class names of node i.
func (d *Document) Classes(i int) []string {
	v, _ := d.AttrValue(i, "class")
	return strings.Fields(v)
}

// ClassValue returns the raw value of the first class attribute of node
// i, and whether it has one. It reads no tag: the tree notes the value.
func (d *Document) ClassValue(i int) (Span, bool) {
	n := &d.Nodes[i]
	switch {
	case n.class < 0 || i == 0:
		return Span{}, false
	case n.classLen < 0:
		a, ok := d.Attr(i, "class")
		return a.Value, ok
	}
	return Span{n.class, n.class + int(n.classLen)}, true
}

// HasClass reports whether node i has the class name c. It runs for every
// element in every rule, so it reads the raw value in place, allocating
// only for the rare value with an entity, and finds c with bytes.Index
// rather than splitting the value into words.
func (d *Document) HasClass(i int, c string) bool {
	v, ok := d.ClassValue(i)
	if !ok || c == "" {
		return false
	}
	raw := d.Source.Bytes[v.Start:v.End]
	if bytes.IndexByte(raw, '&') >= 0 {
		v, _ := d.AttrValue(i, "class")
		raw = []byte(v)
	}
	for off := 0; ; {
		k := bytes.Index(raw[off:], []byte(c))
		if k < 0 {
			return false
		}
		start, end := off+k, off+k+len(c)
		if (start == 0 || isTagSpace(raw[start-1])) && (end == len(raw) || isTagSpace(raw[end])) {
			return true
		}
		off = start + 1
	}
}

// InnerText returns the text inside node i as a reader sees it: tags and
// comments removed, entities decoded, and runs of white space folded to one
// space. Titles and dates are short and plain, so this scans the bytes
// rather than starting a tokenizer.
func (d *Document) InnerText(i int) string {
	n := d.Nodes[i]
	c := n.Content()
	raw := d.Source.Bytes[c.Start:c.End]
	if isPlainText(raw) {
		return string(raw) // most titles and dates: nothing to remove or fold
	}
	out := make([]byte, 0, len(raw))
	space := false
	for off := 0; off < len(raw); off++ {
		c := raw[off]
		switch {
		case c == '<' && bytes.HasPrefix(raw[off:], []byte("<!--")):
			end := bytes.Index(raw[off:], []byte("-->"))
			if end < 0 {
				off = len(raw)
				continue
			}
			off += end + 2
		case c == '<' && off+1 < len(raw) && (isASCIILetter(raw[off+1]) || raw[off+1] == '/'):
			end := bytes.IndexByte(raw[off:], '>')
			if end < 0 {
				off = len(raw)
				continue
			}
			off += end
		case isTagSpace(c):
			space = len(out) > 0
		default:
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, c)
		}
	}
	if bytes.IndexByte(out, '&') >= 0 {
		return strings.Join(strings.Fields(html.UnescapeString(string(out))), " ")
	}
	return string(out)
}

// isPlainText reports text that InnerText would return as it is: no tag,
// comment or entity, and no white space but single spaces between words.
func isPlainText(b []byte) bool {
	if len(b) > 0 && (b[0] == ' ' || b[len(b)-1] == ' ') {
		return false
	}
	space := false
	for _, c := range b {
		switch {
		case c == '<' || c == '&' || c != ' ' && isTagSpace(c):
			return false
		case c == ' ' && space:
			return false
		}
		space = c == ' '
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Memo returns the value f computes for key, computing it once per
// document: several rules read the same facts (each item's date, say), and
// a run must not work them out once per rule. Rules run concurrently, so a
// second caller waits for the first one's value.
func (d *Document) Memo(key string, f func() any) any {
	d.memoMu.Lock()
	e, ok := d.memo[key]
	if !ok {
		if d.memo == nil {
			d.memo = map[string]*memoEntry{}
		}
		e = &memoEntry{}
		d.memo[key] = e
	}
	d.memoMu.Unlock()
	e.once.Do(func() { e.value = f() })
	return e.value
}

// memoEntry is one value of Document.Memo.
type memoEntry struct {
	once  sync.Once
	value any
}
