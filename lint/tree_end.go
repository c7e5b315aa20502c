package lint

import (
	"fmt"
	"strings"
)

// end handles an end tag: it closes up to its matching open element, as
// HTML does, or is ignored when there is none.
func (b *builder) end(sp Span) {
	name, _ := tagName(b.d.text, sp)
	// The end tag as written goes into messages only: it is copied to a
	// string where one is made, not for every end tag.
	if isVoid(name) {
		tag := b.d.Source.Text(sp)
		// A browser reads </br> as <br>, so removing it is a change.
		app := Safe
		if name == "br" {
			app = Unsafe
		}
		b.stray(sp, fmt.Sprintf("%s: <%s> is a void element and takes no end tag; remove %s", tag, name, tag), app)
		return
	}
	k := b.find(name, false)
	if b.byIndent && b.isTypo(name, sp) {
		// Reading the end tag as mistyped is a guess against what a
		// browser builds: unsafe.
		top := b.stack[len(b.stack)-1]
		b.mismatch(top, sp, []Fix{b.replaceEnd(sp, b.d.Nodes[top].Name, Unsafe)})
		b.pop(sp.Start, ByOther)
		return
	}
	if b.byIndent {
		switch m, how := b.byIndentation(name, sp, k); how {
		case "outer":
			b.closeUnclosed(m, sp)
			return
		case "stray":
			b.stray(sp, fmt.Sprintf("%s matches no open <%s> by its indentation; remove it", b.d.Source.Text(sp), name), Unsafe)
			return
		}
	}
	if k == 0 {
		b.strayAfterImplied(sp, name, b.d.Source.Text(sp))
		return
	}
	b.closeTo(k, sp.Start, sp)
}

// stray reports an end tag with nothing to close; the fix removes it.
func (b *builder) stray(sp Span, msg string, app Applicability) {
	b.problems = append(b.problems, Problem{Kind: StrayEndTag, Span: sp, Node: -1, Message: msg,
		Fixes: []Fix{{Message: "remove " + b.d.Source.Text(sp), Applicability: app, Edits: []Edit{b.removeTag(sp)}}}})
}

// isTypo reports an end tag that names the wrong element on the line where
// the current element opened, as in <h2>Title</div>: read as the current
// element's own end tag mistyped, it closes only that element. The caller
// keeps this reading only if it explains the page with no more findings.
func (b *builder) isTypo(name string, sp Span) bool {
	if len(b.stack) < 2 {
		return false
	}
	top := b.d.Nodes[b.stack[len(b.stack)-1]]
	if top.Name == name || hasOptionalEnd(top.Name) || isVoid(name) || isHeading(top.Name) && isHeading(name) {
		return false
	}
	src := b.d.Source
	return src.Line(top.Tag.Start) == src.Line(sp.Start)
}

// strayAfterImplied reports an end tag with nothing to close. When the
// element it names was closed implicitly just before (a <p> closed by a
// <div> it cannot contain), that is one slip: the message says so, and the
// warning about the omitted end tag is dropped.
func (b *builder) strayAfterImplied(sp Span, name, tag string) {
	for j := len(b.problems) - 1; j >= 0; j-- {
		pr := b.problems[j]
		if pr.Kind != UnclosedTag || !pr.Optional || b.d.Nodes[pr.Node].Name != name {
			continue
		}
		n := b.d.Nodes[pr.Node]
		closer, _ := tagName(b.d.text, Span{n.contentEnd, len(b.d.text)})
		b.problems = append(b.problems[:j], b.problems[j+1:]...)
		b.stray(sp, fmt.Sprintf("%s has no open <%s> to close: the <%s> at %s was closed by <%s> at %s, which it cannot contain; "+
			"remove %s, or close the <%s> before the <%s>", tag, name, name, b.pos(n.Tag.Start), closer, b.pos(n.contentEnd),
			tag, name, closer), Unsafe)
		// The fix closes the element where HTML did and drops the stray end
		// tag. A browser reads a stray </p> as an empty paragraph, so this
		// is a change, though surely the one meant: unsafe.
		at := b.trimEnd(n.contentEnd, n.Tag.End)
		fix := &b.problems[len(b.problems)-1].Fixes[0]
		fix.Message = fmt.Sprintf("close the <%s> before the <%s> and remove %s", name, closer, tag)
		fix.Edits = append([]Edit{{Span: Span{at, at}, New: "</" + name + ">"}}, fix.Edits...)
		return
	}
	app := Safe
	if name == "p" {
		app = Unsafe
	}
	b.stray(sp, fmt.Sprintf("%s has no open <%s> to close; remove it", tag, name), app)
}

// byIndentation decides, from the author's indentation, whether an end tag
// first on its line was meant for an outer element than HTML would close
// ("outer", because an end tag between was deleted) or for none ("stray",
// an extra end tag indented deeper than anything it could close). The
// caller keeps this reading only if it explains the page with fewer
// findings than HTML's own.
func (b *builder) byIndentation(name string, sp Span, k int) (int, string) {
	in := b.indent(sp.Start)
	if in < 0 || k == 0 {
		return 0, ""
	}
	target, targetIn := b.d.Nodes[b.stack[k]], b.d.Indent(b.stack[k])
	if targetIn < 0 || targetIn == in || target.Name != name {
		return 0, ""
	}
	// A person looks a few levels out, not thousands: the bound keeps
	// deeply nested broken input linear.
	for m := k - 1; m > 0 && m >= k-maxIndentLookup; m-- {
		n := b.d.Nodes[b.stack[m]]
		if isScopeBoundary(n.Name) {
			break
		}
		if n.Name == name && b.d.Indent(b.stack[m]) == in {
			return m, "outer"
		}
	}
	if in > targetIn {
		return 0, "stray"
	}
	return 0, ""
}

// maxIndentLookup is how many open elements byIndentation looks past.
const maxIndentLookup = 32

// closeTo closes the elements above stack index k, then k itself, at off.
// endTag is the end tag doing it, or empty when a start tag implies it.
// Elements whose end tag may be omitted close quietly; the innermost of
// the others is the one slip reported.
func (b *builder) closeTo(k, off int, endTag Span) {
	slip := -1
	var ends strings.Builder // end tags of what closes here, innermost first
	for len(b.stack)-1 > k {
		i := b.stack[len(b.stack)-1]
		ends.WriteString("</" + b.d.Nodes[i].Name + ">")
		if hasOptionalEnd(b.d.Nodes[i].Name) {
			b.pop(off, Implied)
			continue
		}
		if slip < 0 {
			slip = i
		}
		b.pop(off, ByOther)
	}
	i := b.stack[k]
	if endTag.Len() == 0 {
		b.pop(off, Implied)
		return
	}
	name, _ := tagName(b.d.text, endTag)
	if name != b.d.Nodes[i].Name {
		// </h3> closing <h2>: a browser reads it as </h2>, so writing
		// </h2> changes nothing it builds.
		fix := b.replaceEnd(endTag, b.d.Nodes[i].Name, Safe)
		fix.Edits = append([]Edit{{Span: Span{endTag.Start, endTag.Start}, New: ends.String()}}, fix.Edits...)
		at := i
		if slip >= 0 {
			at = slip
		}
		b.mismatch(at, endTag, []Fix{fix})
		b.pop(off, ByOther)
		return
	}
	if slip >= 0 {
		// Writing the end tags a browser implies here changes nothing it
		// builds: safe. <h2>Title</div> becomes <h2>Title</h2></div>.
		b.mismatch(slip, endTag, []Fix{{Message: "insert " + ends.String() + " before " + b.d.Source.Text(endTag),
			Applicability: Safe, Edits: []Edit{{Span: Span{endTag.Start, endTag.Start}, New: ends.String()}}}})
	}
	b.d.Nodes[i].endTagEnd = endTag.End
	b.pop(off, ByEndTag)
}

func (b *builder) mismatch(i int, endTag Span, fixes []Fix) {
	n := b.d.Nodes[i]
	b.problems = append(b.problems, Problem{
		Kind: TagMismatch, Span: endTag, Node: i,
		Message: fmt.Sprintf("%s closes <%s> opened at %s; expected </%s>",
			b.d.Source.Text(endTag), n.Name, b.pos(n.Tag.Start), n.Name),
		Related: []Note{{Span: n.Tag, Message: fmt.Sprintf("<%s> opened here", n.Name)}},
		Fixes:   fixes,
	})
}

// closeUnclosed closes everything above stack index m, reporting each
// element that needed an end tag at its start tag, then closes m with the
// end tag sp.
func (b *builder) closeUnclosed(m int, sp Span) {
	for len(b.stack)-1 > m {
		i := b.stack[len(b.stack)-1]
		n := b.d.Nodes[i]
		if hasOptionalEnd(n.Name) {
			b.pop(sp.Start, Implied)
			continue
		}
		// Where the indentation says the end tag belongs is a guess: unsafe.
		b.problems = append(b.problems, Problem{Kind: UnclosedTag, Span: n.Tag, Node: i,
			Message: fmt.Sprintf("%s is never closed; add </%s> before %s at %s",
				b.d.Describe(i), n.Name, b.d.Source.Text(sp), b.pos(sp.Start)),
			Related: []Note{{Span: sp, Message: "by its indentation this end tag closes an outer element"}},
			Fixes:   b.insertEndLine(i, sp)})
		b.pop(sp.Start, ByOther)
	}
	b.d.Nodes[b.stack[m]].endTagEnd = sp.End
	b.pop(sp.Start, ByEndTag)
}

// checkDuplicates appends to out a problem for each attribute of one tag
// named twice. HTML keeps the first; the others are silently lost.
func (d *Document) checkDuplicates(attrs []Attr, out []Problem) []Problem {
	for j := 1; j < len(attrs); j++ {
		for i := range j {
			if attrs[i].Name != attrs[j].Name {
				continue
			}
			out = append(out, Problem{Kind: DuplicateAttribute,
				Span: Span{attrs[j].NameSpan.Start, attrEnd(d.text, attrs[j])}, Node: -1,
				Message: fmt.Sprintf("duplicate attribute %s: HTML keeps the first, at %s, and ignores this one; merge them",
					attrs[j].Name, d.Source.Position(attrs[i].NameSpan.Start)),
				Related: []Note{{Span: attrs[i].NameSpan, Message: "first " + attrs[i].Name + " here"}}})
			break
		}
		if j > 64 {
			return out // a tag this long is not hand-written; keep the check linear
		}
	}
	return out
}

// attrEnd is the offset just past an attribute, its closing quote included.
func attrEnd(text []byte, a Attr) int {
	if !a.HasValue {
		return a.NameSpan.End
	}
	if a.Value.End < len(text) && (text[a.Value.End] == '"' || text[a.Value.End] == '\'') {
		return a.Value.End + 1
	}
	return a.Value.End
}

// Describe returns the start tag of node i as written when it is short and
// on one line, else "<name>".
func (d *Document) Describe(i int) string {
	n := d.Nodes[i]
	t := d.Source.Text(n.Tag)
	if len(t) <= 60 && !strings.ContainsAny(t, "\r\n") {
		return t
	}
	return "<" + n.Name + ">"
}
