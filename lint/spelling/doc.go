// Package spelling checks the words of British English prose: a word
// splitter that knows which tokens are not prose words, the embedded SCOWL
// dictionary with a frequency class per word, misspell's lists of known
// misspellings and of American and British forms, and ranked suggestions
// for unknown words.
//
// Nothing is built at start-up. The dictionary (words.txt) is looked up
// through an embedded hash index (index.bin), suggestions walk an automaton
// (dawg.bin) decoded edge by edge as it is read, and misspell's lists are
// binary-searched in place. gen.go, run by go generate, writes the
// dictionary and the automaton; TestIndexMatchesWords -update, the index.
package spelling
