package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
	"github.com/ministryofjustice/timelint/lint/rules"
	"github.com/ministryofjustice/timelint/lint/spelling"
)

func newLintCmd(opts *options) *cobra.Command {
	unknownWords := false
	cmd := &cobra.Command{
		Use:   "lint [flags] [PATH...]",
		Short: "Report problems in timeline pages (files, folders, or - for stdin)",
		Long: "Lint the given files and folders (default: the current folder). Folders are walked for\n" +
			".md, .html, .htm and .njk files, skipping .git, node_modules, _site, hidden folders and\n" +
			"what .gitignore files ignore. Under GitHub Actions (GITHUB_ACTIONS=true) the default\n" +
			"format is github.\n" +
			"Exit status: 0 no error findings, 1 error findings (or more warnings than --max-warnings),\n" +
			"2 usage error or unreadable input.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			if unknownWords {
				return runUnknownWords(cmd, opts, args)
			}
			return runLint(cmd, opts, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&unknownWords, "unknown-words", false, "list the words spelling reports, each once with its count, most frequent first, instead of the findings")
	f.StringVar(&opts.format, "format", formatText, "output format: text, json, github or sarif (default github under GitHub Actions)")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print error findings only, and nothing when there is none")
	f.IntVar(&opts.maxWarnings, "max-warnings", -1, "exit 1 when there are more than this many warnings (-1: any number)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatJSON, formatGitHub, formatSARIF}, cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&opts.color, "color", "auto", "colour the text output: auto, always or never")
	f.StringVar(&opts.today, "today", "", "the date stale-future compares against, YYYY-MM-DD (default: the system date)")
	f.StringVar(&opts.stdinAs, "stdin-filename", "", "name to report and to choose rules by when reading - (stdin)")
	return cmd
}

// fileResult is what linting or fixing one input gave.
type fileResult struct {
	in    input
	src   *lint.Source      // as linted: for fix, the fixed file
	diags []lint.Diagnostic // the findings in src
	err   error
	// skipped says why a file met in a folder walk was passed over (it is
	// binary); it is a notice, not a failure.
	skipped error

	// For fix: the bytes and file information as read, and what was done.
	orig  []byte
	info  os.FileInfo
	fixed *fix.Result
}

func runLint(cmd *cobra.Command, opts *options, args []string) error {
	if !cmd.Flags().Changed("format") && os.Getenv("GITHUB_ACTIONS") == "true" {
		opts.format = formatGitHub
	}
	p, err := newPrinter(cmd.OutOrStdout(), opts)
	if err != nil {
		return err
	}
	if opts.maxWarnings < -1 {
		return fmt.Errorf("--max-warnings must be -1 or more, not %d", opts.maxWarnings)
	}
	if _, err := todayFor(opts.today, nil); err != nil {
		return err
	}
	all, inputs, err := inputsFor(opts, args)
	if err != nil {
		return err
	}
	opts.workersPerFile = workersPerFile(len(inputs))
	go spelling.Warm()
	failed := false
	lintFile := func(in input) fileResult { return lintOne(in, all, opts) }
	for r := range ordered(inputs, runtime.GOMAXPROCS(0), lintFile) {
		if r.skipped != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "timelint: %v; skipped\n", r.skipped)
			continue
		}
		if r.err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "timelint: %v\n", r.err)
			failed = true
			continue
		}
		p.file(r)
	}
	if err := p.finish(); err != nil {
		return err
	}
	tooMany := opts.maxWarnings >= 0 && p.warnings > opts.maxWarnings
	if tooMany {
		fmt.Fprintf(cmd.ErrOrStderr(), "timelint: %s, more than --max-warnings %d\n", plural(p.warnings, "warning"), opts.maxWarnings)
	}
	switch {
	case failed:
		return exitCode(exitUsage)
	case p.errors > 0, tooMany:
		return exitCode(exitFindings)
	}
	return nil
}

// workersPerFile shares the processors between the files linted at once:
// one file gets them all for its rules, and many files take one each, so
// that no goroutines are started that would only wait.
func workersPerFile(files int) int {
	return max(1, runtime.GOMAXPROCS(0)/max(1, files))
}

// ordered runs work on the inputs with up to workers at once and yields
// the results in input order. At most 2×workers files are held at once: a
// worker takes a slot before reading a file, and the slot frees when its
// result is taken. Stopping early lets the running workers finish.
func ordered(inputs []input, workers int, work func(input) fileResult) iter.Seq[fileResult] {
	return func(yield func(fileResult) bool) {
		slots := make(chan struct{}, 2*workers)
		stop := make(chan struct{})
		defer close(stop)
		results := make([]chan fileResult, len(inputs))
		for i := range results {
			results[i] = make(chan fileResult, 1)
		}
		go func() {
			for i, in := range inputs {
				select {
				case slots <- struct{}{}:
				case <-stop:
					return
				}
				go func() { results[i] <- work(in) }()
			}
		}()
		for i := range inputs {
			r := <-results[i]
			<-slots
			if !yield(r) {
				return
			}
		}
	}
}

// inputsFor resolves the rules and the files a command works on.
func inputsFor(opts *options, args []string) ([]lint.Rule, []input, error) {
	all := rules.All()
	finder, err := newConfigFinder(opts.config, rules.Names(all))
	if err != nil {
		return nil, nil, err
	}
	inputs, err := collect(args, finder, opts.stdinAs)
	return all, inputs, err
}

// readSource reads one input and the options its rules run with. On
// failure it records why in r (an error, or a skip) and returns a nil
// Source.
func readSource(in input, opts *options, r *fileResult) (*lint.Source, lint.Options) {
	b, err := readInput(in, opts.stdin)
	if err != nil {
		r.err = err
		return nil, lint.Options{}
	}
	src, err := lint.NewSource(in.display, in.kind, b)
	if err != nil {
		r.err, r.skipped = skipOrFail(in, err)
		return nil, lint.Options{}
	}
	today, err := todayFor(opts.today, in.config)
	if err != nil {
		r.err = err
		return nil, lint.Options{}
	}
	return src, lint.Options{Config: in.config, Today: today, Workers: opts.workersPerFile}
}

func lintOne(in input, all []lint.Rule, opts *options) fileResult {
	r := fileResult{in: in}
	src, lo := readSource(in, opts, &r)
	if src == nil {
		return r
	}
	res, err := lint.Run(src, all, lo)
	if err != nil {
		r.err = fileError(in.display, err)
		return r
	}
	r.src, r.diags = src, res.Diagnostics
	return r
}

// skipOrFail decides what an unreadable file is: a binary file met in a
// folder walk is skipped with a notice (sites keep images and fonts beside
// pages), anything else is a failure.
func skipOrFail(in input, err error) (failure, skipped error) {
	if in.walked && errors.Is(err, lint.ErrBinary) {
		return nil, fileError(in.display, err)
	}
	return fileError(in.display, err), nil
}

// fileError names the file in front of an error that does not already.
func fileError(name string, err error) error {
	var pe *lint.PosError
	if errors.As(err, &pe) {
		if pe.File == "" {
			pe.File = name
		}
		return pe
	}
	return fmt.Errorf("%s: %w", name, err)
}

func readInput(in input, stdin *os.File) ([]byte, error) {
	if in.path != "-" {
		b, err := os.ReadFile(in.path)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot read: %w", in.path, unwrapPathError(err))
		}
		return b, nil
	}
	if stdin == nil {
		return nil, errors.New("-: no standard input")
	}
	b, err := io.ReadAll(stdin)
	if err != nil {
		return nil, fmt.Errorf("-: read standard input: %w", err)
	}
	return b, nil
}

// todayFor returns the day stale-future compares against: --today, then
// the config's today:, then the system date.
func todayFor(flag string, c *lint.Config) (date.Date, error) {
	s := flag
	if s == "" && c != nil {
		s = c.Today
	}
	if s == "" {
		now := time.Now()
		return date.Date{Year: now.Year(), Month: int(now.Month()), Day: now.Day(), Precision: date.Day}, nil
	}
	v, err := date.ParseDatetime(s)
	if err != nil || v.Kind != date.KindDate {
		return date.Date{}, fmt.Errorf("--today %q: want a date as YYYY-MM-DD", s)
	}
	return v.Date, nil
}
