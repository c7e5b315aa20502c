package spelling

import "sort"

// misspell's lists (copied into misspell_lists.go by gen_misspell.go) are
// flat []string of (wrong, right) pairs, sorted by
// the wrong word's length, longest first, then alphabetically, with no
// duplicates (TestMisspellListsSorted holds the dependency to that). They
// are searched in place: building misspell's Replacer costs 12–25 ms and
// about 10 MB at every start, and it matches substrings, where we check whole
// words already split.

// pairLookup returns the right word for wrong, a lower-case word, in list.
func pairLookup(list []string, wrong string) (string, bool) {
	n := len(list) / 2
	i := sort.Search(n, func(i int) bool {
		k := list[2*i]
		if len(k) != len(wrong) {
			return len(k) < len(wrong)
		}
		return k >= wrong
	})
	if i < n && list[2*i] == wrong {
		return list[2*i+1], true
	}
	return "", false
}

// knownMisspelling returns the correction misspell's main list gives for w.
func knownMisspelling(w string) (string, bool) { return pairLookup(misspellMain, w) }

// britishOf returns the British spelling of an American word.
func britishOf(w string) (string, bool) { return pairLookup(misspellBritish, w) }

// americanOf returns the American spelling of a British word.
func americanOf(w string) (string, bool) { return pairLookup(misspellAmerican, w) }
