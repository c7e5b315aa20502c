package spelling

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/suggestions.golden")

// TestSuggestionsGolden pins the suggestions, costs included, for every
// misspelling of the corpus and a few odd words, so that making the search
// faster cannot change what it finds.
func TestSuggestionsGolden(t *testing.T) {
	words := []string{"Goverment", "uplaoder", "Cognizant", "xq", "teh", "a", "Z", //nolint:misspell // test data
		strings.Repeat("z", maxWordLen), strings.Repeat("ab", 25), "naïve", "cafe"}
	for _, p := range readCorpus(t, "testdata/spell-testset1.txt", "testdata/spell-testset2.txt") {
		words = append(words, p.wrong)
	}
	var b strings.Builder
	for _, w := range words {
		fmt.Fprintf(&b, "%s:", w)
		for _, s := range Suggest(w) {
			fmt.Fprintf(&b, " %s=%d", s.Text, s.Cost)
		}
		b.WriteByte('\n')
	}
	const path = "testdata/suggestions.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./lint/spelling -update", err)
	}
	got, wantLines := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(got), len(wantLines)) {
		if got[i] != wantLines[i] {
			t.Fatalf("line %d:\ngot  %s\nwant %s", i+1, got[i], wantLines[i])
		}
	}
	if len(got) != len(wantLines) {
		t.Fatalf("got %d lines, want %d", len(got), len(wantLines))
	}
}

// TestIndexMatchesWords holds index.bin to words.txt: -update rewrites it
// after words.txt changes.
func TestIndexMatchesWords(t *testing.T) {
	want := buildIndex(wordsTxt)
	if *update {
		if err := os.WriteFile("index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if indexBin != string(want) {
		t.Fatal("index.bin is stale; run go test ./lint/spelling -run TestIndexMatchesWords -update")
	}
}

// TestLookupFindsEveryWord looks every line of words.txt up by its folded
// form, and a few words that are not there.
func TestLookupFindsEveryWord(t *testing.T) {
	for line := range strings.SplitSeq(strings.TrimSuffix(wordsTxt, "\n"), "\n") {
		w, _, _ := strings.Cut(line, "\t")
		if !slices.ContainsFunc(lookup(fold(w)), func(e entry) bool { return e.word == w }) {
			t.Fatalf("lookup(%q) misses %q", fold(w), w)
		}
	}
	for _, w := range []string{"", "trugh", "zzzzzz", "a b"} {
		if es := lookup(w); len(es) > 0 {
			t.Errorf("lookup(%q) = %v, want nothing", w, es)
		}
	}
}
