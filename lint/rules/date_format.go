package rules

import (
	"fmt"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
)

func dateFormat() lint.Rule {
	return lint.Rule{
		Name:     "date-format",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "a date label is not written the GOV.UK way",
			Why: "The GOV.UK style guide writes dates as \"4 June 2026\", \"June 2026\" or \"2026\", and " +
				"ranges with \"to\": no abbreviations, ordinals, leading zeros, slashes or dashes. One style " +
				"reads faster and is announced well by screen readers.",
			Bad:  exampleTimeline(exampleItem("Hackathon", "2024-03", "March/April 2024")),
			Good: exampleTimeline(exampleItem("Hackathon", "2024-03", "March to April 2024")),
			Fix:  "Rewrites the label the GOV.UK way when it is plain text. Safe.",
		},
		Check: checkDateFormat,
	}
}

func checkDateFormat(p *lint.Pass) {
	d := p.Doc
	for _, t := range itemTimes(d) {
		if t.template {
			continue
		}
		l, ok := date.ParseLabel(t.label)
		if !ok || len(l.Problems) == 0 || l.Canonical == t.label {
			continue
		}
		diag := lint.Diagnostic{
			Span: t.labelAt,
			Message: fmt.Sprintf("write %q the GOV.UK way, %q (%s)", t.label, l.Canonical,
				strings.Join(l.Problems, "; ")),
			Suggestions: []string{l.Canonical},
		}
		if t.plain {
			diag.Fixes = []lint.Fix{{Message: fmt.Sprintf("write %q", l.Canonical), Applicability: lint.Safe,
				Edits: []lint.Edit{{Span: t.labelAt, New: l.Canonical}}}}
		}
		p.Report(diag)
	}
}
