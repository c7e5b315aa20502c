package date

import "unicode/utf8"

// tokenKind is what a label token is.
type tokenKind uint8

const (
	tokWord   tokenKind = iota + 1 // a run of ASCII letters
	tokNumber                      // a run of ASCII digits, with any ordinal suffix
	tokPunct                       // one punctuation mark
)

// Punctuation marks as stored in token.punct. Dashes that are not ASCII get
// a letter of their own, so that every mark is one byte.
const (
	enDash = 'n' // U+2013
	emDash = 'm' // U+2014
)

// maxTokens bounds the tokens in a label; no date a person writes has more.
const maxTokens = 24

// token is one word, number or punctuation mark of a label.
type token struct {
	start, end  int // byte offsets in the label
	num         int // value of a number; digits beyond the ninth are ignored
	digits      int // digits in a number
	kind        tokenKind
	punct       byte // the mark: , . : / - or enDash or emDash
	isOrdinal   bool // a number with "st", "nd", "rd" or "th" attached
	spaceBefore bool // whitespace separates it from the token before
}

// tokens is a label split into tokens.
type tokens struct {
	s string
	t [maxTokens]token
	n int
	// isIrregular is set when the whitespace between or around tokens is
	// anything but single ASCII spaces between them.
	isIrregular bool
}

// tokenize splits s into words, numbers and punctuation, skipping
// whitespace, and reports false for any other character or too many
// tokens.
func tokenize(s string, ts *tokens) bool {
	ts.s = s
	hasSpace := false
	for i := 0; i < len(s); {
		if w := spaceWidth(s, i); w > 0 {
			ts.isIrregular = ts.isIrregular || s[i] != ' ' || hasSpace
			i, hasSpace = i+w, true
			continue
		}
		if ts.n == maxTokens {
			return false
		}
		t := token{start: i, spaceBefore: hasSpace}
		if !scanToken(s, &t) {
			return false
		}
		ts.t[ts.n] = t
		ts.n++
		i, hasSpace = t.end, false
	}
	if ts.n == 0 {
		return false
	}
	ts.isIrregular = ts.isIrregular || ts.t[0].spaceBefore || hasSpace
	return true
}

// scanToken reads the token starting at t.start, setting its kind, end and
// value, and reports false when no token starts there.
func scanToken(s string, t *token) bool {
	i := t.start
	c := s[i]
	switch {
	case isDigit(c):
		t.kind = tokNumber
		for i < len(s) && isDigit(s[i]) {
			if t.digits < 9 {
				t.num = t.num*10 + int(s[i]-'0')
			}
			t.digits++
			i++
		}
		i, t.isOrdinal = ordinalSuffix(s, i)
	case isLetter(c):
		t.kind = tokWord
		for i < len(s) && isLetter(s[i]) {
			i++
		}
	case c == ',' || c == '.' || c == ':' || c == '/' || c == '-':
		t.kind, t.punct = tokPunct, c
		i++
	default:
		r, w := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u2013':
			t.punct = enDash
		case '\u2014':
			t.punct = emDash
		default:
			return false
		}
		t.kind = tokPunct
		i += w
	}
	t.end = i
	return true
}

// ordinalSuffix returns the offset after an ordinal suffix ("st", "nd",
// "rd" or "th", any case) at s[i] that no other letter follows, and whether
// there was one.
func ordinalSuffix(s string, i int) (int, bool) {
	if i+2 > len(s) || i+2 < len(s) && isLetter(s[i+2]) {
		return i, false
	}
	switch lower(s[i])<<8 | lower(s[i+1]) {
	case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
		return i + 2, true
	}
	return i, false
}

// lower returns c in lower case if it is an ASCII letter, widened so that
// two can be combined into one switch value.
func lower(c byte) uint16 {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return uint16(c)
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

// spaceWidth returns the byte length of the whitespace character at s[i],
// or 0 when there is none. Besides ASCII whitespace it counts the no-break
// spaces (U+00A0, U+202F) and thin space (U+2009) that typographers put
// inside dates.
func spaceWidth(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	switch r, w := utf8.DecodeRuneInString(s[i:]); r {
	case '\u00a0', '\u2009', '\u202f':
		return w
	}
	return 0
}

// text returns the label text of tokens first to last inclusive.
func (ts *tokens) text(first, last int) string {
	return ts.s[ts.t[first].start:ts.t[last].end]
}

// is reports whether token i is the word w, compared without regard to
// ASCII case; w must be lower case.
func (ts *tokens) is(i int, w string) bool {
	if i >= ts.n || ts.t[i].kind != tokWord {
		return false
	}
	return equalFoldASCII(ts.s[ts.t[i].start:ts.t[i].end], w)
}

// isPunct reports whether token i is the punctuation mark p.
func (ts *tokens) isPunct(i int, p byte) bool {
	return i < ts.n && ts.t[i].kind == tokPunct && ts.t[i].punct == p
}

// equalFoldASCII reports whether s equals the lower-case word w without
// regard to ASCII case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := range len(s) {
		if uint16(w[i]) != lower(s[i]) {
			return false
		}
	}
	return true
}
