package lint

import "bytes"

// The fixes of structural slips, as byte edits. Each states its
// applicability where it is made: safe when a browser builds the same
// elements from the fixed markup, unsafe when the fix is a guess.

// insertEnd inserts </name> at off.
func (b *builder) insertEnd(name string, off int, app Applicability) []Fix {
	end := "</" + name + ">"
	return []Fix{{Message: "insert " + end, Applicability: app, Edits: []Edit{{Span: Span{off, off}, New: end}}}}
}

// replaceEnd rewrites the end tag at sp as </name>.
func (b *builder) replaceEnd(sp Span, name string, app Applicability) Fix {
	end := "</" + name + ">"
	return Fix{Message: "replace " + b.d.Source.Text(sp) + " with " + end, Applicability: app,
		Edits: []Edit{{Span: sp, New: end}}}
}

// insertEndLine inserts node i's end tag on a line of its own before the
// line holding sp, at node i's indentation. When sp is not first on its
// line, the end tag goes just before sp.
func (b *builder) insertEndLine(i int, sp Span) []Fix {
	n := b.d.Nodes[i]
	end := "</" + n.Name + ">"
	if b.indent(sp.Start) < 0 || b.d.Indent(i) < 0 {
		return b.insertEnd(n.Name, sp.Start, Unsafe)
	}
	lineStart := b.d.Source.lines[b.d.Source.Line(sp.Start)]
	indent := b.d.Source.Bytes[b.d.Source.lines[b.d.Source.Line(n.Tag.Start)]:n.Tag.Start]
	return []Fix{{Message: "insert " + end + " on its own line", Applicability: Unsafe,
		Edits: []Edit{{Span: Span{lineStart, lineStart}, New: string(indent) + end + b.d.Source.LineEnding()}}}}
}

// removeTag removes the tag at sp, with its whole line when nothing else
// is on it.
func (b *builder) removeTag(sp Span) Edit {
	src := b.d.Source
	line := src.Line(sp.Start)
	ls := src.LineSpan(line)
	// A tag can span lines ("</a\n>"): then it is removed alone.
	if src.Line(sp.End) != line || len(bytes.TrimSpace(src.Bytes[ls.Start:sp.Start])) > 0 ||
		len(bytes.TrimSpace(src.Bytes[sp.End:ls.End])) > 0 {
		return Edit{Span: sp}
	}
	end := len(src.Bytes)
	if line+1 < len(src.lines) {
		end = src.lines[line+1]
	}
	return Edit{Span: Span{ls.Start, end}}
}

// trimEnd backs off from off over white space, not past floor, so that an
// inserted end tag sits after the content rather than on the next line.
func (b *builder) trimEnd(off, floor int) int {
	text := b.d.text
	for off > floor && off <= len(text) && isTagSpace(text[off-1]) {
		off--
	}
	return off
}
