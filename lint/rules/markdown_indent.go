package rules

import (
	"fmt"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/markdown"
)

func markdownIndent() lint.Rule {
	return lint.Rule{
		Name:     "markdown-indent",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "markdown renders indented lines as a code block instead of HTML",
			Why: "In a .md page an HTML block ends at a blank line. A line after it indented four or more " +
				"spaces starts an indented code block (CommonMark 4.4), so the site shows the raw markup " +
				"as code instead of the timeline item. Only .md files are checked.",
			Bad: "<div class=\"moj-timeline\">\n  <div class=\"moj-timeline__item\">\n\n" +
				"    <div class=\"moj-timeline__header\">",
			Good: "<div class=\"moj-timeline\">\n  <div class=\"moj-timeline__item\">\n" +
				"    <div class=\"moj-timeline__header\">",
			Fix: "Re-prints the timeline block in the component's canonical layout, with no blank line inside.",
		},
		Check: checkMarkdownIndent,
	}
}

func checkMarkdownIndent(p *lint.Pass) {
	src := p.Doc.Source
	for _, b := range p.Doc.Blocks {
		if b.Kind != markdown.IndentedCode {
			continue
		}
		line := src.LineSpan(b.FirstLine)
		sp := lint.Span{Start: firstNonBlank(src.Bytes, line), End: line.End}
		what := fmt.Sprintf("lines %d–%d render", b.FirstLine+1, b.LastLine+1)
		if b.FirstLine == b.LastLine {
			what = "this line renders"
		}
		p.Reportf(sp, fmt.Sprintf("indented 4 or more spaces after a blank line, so %s as a code block, not HTML; "+
			"remove the blank line above or indent less", what))
	}
}

// firstNonBlank returns the offset of the first byte in sp that is not a
// space or tab, or sp.End.
func firstNonBlank(b []byte, sp lint.Span) int {
	off := sp.Start
	for off < sp.End && (b[off] == ' ' || b[off] == '\t') {
		off++
	}
	return off
}
