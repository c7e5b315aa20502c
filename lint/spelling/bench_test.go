package spelling

import "testing"

// seedTypos are the non-word misspellings of testdata/pages/seed.md that
// need suggestions.
var seedTypos = []string{"trugh", "migraition", "improvment", "amodular", "awarenes", "significnatly", "engables"}

func BenchmarkSuggest(b *testing.B) {
	for b.Loop() {
		for _, w := range seedTypos {
			Suggest(w)
		}
	}
}

func BenchmarkKnown(b *testing.B) {
	words := []string{"the", "organisation", "Analytical", "migration", "zygote", "trugh"}
	for b.Loop() {
		for _, w := range words {
			known(w)
		}
	}
}
