package fix

import (
	"strings"
	"testing"

	"github.com/ministryofjustice/timelint/lint"
)

func TestApply(t *testing.T) {
	tests := []struct {
		name    string
		edits   []lint.Edit
		want    string
		wantErr string
	}{
		{"none", nil, "abcdef", ""},
		{"replace", []lint.Edit{{Span: lint.Span{Start: 1, End: 3}, New: "X"}}, "aXdef", ""},
		{"unsorted", []lint.Edit{{Span: lint.Span{Start: 4, End: 5}, New: "Y"}, {Span: lint.Span{Start: 0, End: 1}, New: "X"}}, "XbcdYf", ""},
		{"two insertions keep their order", []lint.Edit{{Span: lint.Span{Start: 2, End: 2}, New: "1"}, {Span: lint.Span{Start: 2, End: 2}, New: "2"}}, "ab12cdef", ""},
		{"overlap", []lint.Edit{{Span: lint.Span{Start: 1, End: 3}}, {Span: lint.Span{Start: 2, End: 4}}}, "", "edit {2 4} overlaps edit {1 3}"},
		{"out of range", []lint.Edit{{Span: lint.Span{Start: 5, End: 9}}}, "", "edit {5 9} is outside the 6 bytes of the file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Apply([]byte("abcdef"), tc.edits)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("Apply() error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Errorf("Apply() = %q, %v, want %q", got, err, tc.want)
			}
		})
	}
}

func TestChooseSkipsOverlaps(t *testing.T) {
	safe := func(start, end int) lint.Fix {
		return lint.Fix{Applicability: lint.Safe, Edits: []lint.Edit{{Span: lint.Span{Start: start, End: end}}}}
	}
	unsafe := safe(20, 21)
	unsafe.Applicability = lint.Unsafe
	ds := []lint.Diagnostic{
		{Rule: "a", Fixes: []lint.Fix{safe(0, 5)}},
		{Rule: "b", Fixes: []lint.Fix{safe(3, 8), safe(10, 12)}}, // first overlaps: the alternative is taken
		{Rule: "c", Fixes: []lint.Fix{{Applicability: lint.DisplayOnly, Edits: []lint.Edit{{}}}}},
		{Rule: "d", Fixes: []lint.Fix{unsafe}},
	}
	c := &chooser{}
	edits, fixed := c.choose(ds)
	if len(edits) != 2 || len(fixed) != 2 || fixed[1].Rule != "b" || edits[1].Span.Start != 10 {
		t.Errorf("choose() = %v for %v, want the edits at 0 and 10", edits, fixed)
	}
	c = &chooser{settings: Settings{Unsafe: true}}
	if edits, _ := c.choose(ds); len(edits) != 3 {
		t.Errorf("with --unsafe, choose() = %v, want 3 edits", edits)
	}
}

func TestAskIsAskedOnlyAboutUnsafeFixes(t *testing.T) {
	var asked int
	fx := lint.Fix{Applicability: lint.Unsafe, Edits: []lint.Edit{{Span: lint.Span{Start: 1, End: 2}}}}
	ds := []lint.Diagnostic{{Fixes: []lint.Fix{fx}}, {Fixes: []lint.Fix{{Applicability: lint.Safe, Edits: []lint.Edit{{}}}}}}
	c := &chooser{settings: Settings{Ask: func(lint.Diagnostic, lint.Fix) Decision { asked++; return All }}}
	c.choose(ds)
	fx.Edits[0].Span = lint.Span{Start: 5, End: 6}
	c.choose([]lint.Diagnostic{{Fixes: []lint.Fix{fx}}})
	if asked != 1 {
		t.Errorf("asked %d times, want 1: \"all\" answers every later question", asked)
	}
}
