package lint

import (
	"slices"
	"strings"
	"sync"

	"github.com/ministryofjustice/timelint/lint/date"
)

// Options are the inputs of a run besides the file: the configuration in
// force for it and the day it runs on.
type Options struct {
	Config *Config
	Today  date.Date // Day precision; stale-future compares against it
	// Workers is how many goroutines the run of one file may keep busy:
	// its rules, and the spelling rule's searches, run up to this many at
	// once. 0 or 1 runs them in turn, which suits a caller that lints as
	// many files at once as it has processors.
	Workers int
}

// Result is what a run found in one file.
type Result struct {
	Doc         *Document
	Diagnostics []Diagnostic
}

// Run parses src and runs every enabled rule on it. Diagnostics come back
// sorted by position, with rule names and severities set and disable
// comments applied.
func Run(src *Source, rules []Rule, opts Options) (*Result, error) {
	if opts.Config == nil {
		opts.Config = DefaultConfig()
	}
	doc, err := Parse(src)
	if err != nil {
		return nil, err
	}
	sup := readSuppressions(doc)
	var out []Diagnostic
	if !sup.wholeFile {
		for i, p := range runRules(doc, rules, &opts) {
			if p == nil {
				continue
			}
			for _, d := range p.diags {
				d.Rule = rules[i].Name
				d.Severity = mildest(p.severity, d.Severity)
				if !sup.hides(doc.Source, d) {
					out = append(out, d)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Diagnostic) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return &Result{Doc: doc, Diagnostics: out}, nil
}

// runRules runs the enabled rules on doc, up to opts.Workers at once: on
// a single page the spelling rules take longest, and the others can finish
// beside them. It returns each rule's pass in the order of rules, nil for a
// rule that is off, so the output does not depend on which rule ends
// first.
func runRules(doc *Document, rules []Rule, opts *Options) []*Pass {
	passes := make([]*Pass, len(rules))
	slots := make(chan struct{}, max(1, opts.Workers))
	var wg sync.WaitGroup
	for i, r := range rules {
		sev, on := severityOf(r, opts.Config)
		if !on {
			continue
		}
		p := &Pass{Doc: doc, Options: opts, severity: sev}
		passes[i] = p
		if opts.Workers <= 1 {
			r.Check(p) // in turn, on this goroutine: no new goroutine's stack to grow
			continue
		}
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			r.Check(p)
		})
	}
	wg.Wait()
	return passes
}

// severityOf returns the severity a rule runs at under c, and whether it
// runs at all.
func severityOf(r Rule, c *Config) (Severity, bool) {
	if s, ok := c.Rules[r.Name]; ok {
		return s.Severity, !s.Off
	}
	return r.Severity, !r.DefaultOff
}

// mildest keeps a rule's own milder verdict on one finding: an omitted
// </p> is a warning even when unclosed-tag runs as an error.
func mildest(rule, finding Severity) Severity {
	if finding == 0 || finding > rule {
		return rule
	}
	return finding
}

// Counts returns the numbers of errors and warnings in ds.
func Counts(ds []Diagnostic) (errs, warns int) {
	for _, d := range ds {
		if d.Severity == Error {
			errs++
		} else {
			warns++
		}
	}
	return errs, warns
}
