// Package rules holds every timelint rule, one file each.
package rules

import "github.com/ministryofjustice/timelint/lint"

// All returns every rule in documentation order: structure of the markup
// first, then how Markdown renders it, then the timeline's content.
func All() []lint.Rule {
	return []lint.Rule{
		tagMismatch(),
		unclosedTag(),
		strayEndTag(),
		duplicateAttribute(),
		markdownIndent(),
		markdownParagraph(),
		structure(),
		unknownClass(),
		headingLevel(),
		datetimeInvalid(),
		datetimeLabel(),
		dateFormat(),
		order(),
		duplicateItem(),
		staleFuture(),
		titlePunctuation(),
		titleFullStop(),
		spellingRule(),
		localeSpelling(),
	}
}

// Names returns the names of rules.
func Names(rules []lint.Rule) []string {
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.Name
	}
	return out
}
