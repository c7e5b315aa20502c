package lint

import "fmt"

// ProblemKind is a kind of structural slip found while building the tree.
type ProblemKind uint8

// The structural slips; each is reported by the rule of the same name.
const (
	TagMismatch ProblemKind = iota + 1
	UnclosedTag
	StrayEndTag
	DuplicateAttribute
)

// Problem is one structural slip. Optional marks an omitted end tag that
// HTML allows, reported as a warning where the page writes that end tag
// elsewhere.
type Problem struct {
	Kind     ProblemKind
	Span     Span
	Node     int // the element concerned, or -1
	Message  string
	Related  []Note
	Optional bool
	Fixes    []Fix
}

// builder links the nodes into the element tree with HTML's recovery
// rules, recording each slip once. The stack is explicit, so deep nesting
// cannot overflow the call stack.
type builder struct {
	d        *Document
	stack    []int
	problems []Problem
	// byIndent trusts the author's indentation to say which element an end
	// tag was meant for (see closeTo).
	byIndent bool
	written  map[string]bool // names whose end tags the page writes somewhere
	// open counts the open elements of each name and of all headings
	// (key "h"), so that looking for one that is not open costs nothing:
	// deep nesting stays linear.
	open map[string]int
	last int // the index of the last node started
}

// buildTree builds the tree the way HTML recovers from slips. When that
// leaves problems, it builds it again trusting indentation, and keeps that
// reading if it explains the page with no more findings, as a person would:
// a deleted </div> is then found at its element, not at the end of the file.
// Each build sets the links of the same nodes, so a third build restores
// HTML's reading when the second is not kept: holding two trees at once
// would double the memory of a big page. The duplicate attributes, found
// while tokenizing, are the same in every reading.
func (d *Document) buildTree(ends []endTag, written map[string]bool) {
	problems := d.build(ends, false, written)
	if indentMayExplain(problems) {
		p2 := d.build(ends, true, written)
		if countFindings(p2) <= countFindings(problems) {
			problems = p2
		} else {
			problems = d.build(ends, false, written)
		}
	}
	d.Problems = append(d.Problems, problems...)
}

// indentMayExplain reports whether reading the indentation could explain
// the page better than HTML's recovery did. Every slip that reading finds
// (a deleted end tag, an extra one, a mistyped one with its element's own
// end tag after it) leaves HTML's reading with an element open at the end
// or an end tag with nothing to close; a page with only mismatched end
// tags, like the seed's titles, is not built twice.
func indentMayExplain(ps []Problem) bool {
	for _, p := range ps {
		if p.Kind == StrayEndTag || p.Kind == UnclosedTag && !p.Optional {
			return true
		}
	}
	return false
}

func countFindings(ps []Problem) int {
	n := 0
	for _, p := range ps {
		if p.Kind != DuplicateAttribute {
			n++
		}
	}
	return n
}

// build links the nodes, start tags and end tags in document order, and
// returns the slips.
func (d *Document) build(ends []endTag, byIndent bool, written map[string]bool) []Problem {
	d.Nodes[0] = Node{Parent: -1, class: -1, Tag: Span{d.Body, d.Body}, contentEnd: len(d.text)}
	b := &builder{d: d, stack: []int{0}, byIndent: byIndent, written: written, open: map[string]int{}}
	next := 1
	for _, e := range ends {
		for ; next < e.after; next++ {
			b.start(next)
		}
		b.end(e.span)
	}
	for ; next < len(d.Nodes); next++ {
		b.start(next)
	}
	for len(b.stack) > 1 {
		b.pop(len(d.text), Open)
	}
	d.Nodes[0].Last = len(d.Nodes) - 1
	d.Nodes[0].Closing = ByEndTag
	return b.problems
}

func (b *builder) top() *Node { return &b.d.Nodes[b.stack[len(b.stack)-1]] }

func (b *builder) inForeign() bool { return b.open["svg"]+b.open["math"] > 0 }

// start opens the element of node i, first closing what its tag implies:
// an open <p> before a block, an open <li> before the next.
func (b *builder) start(i int) {
	d := b.d
	name := d.Nodes[i].Name
	foreign := b.inForeign()
	if !foreign {
		b.closeImplied(name, d.Nodes[i].Tag.Start)
	}
	b.last = i
	n := &d.Nodes[i]
	n.Parent, n.Last, n.Closing = b.stack[len(b.stack)-1], i, Open
	n.contentEnd, n.endTagEnd = n.Tag.End, 0
	selfClosed := n.selfClosing && (foreign || isForeignRoot(name))
	if isVoid(name) || selfClosed {
		n.Closing = Void
		return
	}
	b.stack = append(b.stack, i)
	b.open[openKey(name)]++
}

func (b *builder) closeImplied(name string, off int) {
	if closesP(name) {
		if j := b.find("p", true); j > 0 {
			b.closeTo(j, off, Span{})
		}
	}
	for _, closed := range impliedBy(name) {
		if j := b.find(closed, true); j > 0 && b.onlyOptionalAbove(j) {
			b.closeTo(j, off, Span{})
			break
		}
	}
	if isHeading(name) && isHeading(b.top().Name) {
		n := b.top()
		b.problems = append(b.problems, Problem{Kind: UnclosedTag, Span: n.Tag, Node: b.stack[len(b.stack)-1],
			Message: fmt.Sprintf("<%s> is not closed before <%s> at %s; add </%s>", n.Name, name, b.pos(off), n.Name),
			Fixes:   b.insertEnd(n.Name, b.trimEnd(off, n.Tag.End), Safe)})
		b.pop(off, ByOther)
	}
}

func (b *builder) onlyOptionalAbove(j int) bool {
	for k := len(b.stack) - 1; k > j; k-- {
		if !hasOptionalEnd(b.d.Nodes[b.stack[k]].Name) {
			return false
		}
	}
	return true
}

// find returns the stack index of the nearest open element named name, or
// 0 when an end tag for it would not reach one. Headings match any heading.
func (b *builder) find(name string, inStart bool) int {
	if b.open[openKey(name)] == 0 {
		return 0
	}
	for k := len(b.stack) - 1; k > 0; k-- {
		n := b.d.Nodes[b.stack[k]].Name
		if n == name || (isHeading(name) && isHeading(n)) {
			return k
		}
		if stopsSearch(name, n) {
			return 0
		}
		if !inStart && !isSpecial(name) && !isFormatting(name) && isSpecial(n) {
			return 0
		}
	}
	return 0
}

// stopsSearch reports whether an end tag for name stops looking at the open
// element n: scope boundaries (though a table end tag closes open cells on
// its way), a list for </li>, a button for </p>.
func stopsSearch(name, n string) bool {
	switch {
	case isScopeBoundary(n):
		return !isTablePart(name) || !hasOptionalEnd(n)
	case name == "li":
		return n == "ul" || n == "ol"
	case name == "p":
		return n == "button"
	}
	return false
}

// openKey is the key of name in builder.open: headings share one.
func openKey(name string) string {
	if isHeading(name) {
		return "h"
	}
	return name
}

func (b *builder) pos(off int) Position { return b.d.Source.Position(off) }

func (b *builder) indent(off int) int { return indentAt(b.d.text, off) }

// indentAt returns the columns of white space before off when off is the
// first non-blank byte of its line, else -1. A tab advances to the next
// multiple of four columns.
func indentAt(text []byte, off int) int {
	start := off
	for start > 0 && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	if start > 0 && text[start-1] != '\n' && text[start-1] != '\r' {
		return -1
	}
	col := 0
	for _, c := range text[start:off] {
		if c == '\t' {
			col += 4 - col%4
		} else {
			col++
		}
	}
	return col
}

// pop closes the current element, whose content ends at off.
func (b *builder) pop(off int, how Closing) {
	i := b.stack[len(b.stack)-1]
	b.stack = b.stack[:len(b.stack)-1]
	n := &b.d.Nodes[i]
	b.open[openKey(n.Name)]--
	n.Closing = how
	n.contentEnd = max(off, n.Tag.End)
	n.Last = b.last
	if how == Open && !hasOptionalEnd(n.Name) {
		// Where it should have ended is a guess: the end of the file is
		// only where a browser ends it.
		b.problems = append(b.problems, Problem{Kind: UnclosedTag, Span: n.Tag, Node: i,
			Message: fmt.Sprintf("%s is never closed; add </%s> where it should end", b.d.Describe(i), n.Name),
			Fixes:   b.insertEnd(n.Name, b.trimEnd(off, n.Tag.End), Unsafe)})
	}
	if (how == Open || how == Implied) && hasOptionalEnd(n.Name) && !isFrame(n.Name) && b.written[n.Name] {
		// Writing the end tag where HTML implies it changes nothing a
		// browser builds: safe.
		b.problems = append(b.problems, Problem{Kind: UnclosedTag, Span: n.Tag, Node: i, Optional: true,
			Message: fmt.Sprintf("<%s> is not closed; the page writes </%s> elsewhere, so add it here too", n.Name, n.Name),
			Fixes:   b.insertEnd(n.Name, b.trimEnd(off, n.Tag.End), Safe)})
	}
}
