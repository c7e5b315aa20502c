package rules

import "github.com/ministryofjustice/timelint/lint"

func unclosedTag() lint.Rule {
	return lint.Rule{
		Name:     "unclosed-tag",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "an element is never closed",
			Why: "An element left open swallows everything after it: a description without its </div> " +
				"makes the next item part of this one. Where the author's indentation shows which end tag " +
				"went missing, the finding is at that element, not at the end of the file. End tags HTML " +
				"lets you omit (</p>, </li>) are warnings, and only on pages that write them elsewhere.",
			Bad:  `<div class="moj-timeline__description">` + "\n" + `  <p>Text</p>` + "\n",
			Good: `<div class="moj-timeline__description">` + "\n" + `  <p>Text</p>` + "\n" + `</div>`,
			Fix:  "Inserts the missing end tag where the indentation shows it belongs; unsafe when that is a guess.",
		},
		Check: func(p *lint.Pass) { reportProblems(p, lint.UnclosedTag) },
	}
}
