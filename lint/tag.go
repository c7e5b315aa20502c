package lint

import (
	"golang.org/x/net/html/atom"
)

// tagName returns the lower-case name of the tag at sp, a start tag
// "<name" or an end tag "</name". Known names come from the atom table
// and cost no allocation.
func tagName(b []byte, sp Span) (name string, end int) {
	off := sp.Start + 1
	if off < sp.End && b[off] == '/' {
		off++
	}
	start := off
	for off < sp.End && !isTagSpace(b[off]) && b[off] != '/' && b[off] != '>' {
		off++
	}
	return lowerName(b[start:off]), off
}

func lowerName(raw []byte) string {
	var buf [16]byte
	if len(raw) <= len(buf) {
		lower := buf[:len(raw)]
		for i, c := range raw {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		if a := atom.Lookup(lower); a != 0 {
			return a.String()
		}
		return string(lower)
	}
	out := make([]byte, len(raw))
	for i, c := range raw {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return string(out)
}

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// scanAttrs appends the attributes of the start tag whose name ends at off
// and which ends at end, named.
func scanAttrs(b []byte, off, end int, out []Attr) []Attr {
	eachAttr(b, off, end, func(a Attr) bool {
		a.Name = lowerName(b[a.NameSpan.Start:a.NameSpan.End])
		out = append(out, a)
		return true
	})
	return out
}

// eachAttr reads the attributes of a start tag from the raw bytes, from off
// (the end of its name) to end, and calls f with each until f returns
// false. It leaves Name empty: a caller looking for one name compares the
// raw bytes (see isNamed), which costs less than naming every attribute.
// It follows x/net/html's readTag step by step so that both agree on every
// attribute. We read them ourselves because the tokenizer keeps only the
// first of two same-named attributes and gives no positions.
func eachAttr(b []byte, off, end int, f func(Attr) bool) {
	if end > off && b[end-1] == '>' {
		end--
	}
	s := attrScanner{b: b, off: off, end: end}
	s.skipSpace()
	for s.off < s.end {
		a := s.attr()
		if a.NameSpan.Len() > 0 && !f(a) {
			return
		}
		s.skipSpace()
	}
}

// isNamed reports whether the raw attribute name is name, which is lower
// case, as lowerName would read it.
func isNamed(raw []byte, name string) bool {
	if len(raw) != len(name) {
		return false
	}
	for i, c := range raw {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}

type attrScanner struct {
	b        []byte
	off, end int
}

func (s *attrScanner) skipSpace() {
	for s.off < s.end && isTagSpace(s.b[s.off]) {
		s.off++
	}
}

// attr reads one key and its value (readTagAttrKey, readTagAttrVal).
func (s *attrScanner) attr() Attr {
	start := s.off
	for s.off < s.end {
		c := s.b[s.off]
		if c == '=' && s.off == start {
			s.off++ // an equals sign before the name is part of the name
			continue
		}
		if c == '=' || c == '/' || isTagSpace(c) {
			break
		}
		s.off++
	}
	a := Attr{NameSpan: Span{start, s.off}, Value: Span{s.off, s.off}}
	s.skipSpace()
	if s.off >= s.end {
		return a
	}
	switch s.b[s.off] {
	case '/':
		s.off++
		return a
	case '=':
		s.off++
	default:
		return a
	}
	s.skipSpace()
	a.HasValue = true
	a.Value = s.value()
	return a
}

func (s *attrScanner) value() Span {
	if s.off >= s.end {
		return Span{s.off, s.off}
	}
	if q := s.b[s.off]; q == '"' || q == '\'' {
		start := s.off + 1
		s.off = start
		for s.off < s.end && s.b[s.off] != q {
			s.off++
		}
		v := Span{start, s.off}
		if s.off < s.end {
			s.off++
		}
		return v
	}
	start := s.off
	for s.off < s.end && !isTagSpace(s.b[s.off]) {
		s.off++
	}
	return Span{start, s.off}
}
