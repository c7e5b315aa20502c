package rules

import (
	"fmt"
	"slices"
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
		a, ok := d.Attr(i, "class")
		if !ok || d.HasTemplate(a.Value) {
			continue
		}
		raw := d.Source.Bytes[a.Value.Start:a.Value.End]
		for _, f := range fieldSpans(raw) {
			c := string(raw[f.Start:f.End])
			if !lint.IsTimelineClass(c) || slices.Contains(known, c) {
				continue
			}
			sp := lint.Span{Start: a.Value.Start + f.Start, End: a.Value.Start + f.End}
			reportUnknownClass(p, sp, c, known)
		}
	}
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

// fieldSpans returns the spans of the space-separated words of b.
func fieldSpans(b []byte) []lint.Span {
	var out []lint.Span
	start := -1
	for i := 0; i <= len(b); i++ {
		space := i == len(b) || b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f'
		switch {
		case space && start >= 0:
			out = append(out, lint.Span{Start: start, End: i})
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	return out
}

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
