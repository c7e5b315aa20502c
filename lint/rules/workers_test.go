package rules_test

import (
	"os"
	"reflect"
	"testing"

	"github.com/ministryofjustice/timelint/internal/gen"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// TestWorkersGiveSameFindings lints pages with the rules in turn and on
// several goroutines: the findings must be the same, in the same order.
// Under -race it also checks that the rules share the document safely.
func TestWorkersGiveSameFindings(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/pages/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string][]byte{"seed": seed, "generated": gen.Timeline(200<<10, 7, 1)} {
		t.Run(name, func(t *testing.T) {
			var runs [][]lint.Diagnostic
			for _, workers := range []int{0, 4} {
				src, err := lint.NewSource("page.md", lint.Markdown, page)
				if err != nil {
					t.Fatal(err)
				}
				res, err := lint.Run(src, rules.All(), lint.Options{Today: testToday, Workers: workers})
				if err != nil {
					t.Fatal(err)
				}
				runs = append(runs, res.Diagnostics)
			}
			if len(runs[0]) == 0 || !reflect.DeepEqual(runs[0], runs[1]) {
				t.Fatalf("in turn: %d findings; on 4 workers: %d findings, or different ones", len(runs[0]), len(runs[1]))
			}
		})
	}
}
