package spelling

import (
	"slices"
	"strings"
)

// The automaton in dawg.bin is an array of little-endian uint32 edges. A
// state is the index of its first edge; its edges follow in label order up
// to the one marked last. An edge holds its label byte in bits 0–7, whether
// its target ends a word in bit 8, whether it is its state's last edge in bit
// 9, and its target state from bit 10 (0 when the target has no edges). The
// root state is 1. gen.go writes it; nothing is decoded at start-up.
const (
	edgeFinal = 1 << 8
	edgeLast  = 1 << 9
	rootState = 1
)

func edgeAt(i int) uint32 { return uint32At(dawgBin, i) }

// uint32At returns the ith little-endian uint32 of s.
func uint32At(s string, i int) uint32 {
	b := s[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// weights are the costs of the search, in tenths of an ordinary edit. Real
// misspellings keep the first letter, double or undouble letters, swap
// neighbours and confuse vowels more often than they make other slips, so
// those cost less; a rarer word costs more. The values were tuned on the
// corpus in testdata (see TestSuggestionAccuracy).
type weights struct {
	edit, double, swap, vowel, first, split, splitA, perClass int
}

func defaultWeights() weights {
	return weights{edit: 10, double: 4, swap: 7, vowel: 7, first: 4, split: 15, splitA: 9, perClass: 1}
}

const (
	maxEditCost   = 20 // the search goes no further than this
	maxSuggestion = 5
	outOfReach    = maxEditCost + 1 // a cell's cost beyond the search
	maxWordLen    = 40              // longer tokens get no suggestions
	clearMargin   = 6               // the best suggestion is clear when the next costs this much more
)

// Suggestion is one candidate correction with its cost: edit cost plus a
// cost for rarity. Lower is better.
type Suggestion struct {
	Text string
	Cost int
}

// searcher walks the automaton with a row of the weighted edit distance
// (optimal string alignment) for each depth, pruning a branch once every
// alignment costs more than maxEditCost.
type searcher struct {
	w    weights
	q    string
	del  []int // del[j] is the cost of leaving out query letter j (1-based)
	rows [][]int
	path []byte
	band int // cells further than this from the diagonal cost more than maxEditCost
	// sub[c][j] is the cost of writing c for query letter j, made on first
	// use of c. after[c] has bit j set where query letter j-1 is c, and
	// at[c] where query letter j is c: the path's last two letters swap
	// query letters j-1 and j where both hold.
	sub   [256][]int
	after [256]uint64
	at    [256]uint64
	found []candidate
}

// candidate is a dictionary word the search reached, folded, with its edit
// cost. The automaton holds each word once, so each is found once.
type candidate struct {
	word string
	cost int
}

// Suggest returns the best corrections for word, an unknown word, best
// first: dictionary words within two edits (transpositions included) and
// splits into two words, ranked by edit cost and word frequency, written
// with word's capital.
func Suggest(word string) []Suggestion { return suggest(word, defaultWeights()) }

func suggest(word string, w weights) []Suggestion {
	q := fold(word)
	if len(q) > maxWordLen || len(q) == 0 {
		return nil
	}
	s := &searcher{w: w, q: q, path: make([]byte, len(q)+3),
		band: maxEditCost / min(w.double, w.edit)}
	s.rows = make([][]int, len(q)+4)
	for i := range s.rows {
		s.rows[i] = make([]int, len(q)+1)
	}
	s.del = make([]int, len(q)+1)
	for j := 1; j <= len(q); j++ {
		s.del[j] = s.delCost(j)
		s.rows[0][j] = s.rows[0][j-1] + s.del[j]
		s.at[q[j-1]] |= 1 << j
		if j > 1 {
			s.after[q[j-2]] |= 1 << j
		}
	}
	s.walk(rootState, 0)
	var out []Suggestion
	for _, cand := range s.found {
		if sg, ok := ranked(word, cand.word, cand.cost, w); ok {
			out = append(out, sg)
		}
	}
	out = append(out, splits(word, w)...)
	slices.SortFunc(out, func(a, b Suggestion) int {
		if a.Cost != b.Cost {
			return a.Cost - b.Cost
		}
		return strings.Compare(a.Text, b.Text)
	})
	return out[:min(len(out), maxSuggestion)]
}

// Clear reports whether the first of sorted suggestions is clearly better
// than the rest.
func Clear(sgs []Suggestion) bool {
	return len(sgs) == 1 || len(sgs) > 1 && sgs[1].Cost-sgs[0].Cost >= clearMargin
}

// delCost is the cost of deleting query letter k (1-based).
func (s *searcher) delCost(k int) int {
	switch {
	case k > 1 && s.q[k-1] == s.q[k-2]:
		return s.w.double
	case k == 1:
		return s.w.edit + s.w.first
	}
	return s.w.edit
}

func (s *searcher) walk(state, depth int) {
	if depth+1 >= len(s.rows) {
		return
	}
	// What the state's edges share: the previous row, and the band of the
	// new one. Only cells within band of the diagonal can be within
	// maxEditCost; the cells next to the band are marked out of reach for
	// the next row. The path is at most 3 letters longer than the query and
	// band is at least that, so the band is never empty.
	prev, row := s.rows[depth], s.rows[depth+1]
	i := depth + 1
	lo, hi := max(1, i-s.band), min(len(s.q), i+s.band)
	if lo > 1 {
		row[lo-1] = outOfReach
	}
	if hi < len(s.q) {
		row[hi+1] = outOfReach
	}
	m := hi - lo + 1
	up, cell, del := prev[lo:lo+m], row[lo:lo+m], s.del[lo:lo+m]
	final := hi == len(s.q)
	for e := state; ; e++ {
		edge := edgeAt(e)
		c := byte(edge)
		s.path[depth] = c
		// The band's slices share their length, so the loop needs no
		// bounds checks; left and diag are row[j-1] and prev[j-1].
		sub := s.subCosts(c)[lo : lo+m]
		var swaps uint64 // where the path's last two letters are query letters j, j-1
		if depth > 0 {
			swaps = (s.after[c] & s.at[s.path[depth-1]] &^ s.at[c]) >> lo
		}
		ins := s.insCost(c, depth)
		row[0] = prev[0] + ins
		best := row[0]
		left, diag := row[lo-1], prev[lo-1]
		for k := range cell {
			v := min(up[k]+ins, left+del[k], diag+sub[k])
			if swaps&(1<<k) != 0 {
				v = min(v, s.rows[depth-1][lo+k-2]+s.w.swap)
			}
			cell[k], left, diag = v, v, up[k]
			best = min(best, v)
		}
		if best <= maxEditCost {
			if final && edge&edgeFinal != 0 && row[len(s.q)] <= maxEditCost {
				s.found = append(s.found, candidate{string(s.path[:depth+1]), row[len(s.q)]})
			}
			if next := int(edge >> 10); next != 0 {
				s.walk(next, depth+1)
			}
		}
		if edge&edgeLast != 0 {
			return
		}
	}
}

// subCosts returns the costs of writing c for each query letter.
func (s *searcher) subCosts(c byte) []int {
	if sub := s.sub[c]; sub != nil {
		return sub
	}
	sub := make([]int, len(s.q)+1)
	for j := 1; j <= len(s.q); j++ {
		sub[j] = s.subCost(s.q[j-1], c, j)
	}
	s.sub[c] = sub
	return sub
}

// insCost is the cost of a letter c at depth of the candidate that the
// query lacks.
func (s *searcher) insCost(c byte, depth int) int {
	switch {
	case depth > 0 && s.path[depth-1] == c:
		return s.w.double
	case depth == 0:
		return s.w.edit + s.w.first
	}
	return s.w.edit
}

func (s *searcher) subCost(qc, c byte, j int) int {
	switch {
	case qc == c:
		return 0
	case j == 1:
		return s.w.edit + s.w.first
	case isVowel(qc) && isVowel(c):
		return s.w.vowel
	}
	return s.w.edit
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// ranked turns a folded candidate into a suggestion written as the
// dictionary writes it, with word's capital, costed by its frequency.
func ranked(word, cand string, cost int, w weights) (Suggestion, bool) {
	es := lookup(cand)
	if len(es) == 0 {
		return Suggestion{}, false
	}
	best := es[0]
	for _, e := range es {
		if isLower(e.word) && (!isLower(best.word) || e.class < best.class) {
			best = e
		}
	}
	text := best.word
	if isLower(text) {
		text = matchCase(word, text)
	}
	return Suggestion{Text: text, Cost: cost + w.perClass*best.class}, true
}

// splits returns the ways word splits into two known words ("amodular" →
// "a modular"). A part of one letter must be "a".
func splits(word string, w weights) []Suggestion {
	var out []Suggestion
	for i := 1; i < len(word); i++ {
		left, right := word[:i], word[i:]
		if len(left) == 1 && fold(left) != "a" || len(right) == 1 && right != "a" {
			continue
		}
		lc, lok := known(left)
		rc, rok := known(right)
		if !lok || !rok || max(lc, rc) >= rankedClasses {
			continue
		}
		cost := w.split
		if fold(left) == "a" {
			cost = w.splitA
		}
		out = append(out, Suggestion{Text: left + " " + right, Cost: cost + w.perClass*max(lc, rc)})
	}
	return out
}
