package fix

import (
	"slices"

	"github.com/ministryofjustice/timelint/lint"
)

// Decision is a person's answer about one unsafe fix in interactive mode.
type Decision int

// The answers to "apply this fix?".
const (
	No   Decision = iota // skip this one
	Yes                  // apply this one
	All                  // apply this and every later unsafe fix without asking
	Quit                 // apply no more unsafe fixes and stop asking
)

// Settings choose which fixes apply.
type Settings struct {
	Unsafe bool // apply unsafe fixes too
	// Ask, when set, is asked about each unsafe fix (interactive mode);
	// Unsafe is then ignored.
	Ask func(d lint.Diagnostic, f lint.Fix) Decision
}

// chooser picks one fix per finding and remembers interactive answers
// across passes.
type chooser struct {
	settings Settings
	all      bool // the person answered "all"
	quit     bool // the person answered "quit"
}

// choose takes at most one fix per diagnostic, the first allowed, and
// skips any whose edits overlap an edit already chosen. The chosen edits
// come back sorted by start.
func (c *chooser) choose(ds []lint.Diagnostic) (edits []lint.Edit, fixed []lint.Diagnostic) {
	for _, d := range ds {
		for _, f := range d.Fixes {
			if len(f.Edits) == 0 || f.Applicability == lint.DisplayOnly || overlapsAny(f.Edits, edits) {
				continue
			}
			if !c.allowed(d, f) {
				continue
			}
			for _, e := range f.Edits {
				edits = insertSorted(edits, e)
			}
			fixed = append(fixed, d)
			break
		}
	}
	return edits, fixed
}

// insertSorted inserts e after every edit that starts at or before it.
func insertSorted(edits []lint.Edit, e lint.Edit) []lint.Edit {
	i, _ := slices.BinarySearchFunc(edits, e.Span.Start+1, func(x lint.Edit, start int) int { return x.Span.Start - start })
	return slices.Insert(edits, i, e)
}

func (c *chooser) allowed(d lint.Diagnostic, f lint.Fix) bool {
	switch f.Applicability {
	case lint.Safe:
		return true
	case lint.Unsafe:
	default:
		return false
	}
	s := c.settings
	if s.Ask == nil {
		return s.Unsafe
	}
	if c.all || c.quit {
		return c.all
	}
	switch s.Ask(d, f) {
	case Yes:
		return true
	case All:
		c.all = true
		return true
	case Quit:
		c.quit = true
	}
	return false
}

// overlapsAny reports whether any of edits overlaps one of chosen, which is
// sorted by start: only the neighbours of each edit's place need a look.
func overlapsAny(edits, chosen []lint.Edit) bool {
	for _, e := range edits {
		i, _ := slices.BinarySearchFunc(chosen, e.Span.Start, func(x lint.Edit, start int) int { return x.Span.Start - start })
		for _, j := range []int{i - 1, i, i + 1} {
			if j >= 0 && j < len(chosen) && overlaps(e, chosen[j]) {
				return true
			}
		}
	}
	return false
}
