package rules

import "github.com/ministryofjustice/timelint/lint"

func tagMismatch() lint.Rule {
	return lint.Rule{
		Name:     "tag-mismatch",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "an end tag closes a different element than the one open",
			Why: "Browsers recover from a wrong end tag by closing every element up to the one it names, " +
				"so the markup that follows lands in a different place than the author meant, and the next " +
				"edit that trusts the layout makes it worse. The usual slip: a title opened with <h2> and " +
				"closed with </div>.",
			Bad:  `<div class="moj-timeline__header">` + "\n" + `  <h2 class="moj-timeline__title">Pipeline goes live</div>`,
			Good: `<div class="moj-timeline__header">` + "\n" + `  <h2 class="moj-timeline__title">Pipeline goes live</h2>` + "\n" + `</div>`,
			Fix: "Rewrites the end tags so the elements are the ones a browser recovers: the </div> becomes </h2> " +
				"and the header's own </div> follows. Safe when the recovery is unambiguous.",
		},
		Check: func(p *lint.Pass) { reportProblems(p, lint.TagMismatch) },
	}
}
