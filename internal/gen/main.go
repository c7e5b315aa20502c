//go:build ignore

// Command gen writes a generated timeline page of the given size to
// standard output, for timing whole runs by hand:
//
//	go run internal/gen/main.go -size 50000000 > /tmp/big.md
package main

import (
	"flag"
	"os"

	"github.com/ministryofjustice/timelint/internal/gen"
)

func main() {
	size := flag.Int("size", 5<<20, "page size in bytes")
	every := flag.Int("defects", 7, "one item in N has a slip; 0 for none")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	if _, err := os.Stdout.Write(gen.Timeline(*size, *every, *seed)); err != nil {
		os.Exit(1)
	}
}
