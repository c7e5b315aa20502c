package rules

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

// timelineClasses are the classes the MoJ timeline component defines.
func timelineClasses() []string {
	return []string{
		"moj-timeline", "moj-timeline--full", "moj-timeline__item", "moj-timeline__header",
		"moj-timeline__title", "moj-timeline__byline", "moj-timeline__date", "moj-timeline__description",
		"moj-timeline__documents", "moj-timeline__document-item", "moj-timeline__document-icon",
		"moj-timeline__document-link",
	}
}

func unknownClass() lint.Rule {
	return lint.Rule{
		Name:     "unknown-class",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a moj-timeline class that the component does not define",
			Why: "A misspelt component class is silently unstyled: the item loses its marker, the title its " +
				"weight, the date its spacing, and the timeline rules here cannot see the part.",
			Bad:  `<div class="moj-timeline__descripion">`,
			Good: `<div class="moj-timeline__description">`,
			Fix:  "Replaces the class with the nearest defined one when exactly one is close.",
		},
		Check: checkUnknownClass,
	}
}

func checkUnknownClass(p *lint.Pass) {
	d := p.Doc
	known := timelineClasses()
	for i := 1; i < len(d.Nodes); i++ {
		v, ok := d.ClassValue(i)
		if !ok || d.HasTemplate(v) {
			continue
		}
		// Every element is read, so the words are compared in place and a
		// string is made only for one reported.
		raw := d.Source.Bytes[v.Start:v.End]
		for start, end := nextField(raw, 0); start < end; start, end = nextField(raw, end) {
			c := raw[start:end]
			if !bytes.HasPrefix(c, []byte(lint.ClassTimeline)) || isKnownClass(c, known) {
				continue
			}
			sp := lint.Span{Start: v.Start + start, End: v.Start + end}
			reportUnknownClass(p, sp, string(c), known)
		}
	}
}

func isKnownClass(c []byte, known []string) bool {
	for _, k := range known {
		if string(c) == k {
			return true
		}
	}
	return false
}

func reportUnknownClass(p *lint.Pass, sp lint.Span, c string, known []string) {
	near := nearest(c, known, 3)
	diag := lint.Diagnostic{Span: sp, Message: fmt.Sprintf("class %q is not defined by the timeline component", c)}
	if len(near) == 1 {
		diag.Message += fmt.Sprintf("; did you mean %q?", near[0])
		diag.Suggestions = near
		diag.Fixes = []lint.Fix{{
			Message: fmt.Sprintf("replace %s with %s", c, near[0]), Applicability: lint.Safe,
			Edits: []lint.Edit{{Span: sp, New: near[0]}},
		}}
	} else if len(near) > 1 {
		diag.Message += "; did you mean one of " + strings.Join(near, ", ") + "?"
		diag.Suggestions = near
	}
	p.Report(diag)
}

// nextField returns the span of the first space-separated word of b at or
// after off; start == end when there is none.
func nextField(b []byte, off int) (start, end int) {
	for off < len(b) && isClassSpace(b[off]) {
		off++
	}
	end = off
	for end < len(b) && !isClassSpace(b[end]) {
		end++
	}
	return off, end
}

func isClassSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// nearest returns the words of dict at the smallest edit distance from w,
// if that distance is at most limit.
func nearest(w string, dict []string, limit int) []string {
	best, out := limit+1, []string(nil)
	for _, c := range dict {
		switch dist := lint.EditDistance(w, c); {
		case dist < best:
			best, out = dist, []string{c}
		case dist == best:
			out = append(out, c)
		}
	}
	return out
}
