package rules

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
)

func titlePunctuation() lint.Rule {
	return lint.Rule{
		Name:     "title-punctuation",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "a title has a stray or unbalanced quote or bracket, or doubled punctuation",
			Why: "Titles are the most-read words of a timeline. A quote left over from an edit (\"day.'\"), " +
				"a bracket never closed or \"..\" looks careless and confuses screen readers.",
			Bad:  exampleTimeline(exampleItem("We held our first poster day.'", "2023-02", "February 2023")),
			Good: exampleTimeline(exampleItem("We held our first poster day", "2023-02", "February 2023")),
			Fix:  "Not fixed: which half of a pair is wrong is for a person to decide.",
		},
		Check: checkTitlePunctuation,
	}
}

func checkTitlePunctuation(p *lint.Pass) {
	d := p.Doc
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		for _, it := range t.Items {
			if it.Title < 0 || d.HasTemplate(d.Nodes[it.Title].Content()) {
				continue
			}
			if off, msg := punctuationSlip(d.Source.Bytes, d.Nodes[it.Title].Content()); off >= 0 {
				_, size := utf8.DecodeRune(d.Source.Bytes[off:])
				p.Reportf(lint.Span{Start: off, End: off + size}, msg)
			}
		}
	}
}

// mark is an opening quote or bracket waiting for its partner.
type mark struct {
	r   rune
	off int
}

// punctuationSlip returns the offset of the first stray or unbalanced quote
// or bracket, or doubled punctuation, in the raw title text of sp (tags
// are skipped), and a message; -1 when the title is fine.
func punctuationSlip(b []byte, sp lint.Span) (int, string) {
	var open []mark
	prev, prevOff := ' ', -1
	for off := sp.Start; off < sp.End; {
		if b[off] == '<' {
			for off < sp.End && b[off] != '>' {
				off++
			}
			off++
			continue
		}
		r, size := utf8.DecodeRune(b[off:sp.End])
		next, _ := utf8.DecodeRune(b[off+size : sp.End])
		if off+size >= sp.End {
			next = ' '
		}
		if msg := doubled(prev, r, next); msg != "" && !inEllipsis(b, off) {
			return prevOff, msg
		}
		var slip string
		open, slip = pairStep(open, prev, r, next, off)
		if slip != "" {
			return off, slip
		}
		prev, prevOff = r, off
		off += size
	}
	if len(open) > 0 {
		o := open[len(open)-1]
		return o.off, fmt.Sprintf("%c is never closed in this title; close it or remove it", o.r)
	}
	return -1, ""
}

// inEllipsis reports whether the full stop at off is part of "...".
func inEllipsis(b []byte, off int) bool {
	start, end := off, off
	for start > 0 && b[start-1] == '.' {
		start--
	}
	for end < len(b) && b[end] == '.' {
		end++
	}
	return end-start >= 3
}

// doubled reports ".." (not "..."), ",,", ",." and the like.
func doubled(prev, r, next rune) string {
	if !isSentencePunct(prev) || !isSentencePunct(r) {
		return ""
	}
	if prev == '.' && r == '.' && next == '.' || prev == '!' && r == '?' || prev == '?' && r == '!' {
		return ""
	}
	if prev == '.' && r == '.' {
		return "doubled full stop in this title; keep one, or write an ellipsis as \"...\""
	}
	return fmt.Sprintf("doubled punctuation %q in this title; keep one", string([]rune{prev, r}))
}

func isSentencePunct(r rune) bool {
	return r == '.' || r == ',' || r == ';' || r == ':' || r == '!' || r == '?'
}

// pairStep advances the quote and bracket stack over r. An apostrophe
// inside a word (organisation's, don't) or after a plural (teams') is not
// a quote.
func pairStep(open []mark, prev, r, next rune, off int) ([]mark, string) {
	switch r {
	case '(', '[', '“', '‘':
		return append(open, mark{r, off}), ""
	case ')', ']', '”':
		return closePair(open, r)
	case '’':
		if isLetter(prev) && (isLetter(next) || hasOpen(open, '‘') == -1) {
			return open, ""
		}
		return closePair(open, r)
	case '"', '\'':
		return straightQuote(open, prev, r, next, off)
	}
	return open, ""
}

func straightQuote(open []mark, prev, r, next rune, off int) ([]mark, string) {
	if r == '\'' && isLetter(prev) && isLetter(next) {
		return open, "" // an apostrophe: don't, organisation's
	}
	if k := hasOpen(open, r); k >= 0 && !unicode.IsSpace(prev) {
		return open[:k], ""
	}
	if r == '\'' && (prev == 's' || prev == 'S') && !isLetter(next) {
		return open, "" // a plural possessive: teams'
	}
	if unicode.IsSpace(prev) || prev == '(' || prev == '[' {
		return append(open, mark{r, off}), ""
	}
	return open, fmt.Sprintf("stray %c in this title: it closes no opening quote; remove it or add the opening one", r)
}

func closePair(open []mark, r rune) ([]mark, string) {
	want := map[rune]rune{')': '(', ']': '[', '”': '“', '’': '‘'}[r]
	if k := hasOpen(open, want); k >= 0 {
		return open[:k], ""
	}
	return open, fmt.Sprintf("stray %c in this title: nothing opens it; remove it or add the opening %c", r, want)
}

func hasOpen(open []mark, r rune) int {
	for k := len(open) - 1; k >= 0; k-- {
		if open[k].r == r {
			return k
		}
	}
	return -1
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
