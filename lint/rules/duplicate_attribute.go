package rules

import "github.com/ministryofjustice/timelint/lint"

func duplicateAttribute() lint.Rule {
	return lint.Rule{
		Name:     "duplicate-attribute",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a tag names the same attribute twice",
			Why: "HTML keeps the first of two same-named attributes and silently drops the second, so a " +
				"second class or datetime has no effect.",
			Bad:  `<div class="moj-timeline__item" class="highlight">`,
			Good: `<div class="moj-timeline__item highlight">`,
			Fix:  "Not fixed: which value was meant is for a person to decide.",
		},
		Check: func(p *lint.Pass) { reportProblems(p, lint.DuplicateAttribute) },
	}
}
