package lint

import (
	"slices"
	"sync"
	"sync/atomic"
	"testing"
)

// TestMemoOnce calls Memo for one key from many goroutines at once, as
// concurrent rules do: the value is worked out once and every caller gets
// it.
func TestMemoOnce(t *testing.T) {
	src, err := NewSource("page.md", Markdown, []byte("text\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	var wg sync.WaitGroup
	got := make([]any, 16)
	for i := range got {
		wg.Go(func() {
			got[i] = d.Memo("key", func() any { calls.Add(1); return i })
		})
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Fatalf("f ran %d times, want once", calls.Load())
	}
	for _, v := range got {
		if v != got[0] {
			t.Fatalf("callers got %v and %v", got[0], v)
		}
	}
}

// TestRunKeepsRuleOrder: findings at one place come in the order of their
// rules' names, whether the rules run in turn or concurrently.
func TestRunKeepsRuleOrder(t *testing.T) {
	src, err := NewSource("page.md", Markdown, []byte("text\n"))
	if err != nil {
		t.Fatal(err)
	}
	var rules []Rule
	for _, name := range []string{"d-rule", "c-rule", "b-rule", "a-rule"} {
		rules = append(rules, Rule{Name: name, Severity: Error, Check: func(p *Pass) {
			p.Reportf(Span{0, 1}, "from "+name)
		}})
	}
	for i := range 20 {
		res, err := Run(src, rules, Options{Workers: i % 3})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range res.Diagnostics {
			got = append(got, d.Rule)
		}
		if !slices.Equal(got, []string{"a-rule", "b-rule", "c-rule", "d-rule"}) {
			t.Fatalf("got %v, want the rules by name", got)
		}
	}
}
