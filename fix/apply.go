package fix

import (
	"fmt"
	"slices"

	"github.com/ministryofjustice/timelint/lint"
)

// Apply returns src with edits applied. Edits are sorted stably by start;
// an edit out of range, or two that overlap, is an error naming both, never
// a silently dropped edit. Two insertions at one offset apply in the given
// order.
func Apply(src []byte, edits []lint.Edit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b lint.Edit) int { return a.Span.Start - b.Span.Start })
	size := len(src)
	prev := 0
	for i, e := range sorted {
		if e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End {
			return nil, fmt.Errorf("edit %v is outside the %d bytes of the file", e.Span, len(src))
		}
		if e.Span.Start < prev {
			return nil, fmt.Errorf("edit %v overlaps edit %v", e.Span, sorted[i-1].Span)
		}
		size += len(e.New) - e.Span.Len()
		prev = e.Span.End
	}
	// Sized exactly and returned as is: a builder's string would be copied
	// once more to make the bytes, a second file's worth on a big page.
	out := make([]byte, 0, size)
	prev = 0
	for _, e := range sorted {
		out = append(out, src[prev:e.Span.Start]...)
		out = append(out, e.New...)
		prev = e.Span.End
	}
	return append(out, src[prev:]...), nil
}

// overlaps reports whether two edits touch the same bytes. Two insertions
// at one offset overlap too: which goes first is not theirs to decide.
func overlaps(a, b lint.Edit) bool {
	if a.Span.Start == b.Span.Start {
		return true
	}
	return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}
