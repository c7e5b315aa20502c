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
