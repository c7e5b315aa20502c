package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes, decided here alone.
const (
	exitClean    = 0 // no error finding
	exitFindings = 1 // error findings, or changes pending under --check
	exitUsage    = 2 // usage error or unreadable input
)

// exitCode is returned by a command that has already printed what it had
// to say and only needs to set the process's exit code.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

func asExit(err error, code *exitCode) bool { return errors.As(err, code) }

// options are the flags shared by the commands.
type options struct {
	stdin       *os.File
	config      string
	format      string
	color       string
	today       string
	stdinAs     string
	quiet       bool
	maxWarnings int // -1: any number
	// workersPerFile is how many goroutines one file's run may use; set
	// once the inputs are known.
	workersPerFile int
}

func newRootCmd(stdin *os.File) *cobra.Command {
	opts := &options{stdin: stdin}
	root := &cobra.Command{
		Use:   "timelint",
		Short: "Lint and normalise MoJ Design System timeline markup in Markdown and HTML pages",
		Long: "timelint checks hand-written MoJ Design System timelines (.moj-timeline) in .md, .html, .htm\n" +
			"and .njk pages: broken markup, Markdown that would render items as code, dates whose\n" +
			"label and datetime disagree, items out of order, and more. `timelint rules` lists the checks.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&opts.config, "config", "", "use this config file instead of the nearest .timelint.yaml")
	root.AddCommand(newLintCmd(opts), newFixCmd(opts), newRulesCmd(), newExplainCmd(), newVersionCmd())
	return root
}
