package fix

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

// Apply returns src with edits applied. Edits are sorted stably by start;
// an edit out of range, or two that overlap, is an error naming both, never
// a silently dropped edit. Two insertions at one offset apply in the given
// order.
func Apply(src []byte, edits []lint.Edit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b lint.Edit) int { return a.Span.Start - b.Span.Start })
	var out strings.Builder
	out.Grow(len(src))
	prev := 0
	for i, e := range sorted {
		if e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End {
			return nil, fmt.Errorf("edit %v is outside the %d bytes of the file", e.Span, len(src))
		}
		if e.Span.Start < prev {
			return nil, fmt.Errorf("edit %v overlaps edit %v", e.Span, sorted[i-1].Span)
		}
		out.Write(src[prev:e.Span.Start])
		out.WriteString(e.New)
		prev = e.Span.End
	}
	out.Write(src[prev:])
	return []byte(out.String()), nil
}

// overlaps reports whether two edits touch the same bytes. Two insertions
// at one offset overlap too: which goes first is not theirs to decide.
func overlaps(a, b lint.Edit) bool {
	if a.Span.Start == b.Span.Start {
		return true
	}
	return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}
