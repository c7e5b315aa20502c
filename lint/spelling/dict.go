package spelling

import "strings"

// Frequency classes of dictionary words: 0 is the most common. Classes
// below rankedClasses come from a word's rank in Wikipedia (class k holds
// ranks 2^k to 2^(k+1)-1); unranked words take rankedClasses plus their
// SCOWL tier (0 for wbritish, 1 for -large, 2 for -huge).
const (
	rankedClasses = 18
	rareClass     = rankedClasses + 2
)

// entry is one dictionary word as written, with its frequency class.
type entry struct {
	word  string
	class int
}

// lookup returns the dictionary words whose ASCII-folded form is key, which
// must already be folded. It looks key up in the embedded index, so no
// structure is built at start-up.
func lookup(key string) []entry {
	var out []entry
	eachEntry(key, func(e entry) bool { out = append(out, e); return true })
	return out
}

// eachEntry calls f with each dictionary word whose folded form is key, in
// order, until f returns false. It allocates nothing: checking every word
// of a page goes through here.
func eachEntry(key string, f func(entry) bool) {
	s := wordsTxt
	off, ok := firstLine(key)
	if !ok {
		return
	}
	for ; off < len(s); off = nextLine(s, off) {
		w := lineWord(s, off)
		if compareFold(w, key) != 0 || !f(entry{word: w, class: int(s[off+len(w)+1] - 'a')}) {
			return
		}
	}
}

func nextLine(s string, off int) int {
	i := strings.IndexByte(s[off:], '\n')
	if i < 0 {
		return len(s)
	}
	return off + i + 1
}

// lineWord returns the word of the line starting at off: the text before
// its tab.
func lineWord(s string, off int) string {
	return s[off : off+strings.IndexByte(s[off:], '\t')]
}

// compareFold compares a, ASCII-folded, with key.
func compareFold(a, key string) int {
	for i := 0; i < len(a) && i < len(key); i++ {
		c := foldByte(a[i])
		if c != key[i] {
			if c < key[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(key)
}

func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// fold lower-cases the ASCII letters of s, as the dictionary is sorted.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = foldByte(b[j])
			}
			return string(b)
		}
	}
	return s
}

// known reports whether w, as written, is a dictionary word, and its
// frequency class. A word in lower case in the dictionary may be written
// with a capital first letter; a name must keep its capitals ("London", not
// "london").
func known(w string) (int, bool) {
	class, found := 0, false
	eachEntry(fold(w), func(e entry) bool {
		if e.word == w || isLower(e.word) && w == capitalise(e.word) {
			class, found = e.class, true
			return false
		}
		return true
	})
	return class, found
}

// isLower reports whether s has no capital letter.
func isLower(s string) bool {
	return strings.ToLower(s) == s
}

// capitalise returns s with its first letter in upper case.
func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// matchCase writes suggestion the way word is written: with a capital
// first letter when word has one ("Trugh" → "Truth").
func matchCase(word, suggestion string) string {
	if word == "" || isLower(word[:1]) || !isLower(suggestion[:1]) {
		return suggestion
	}
	return capitalise(suggestion)
}
