package date

import (
	"strings"
	"testing"
)

// TestParseLabelSweep checks the invariants FuzzParseLabel checks on every
// sequence of up to four words of a date vocabulary, which random mutation
// seldom builds.
func TestParseLabelSweep(t *testing.T) {
	vocabulary := []string{
		"4", "04", "4th", "31", "29", "June", "jun.", "Sept", "February", "Dec", "2024", "2026", "20", "25",
		"to", "/", "-", "–", ",", "at", "on", "of", "9:32am", "09:32", "12pm", "midday", "Thursday", "Thu,",
	}
	words := make([]string, 0, 4)
	var sweep func(depth int)
	sweep = func(depth int) {
		if len(words) > 0 {
			s := strings.Join(words, " ")
			if l, ok := ParseLabel(s); ok {
				checkLabel(t, s, l)
			}
		}
		if depth == 0 {
			return
		}
		for _, w := range vocabulary {
			words = append(words, w)
			sweep(depth - 1)
			words = words[:len(words)-1]
		}
	}
	depth := 4
	if testing.Short() {
		depth = 3
	}
	sweep(depth)
}

// TestParseLabelGrammar checks the invariants FuzzParseLabel checks on
// labels built from the forms people write: every day, month and year
// form in both orders, with day names and times, and ranges of them.
func TestParseLabelGrammar(t *testing.T) {
	sides := grammarSides()
	var labels []string
	for _, wd := range []string{"", "Thursday ", "Thu, ", "friday "} {
		for _, sd := range sides {
			for _, tm := range []string{"", " at 9:32am", ", 09:32", " 12pm", " at noon", " at 9.32 a.m.", " AT midnight"} {
				labels = append(labels, wd+sd+tm)
			}
			labels = append(labels, "9am on "+wd+sd, "23:59 ON "+wd+sd)
		}
	}
	stride := 5 // every right side with every left would take seconds
	if testing.Short() {
		stride = 25
	}
	var right []string
	for i := 0; i < len(sides); i += stride {
		right = append(right, sides[i])
	}
	for _, l := range sides {
		for _, sep := range []string{" to ", "/", " - ", "–", " TO "} {
			for _, r := range right {
				labels = append(labels, l+sep+r)
			}
		}
	}
	read := 0
	for _, s := range labels {
		if l, ok := ParseLabel(s); ok {
			checkLabel(t, s, l)
			read++
		}
	}
	if read < len(labels)/20 {
		t.Errorf("ParseLabel read %d of %d grammar labels, want far more", read, len(labels))
	}
}

// grammarSides returns dates and parts of dates as people write them.
func grammarSides() []string {
	var sides []string
	for _, m := range []string{"June", "jun.", "Sept", "february", "Dec", "DECEMBER", "May"} {
		for _, y := range []string{"", " 2024", ", 2026", " 2023"} {
			sides = append(sides, m+y)
			for _, d := range []string{"4", "04", "4th", "29", "31", "1st", "30"} {
				sides = append(sides, d+" "+m+y, m+" "+d+y, d+" of "+m+y)
			}
		}
	}
	return append(sides, "4", "4th", "2024", "2025", "2019", "20", "25", "04/06/2026", "2026-06-04")
}
