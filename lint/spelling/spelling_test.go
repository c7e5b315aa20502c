package spelling

import (
	"slices"
	"testing"

	"github.com/golangci/misspell"
)

// TestSuggestionAccuracy measures suggestions on real misspellings by
// British writers (testdata/README.md). The floors sit just below what the
// tuned weights reach, 82.2% top-1 and 91.0% top-3 of 636 non-word errors,
// so a change that makes suggestions worse fails here.
func TestSuggestionAccuracy(t *testing.T) {
	pairs := readCorpus(t, "testdata/spell-testset1.txt", "testdata/spell-testset2.txt")
	top1, top3, n, _ := accuracy(pairs)
	p1, p3 := 100*float64(top1)/float64(n), 100*float64(top3)/float64(n)
	t.Logf("%d non-word misspellings: top-1 %d (%.1f%%), top-3 %d (%.1f%%)", n, top1, p1, top3, p3)
	if n < 600 {
		t.Errorf("only %d misspellings scored, want at least 600", n)
	}
	if p1 < 81 || p3 < 90 {
		t.Errorf("top-1 %.1f%%, top-3 %.1f%%; want at least 81%% and 90%%", p1, p3)
	}
}

// TestMisspellListsCopied holds the copy of misspell's lists to the
// version of misspell in go.mod: after an update, go generate.
func TestMisspellListsCopied(t *testing.T) {
	for name, pair := range map[string][2][]string{"DictMain": {misspellMain, misspell.DictMain},
		"DictBritish": {misspellBritish, misspell.DictBritish}, "DictAmerican": {misspellAmerican, misspell.DictAmerican}} {
		if !slices.Equal(pair[0], pair[1]) {
			t.Errorf("misspell_lists.go's copy of %s differs from misspell's; run go generate ./lint/spelling", name)
		}
	}
}

// TestMisspellListsSorted holds misspell's lists to the order pairLookup's
// binary search relies on: longest wrong word first, then alphabetical,
// no duplicates, all lower case.
func TestMisspellListsSorted(t *testing.T) {
	for name, list := range map[string][]string{"DictMain": misspell.DictMain,
		"DictBritish": misspell.DictBritish, "DictAmerican": misspell.DictAmerican} {
		for i := 2; i < len(list); i += 2 {
			a, b := list[i-2], list[i]
			if len(a) < len(b) || len(a) == len(b) && a >= b {
				t.Fatalf("%s: %q before %q breaks the order", name, a, b)
			}
		}
		for i := 0; i < len(list); i += 2 {
			if got, ok := pairLookup(list, list[i]); !ok || got != list[i+1] {
				t.Fatalf("%s: pairLookup(%q) = %q, %v, want %q", name, list[i], got, ok, list[i+1])
			}
		}
	}
}

func TestSuggestSeedTypos(t *testing.T) {
	tests := []struct{ word, want string }{
		{"acheivements", "achievements"}, {"Acheivements", "Achievements"}, {"trugh", "truth"}, //nolint:misspell // misspellings are the test data
		{"migraition", "migration"}, {"improvment", "improvement"}, {"amodular", "a modular"},
		{"awarenes", "awareness"}, {"significnatly", "significantly"}, {"engables", "enables"},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			got := Suggest(tc.word)
			if len(got) == 0 || got[0].Text != tc.want {
				t.Errorf("Suggest(%q) = %v, want %q first", tc.word, got, tc.want)
			}
		})
	}
}

func TestChecker(t *testing.T) {
	gb := NewChecker(Options{Locale: "en-GB", Words: []string{"dbt", "PyDBTools", "OneCrown"}})
	us := NewChecker(Options{Locale: "en-US"})
	tests := []struct {
		name string
		c    *Checker
		word string
		kind Kind
		corr string
	}{
		{"dictionary", gb, "organisation", Correct, ""},
		{"capitalised", gb, "Organisation", Correct, ""},
		{"possessive", gb, "organisation's", Correct, ""},
		{"curly possessive", gb, "organisation’s", Correct, ""},
		{"name keeps its capital", gb, "london", Unknown, ""},
		{"project word any case", gb, "DBT", Correct, ""},
		{"project word exact", gb, "OneCrown", Correct, ""},
		{"project word wrong case", gb, "onecrown", Unknown, ""},
		{"known misspelling", gb, "acheivements", Misspelt, "achievements"},           //nolint:misspell // misspellings are the test data
		{"known misspelling case kept", gb, "Acheivements", Misspelt, "Achievements"}, //nolint:misspell // misspellings are the test data
		{"american in gb", gb, "organize", OtherLocale, "organise"},
		{"british in us", us, "organise", OtherLocale, "organize"},
		{"american in us", us, "organize", Correct, ""},
		{"unknown", gb, "trugh", Unknown, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.c.Check(tc.word)
			if got.Kind != tc.kind || got.Correction != tc.corr {
				t.Errorf("Check(%q) = %+v, want kind %d correction %q", tc.word, got, tc.kind, tc.corr)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The organisation's data", []string{"The", "organisation's", "data"}},
		{"first-of-its-kind work", []string{"first", "of", "its", "kind", "work"}},
		{"NOMIS and OASys and PyDBTools", []string{"and", "and"}},
		{"P1 v1.0.0 99% snake_case", nil},
		{"see https://example.org/a or www.gov.uk or a@b.com", []string{"see", "or", "or"}},
		{"edit /etc/hosts, ./run.sh and seed.md", []string{"edit", "and"}},
		{"March/April and 'tech radar'", []string{"March", "April", "and", "tech", "radar"}},
		{"don’t stop", []string{"don’t", "stop"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, w := range Words(tc.text, true) {
				if tc.text[w.Start:w.End] != w.Text {
					t.Errorf("word %q at %d:%d reads %q", w.Text, w.Start, w.End, tc.text[w.Start:w.End])
				}
				got = append(got, w.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Words(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSentenceStart(t *testing.T) {
	ws := Words("We met Anna. Then Bob came", false)
	var starts []string
	for _, w := range ws {
		if w.SentenceStart {
			starts = append(starts, w.Text)
		}
	}
	if !slices.Equal(starts, []string{"Then"}) {
		t.Errorf("sentence starts = %q, want [Then]", starts)
	}
}

// FuzzWords checks that every word lies inside the text, reads as its
// span, and comes in order.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"The organisation's data", "first-of-its-kind", "see https://x.org", "'tech radar'", "don’t", "-'-'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, w := range Words(text, true) {
			if w.Start < prev || w.End > len(text) || w.Start >= w.End || text[w.Start:w.End] != w.Text {
				t.Fatalf("bad word %+v in %q", w, text)
			}
			prev = w.End
		}
	})
}
