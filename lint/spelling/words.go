package spelling

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of prose to check. Start and End are byte offsets into
// the text given to Words.
type Word struct {
	Start, End int
	Text       string
	// SentenceStart says the word begins a sentence, so a capital there says
	// nothing about whether it is a name.
	SentenceStart bool
}

// Words splits prose into the words to check. Inner apostrophes stay
// (organisation's, don't); hyphenated compounds come back part by part.
// Tokens that are not prose words are left out: all-capital acronyms (NOMIS),
// mixed-case names (OASys, PyDBTools), anything with a digit (P1, v1.0.0) or
// an underscore, single letters, URLs, e-mail addresses, file and domain
// names, and paths. start says whether text begins a sentence.
func Words(text string, start bool) []Word {
	var out []Word
	EachWord(text, start, func(w Word) { out = append(out, w) })
	return out
}

// EachWord calls yield with each word Words would return, in order,
// without collecting them.
func EachWord(text string, start bool, yield func(Word)) {
	for off := 0; off < len(text); {
		if space, size := spaceAt(text, off); space {
			off += size
			continue
		}
		end := off
		for end < len(text) {
			space, size := spaceAt(text, end)
			if space {
				break
			}
			end += size
		}
		switch chunk := text[off:end]; {
		case plainToken(chunk): // most of prose: a word alone, in ASCII letters
			if isProseWord(chunk) {
				yield(Word{Start: off, End: end, Text: chunk, SentenceStart: start})
			}
			start = false
		case isNotProse(chunk):
			start = EndsSentence(chunk, start)
		default:
			chunkWords(text, off, end, start, yield)
			start = EndsSentence(chunk, start)
		}
		off = end
	}
}

// spaceAt reports whether the rune at text[off:] is white space, and its
// size; prose is mostly ASCII, which needs no decoding.
func spaceAt(text string, off int) (bool, int) {
	if c := text[off]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, size := utf8.DecodeRuneInString(text[off:])
	return unicode.IsSpace(r), size
}

// EndsSentence reports whether prose ending in text leaves the next word at
// the start of a sentence; text with no letters or marks keeps the state
// before it.
func EndsSentence(text string, before bool) bool {
	if n := len(text); n > 0 && isASCIIAlnum(text[n-1]) {
		return false // most of prose: no sentence ends in a letter
	}
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"')]’”»*_`, r)
	})
	if t == "" {
		return before
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:", r)
}

// isNotProse reports a whitespace-separated chunk that is a URL, an e-mail
// address, a path, or a file or domain name.
func isNotProse(chunk string) bool {
	if plainChunk(chunk) {
		return false
	}
	t := strings.TrimFunc(chunk, func(r rune) bool { return !isWordRune(r) && r != '/' && r != '~' && r != '\\' })
	switch {
	case strings.Contains(chunk, "://"), strings.HasPrefix(t, "www."), strings.HasPrefix(t, "mailto:"):
		return true
	case strings.Contains(t, "@"), strings.ContainsRune(t, '\\'):
		return true
	case strings.HasPrefix(t, "/"), strings.HasPrefix(t, "~"), strings.HasPrefix(t, "./"), strings.HasPrefix(t, "../"):
		return true
	}
	// seed.md, gov.uk, e.g: a dot between letters.
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '.' && isASCIIAlnum(t[i-1]) && isASCIIAlnum(t[i+1]) {
			return true
		}
	}
	// docs/guide is a path; March/April and and/or are words.
	return strings.Count(t, "/") > 1
}

// plainChunk reports a chunk with none of the marks of a URL, address or
// path (/ @ \ ~ : or a dot inside it): most of prose, decided without the
// slower checks.
func plainChunk(chunk string) bool {
	for i := 0; i < len(chunk); i++ {
		switch chunk[i] {
		case '/', '@', '\\', '~', ':':
			return false
		case '.':
			if i+1 < len(chunk) && chunk[i+1] != '.' && chunk[i+1] != '"' && chunk[i+1] != '\'' && chunk[i+1] != ')' {
				return false
			}
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isWordRune reports runes a token is made of: letters, digits, marks,
// apostrophes, hyphens and underscores.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '\'' || r == '-' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-' || r == '_'
}

// chunkWords yields the words of text[off:end], one chunk.
func chunkWords(text string, off, end int, start bool, yield func(Word)) {
	for off < end {
		r, size := runeAt(text[:end], off)
		if !isWordRune(r) {
			if strings.ContainsRune(".!?:", r) {
				start = true
			}
			off += size
			continue
		}
		tokEnd := off
		for tokEnd < end {
			r, size := runeAt(text[:end], tokEnd)
			if !isWordRune(r) {
				break
			}
			tokEnd += size
		}
		tokenWords(text, off, tokEnd, start, yield)
		start = false
		off = tokEnd
	}
}

// runeAt returns the rune at text[off:] and its size, decoding only when
// it is not ASCII.
func runeAt(text string, off int) (rune, int) {
	if c := text[off]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[off:])
}

// tokenWords yields the words of one token: the parts of a hyphenated
// compound, trimmed of quote marks, unless the token has a digit or an
// underscore inside.
func tokenWords(text string, off, end int, start bool, yield func(Word)) {
	if plainToken(text[off:end]) {
		if isProseWord(text[off:end]) {
			yield(Word{Start: off, End: end, Text: text[off:end], SentenceStart: start})
		}
		return
	}
	tok := strings.Trim(text[off:end], "_")
	if strings.ContainsFunc(tok, func(r rune) bool { return unicode.IsDigit(r) || r == '_' }) {
		return
	}
	for part := range strings.SplitSeq(text[off:end], "-") {
		p := off
		off += len(part) + 1
		trimmed := strings.TrimLeft(part, "'’_")
		p += len(part) - len(trimmed)
		trimmed = strings.TrimRight(trimmed, "'’_")
		if isProseWord(trimmed) {
			yield(Word{Start: p, End: p + len(trimmed), Text: trimmed, SentenceStart: start})
		}
		start = false
	}
}

// plainToken reports a token of ASCII letters alone, the common case, which
// needs no splitting or trimming.
func plainToken(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// isProseWord reports a word worth checking: two or more letters, written
// in lower case or with only its first letter a capital.
func isProseWord(w string) bool {
	n := 0
	for i, r := range w {
		if unicode.IsUpper(r) && i > 0 {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
