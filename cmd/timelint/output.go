package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/ministryofjustice/timelint/lint"
)

// errWriter keeps the first error of its writes, so that printing code
// can write freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

// The output formats of --format.
const (
	formatText   = "text"
	formatJSON   = "json"
	formatGitHub = "github"
	formatSARIF  = "sarif"
)

// printer writes the results of a run in the chosen format, and keeps the
// totals the summary and the exit code need.
type printer struct {
	buf    *bufio.Writer // the command's output, flushed after each file
	out    *errWriter    // writes to buf
	w      *errWriter    // where the text list goes: out, or log for github
	format string
	color  bool
	quiet  bool // print error findings only, and no summary when there is none
	json   []jsonDiagnostic
	sarif  []sarifResult
	log    bytes.Buffer // github: the text list, printed with commands stopped
	notes  bytes.Buffer // github: the annotations

	errors, warnings, filesWithFindings, files int
}

func newPrinter(w io.Writer, opts *options) (*printer, error) {
	switch opts.format {
	case formatText, formatJSON, formatGitHub, formatSARIF:
	default:
		return nil, fmt.Errorf("--format must be text, json, github or sarif, not %q", opts.format)
	}
	switch opts.color {
	case "auto", "always", "never":
	default:
		return nil, fmt.Errorf("--color must be auto, always or never, not %q", opts.color)
	}
	buf := bufio.NewWriter(w)
	out := &errWriter{w: buf}
	p := &printer{buf: buf, out: out, w: out, format: opts.format, color: useColor(w, opts.color), quiet: opts.quiet,
		json: []jsonDiagnostic{}, sarif: []sarifResult{}}
	if p.format == formatGitHub {
		p.w = &errWriter{w: &p.log}
	}
	return p, nil
}

func (p *printer) file(r fileResult) {
	p.files++
	if len(r.diags) > 0 {
		p.filesWithFindings++
	}
	errs, warns := lint.Counts(r.diags)
	p.errors += errs
	p.warnings += warns
	diags := r.diags
	if p.quiet {
		diags = onlyErrors(diags)
	}
	switch p.format {
	case formatJSON:
		p.addJSON(r, diags)
	case formatSARIF:
		p.addSARIF(r, diags)
	case formatGitHub:
		p.text(r, diags)
		p.annotate(r, diags)
	default:
		p.text(r, diags)
	}
	p.flush()
}

// flush writes out what the buffer holds: one write per file rather than
// one per line, and a file's findings shown as soon as it is done.
func (p *printer) flush() {
	if err := p.buf.Flush(); err != nil && p.out.err == nil {
		p.out.err = err
	}
}

func (p *printer) finish() error {
	switch p.format {
	case formatJSON:
		p.writeJSON()
	case formatSARIF:
		p.writeSARIF()
	case formatGitHub:
		p.summary()
		p.writeGitHub()
	default:
		p.summary()
	}
	p.flush()
	if p.out.err != nil {
		return fmt.Errorf("write output: %w", p.out.err)
	}
	return nil
}

// onlyErrors returns the error findings of diags, for --quiet.
func onlyErrors(diags []lint.Diagnostic) []lint.Diagnostic {
	var out []lint.Diagnostic
	for _, d := range diags {
		if d.Severity == lint.Error {
			out = append(out, d)
		}
	}
	return out
}

// useColor decides colour: never under NO_COLOR, always with
// FORCE_COLOR or --color always, else only on a terminal.
func useColor(w io.Writer, flag string) bool {
	switch {
	case flag == "never" || os.Getenv("NO_COLOR") != "":
		return false
	case flag == "always" || os.Getenv("FORCE_COLOR") != "":
		return true
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
