package rules

import (
	"strings"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/markdown"
)

func markdownParagraph() lint.Rule {
	return lint.Rule{
		Name:     "markdown-paragraph",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "markdown renders a line inside a timeline as a paragraph instead of raw HTML",
			Why: "A blank line ends an HTML block. When the next line does not start a new one (it starts " +
				"with <time>, <span> or plain text), CommonMark makes it a Markdown paragraph: it gets " +
				"wrapped in <p>, and markdown-it's typographer and emphasis rewrite its quotes, dashes and " +
				"underscores. Only .md files are checked, and only inside a timeline.",
			Bad: strings.Replace(exampleTimeline(exampleItem("Pipeline goes live", "2025-03", "March 2025")),
				"\n      <time", "\n\n<time", 1),
			Good: exampleTimeline(exampleItem("Pipeline goes live", "2025-03", "March 2025")),
			Fix:  "Re-prints the timeline block in the component's canonical layout, with no blank line inside.",
		},
		Check: checkMarkdownParagraph,
	}
}

func checkMarkdownParagraph(p *lint.Pass) {
	d := p.Doc
	if len(d.Blocks) == 0 {
		return
	}
	timelines, _ := d.Timelines()
	spans := make([]lint.Span, 0, len(timelines))
	for _, t := range timelines {
		spans = append(spans, d.Nodes[t.Node].Content())
	}
	k := 0
	for _, b := range d.Blocks {
		if b.Kind != markdown.Paragraph && b.Kind != markdown.Heading {
			continue
		}
		for k < len(spans) && spans[k].End <= b.Start {
			k++
		}
		if k == len(spans) {
			return
		}
		if b.Start < spans[k].Start {
			continue
		}
		line := d.Source.LineSpan(b.FirstLine)
		p.Reportf(lint.Span{Start: b.Start, End: line.End},
			"a blank line above ended the HTML block, so Markdown renders this line as a paragraph, not HTML; "+
				"remove the blank line above")
	}
}
