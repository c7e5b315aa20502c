//go:build ignore

// Command gen writes a generated timeline page of the given size to
// standard output, or a site of many pages to a folder, for timing whole
// runs by hand:
//
//	go run internal/gen/main.go -size 50000000 > /tmp/big.md
//	go run internal/gen/main.go -tree /tmp/site -pages 10000 -size 4096
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ministryofjustice/timelint/internal/gen"
)

func main() {
	size := flag.Int("size", 5<<20, "page size in bytes")
	every := flag.Int("defects", 7, "one item in N has a slip; 0 for none")
	seed := flag.Int64("seed", 1, "random seed")
	tree := flag.String("tree", "", "write a site of -pages pages of -size bytes into this folder instead")
	pages := flag.Int("pages", 10000, "pages of the -tree site")
	flag.Parse()
	if *tree != "" {
		if _, err := gen.Tree(*tree, *pages, *size, *seed); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if _, err := os.Stdout.Write(gen.Timeline(*size, *every, *seed)); err != nil {
		os.Exit(1)
	}
}
