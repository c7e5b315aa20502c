package main

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/spf13/cobra"
)

// runUnknownWords prints each word the spelling rule reports, once, with the
// number of times it occurs, most frequent first, so that a maintainer can
// review them and copy the real ones into words:. It prints no findings,
// and exits 0 unless an input cannot be read.
func runUnknownWords(cmd *cobra.Command, opts *options, args []string) error {
	all, inputs, err := inputsFor(opts, args)
	if err != nil {
		return err
	}
	counts := map[string]int{}
	failed := false
	for _, in := range inputs {
		r := lintOne(in, all, opts)
		if r.err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "timelint: %v\n", r.err)
			failed = true
			continue
		}
		for _, d := range r.diags {
			if d.Rule == "spelling" {
				counts[r.src.Text(d.Span)]++
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(counts[b]-counts[a], cmp.Compare(a, b))
	})
	out := cmd.OutOrStdout()
	for _, w := range words {
		fmt.Fprintf(out, "%d\t%s\n", counts[w], w)
	}
	if failed {
		return exitCode(exitUsage)
	}
	return nil
}
