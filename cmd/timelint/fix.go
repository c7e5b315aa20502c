package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/spelling"
)

// fixOptions are the flags of timelint fix.
type fixOptions struct {
	diff        bool
	check       bool
	unsafe      bool
	interactive bool
}

func newFixCmd(opts *options) *cobra.Command {
	fo := &fixOptions{}
	cmd := &cobra.Command{
		Use:   "fix [flags] [PATH...]",
		Short: "Repair and normalise timeline pages in place (files, folders, or - for stdin)",
		Long: "Apply the safe fixes of every finding, re-lint and repeat, then re-print every timeline\n" +
			"block in the MoJ component's canonical layout. Only files whose bytes change are written,\n" +
			"atomically. What remains for a person is reported as lint does.\n" +
			"Exit status: 0 no error finding remains, 1 one does (or, with --check, a file would\n" +
			"change), 2 usage error or unreadable or unwritable input.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return runFix(cmd, opts, fo, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&fo.diff, "diff", false, "print a unified diff of the changes and write nothing")
	f.BoolVar(&fo.check, "check", false, "write nothing; exit 1 if any file would change")
	f.BoolVar(&fo.unsafe, "unsafe", false, "also apply unsafe fixes (guesses at what was meant)")
	f.BoolVarP(&fo.interactive, "interactive", "i", false, "ask about each unsafe fix on the terminal")
	f.StringVar(&opts.color, "color", "auto", "colour the report: auto, always or never")
	f.StringVar(&opts.today, "today", "", "the date stale-future compares against, YYYY-MM-DD (default: the system date)")
	f.StringVar(&opts.stdinAs, "stdin-filename", "", "name to report and to choose rules by when reading - (stdin)")
	return cmd
}

// fixRun is the state of one timelint fix command.
type fixRun struct {
	opts     *options
	fo       *fixOptions
	all      []lint.Rule
	out      io.Writer // fixed bytes for -, and diffs
	errOut   io.Writer
	report   *printer
	failed   bool
	pending  bool
	settings fix.Settings
}

func runFix(cmd *cobra.Command, opts *options, fo *fixOptions, args []string) error {
	opts.format = "text"
	if _, err := todayFor(opts.today, nil); err != nil {
		return err
	}
	all, inputs, err := inputsFor(opts, args)
	if err != nil {
		return err
	}
	r := &fixRun{opts: opts, fo: fo, all: all, out: cmd.OutOrStdout(), errOut: cmd.ErrOrStderr()}
	if err := r.setUp(args); err != nil {
		return err
	}
	workers := runtime.GOMAXPROCS(0)
	opts.workersPerFile = workersPerFile(len(inputs))
	if fo.interactive {
		workers = 1 // one question at a time
		opts.workersPerFile = runtime.GOMAXPROCS(0)
	}
	go spelling.Warm()
	prog := newProgress(r.errOut, len(inputs))
	for res := range ordered(inputs, workers, r.fixOne) {
		prog.step()
		r.handle(res)
	}
	prog.done()
	return r.finish()
}

// setUp checks the flags against the inputs and chooses where the report
// goes: to stderr when stdout carries a fixed file or a diff.
func (r *fixRun) setUp(args []string) error {
	stdin := false
	for _, a := range args {
		stdin = stdin || a == "-"
	}
	switch {
	case r.fo.diff && r.fo.check:
		return errors.New("--diff and --check cannot be used together")
	case stdin && len(args) > 1:
		return errors.New("- (stdin) cannot be fixed together with other paths")
	case r.fo.interactive && stdin:
		return errors.New("--interactive reads answers from stdin, so it cannot fix -")
	case r.fo.interactive && !isTerminal(r.opts.stdin):
		return errors.New("--interactive needs a terminal on standard input")
	}
	reportTo := r.out
	if stdin || r.fo.diff {
		reportTo = r.errOut
	}
	p, err := newPrinter(reportTo, r.opts)
	if err != nil {
		return err
	}
	r.report = p
	r.settings = fix.Settings{Unsafe: r.fo.unsafe}
	if r.fo.interactive {
		r.settings.Ask = newAsker(r.opts.stdin, r.errOut)
	}
	return nil
}

func (r *fixRun) fixOne(in input) fileResult {
	res := fileResult{in: in}
	var before os.FileInfo
	if in.path != "-" {
		info, err := os.Stat(in.path)
		if err != nil {
			res.err = fmt.Errorf("%s: %w", in.path, unwrapPathError(err))
			return res
		}
		before = info
	}
	src, lo := readSource(in, r.opts, &res)
	if src == nil {
		return res
	}
	fixed, err := fix.File(src, r.all, lo, r.settings)
	if err != nil {
		res.err = fileError(in.display, err)
		return res
	}
	res.src, res.diags, res.orig, res.info, res.fixed = fixed.Source, fixed.Remaining, src.Bytes, before, fixed
	return res
}

// handle writes, prints or checks one file's result, then reports what
// remains.
func (r *fixRun) handle(res fileResult) {
	if res.skipped != nil {
		fmt.Fprintf(r.errOut, "timelint: %v; skipped\n", res.skipped)
		return
	}
	if res.err != nil {
		fmt.Fprintf(r.errOut, "timelint: %v\n", res.err)
		r.failed = true
		return
	}
	changed := res.fixed.Changed
	switch {
	case res.in.path == "-":
		r.writeOut(res.src.Bytes)
	case r.fo.diff:
		r.writeOut([]byte(fix.Diff(res.in.display, res.orig, res.src.Bytes)))
	case r.fo.check && changed:
		r.pending = true
		fmt.Fprintf(r.report.w, "%s: would fix %s\n", res.in.display, fixedSummary(r.all, res.fixed.Fixed))
	case changed:
		if err := writeAtomic(res.in.path, res.src.Bytes, res.info); err != nil {
			fmt.Fprintf(r.errOut, "timelint: %v\n", err)
			r.failed = true
			return
		}
		fmt.Fprintf(r.report.w, "%s: fixed %s\n", res.in.display, fixedSummary(r.all, res.fixed.Fixed))
	}
	r.report.file(res)
}

func (r *fixRun) writeOut(b []byte) {
	if _, err := r.out.Write(b); err != nil && !r.failed {
		fmt.Fprintf(r.errOut, "timelint: write output: %v\n", err)
		r.failed = true
	}
}

func (r *fixRun) finish() error {
	if err := r.report.finish(); err != nil {
		return err
	}
	switch {
	case r.failed:
		return exitCode(exitUsage)
	case r.pending, r.report.errors > 0:
		return exitCode(exitFindings)
	}
	return nil
}

// fixedSummary lists what was fixed, rule by rule in the rules' order:
// "22 tag-mismatch, 3 datetime-label".
func fixedSummary(all []lint.Rule, fixed map[string]int) string {
	var parts []string
	for _, r := range all {
		if n := fixed[r.Name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, r.Name))
		}
	}
	if len(parts) == 0 {
		return "the layout"
	}
	return strings.Join(parts, ", ")
}

// newAsker returns the question asked about each unsafe fix in
// interactive mode, answered on the terminal.
func newAsker(in io.Reader, out io.Writer) func(lint.Diagnostic, lint.Fix) fix.Decision {
	answers := bufio.NewReader(in)
	return func(d lint.Diagnostic, f lint.Fix) fix.Decision {
		for {
			fmt.Fprintf(out, "%s [%s]\n  unsafe fix: %s\n  apply? [y]es, [n]o, [a]ll, [q]uit: ", d.Message, d.Rule, f.Message)
			line, err := answers.ReadString('\n')
			if err != nil && line == "" {
				return fix.Quit
			}
			switch strings.ToLower(strings.TrimSpace(line)) {
			case "y", "yes":
				return fix.Yes
			case "n", "no":
				return fix.No
			case "a", "all":
				return fix.All
			case "q", "quit":
				return fix.Quit
			}
		}
	}
}

func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
