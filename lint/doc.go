// Package lint is timelint's model of a page and the machinery that runs
// rules over it.
//
// A Source is the bytes of one file, read once, with the offsets of its
// lines; lines and columns exist only for people. Parse builds a Document
// from it: the front matter, the template tags ({{ }}, {% %}, {# #}) kept
// as opaque text, the HTML comments, an element tree that follows HTML's own
// recovery rules (void elements, optional end tags, implied closes) and, for
// Markdown files, the CommonMark leaf blocks. Malformed markup is data, not
// an error: the tree builder records each slip once as a Problem.
//
// Run parses a Source and runs rules (package rules holds them) with the
// configuration in force, then applies the inline disable comments.
// Nothing here touches files, the terminal or the clock: the command in
// cmd/timelint reads the files and passes "today" in Options.
package lint
