package markdown

import "bytes"

// htmlStart returns the HTML block start condition (spec section "HTML
// blocks", 1–7) that s meets, or 0. s starts at the first non-space byte of
// the line, with "<". Condition 7 is tried only when allow7 is set: it
// cannot interrupt a paragraph.
func htmlStart(s []byte, allow7 bool) int {
	switch {
	case isRawTextStart(s):
		return 1
	case bytes.HasPrefix(s, []byte("<!--")):
		return 2
	case bytes.HasPrefix(s, []byte("<?")):
		return 3
	case len(s) > 2 && s[1] == '!' && isLetter(s[2]):
		return 4
	case bytes.HasPrefix(s, []byte("<![CDATA[")):
		return 5
	case isBlockTagStart(s):
		return 6
	case allow7 && isCompleteTagLine(s):
		return 7
	}
	return 0
}

// isRawTextStart reports start condition 1: "<pre", "<script", "<style"
// or "<textarea", case-insensitive, then a space, a tab, ">" or the end.
func isRawTextStart(s []byte) bool {
	name, n := tagName(s[1:])
	if !isRawTextName(name) {
		return false
	}
	rest := s[1+n:]
	return len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>'
}

// isBlockTagStart reports start condition 6: "<" or "</", a name from the
// spec's list (case-insensitive), then a space, a tab, the end, ">" or "/>".
func isBlockTagStart(s []byte) bool {
	i := 1
	if len(s) > 1 && s[1] == '/' {
		i = 2
	}
	name, n := tagName(s[i:])
	if !isBlockName(name) {
		return false
	}
	rest := s[i+n:]
	return len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' ||
		bytes.HasPrefix(rest, []byte("/>"))
}

// tagName lower-cases, into a fixed buffer, the run of ASCII letters and
// digits at the start of s, and returns it with its length in s. A name too
// long for the buffer comes back empty, which matches no listed name.
func tagName(s []byte) (name [16]byte, n int) {
	for n < len(s) && (isLetter(s[n]) || isDigit(s[n])) {
		if n < len(name) {
			name[n] = s[n] | 0x20 // digits already have bit 5 set
		}
		n++
	}
	if n > len(name) {
		return [16]byte{}, n
	}
	return name, n
}

// isRawTextName reports whether name is pre, script, style or textarea.
func isRawTextName(b [16]byte) bool {
	name := string(bytes.TrimRight(b[:], "\x00"))
	switch name {
	case "pre", "script", "style", "textarea":
		return true
	}
	return false
}

// isBlockName reports whether name is one of the tag names of start
// condition 6.
func isBlockName(b [16]byte) bool {
	switch string(bytes.TrimRight(b[:], "\x00")) {
	case "address", "article", "aside", "base", "basefont", "blockquote",
		"body", "caption", "center", "col", "colgroup", "dd", "details",
		"dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
		"figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
		"h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
		"legend", "li", "link", "main", "menu", "menuitem", "nav",
		"noframes", "ol", "optgroup", "option", "p", "param", "search",
		"section", "summary", "table", "tbody", "td", "tfoot", "th",
		"thead", "title", "tr", "track", "ul":
		return true
	}
	return false
}

// htmlEnds reports whether line meets the end condition of HTML block
// type t (1–5); types 6 and 7 end at a blank line instead.
func htmlEnds(t int, line []byte) bool {
	switch t {
	case 1:
		return hasRawTextEnd(line)
	case 2:
		return bytes.Contains(line, []byte("-->"))
	case 3:
		return bytes.Contains(line, []byte("?>"))
	case 4:
		return bytes.IndexByte(line, '>') >= 0
	case 5:
		return bytes.Contains(line, []byte("]]>"))
	}
	return false
}

// hasRawTextEnd reports whether line contains "</pre>", "</script>",
// "</style>" or "</textarea>", case-insensitive.
func hasRawTextEnd(line []byte) bool {
	for i := bytes.Index(line, []byte("</")); i >= 0; {
		name, n := tagName(line[i+2:])
		if end := i + 2 + n; end < len(line) && line[end] == '>' && isRawTextName(name) {
			return true
		}
		j := bytes.Index(line[i+2:], []byte("</"))
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}
