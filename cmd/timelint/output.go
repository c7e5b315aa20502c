package main

import (
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

// printer writes the results of a run in the chosen format, and keeps the
// totals the summary and the exit code need.
type printer struct {
	w      *errWriter
	format string
	color  bool
	json   []jsonDiagnostic

	errors, warnings, filesWithFindings, files int
}

func newPrinter(w io.Writer, opts *options) (*printer, error) {
	switch opts.color {
	case "auto", "always", "never":
	default:
		return nil, fmt.Errorf("--color must be auto, always or never, not %q", opts.color)
	}
	return &printer{w: &errWriter{w: w}, format: opts.format, color: useColor(w, opts.color), json: []jsonDiagnostic{}}, nil
}

func (p *printer) file(r fileResult) {
	p.files++
	if len(r.diags) > 0 {
		p.filesWithFindings++
	}
	errs, warns := lint.Counts(r.diags)
	p.errors += errs
	p.warnings += warns
	if p.format == "json" {
		p.addJSON(r)
		return
	}
	p.text(r)
}

func (p *printer) finish() error {
	if p.format == "json" {
		p.writeJSON()
	} else {
		p.summary()
	}
	if p.w.err != nil {
		return fmt.Errorf("write output: %w", p.w.err)
	}
	return nil
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
