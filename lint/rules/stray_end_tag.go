package rules

import "github.com/ministryofjustice/timelint/lint"

func strayEndTag() lint.Rule {
	return lint.Rule{
		Name:     "stray-end-tag",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "an end tag has no open element to close",
			Why: "Browsers ignore an end tag with nothing to close (a stray </p> even adds an empty " +
				"paragraph), so it usually means an element ended earlier than the author thought.",
			Bad:  `<p class="moj-timeline__date">` + "\n" + `  <time datetime="2025-03">March 2025</time>` + "\n" + `</p>` + "\n" + `</p>`,
			Good: `<p class="moj-timeline__date">` + "\n" + `  <time datetime="2025-03">March 2025</time>` + "\n" + `</p>`,
			Fix:  "Removes the end tag when nothing could have been meant by it.",
		},
		Check: func(p *lint.Pass) { reportProblems(p, lint.StrayEndTag) },
	}
}
