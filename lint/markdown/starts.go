package markdown

// startBlocks opens the new blocks that begin on the rest of the line,
// trying each kind of block start in the spec's order of precedence, until
// a leaf starts or nothing more does. container is the stack index of the
// last open block the line continued.
func (p *parser) startBlocks(container int) {
	if t := p.stack[container].typ; t == nFenced || t == nIndented || t == nHTML {
		return // a matched leaf takes the line as it is
	}
	for {
		p.findNextNonspace()
		if !p.indented && !p.maybeSpecial() {
			p.advanceNextNonspace()
			return
		}
		r := p.tryStarts(container)
		if r == noMatch {
			p.advanceNextNonspace()
			return
		}
		if r == leafDone {
			return
		}
		container = len(p.stack) - 1
	}
}

// maybeSpecial reports whether the byte at nnPos can begin a block other
// than a paragraph; a shortcut taken from commonmark.js.
func (p *parser) maybeSpecial() bool {
	if p.nnPos >= len(p.line) {
		return false
	}
	switch c := p.line[p.nnPos]; c {
	case '#', '`', '~', '*', '+', '_', '=', '<', '>', '-':
		return true
	default:
		return isDigit(c)
	}
}

// tryStarts tries the block starts in order: block quote, ATX heading,
// fenced code, HTML block, setext underline, thematic break, list item,
// indented code.
func (p *parser) tryStarts(container int) int {
	if p.startQuote() || p.startATX() || p.startFence() {
		return p.started()
	}
	if p.startHTML(container) || p.startSetext(container) || p.startThematic() {
		return leafDone
	}
	if p.startListItem(container) {
		return matched
	}
	if p.startIndented() {
		return leafDone
	}
	return noMatch
}

// started tells a container start from a leaf start by the new tip.
func (p *parser) started() int {
	if p.top().typ == nBlockQuote {
		return matched
	}
	return leafDone
}

// startQuote starts a block quote at a ">".
func (p *parser) startQuote() bool {
	if p.indented || p.line[p.nnPos] != '>' {
		return false
	}
	start := p.nnPos
	p.consumeQuoteMarker()
	p.closeUnmatched()
	p.push(node{typ: nBlockQuote}, start)
	return true
}

// startATX starts an ATX heading: 1–6 "#" then a space, a tab or the end.
func (p *parser) startATX() bool {
	s := p.line[p.nnPos:]
	n := runOf(s, '#')
	if p.indented || n == 0 || n > 6 || (n < len(s) && !isSpaceOrTab(s[n])) {
		return false
	}
	p.closeUnmatched()
	p.push(node{typ: nHeading}, p.nnPos)
	p.extend(p.top())
	p.offset = len(p.line)
	return true
}

// startFence starts a fenced code block: 3 or more "`" not followed by
// another "`" on the line, or 3 or more "~".
func (p *parser) startFence() bool {
	s := p.line[p.nnPos:]
	if p.indented || len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return false
	}
	n := runOf(s, s[0])
	if n < 3 || (s[0] == '`' && hasByte(s[n:], '`')) {
		return false
	}
	p.closeUnmatched()
	// The fence's own indentation is stripped from the content lines; that
	// changes no line's block, so it is not tracked.
	p.push(node{typ: nFenced, fence: s[0], fenceLen: n}, p.nnPos)
	p.advanceNextNonspace()
	p.advanceOffset(n, false)
	return true
}

// isClosingFence reports whether the line closes fenced code block n: up
// to 3 columns of indentation, at least as many fence characters of the
// same kind, then only spaces and tabs.
func (p *parser) isClosingFence(n *node) bool {
	if p.indented || p.nnPos >= len(p.line) || p.line[p.nnPos] != n.fence {
		return false
	}
	s := p.line[p.nnPos:]
	k := runOf(s, n.fence)
	return k >= n.fenceLen && isBlank(s[k:])
}

// startHTML starts an HTML block. Type 7 cannot interrupt a paragraph,
// neither the matched one nor a paragraph the line would lazily continue.
func (p *parser) startHTML(container int) bool {
	if p.indented || p.line[p.nnPos] != '<' {
		return false
	}
	interrupts := p.stack[container].typ == nParagraph ||
		(!p.allClosed && p.top().typ == nParagraph)
	t := htmlStart(p.line[p.nnPos:], !interrupts)
	if t == 0 {
		return false
	}
	p.closeUnmatched()
	p.push(node{typ: nHTML, htmlType: uint8(t)}, p.nnPos)
	return true
}

// startSetext turns the paragraph the line continues into a setext
// heading when the line is a run of "=" or of "-" and trailing spaces.
func (p *parser) startSetext(container int) bool {
	s := p.line[p.nnPos:]
	if p.indented || p.stack[container].typ != nParagraph || (s[0] != '=' && s[0] != '-') {
		return false
	}
	if !isBlank(s[runOf(s, s[0]):]) {
		return false
	}
	p.closeUnmatched()
	t := p.top()
	t.typ = nHeading
	p.out[t.block].Kind = Heading
	p.extend(t)
	p.offset = len(p.line)
	return true
}

// startThematic starts a thematic break: 3 or more of the same "*", "-"
// or "_", with any spaces and tabs between and after them.
func (p *parser) startThematic() bool {
	if p.indented || p.blank {
		return false
	}
	c := p.line[p.nnPos]
	if (c != '*' && c != '-' && c != '_') || p.thematicStop(c) < len(p.line) {
		return false
	}
	n := 0
	for i := p.nnPos; i < len(p.line) && n < 3; i++ {
		if p.line[i] == c {
			n++
		}
	}
	if n < 3 {
		return false
	}
	p.closeUnmatched()
	p.push(node{typ: nThematicBreak}, p.nnPos)
	p.extend(p.top())
	p.offset = len(p.line)
	return true
}

// thematicStop returns the index of the first byte at or after nnPos that
// is neither c nor a space or tab. "- - - - x" asks this once per nested
// list item, each time from further along the same run, so the answer is
// kept for the line: without it such a line costs quadratic time.
func (p *parser) thematicStop(c byte) int {
	if p.tbValid && p.tbChar == c && p.tbFrom <= p.nnPos && p.nnPos <= p.tbStop {
		return p.tbStop
	}
	i := p.nnPos
	for i < len(p.line) && (p.line[i] == c || isSpaceOrTab(p.line[i])) {
		i++
	}
	p.tbValid, p.tbChar, p.tbFrom, p.tbStop = true, c, p.nnPos, i
	return i
}

// startIndented starts an indented code block. It cannot interrupt a
// paragraph, whether the line continues it or would lazily continue it.
func (p *parser) startIndented() bool {
	if !p.indented || p.blank || p.top().typ == nParagraph {
		return false
	}
	p.advanceOffset(codeIndent, true)
	p.closeUnmatched()
	p.push(node{typ: nIndented}, p.offset)
	return true
}

// hasByte reports whether s contains c.
func hasByte(s []byte, c byte) bool {
	for _, b := range s {
		if b == c {
			return true
		}
	}
	return false
}
