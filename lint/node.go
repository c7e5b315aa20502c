package lint

import (
	"bytes"
	"strings"

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
	a, ok := d.Attr(i, "class")
	if !ok {
		return false
	}
	raw := d.Source.Bytes[a.Value.Start:a.Value.End]
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

// InnerText returns the text inside node i as a reader sees it: tags
// removed, entities decoded, and runs of white space folded to one space.
func (d *Document) InnerText(i int) string {
	n := d.Nodes[i]
	raw := d.Source.Bytes[n.Content.Start:n.Content.End]
	var b strings.Builder
	z := html.NewTokenizerFragment(strings.NewReader(string(raw)), "div")
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt == html.TextToken {
			b.Write(z.Text())
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
