package main

import (
	"os"
	"testing"

	"github.com/ministryofjustice/timelint/internal/gen"
)

// BenchmarkLintTree lints a site of 10,000 generated pages of about 4 KB
// (-short: 1,000) through the whole command: walk, config look-up, the
// worker pool and the text report. Compare -cpu 1,2 for the speed-up the
// pool gives.
func BenchmarkLintTree(b *testing.B) {
	pages := 10_000
	if testing.Short() {
		pages = 1_000
	}
	dir := b.TempDir()
	size, err := gen.Tree(dir, pages, 4<<10, 1)
	if err != nil {
		b.Fatal(err)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = devnull.Close() }()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"lint", "--today", "2026-11-26", dir}, nil, devnull, devnull); code != exitFindings {
			b.Fatalf("exit status %d, want %d: the generated pages have error findings", code, exitFindings)
		}
	}
}
