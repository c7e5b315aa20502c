package rules_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/ministryofjustice/timelint/fix"
	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
	"github.com/ministryofjustice/timelint/lint/rules"
)

var update = flag.Bool("update", false, "rewrite the diagnostics of the golden cases")

// testToday is the day the golden cases run on, unless their config says.
var testToday = date.Date{Year: 2026, Month: 11, Day: 26, Precision: date.Day}

// goldenCase is one testdata/rules/<rule>/<case>.txtar archive.
type goldenCase struct {
	path    string
	archive *txtar.Archive
	input   string // name of the input file in the archive
}

func readCases(t *testing.T) []goldenCase {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/rules/*/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden cases found: %v", err)
	}
	var out []goldenCase
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c := goldenCase{path: p, archive: a}
		for _, f := range a.Files {
			if strings.HasPrefix(f.Name, "input.") {
				c.input = f.Name
			}
		}
		if c.input == "" {
			t.Fatalf("%s: no input.md, input.html or input.njk", p)
		}
		out = append(out, c)
	}
	return out
}

func (c goldenCase) file(name string) ([]byte, bool) {
	for _, f := range c.archive.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// options returns the options a case runs with: its config, if it has
// one, and the test day unless the config names another.
func options(t *testing.T, config []byte) lint.Options {
	t.Helper()
	cfg := lint.DefaultConfig()
	if config != nil {
		var err error
		cfg, err = lint.ParseConfig(".timelint.yaml", config, rules.Names(rules.All()))
		if err != nil {
			t.Fatal(err)
		}
	}
	today := testToday
	if cfg.Today != "" {
		v, _ := date.ParseDatetime(cfg.Today)
		today = v.Date
	}
	return lint.Options{Config: cfg, Today: today}
}

// lintText runs every rule on one input and renders the findings as the
// text format does, without the path and the snippet.
func lintText(t *testing.T, name string, input, config []byte) string {
	t.Helper()
	kind, _ := lint.KindOf(name)
	src, err := lint.NewSource(name, kind, input)
	if err != nil {
		return fmt.Sprintf("error: %v\n", err)
	}
	res, err := lint.Run(src, rules.All(), options(t, config))
	if err != nil {
		return fmt.Sprintf("error: %v\n", err)
	}
	var b strings.Builder
	for _, d := range res.Diagnostics {
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", src.Position(d.Span.Start), d.Severity, d.Message, d.Rule)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	for _, c := range readCases(t) {
		rule := filepath.Base(filepath.Dir(c.path))
		name := rule + "/" + strings.TrimSuffix(filepath.Base(c.path), ".txtar")
		t.Run(name, func(t *testing.T) {
			input, _ := c.file(c.input)
			config, _ := c.file(".timelint.yaml")
			got := lintText(t, c.input, input, config)
			fixed := fixText(t, c.input, input, config, fix.Settings{})
			unsafe := fixText(t, c.input, input, config, fix.Settings{Unsafe: true})
			if *update {
				writeGolden(t, c, got, fixed, unsafe, input)
				return
			}
			want, ok := c.file("diagnostics")
			if !ok {
				t.Fatalf("%s has no diagnostics section; run go test ./lint/rules -update", c.path)
			}
			if got != string(want) {
				t.Errorf("diagnostics differ\n--- got\n%s--- want\n%s", got, want)
			}
			checkCaseKind(t, filepath.Base(c.path), rule, got)
			checkFixed(t, c, fixedName(c), input, fixed)
			checkFixed(t, c, unsafeName(c), fixed, unsafe)
			if again := fixText(t, c.input, fixed, config, fix.Settings{}); !bytes.Equal(again, fixed) {
				t.Errorf("fix is not idempotent; a second fix gives\n%s", again)
			}
		})
	}
}

// fixText returns the input with its safe fixes applied, as timelint fix
// writes it.
func fixText(t *testing.T, name string, input, config []byte, s fix.Settings) []byte {
	t.Helper()
	kind, _ := lint.KindOf(name)
	src, err := lint.NewSource(name, kind, input)
	if err != nil {
		return input
	}
	res, err := fix.File(src, rules.All(), options(t, config), s)
	if err != nil {
		t.Fatalf("fix: %v", err)
	}
	return res.Source.Bytes
}

// checkFixed compares a fixed output with the case's file of that name;
// without one, it must equal def: fix changes nothing, and --unsafe
// nothing more than fix.
func checkFixed(t *testing.T, c goldenCase, name string, def, got []byte) {
	t.Helper()
	want, ok := c.file(name)
	if !ok {
		want = def
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs\n--- got\n%s--- want\n%s", name, got, want)
	}
}

func fixedName(c goldenCase) string  { return "fixed" + filepath.Ext(c.input) }
func unsafeName(c goldenCase) string { return "fixed-unsafe" + filepath.Ext(c.input) }

// checkCaseKind holds cases to their names: a bad_ case must report its
// rule, a good_ case must not.
func checkCaseKind(t *testing.T, base, rule, got string) {
	t.Helper()
	reports := strings.Contains(got, "["+rule+"]")
	switch {
	case strings.HasPrefix(base, "bad") && !reports:
		t.Errorf("a bad case must report %s", rule)
	case strings.HasPrefix(base, "good") && reports:
		t.Errorf("a good case must not report %s", rule)
	}
}

// writeGolden rewrites a case's diagnostics and fixed outputs; fixed.<ext>
// is dropped when fix changes nothing, fixed-unsafe.<ext> when --unsafe
// changes nothing more.
func writeGolden(t *testing.T, c goldenCase, diags string, fixed, unsafe, input []byte) {
	t.Helper()
	var files []txtar.File
	for _, f := range c.archive.Files {
		if f.Name != "diagnostics" && f.Name != fixedName(c) && f.Name != unsafeName(c) {
			files = append(files, f)
		}
	}
	files = append(files, txtar.File{Name: "diagnostics", Data: []byte(diags)})
	if !bytes.Equal(fixed, input) {
		files = append(files, txtar.File{Name: fixedName(c), Data: fixed})
	}
	if !bytes.Equal(unsafe, fixed) {
		files = append(files, txtar.File{Name: unsafeName(c), Data: unsafe})
	}
	c.archive.Files = files
	if err := os.WriteFile(c.path, txtar.Format(c.archive), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRegistry checks each rule has a unique name, a full doc, a severity
// and golden cases, and that its doc's Bad example is reported and its
// Good example is clean.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules.All() {
		t.Run(r.Name, func(t *testing.T) {
			if seen[r.Name] {
				t.Fatalf("rule %s is listed twice", r.Name)
			}
			seen[r.Name] = true
			d := r.Doc
			if d.Summary == "" || d.Why == "" || d.Bad == "" || d.Good == "" || d.Fix == "" {
				t.Errorf("doc is incomplete: %+v", d)
			}
			if strings.HasSuffix(d.Summary, ".") || strings.ToLower(d.Summary[:1]) != d.Summary[:1] {
				t.Errorf("summary %q must be lower case with no final period", d.Summary)
			}
			if r.Severity != lint.Warning && r.Severity != lint.Error {
				t.Errorf("severity = %v, want warning or error", r.Severity)
			}
			if _, err := os.Stat(filepath.Join("../../testdata/rules", r.Name)); err != nil {
				t.Errorf("no golden cases: %v", err)
			}
			cfg := []byte("rules:\n  " + r.Name + ": warning\n")
			if got := lintText(t, "doc.md", []byte(d.Bad), cfg); !strings.Contains(got, "["+r.Name+"]") {
				t.Errorf("the doc's Bad example is not reported:\n%s", got)
			}
			if got := lintText(t, "doc.md", []byte(d.Good), cfg); strings.Contains(got, "["+r.Name+"]") {
				t.Errorf("the doc's Good example is reported:\n%s", got)
			}
		})
	}
}

func TestGoldenCasesAreTidy(t *testing.T) {
	for _, c := range readCases(t) {
		if len(bytes.TrimSpace(c.archive.Comment)) == 0 {
			t.Errorf("%s: the comment must say what the case is and why it exists", c.path)
		}
	}
}
