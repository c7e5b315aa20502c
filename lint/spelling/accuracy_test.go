package spelling

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// corpusPair is one real misspelling and the word its writer meant.
type corpusPair struct{ right, wrong string }

func readCorpus(t testing.TB, paths ...string) []corpusPair {
	t.Helper()
	var out []corpusPair
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			right, wrongs, ok := strings.Cut(sc.Text(), ":")
			if !ok {
				continue
			}
			for _, w := range strings.Fields(wrongs) {
				out = append(out, corpusPair{right: strings.TrimSpace(right), wrong: w})
			}
		}
	}
	return out
}

// accuracy returns how many of the non-word misspellings in pairs get the
// meant word first and among the first three, and how many were scored.
// The meant word counts in its British spelling too (organization,
// organisation). Pairs whose misspelling is a dictionary word (latter for
// later) are real-word errors, which a dictionary cannot see, and pairs
// whose meant word is not in the dictionary are left out.
func accuracy(pairs []corpusPair) (top1, top3, n int, misses []string) {
	for _, p := range pairs {
		if _, ok := known(p.wrong); ok {
			continue
		}
		rights := []string{p.right}
		if gb, ok := britishOf(p.right); ok {
			rights = append(rights, gb)
		}
		if !knownAny(rights) {
			continue
		}
		n++
		sgs := Suggest(p.wrong)
		for i, sg := range sgs {
			if i < 3 && contains(rights, sg.Text) {
				top3++
				if i == 0 {
					top1++
				}
			}
		}
		if len(sgs) == 0 || !contains(rights, sgs[0].Text) {
			first := ""
			if len(sgs) > 0 {
				first = sgs[0].Text
			}
			misses = append(misses, p.wrong+"→"+first+" (want "+p.right+")")
		}
	}
	return top1, top3, n, misses
}

func knownAny(ws []string) bool {
	for _, w := range ws {
		if _, ok := known(w); ok {
			return true
		}
	}
	return false
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
