package markdown

// listMarker is a list marker found at nnPos.
type listMarker struct {
	ordered bool
	marker  byte // bullet character, or "." or ")" after the number
	length  int  // bytes of the marker
}

// startListItem starts a list item, and a list around it unless the tip
// is a list of the same type. An indented line may still start an item
// when the container is a list, because parseMarker rejects 4 or more
// columns itself (commonmark.js does the same).
func (p *parser) startListItem(container int) bool {
	if p.indented && p.stack[container].typ != nList {
		return false
	}
	m, ok := p.parseMarker(container)
	if !ok {
		return false
	}
	start, markerOffset := p.nnPos, p.indent
	padding := p.consumeMarker(m)
	p.closeUnmatched()
	if t := p.top(); t.typ != nList || t.ordered != m.ordered || t.marker != m.marker {
		p.push(node{typ: nList, ordered: m.ordered, marker: m.marker}, start)
	}
	p.push(node{typ: nItem, ordered: m.ordered, marker: m.marker,
		contentIndent: markerOffset + padding}, start)
	return true
}

// parseMarker reads a bullet ("-", "+", "*") or ordered ("1." or "1)",
// 1–9 digits) list marker followed by a space, a tab or the end of the
// line. To interrupt a paragraph an item must not start with a blank line,
// and an ordered one must start at 1.
func (p *parser) parseMarker(container int) (listMarker, bool) {
	if p.indent >= codeIndent || p.blank {
		return listMarker{}, false
	}
	s := p.line[p.nnPos:]
	inPara := p.stack[container].typ == nParagraph
	var m listMarker
	switch c := s[0]; {
	case c == '*' || c == '+' || c == '-':
		m = listMarker{marker: c, length: 1}
	case isDigit(c):
		j, num := 0, 0
		for j < len(s) && j < 9 && isDigit(s[j]) {
			num = num*10 + int(s[j]-'0')
			j++
		}
		if j >= len(s) || (s[j] != '.' && s[j] != ')') || (inPara && num != 1) {
			return listMarker{}, false
		}
		m = listMarker{ordered: true, marker: s[j], length: j + 1}
	default:
		return listMarker{}, false
	}
	rest := s[m.length:]
	if len(rest) > 0 && !isSpaceOrTab(rest[0]) {
		return listMarker{}, false
	}
	if inPara && isBlank(rest) {
		return listMarker{}, false
	}
	return m, true
}

// consumeMarker consumes the marker and the spaces after it that belong to
// it, and returns the item's padding: marker width plus 1–4 columns of
// spaces, or plus 1 when 5 or more follow (the content is then indented
// code) or when the item starts with a blank line.
func (p *parser) consumeMarker(m listMarker) int {
	p.advanceNextNonspace()
	p.advanceOffset(m.length, true)
	startCol, startOffset := p.column, p.offset
	for {
		p.advanceOffset(1, true)
		if p.column-startCol >= 5 || p.offset >= len(p.line) || !isSpaceOrTab(p.line[p.offset]) {
			break
		}
	}
	spaces := p.column - startCol
	if spaces >= 1 && spaces < 5 && p.offset < len(p.line) {
		return m.length + spaces
	}
	p.column, p.offset = startCol, startOffset
	if p.offset < len(p.line) && isSpaceOrTab(p.line[p.offset]) {
		p.advanceOffset(1, true)
	}
	return m.length + 1
}
