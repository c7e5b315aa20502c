package fix

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

// maxPasses bounds the fix, re-lint, repeat loop. Each pass fixes every
// finding it can without overlap, so real pages settle in two or three.
const maxPasses = 10

// layoutRules are the findings the canonical layout clears.
func layoutRules() []string { return []string{"markdown-indent", "markdown-paragraph"} }

// Result is what fixing one file gave.
type Result struct {
	Source    *lint.Source      // the fixed file; the input itself when nothing changed
	Changed   bool              // whether Source differs from the input
	Fixed     map[string]int    // rule → findings fixed
	Remaining []lint.Diagnostic // findings left for a person, in Source
}

// File fixes src: it applies one fix per finding at the applicability the
// settings allow, re-lints and repeats, then prints every timeline block
// in the canonical layout and repeats again, until nothing changes. A pass
// that would add a finding is rejected, and the rules whose fixes it held
// take no further part.
func File(src *lint.Source, rules []lint.Rule, opts lint.Options, s Settings) (*Result, error) {
	res, err := lint.Run(src, rules, opts)
	if err != nil {
		return nil, err
	}
	l := &loop{rules: rules, opts: opts, c: &chooser{settings: s}, blocked: map[string]bool{}}
	out := &Result{Source: src, Fixed: map[string]int{}}
	for pass := 0; ; pass++ {
		edits, fixed, layout := l.next(res)
		if len(edits) == 0 {
			out.Remaining = res.Diagnostics
			return out, nil
		}
		if pass == maxPasses {
			return nil, fmt.Errorf("fix did not converge after %d passes; still changing: %s", maxPasses, ruleNames(fixed))
		}
		nsrc, nres, err := l.apply(out.Source, edits)
		if err != nil {
			return nil, err
		}
		if added := addedFindings(res.Diagnostics, nres.Diagnostics); added != "" {
			l.block(fixed, layout)
			continue
		}
		count(out.Fixed, fixed, layout, res.Diagnostics, nres.Diagnostics)
		out.Source, out.Changed, res = nsrc, true, nres
	}
}

// loop is the state of one file's fixing.
type loop struct {
	rules    []lint.Rule
	opts     lint.Options
	c        *chooser
	blocked  map[string]bool // rules whose fixes added a finding
	noLayout bool            // the layout added a finding
}

// next returns the edits of the next pass: finding fixes while there are
// any, then the layout.
func (l *loop) next(res *lint.Result) ([]lint.Edit, []lint.Diagnostic, bool) {
	var open []lint.Diagnostic
	blocks := timelineBlocks(res.Doc)
	for _, d := range res.Diagnostics {
		if !l.blocked[d.Rule] {
			open = append(open, withinBlocks(d, blocks))
		}
	}
	if edits, fixed := l.c.choose(open); len(edits) > 0 {
		return edits, fixed, false
	}
	if l.noLayout {
		return nil, nil, false
	}
	return Print(res.Doc), nil, true
}

// wordRules may fix a page anywhere: a corrected word is the one change
// allowed outside timeline blocks.
func wordRules() []string { return []string{"spelling", "locale-spelling"} }

// timelineBlocks returns the spans of the outermost timeline blocks, from
// the start tag to the end tag, or to the end of the file when unclosed.
func timelineBlocks(d *lint.Document) []lint.Span {
	timelines, _ := d.Timelines()
	var out []lint.Span
	for _, t := range timelines {
		n := d.Nodes[t.Node]
		sp := lint.Span{Start: n.Tag.Start, End: len(d.Source.Bytes)}
		if n.Closing == lint.ByEndTag {
			sp.End = n.EndTag().End
		}
		if len(out) > 0 && sp.Start < out[len(out)-1].End {
			continue // nested in the block before
		}
		out = append(out, sp)
	}
	return out
}

// withinBlocks drops the fixes of d that would edit outside the timeline
// blocks: fix may change what is wrong and the layout of timeline blocks,
// and outside them nothing but a corrected word.
func withinBlocks(d lint.Diagnostic, blocks []lint.Span) lint.Diagnostic {
	if slices.Contains(wordRules(), d.Rule) {
		return d
	}
	var kept []lint.Fix
	for _, f := range d.Fixes {
		if editsWithin(f.Edits, blocks) {
			kept = append(kept, f)
		}
	}
	d.Fixes = kept
	return d
}

func editsWithin(edits []lint.Edit, blocks []lint.Span) bool {
	for _, e := range edits {
		i, _ := slices.BinarySearchFunc(blocks, e.Span.Start, func(b lint.Span, off int) int {
			if b.End < off {
				return -1
			}
			return 1
		})
		if i == len(blocks) || e.Span.Start < blocks[i].Start || e.Span.End > blocks[i].End {
			return false
		}
	}
	return true
}

func (l *loop) block(fixed []lint.Diagnostic, layout bool) {
	if layout {
		l.noLayout = true
	}
	for _, d := range fixed {
		l.blocked[d.Rule] = true
	}
}

func (l *loop) apply(src *lint.Source, edits []lint.Edit) (*lint.Source, *lint.Result, error) {
	b, err := Apply(src.Bytes, edits)
	if err != nil {
		return nil, nil, fmt.Errorf("internal error: %w", err)
	}
	nsrc, err := lint.NewSource(src.Name, src.Kind, b)
	if err != nil {
		return nil, nil, fmt.Errorf("internal error: fixing made the file unreadable: %w", err)
	}
	nres, err := lint.Run(nsrc, l.rules, l.opts)
	if err != nil {
		return nil, nil, fmt.Errorf("internal error: fixing broke the front matter: %w", err)
	}
	return nsrc, nres, nil
}

// addedFindings names the rules with more findings after a pass than
// before it, or "" when there are none.
func addedFindings(before, after []lint.Diagnostic) string {
	was, now := perRule(before), perRule(after)
	var added []string
	for r, n := range now {
		if n > was[r] {
			added = append(added, r)
		}
	}
	slices.Sort(added)
	return strings.Join(added, ", ")
}

func perRule(ds []lint.Diagnostic) map[string]int {
	m := map[string]int{}
	for _, d := range ds {
		m[d.Rule]++
	}
	return m
}

// count adds a pass's fixes to the totals: each finding whose fix was
// applied, or, for a layout pass, each layout finding that went away.
func count(total map[string]int, fixed []lint.Diagnostic, layout bool, before, after []lint.Diagnostic) {
	for _, d := range fixed {
		total[d.Rule]++
	}
	if !layout {
		return
	}
	was, now := perRule(before), perRule(after)
	for _, r := range layoutRules() {
		if n := was[r] - now[r]; n > 0 {
			total[r] += n
		}
	}
}

func ruleNames(ds []lint.Diagnostic) string {
	set := map[string]bool{}
	for _, d := range ds {
		set[d.Rule] = true
	}
	if len(set) == 0 {
		return "layout"
	}
	return strings.Join(slices.Sorted(maps.Keys(set)), ", ")
}
