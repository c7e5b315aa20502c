package main

import (
	"fmt"
	"io"
	"os"
)

// screenful is the number of files past which fix shows its progress.
const screenful = 40

// progress shows "fixing N/M files" on a terminal's stderr while many files
// are processed, and nothing otherwise.
type progress struct {
	w          io.Writer
	total, n   int
	shown, off bool
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, total: total, off: !ok || !isTerminal(f) || total <= screenful}
}

func (p *progress) step() {
	p.n++
	if p.off || (p.n%20 != 0 && p.n != p.total) {
		return
	}
	fmt.Fprintf(p.w, "\rfixing %d/%d files", p.n, p.total)
	p.shown = true
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
