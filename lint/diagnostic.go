package lint

import "fmt"

// Span is a half-open byte range [Start, End) of a Source.
type Span struct{ Start, End int }

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Severity says how serious a finding is. It starts at one so that the
// zero value is invalid and every rule must choose.
type Severity int

// The severities, from least to most serious.
const (
	Warning Severity = iota + 1
	Error
)

// String returns the lower-case name used in output and configuration.
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// Note points at another place worth showing beside a diagnostic.
type Note struct {
	Span    Span
	Message string
}

// Applicability says when a fix may be applied without asking.
type Applicability int

// The applicabilities. DisplayOnly is the zero value, so that a fix whose
// applicability was never set never edits a file.
const (
	DisplayOnly Applicability = iota // shown as a suggestion only
	Unsafe                           // applied only with --unsafe
	Safe                             // certainly what the author meant
)

// Edit replaces the bytes of Span with New; an empty span inserts at Start.
type Edit struct {
	Span Span
	New  string
}

// Fix is one way to resolve a diagnostic.
type Fix struct {
	Message       string // imperative: "replace </div> with </h2>"
	Applicability Applicability
	Edits         []Edit // sorted and non-overlapping
}

// Diagnostic is one finding of one rule.
type Diagnostic struct {
	Rule        string   // set by the runner, not by the rule
	Severity    Severity // set by the runner: rule default, then config
	Span        Span     // smallest useful range: the end tag, the <time>, the word
	Message     string
	Suggestions []string // replacement texts, best first; shown to people and in JSON
	Related     []Note
	Fixes       []Fix
}
