package rules

import (
	"fmt"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

func staleFuture() lint.Rule {
	return lint.Rule{
		Name:     "stale-future",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "a title in the future tense whose date has passed",
			Why: "\"We will launch X\" dated March 2025 reads as a promise long after the date: did it " +
				"happen? A plan whose whole period (its year, month or day) has ended should be rewritten " +
				"to say what happened. Today is the system date, or --today YYYY-MM-DD.",
			Bad:  exampleTimeline(exampleItem("We will launch the service", "2020-03", "March 2020")),
			Good: exampleTimeline(exampleItem("We launched the service", "2020-03", "March 2020")),
			Fix:  "Not fixed: only a person knows what happened.",
		},
		Check: checkStaleFuture,
	}
}

func checkStaleFuture(p *lint.Pass) {
	d := p.Doc
	today := p.Options.Today
	if today.IsZero() {
		return
	}
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		for _, it := range t.Items {
			if it.Title < 0 || it.Time < 0 {
				continue
			}
			title := d.InnerText(it.Title)
			tm := timeAt(d, it.Time)
			if !isFutureTense(title) || tm.template || tm.valueErr != nil || tm.value.Date.IsZero() {
				continue
			}
			if !tm.value.Date.EndsBefore(today) {
				continue
			}
			p.Reportf(trimSpan(d.Source.Bytes, d.Nodes[it.Title].Content()), fmt.Sprintf(
				"the title speaks of the future but its date, %s, has passed; say what happened, or move the date",
				tm.value.Date.Label()))
		}
	}
}

// isFutureTense reports a title that states a plan: "will", "shall",
// "going to" or a contraction such as "we'll".
func isFutureTense(title string) bool {
	isWordRune := func(r rune) bool { return r >= 'a' && r <= 'z' || r == '\'' || r == '’' }
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !isWordRune(r) })
	for i, w := range words {
		switch {
		case w == "will" || w == "shall":
			return true
		case strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			return true
		case w == "going" && i+1 < len(words) && words[i+1] == "to":
			return true
		}
	}
	return false
}
