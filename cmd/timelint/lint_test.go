package main

import (
	"runtime"
	"testing"
)

// TestWorkersPerFile: one file's rules get every processor; when there are
// at least as many files as processors, each file runs its rules in turn.
func TestWorkersPerFile(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	for files, want := range map[int]int{0: procs, 1: procs, procs: 1, 10 * procs: 1} {
		if got := workersPerFile(files); got != want {
			t.Errorf("workersPerFile(%d) = %d with %d processors, want %d", files, got, procs, want)
		}
	}
}
