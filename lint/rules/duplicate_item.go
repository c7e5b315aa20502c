package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
)

func duplicateItem() lint.Rule {
	return lint.Rule{
		Name:     "duplicate-item",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "two items have the same title and date",
			Why: "A repeated item is almost always a paste that was meant to be edited, or a merge that " +
				"kept both sides.",
			Bad: exampleTimeline(exampleItem("Pipeline goes live", "2024-03", "March 2024"),
				exampleItem("Pipeline goes live", "2024-03", "March 2024")),
			Good: exampleTimeline(exampleItem("Pipeline goes live", "2024-03", "March 2024")),
			Fix:  "Not fixed: which copy to keep, or how to edit it, is for a person to decide.",
		},
		Check: checkDuplicateItem,
	}
}

func checkDuplicateItem(p *lint.Pass) {
	d := p.Doc
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		seen := map[string]int{} // title and date → title node
		var key []byte           // built in place: only a new key is copied, into the map
		for _, it := range t.Items {
			if it.Title < 0 || it.Time < 0 {
				continue
			}
			tm := timeAt(d, it.Time)
			key = appendLower(key[:0], d.InnerText(it.Title))
			key = append(key, 0)
			if tm.hasAttr {
				key = append(key, d.Source.Bytes[tm.valueAt.Start:tm.valueAt.End]...)
			} else {
				key = append(key, tm.label...)
			}
			first, ok := seen[string(key)]
			if !ok {
				seen[string(key)] = it.Title
				continue
			}
			p.Report(lint.Diagnostic{
				Span: d.Nodes[it.Title].Tag,
				Message: fmt.Sprintf("same title and date as the item at %s; remove one or tell them apart",
					d.Source.Position(d.Nodes[first].Tag.Start)),
				Related: []lint.Note{{Span: d.Nodes[first].Tag, Message: "first item"}},
			})
		}
	}
}

// appendLower appends s in lower case, as strings.ToLower writes it.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
