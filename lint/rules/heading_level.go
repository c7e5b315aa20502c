package rules

import (
	"fmt"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

func headingLevel() lint.Rule {
	return lint.Rule{
		Name:     "heading-level",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "titles in one timeline use different heading levels",
			Why: "Screen-reader users move through a page by its headings. Titles of one timeline at mixed " +
				"levels put some items under others in that outline, which they are not.",
			Bad: exampleTimeline(exampleItem("Second", "2025-06", "June 2025"),
				strings.ReplaceAll(exampleItem("First", "2025-03", "March 2025"), "h2", "h3")),
			Good: exampleTimeline(exampleItem("Second", "2025-06", "June 2025"),
				exampleItem("First", "2025-03", "March 2025")),
			Fix: "Not fixed: which level fits the page's outline is for a person to decide.",
		},
		Check: checkHeadingLevel,
	}
}

func checkHeadingLevel(p *lint.Pass) {
	d := p.Doc
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		first := -1
		for _, it := range t.Items {
			if it.Title < 0 || !isHeadingName(d.Nodes[it.Title].Name) {
				continue
			}
			if first < 0 {
				first = it.Title
				continue
			}
			got, want := d.Nodes[it.Title].Name, d.Nodes[first].Name
			if got != want {
				p.Report(lint.Diagnostic{
					Span: d.Nodes[it.Title].Tag,
					Message: fmt.Sprintf("title is an <%s> but the first title of this timeline, at %s, is an <%s>; use <%s>",
						got, d.Source.Position(d.Nodes[first].Tag.Start), want, want),
					Related: []lint.Note{{Span: d.Nodes[first].Tag, Message: "first title"}},
				})
			}
		}
	}
}

func isHeadingName(n string) bool {
	return len(n) == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6'
}
