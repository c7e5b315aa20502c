package markdown

// codeIndent is the indentation, in columns, of an indented code block.
const codeIndent = 4

// tabStop is the width of a tab stop in columns (spec section "Tabs").
const tabStop = 4

// findNextNonspace finds the first byte at or after offset that is not a
// space or tab, and sets nnPos, nnCol, indent, blank and indented. Columns
// are absolute within the line, so a result found from an earlier offset
// still holds while offset has not passed it; reusing it keeps a line
// cheap under deeply nested containers.
func (p *parser) findNextNonspace() {
	if !p.nnValid || p.offset > p.nnPos {
		i, col := p.offset, p.column
		for ; i < len(p.line); i++ {
			c := p.line[i]
			if c == '\t' {
				col += tabStop - col%tabStop
				continue
			}
			if c != ' ' {
				break
			}
			col++
		}
		p.nnPos, p.nnCol, p.nnValid = i, col, true
	}
	p.blank = p.nnPos >= len(p.line)
	p.indent = p.nnCol - p.column
	p.indented = p.indent >= codeIndent
}

// advanceNextNonspace moves to the position found by findNextNonspace.
func (p *parser) advanceNextNonspace() {
	p.offset, p.column = p.nnPos, p.nnCol
}

// advanceOffset consumes count bytes, or, when columns is set, count
// columns: a tab then counts as the columns up to the next tab stop and
// may be consumed only in part, leaving offset on it.
func (p *parser) advanceOffset(count int, columns bool) {
	for count > 0 && p.offset < len(p.line) {
		if p.line[p.offset] != '\t' {
			p.offset++
			p.column++
			count--
			continue
		}
		toTab := tabStop - p.column%tabStop
		if !columns {
			p.column += toTab
			p.offset++
			count--
			continue
		}
		if toTab > count {
			p.column += count // partly consumed tab: offset stays on it
			return
		}
		p.column += toTab
		p.offset++
		count -= toTab
	}
}

// consumeQuoteMarker consumes a block quote marker at nnPos: the ">" and
// one optional following space, or one column of a following tab.
func (p *parser) consumeQuoteMarker() {
	p.advanceNextNonspace()
	p.advanceOffset(1, false)
	if p.offset < len(p.line) && isSpaceOrTab(p.line[p.offset]) {
		p.advanceOffset(1, true)
	}
}

func isSpaceOrTab(c byte) bool { return c == ' ' || c == '\t' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isBlank reports whether s holds only spaces and tabs.
func isBlank(s []byte) bool {
	for _, c := range s {
		if !isSpaceOrTab(c) {
			return false
		}
	}
	return true
}

// skipSpaceTab returns the index of the first byte at or after i in s that
// is not a space or tab.
func skipSpaceTab(s []byte, i int) int {
	for i < len(s) && isSpaceOrTab(s[i]) {
		i++
	}
	return i
}

// runOf returns the length of the run of byte c at the start of s.
func runOf(s []byte, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}
