package spelling

import "strings"

// Kind says what the checker made of a word.
type Kind int

// The verdicts on a word.
const (
	Correct     Kind = iota // a dictionary or project word
	Misspelt                // a known misspelling, with a certain correction
	OtherLocale             // the other locale's spelling ("organize" in a British page)
	Unknown                 // in no word list: see Suggest
)

// Verdict is the checker's finding on one word.
type Verdict struct {
	Kind       Kind
	Correction string // for Misspelt and OtherLocale, with the word's capital
}

// Options configure a Checker.
type Options struct {
	// Locale is "en-GB" (the default) or "en-US": which spelling of a word
	// that differs between them is correct.
	Locale string
	// Words are project words: one in lower case accepts any case, one
	// with capitals accepts that spelling only.
	Words []string
}

// Checker checks words against the embedded dictionary, misspell's lists
// and the project's words. Building one costs only its project words: the
// dictionary and the lists are searched in place. It caches verdicts, so
// use one per goroutine.
type Checker struct {
	american bool
	anyCase  map[string]bool
	exact    map[string]bool
	cache    map[string]Verdict
}

// NewChecker returns a checker for o.
func NewChecker(o Options) *Checker {
	c := &Checker{american: o.Locale == "en-US", anyCase: map[string]bool{}, exact: map[string]bool{},
		cache: map[string]Verdict{}}
	for _, w := range o.Words {
		w = normalise(w)
		if isLower(w) {
			c.anyCase[w] = true
		} else {
			c.exact[w] = true
		}
	}
	return c
}

// normalise writes the typographic apostrophe as a straight one.
func normalise(w string) string { return strings.ReplaceAll(w, "’", "'") }

// Check returns the verdict on one word as written.
func (c *Checker) Check(word string) Verdict {
	if v, ok := c.cache[word]; ok {
		return v
	}
	v := c.check(normalise(word))
	// The key is copied: word points into a run of the page's text, which
	// the cache must not keep alive.
	c.cache[strings.Clone(word)] = v
	return v
}

func (c *Checker) check(w string) Verdict {
	if c.isProjectWord(w) {
		return Verdict{Kind: Correct}
	}
	if _, ok := known(w); ok {
		return c.localeVerdict(w)
	}
	if base, ok := strings.CutSuffix(w, "'s"); ok && c.Check(base).Kind == Correct {
		return Verdict{Kind: Correct}
	}
	lower := strings.ToLower(w)
	if gb, ok := britishOf(lower); ok {
		if c.american {
			return Verdict{Kind: Correct}
		}
		return Verdict{Kind: OtherLocale, Correction: matchCase(w, gb)}
	}
	if right, ok := knownMisspelling(lower); ok {
		return Verdict{Kind: Misspelt, Correction: matchCase(w, c.localise(right))}
	}
	return Verdict{Kind: Unknown}
}

// localeVerdict is the verdict on a dictionary word: in an American page a
// British spelling that misspell's US list changes is the other locale's.
func (c *Checker) localeVerdict(w string) Verdict {
	if !c.american {
		return Verdict{Kind: Correct}
	}
	if us, ok := americanOf(strings.ToLower(w)); ok {
		return Verdict{Kind: OtherLocale, Correction: matchCase(w, us)}
	}
	return Verdict{Kind: Correct}
}

// localise writes a correction from misspell's main list, which is
// American, in the page's locale.
func (c *Checker) localise(right string) string {
	if c.american {
		return right
	}
	if gb, ok := britishOf(right); ok {
		return gb
	}
	return right
}

func (c *Checker) isProjectWord(w string) bool {
	return c.exact[w] || c.anyCase[strings.ToLower(w)]
}
