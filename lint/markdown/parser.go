package markdown

// nodeType is the type of an open block on the parser's stack.
type nodeType uint8

const (
	nDocument nodeType = iota
	nBlockQuote
	nList
	nItem
	nParagraph
	nHeading
	nThematicBreak
	nFenced
	nIndented
	nHTML
)

// node is an open block. The open blocks always form one chain from the
// document to the innermost open block (the "tip"), so they live on a
// stack: no tree and no recursion.
type node struct {
	typ      nodeType
	htmlType uint8 // nHTML: start condition 1–7
	hasChild bool  // nItem: something was added to it
	ordered  bool  // nList, nItem
	marker   byte  // nList, nItem: bullet character or ordered delimiter
	fence    byte  // nFenced: '`' or '~'
	fenceLen int   // nFenced: length of the opening fence
	// contentIndent is, for nItem, the columns a line needs (relative to
	// its container) to continue the item: marker offset plus padding.
	contentIndent int
	block         int // leaves: index of the Block in parser.out
}

// Results of trying to continue an open block or start a new one.
const (
	noMatch  = iota // continue: the block is not continued; start: nothing started
	matched         // continue: the block goes on; start: a container started
	leafDone        // continue: a closing fence ate the line; start: a leaf started
)

// parser holds the state of the block-structure phase. The names follow
// commonmark.js so that the code can be checked against it.
type parser struct {
	out   []Block
	stack []node // open blocks; stack[0] is the document
	// blankFail holds, in increasing order, the stack indices of the open
	// blocks that a blank line does not continue. A blank line continues
	// exactly the blocks below blankFail[0], which spares a walk of the
	// whole stack on each blank line however deep the nesting.
	blankFail []int

	src       []byte
	line      []byte // the current line, without its line ending
	lineStart int    // offset of line in src
	lineNo    int
	offset    int  // bytes of line consumed
	column    int  // columns consumed; may stop inside a tab
	nnPos     int  // first non-space byte at or after offset, or len(line)
	nnCol     int  // its column
	nnValid   bool // nnPos and nnCol hold for this line and offset <= nnPos
	indent    int  // nnCol - column
	blank     bool // line[offset:] is spaces and tabs only
	indented  bool // indent >= 4
	oldTop    int  // stack index of the tip when the line began
	allClosed bool // the blocks above the last matched container are closed
	lastMatch int  // stack index of the last container the line continued
	// tbValid, tbChar, tbFrom and tbStop remember thematicStop's last scan.
	tbValid        bool
	tbChar         byte
	tbFrom, tbStop int
}

func newParser(src []byte) *parser {
	return &parser{
		src:   src,
		stack: append(make([]node, 0, 16), node{typ: nDocument}),
		out:   make([]Block, 0, len(src)/256+1),
	}
}

// top returns the innermost open block.
func (p *parser) top() *node { return &p.stack[len(p.stack)-1] }

// incorporate adds one line to the document (commonmark.js
// incorporateLine): continue the open blocks, start new ones, then give the
// rest of the line to the tip or to a new paragraph.
func (p *parser) incorporate(lineNo, start, end int) {
	p.line, p.lineStart, p.lineNo = p.src[start:end], start, lineNo
	p.offset, p.column, p.nnValid, p.tbValid = 0, 0, false, false
	p.oldTop = len(p.stack) - 1
	p.findNextNonspace()
	if p.blank {
		p.blankLine()
		return
	}
	container, done := p.continueOpen()
	if done {
		return
	}
	p.lastMatch = container
	p.allClosed = container == p.oldTop
	p.startBlocks(container)
	p.finishLine()
}

// blankLine handles a line of spaces and tabs only: it closes the blocks
// a blank line does not continue and adds the line to an open fenced code
// block. Indented code and HTML blocks take it too, but their LastLine
// moves only on a non-blank line.
func (p *parser) blankLine() {
	last := len(p.stack) - 1
	if len(p.blankFail) > 0 {
		last = p.blankFail[0] - 1
	}
	for len(p.stack)-1 > last {
		p.pop()
	}
	if t := p.top(); t.typ == nFenced {
		p.extend(t)
	}
}

// continueOpen walks the open blocks from the outside in while the line
// continues them. It returns the index of the last one continued, and
// done when a closing fence used up the line.
func (p *parser) continueOpen() (last int, done bool) {
	for i := 1; i < len(p.stack); i++ {
		p.findNextNonspace()
		switch p.continueBlock(i) {
		case noMatch:
			return i - 1, false
		case leafDone:
			return 0, true
		}
	}
	return len(p.stack) - 1, false
}

// continueBlock tries to continue the open block stack[i] with the rest of
// the line, consuming its container marker or indentation.
func (p *parser) continueBlock(i int) int {
	n := &p.stack[i]
	switch n.typ {
	case nBlockQuote:
		if p.indented || p.nnPos >= len(p.line) || p.line[p.nnPos] != '>' {
			return noMatch
		}
		p.consumeQuoteMarker()
	case nList:
	case nItem:
		return p.continueItem(n)
	case nParagraph:
		if p.blank {
			return noMatch
		}
	case nHeading, nThematicBreak:
		return noMatch
	case nFenced:
		if p.isClosingFence(n) {
			p.extend(n)
			p.pop()
			return leafDone
		}
	case nIndented:
		return p.continueIndented()
	case nHTML:
		if p.blank && n.htmlType >= 6 {
			return noMatch
		}
	}
	return matched
}

// continueItem continues a list item: a blank line continues it unless
// the item is still empty (an item can begin with at most one blank line),
// and any other line needs the item's content indentation.
func (p *parser) continueItem(n *node) int {
	switch {
	case p.blank:
		if !n.hasChild {
			return noMatch
		}
		p.advanceNextNonspace()
	case p.indent >= n.contentIndent:
		p.advanceOffset(n.contentIndent, true)
	default:
		return noMatch
	}
	return matched
}

// continueIndented continues an indented code block with a line indented
// 4 or more columns, or a blank line.
func (p *parser) continueIndented() int {
	switch {
	case p.indented:
		p.advanceOffset(codeIndent, true)
	case p.blank:
		p.advanceNextNonspace()
	default:
		return noMatch
	}
	return matched
}

// finishLine gives what is left of the line to a lazy paragraph, to the
// leaf it continues or started, or to a new paragraph.
func (p *parser) finishLine() {
	if !p.allClosed && !p.blank && p.top().typ == nParagraph {
		p.extend(p.top()) // lazy continuation line
		return
	}
	p.closeUnmatched()
	t := p.top()
	switch t.typ {
	case nParagraph, nFenced, nIndented:
		p.extend(t)
	case nHTML:
		p.extend(t)
		if t.htmlType <= 5 && htmlEnds(int(t.htmlType), p.line[p.offset:]) {
			p.pop()
		}
	default:
		p.findNextNonspace()
		if !p.blank {
			p.push(node{typ: nParagraph}, p.nnPos)
			p.extend(p.top())
		}
	}
}

// extend adds the current line to the leaf n. A blank line moves LastLine
// only for fenced code: indented code and HTML blocks do not end in blank
// lines.
func (p *parser) extend(n *node) {
	b := &p.out[n.block]
	if n.typ != nFenced {
		p.findNextNonspace()
		if p.blank {
			return
		}
	}
	b.LastLine = p.lineNo
	b.End = p.lineStart + len(p.line)
}

// closeUnmatched closes the blocks that the line did not continue, once
// it is known not to be a lazy continuation line.
func (p *parser) closeUnmatched() {
	if p.allClosed {
		return
	}
	for len(p.stack)-1 > p.lastMatch {
		p.pop()
	}
	p.allClosed = true
}

// push opens block n as a child of the tip, first closing the tips that
// cannot hold it. For a leaf it also records a Block starting at byte
// start of the line.
func (p *parser) push(n node, start int) {
	for !canContain(p.top().typ, n.typ) {
		p.pop()
	}
	parent := len(p.stack) - 1
	if p.stack[parent].typ == nItem && !p.stack[parent].hasChild {
		p.stack[parent].hasChild = true
		if k := len(p.blankFail); k > 0 && p.blankFail[k-1] == parent {
			p.blankFail = p.blankFail[:k-1]
		}
	}
	if kind := leafKind(n.typ); kind != 0 {
		n.block = len(p.out)
		abs := p.lineStart + start
		p.out = append(p.out, Block{Kind: kind, HTMLType: int(n.htmlType),
			FirstLine: p.lineNo, LastLine: p.lineNo, Start: abs, End: abs})
	}
	p.stack = append(p.stack, n)
	if failsOnBlank(&n) {
		p.blankFail = append(p.blankFail, len(p.stack)-1)
	}
}

// pop closes the tip.
func (p *parser) pop() {
	i := len(p.stack) - 1
	if k := len(p.blankFail); k > 0 && p.blankFail[k-1] == i {
		p.blankFail = p.blankFail[:k-1]
	}
	p.stack = p.stack[:i]
}

// canContain reports whether an open block of type parent may hold a
// child of type child.
func canContain(parent, child nodeType) bool {
	switch parent {
	case nDocument, nBlockQuote, nItem:
		return child != nItem
	case nList:
		return child == nItem
	}
	return false
}

// failsOnBlank reports whether a blank line closes n.
func failsOnBlank(n *node) bool {
	switch n.typ {
	case nBlockQuote, nParagraph, nHeading, nThematicBreak:
		return true
	case nItem:
		return !n.hasChild
	case nHTML:
		return n.htmlType >= 6
	}
	return false
}

// leafKind returns the Kind of a leaf node type, or 0 for a container.
func leafKind(t nodeType) Kind {
	switch t {
	case nParagraph:
		return Paragraph
	case nHeading:
		return Heading
	case nThematicBreak:
		return ThematicBreak
	case nFenced:
		return FencedCode
	case nIndented:
		return IndentedCode
	case nHTML:
		return HTMLBlock
	}
	return 0
}
