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
type Node struct {
	Name    string // lower-case tag name; "" for the document root
	Tag     Span   // the start tag as written
	EndTag  Span   // its own end tag; empty when it has none
	Content Span   // from the end of the start tag to where the element ends
	Closing Closing
	Parent  int // index of the parent; -1 for the root
	Last    int // index of the last descendant; the node itself when it has none
	Indent  int // columns of indentation when the start tag begins its line, else -1
	attrs   Span
	class   int // index in Document.attrs of the first class attribute, or -1
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

// Attrs returns the attributes of node i as written, duplicates included.
func (d *Document) Attrs(i int) []Attr {
	a := d.Nodes[i].attrs
	return d.attrs[a.Start:a.End]
}

// Attr returns the first attribute of node i named name, as HTML reads it.
func (d *Document) Attr(i int, name string) (Attr, bool) {
	for _, a := range d.Attrs(i) {
		if a.Name == name {
			return a, true
		}
	}
	return Attr{}, false
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

// HasClass reports whether node i has the class name c. It runs for every
// element in every rule, so it reads the raw value in place, allocating
// only for the rare value with an entity.
func (d *Document) HasClass(i int, c string) bool {
	k := d.Nodes[i].class
	if k < 0 || i == 0 {
		return false
	}
	raw := d.Source.Bytes[d.attrs[k].Value.Start:d.attrs[k].Value.End]
	if bytes.IndexByte(raw, '&') >= 0 {
		v, _ := d.AttrValue(i, "class")
		raw = []byte(v)
	}
	for len(raw) > 0 {
		start := 0
		for start < len(raw) && isTagSpace(raw[start]) {
			start++
		}
		end := start
		for end < len(raw) && !isTagSpace(raw[end]) {
			end++
		}
		if string(raw[start:end]) == c {
			return true
		}
		raw = raw[end:]
	}
	return false
}

// InnerText returns the text inside node i as a reader sees it: tags and
// comments removed, entities decoded, and runs of white space folded to one
// space. Titles and dates are short and plain, so this scans the bytes
// rather than starting a tokenizer.
func (d *Document) InnerText(i int) string {
	n := d.Nodes[i]
	raw := d.Source.Bytes[n.Content.Start:n.Content.End]
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
