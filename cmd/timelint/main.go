// Command timelint lints and normalises MoJ Design System timeline markup
// in Markdown and HTML pages.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	root := newRootCmd(stdin)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitClean
	}
	var code exitCode
	if asExit(err, &code) {
		return int(code)
	}
	fmt.Fprintf(stderr, "timelint: %v\n", err)
	return exitUsage
}
