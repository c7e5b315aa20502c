package rules

import (
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

func titleFullStop() lint.Rule {
	return lint.Rule{
		Name:       "title-full-stop",
		Severity:   lint.Warning,
		DefaultOff: true,
		Doc: lint.Doc{
			Summary: "a title ends with a full stop (off by default)",
			Why: "GOV.UK headings take no full stop. The rule is off by default because many timelines " +
				"write titles as sentences; turn it on with `title-full-stop: warning` under rules:.",
			Bad:  exampleTimeline(exampleItem("We released the data uploader.", "2022-09", "September 2022")),
			Good: exampleTimeline(exampleItem("We released the data uploader", "2022-09", "September 2022")),
			Fix:  "Removes the full stop. Safe.",
		},
		Check: checkTitleFullStop,
	}
}

func checkTitleFullStop(p *lint.Pass) {
	d := p.Doc
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		for _, it := range t.Items {
			if it.Title < 0 {
				continue
			}
			sp := trimSpan(d.Source.Bytes, d.Nodes[it.Title].Content())
			text := d.Source.Text(sp)
			if !strings.HasSuffix(text, ".") || strings.HasSuffix(text, "..") || d.HasTemplate(sp) {
				continue
			}
			stop := lint.Span{Start: sp.End - 1, End: sp.End}
			p.Report(lint.Diagnostic{Span: stop, Message: "title ends with a full stop; GOV.UK headings take none",
				Fixes: []lint.Fix{{Message: "remove the full stop", Applicability: lint.Safe,
					Edits: []lint.Edit{{Span: stop}}}}})
		}
	}
}
