package rules

import "github.com/ministryofjustice/timelint/lint"

// reportProblems reports the tree builder's slips of one kind. Building
// the tree finds them all at once; each rule picks its own.
func reportProblems(p *lint.Pass, kind lint.ProblemKind) {
	for _, pr := range p.Doc.Problems {
		if pr.Kind != kind {
			continue
		}
		d := lint.Diagnostic{Span: pr.Span, Message: pr.Message, Related: pr.Related, Fixes: pr.Fixes}
		if pr.Optional {
			d.Severity = lint.Warning
		}
		p.Report(d)
	}
}
