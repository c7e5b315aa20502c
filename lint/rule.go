package lint

// Doc is a rule's documentation, printed by `timelint explain NAME`.
type Doc struct {
	Summary string // one line for `timelint rules`: lower case, no final period
	Why     string // the harm to the site
	Bad     string // minimal markup the rule reports
	Good    string // the same markup, correct
	Fix     string // what `timelint fix` does, and when that is unsafe
}

// Rule is one check. Check reports through Pass.Report and never fails.
type Rule struct {
	Name       string   // kebab-case and stable: output, config and disable comments use it
	Severity   Severity // default
	DefaultOff bool     // off unless the config turns it on
	Doc        Doc
	Check      func(*Pass)
}

// Pass is one rule's view of one document.
type Pass struct {
	Doc      *Document
	Options  *Options
	diags    []Diagnostic
	severity Severity // the rule's severity in this run
}

// Report records a finding. A rule may set Severity to Warning for a
// finding milder than its rule's default; the runner decides the rest.
func (p *Pass) Report(d Diagnostic) { p.diags = append(p.diags, d) }

// Reportf records a finding with no fix at span sp.
func (p *Pass) Reportf(sp Span, msg string) {
	p.Report(Diagnostic{Span: sp, Message: msg})
}
