package markdown

// isCompleteTagLine reports start condition 7: s is a complete open tag
// (whose name is not pre, script, style or textarea) or closing tag, as
// defined in the spec section "Raw HTML", followed only by spaces and tabs.
// The tag must fit on the line, so the line endings the grammar allows
// inside a tag never occur here.
func isCompleteTagLine(s []byte) bool {
	var n int
	if len(s) > 1 && s[1] == '/' {
		n = closingTagLen(s)
	} else {
		n = openTagLen(s)
	}
	return n > 0 && isBlank(s[n:])
}

// closingTagLen returns the length of the closing tag "</name>" at the
// start of s, or 0.
func closingTagLen(s []byte) int {
	n := tagNameLen(s[2:])
	if n == 0 {
		return 0
	}
	i := skipSpaceTab(s, 2+n)
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

// openTagLen returns the length of the open tag at the start of s: "<",
// a tag name, attributes each after spaces or tabs, optional spaces or
// tabs, an optional "/" and ">". It returns 0 when there is none, or when
// the name is pre, script, style or textarea.
func openTagLen(s []byte) int {
	n := tagNameLen(s[1:])
	if n == 0 {
		return 0
	}
	if name, m := tagName(s[1:]); m == n && isRawTextName(name) {
		return 0
	}
	i := 1 + n
	for {
		j := skipSpaceTab(s, i)
		if j >= len(s) {
			return 0
		}
		if s[j] == '/' || s[j] == '>' {
			i = j
			break
		}
		if j == i {
			return 0 // an attribute must follow whitespace
		}
		if i = attributeEnd(s, j); i == 0 {
			return 0
		}
	}
	if s[i] == '/' {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

// tagNameLen returns the length of the tag name at the start of s: an
// ASCII letter then letters, digits and "-". It is 0 when there is none.
func tagNameLen(s []byte) int {
	if len(s) == 0 || !isLetter(s[0]) {
		return 0
	}
	n := 1
	for n < len(s) && (isLetter(s[n]) || isDigit(s[n]) || s[n] == '-') {
		n++
	}
	return n
}

// attributeEnd returns the index in s just past the attribute that starts
// at i: a name and an optional value specification. It returns 0 when
// there is no valid attribute there.
func attributeEnd(s []byte, i int) int {
	if !isAttrNameStart(s[i]) {
		return 0
	}
	i++
	for i < len(s) && (isAttrNameStart(s[i]) || isDigit(s[i]) || s[i] == '.' || s[i] == '-') {
		i++
	}
	j := skipSpaceTab(s, i)
	if j >= len(s) || s[j] != '=' {
		return i // no value; the spaces are read again before the next attribute
	}
	return attributeValueEnd(s, skipSpaceTab(s, j+1))
}

// attributeValueEnd returns the index just past the attribute value at i:
// single- or double-quoted, or unquoted and not empty. It returns 0 when
// there is none.
func attributeValueEnd(s []byte, i int) int {
	if i >= len(s) {
		return 0
	}
	if q := s[i]; q == '"' || q == '\'' {
		for j := i + 1; j < len(s); j++ {
			if s[j] == q {
				return j + 1
			}
		}
		return 0
	}
	j := i
	for j < len(s) && !isUnquotedStop(s[j]) {
		j++
	}
	if j == i {
		return 0
	}
	return j
}

func isAttrNameStart(c byte) bool { return isLetter(c) || c == '_' || c == ':' }

// isUnquotedStop reports whether c cannot be part of an unquoted
// attribute value.
func isUnquotedStop(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '=', '<', '>', '`':
		return true
	}
	return false
}
