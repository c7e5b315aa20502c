package fix

import (
	"bytes"
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines shown around a change.
const diffContext = 3

// maxDiffEdits bounds the Myers search; past it the changed middle of the
// file is shown as one replacement, still a correct diff.
const maxDiffEdits = 4000

// Diff returns a unified diff from a to b, labelled with name, or "" when
// they are equal. Lines keep their endings, so a CRLF file diffs as CRLF.
func Diff(name string, a, b []byte) string {
	if bytes.Equal(a, b) {
		return ""
	}
	x, y := splitLines(a), splitLines(b)
	ops := diffLines(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", name, name)
	for _, h := range hunks(ops) {
		writeHunk(&out, h, x, y)
	}
	return out.String()
}

func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	var out []string
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			out = append(out, string(b))
			break
		}
		out = append(out, string(b[:i+1]))
		b = b[i+1:]
	}
	return out
}

// op is one line of the edit script: equal, delete from x, or insert from y.
type op struct {
	kind byte // ' ', '-' or '+'
	x, y int  // line indexes in x and y
}

// diffLines returns the edit script from x to y: common prefix and suffix
// first, then Myers' O(ND) search on the middle.
func diffLines(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var ops []op
	for i := range pre {
		ops = append(ops, op{' ', i, i})
	}
	ops = append(ops, myers(x[pre:len(x)-suf], y[pre:len(y)-suf], pre)...)
	for i := range suf {
		ops = append(ops, op{' ', len(x) - suf + i, len(y) - suf + i})
	}
	return ops
}

// myers finds a shortest edit script between x and y, whose lines start at
// index base in both files.
func myers(x, y []string, base int) []op {
	n, m := len(x), len(y)
	maxD := min(n+m, maxDiffEdits)
	v := make([]int, 2*maxD+2)
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[maxD+k-1] < v[maxD+k+1] {
				i = v[maxD+k+1]
			} else {
				i = v[maxD+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[maxD+k] = i
			if i >= n && j >= m {
				return backtrack(trace, x, y, maxD, base)
			}
		}
	}
	return replaceAll(n, m, base)
}

// backtrack walks the saved frontiers back from the end, d moves at a
// time, and returns the script in order.
func backtrack(trace [][]int, x, y []string, maxD, base int) []op {
	var rev []op
	i, j := len(x), len(y)
	for d := len(trace) - 1; d > 0; d-- {
		v := trace[d]
		k := i - j
		pk := k - 1
		if k == -d || k != d && v[maxD+k-1] < v[maxD+k+1] {
			pk = k + 1
		}
		pi := v[maxD+pk]
		pj := pi - pk
		for i > pi && j > pj {
			i, j = i-1, j-1
			rev = append(rev, op{' ', base + i, base + j})
		}
		if i == pi {
			rev = append(rev, op{'+', base + pi, base + pj})
		} else {
			rev = append(rev, op{'-', base + pi, base + pj})
		}
		i, j = pi, pj
	}
	for i > 0 && j > 0 {
		i, j = i-1, j-1
		rev = append(rev, op{' ', base + i, base + j})
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}

func replaceAll(n, m, base int) []op {
	ops := make([]op, 0, n+m)
	for i := range n {
		ops = append(ops, op{'-', base + i, base})
	}
	for j := range m {
		ops = append(ops, op{'+', base + n, base + j})
	}
	return ops
}

// hunks groups the script into runs of changes with their context.
func hunks(ops []op) [][]op {
	var out [][]op
	start, end := -1, -1
	for i, o := range ops {
		if o.kind == ' ' {
			continue
		}
		if start >= 0 && i-end > 2*diffContext {
			out = append(out, ops[max(0, start-diffContext):min(len(ops), end+diffContext+1)])
			start = -1
		}
		if start < 0 {
			start = i
		}
		end = i
	}
	if start >= 0 {
		out = append(out, ops[max(0, start-diffContext):min(len(ops), end+diffContext+1)])
	}
	return out
}

func writeHunk(out *strings.Builder, h []op, x, y []string) {
	xs, ys, xn, yn := -1, -1, 0, 0
	for _, o := range h {
		if o.kind != '+' {
			xn++
			if xs < 0 {
				xs = o.x
			}
		}
		if o.kind != '-' {
			yn++
			if ys < 0 {
				ys = o.y
			}
		}
	}
	if xs < 0 {
		xs = h[0].x - 1
	}
	if ys < 0 {
		ys = h[0].y - 1
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(xs, xn), hunkRange(ys, yn))
	for _, o := range h {
		line := ""
		switch o.kind {
		case '+':
			line = y[o.y]
		default:
			line = x[o.x]
		}
		out.WriteByte(o.kind)
		out.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// hunkRange formats "start,count" with 1-based start, as diff does; an
// empty range names the line before it.
func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start+1)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
