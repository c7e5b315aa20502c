package rules

import (
	"fmt"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
)

func datetimeLabel() lint.Rule {
	return lint.Rule{
		Name:     "datetime-label",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a <time>'s label and its datetime name different dates",
			Why: "People read the label; browsers, search engines and the order rule read datetime. When " +
				"they disagree (\"April 2023\" with datetime=\"2023-03\") one of them is wrong, usually the " +
				"attribute copied from the item before. A range must match its start. A label that cannot " +
				"be read as a date at all is a warning.",
			Bad:  exampleTimeline(exampleItem("Pipeline goes live", "2023-03", "April 2023")),
			Good: exampleTimeline(exampleItem("Pipeline goes live", "2023-04", "April 2023")),
			Fix: "Sets datetime from the label, at the label's precision (prefer: label, the default), or the " +
				"label from datetime (prefer: datetime). Safe.",
		},
		Check: checkDatetimeLabel,
	}
}

func checkDatetimeLabel(p *lint.Pass) {
	d := p.Doc
	for _, t := range itemTimes(d) {
		if t.template || !t.hasAttr || t.valueErr != nil || t.value.Date.IsZero() {
			continue
		}
		l, ok := date.ParseLabel(t.label)
		if !ok {
			p.Report(lint.Diagnostic{Span: elementSpan(d, t.node), Severity: lint.Warning,
				Message: fmt.Sprintf("cannot read the label %q as a date; write it the GOV.UK way, such as \"June 2026\"", t.label)})
			continue
		}
		prec := min(l.Start.Precision, t.value.Date.Precision)
		if l.Start.Truncate(prec) == t.value.Date.Truncate(prec) {
			continue
		}
		p.Report(labelMismatch(p, t, l))
	}
}

func labelMismatch(p *lint.Pass, t timeOf, l date.Label) lint.Diagnostic {
	d := p.Doc
	want := l.Start.Datetime()
	v := d.Source.Text(t.valueAt)
	diag := lint.Diagnostic{
		Span: elementSpan(d, t.node),
		Message: fmt.Sprintf("datetime=%q says %s but the label says %q; set datetime=%q or correct the label",
			v, t.value.Date.Truncate(l.Start.Precision).Label(), t.label, want),
	}
	fromLabel := lint.Fix{Message: fmt.Sprintf("set datetime to %q", want), Applicability: lint.Safe,
		Edits: []lint.Edit{{Span: t.valueAt, New: want}}}
	fromValue := lint.Fix{Message: fmt.Sprintf("set the label to %q", t.value.Date.Label()), Applicability: lint.Safe,
		Edits: []lint.Edit{{Span: t.labelAt, New: t.value.Date.Label()}}}
	if !t.plain {
		fromValue.Applicability = lint.DisplayOnly
	}
	if p.Options.Config.Prefer == "datetime" {
		diag.Suggestions = []string{t.value.Date.Label()}
		diag.Fixes = []lint.Fix{fromValue, fromLabel}
		return diag
	}
	diag.Suggestions = []string{want}
	diag.Fixes = []lint.Fix{fromLabel, fromValue}
	return diag
}
