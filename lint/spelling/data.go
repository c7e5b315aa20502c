package spelling

import _ "embed"

//go:generate go run gen.go
//go:generate go run gen_misspell.go
//go:generate go test -run TestIndexMatchesWords -update .

// wordsTxt is the dictionary: one word a line, sorted by its ASCII-folded
// form, a tab, and its frequency class as a letter ('a' most common).
//
//go:embed words.txt
var wordsTxt string

// dawgBin is the folded dictionary words as an automaton (its format is described in suggest.go).
//
//go:embed dawg.bin
var dawgBin string

// indexBin is a hash table over the words of wordsTxt (see index.go).
//
//go:embed index.bin
var indexBin string

// Warm reads one byte of every page of the embedded data, and returns
// their sum so that the reads are not optimised away. In a new process the
// first read of each page of the dictionary is a page fault, and a page's
// words are checked in an order that meets most pages: warming them on
// another goroutine while the page is parsed takes those faults off the
// walk over its words.
//
//go:noinline
func Warm() int {
	sum := 0
	for _, data := range []string{indexBin, wordsTxt, dawgBin} {
		for i := 0; i < len(data); i += 4096 {
			sum += int(data[i])
		}
	}
	return sum
}
