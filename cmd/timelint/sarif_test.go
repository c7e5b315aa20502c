package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchemaFile is the official SARIF 2.1.0 schema; testdata/sarif/README.md
// names its source.
const sarifSchemaFile = "../../testdata/sarif/sarif-schema-2.1.0.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	b, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("read schema: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchema, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(sarifSchema)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, name string, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s: not JSON: %v", name, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s: not valid SARIF 2.1.0: %v", name, err)
	}
}

// TestSARIFSchema validates the seed page's SARIF golden and fresh output
// for a clean page, standard input and a file name that needs escaping
// against the official schema.
func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	golden, err := os.ReadFile("../../testdata/pages/seed.sarif")
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, sch, "testdata/pages/seed.sarif", golden)

	dir := t.TempDir()
	page := []byte("<div class=\"moj-timeline\">\n  <div class=\"moj-timeline__item\">\n" +
		"    <div class=\"moj-timeline__header\">\n      <h2 class=\"moj-timeline__title\">Café goes live</div>\n")
	for name, b := range map[string][]byte{"clean.md": []byte("# Nothing here\n"), "a b:c#1%.md": page} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name  string
		args  []string
		stdin []byte
	}{
		{"clean", []string{"lint", "--format", "sarif", filepath.Join(dir, "clean.md")}, nil},
		{"escaped name", []string{"lint", "--format", "sarif", filepath.Join(dir, "a b:c#1%.md")}, nil},
		{"stdin", []string{"lint", "--format", "sarif", "--stdin-filename", "site/x.html", "-"}, page},
		{"quiet folder", []string{"lint", "--format", "sarif", "--quiet", dir}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, _ := runMain(t, tc.stdin, tc.args...)
			validateSARIF(t, sch, tc.name, out)
		})
	}
}

// runMain runs the command in this process with stdin as standard input
// and returns its standard output and exit code.
func runMain(t *testing.T, stdin []byte, args ...string) ([]byte, int) {
	t.Helper()
	dir := t.TempDir()
	in, out, errOut := filepath.Join(dir, "stdin"), filepath.Join(dir, "stdout"), filepath.Join(dir, "stderr")
	if err := os.WriteFile(in, stdin, 0o644); err != nil {
		t.Fatal(err)
	}
	files := make([]*os.File, 3)
	for i, name := range []string{in, out, errOut} {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = f.Close() }()
		files[i] = f
	}
	code := run(args, files[0], files[1], files[2])
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := os.ReadFile(errOut); len(e) > 0 {
		t.Logf("stderr: %s", e)
	}
	return b, code
}
