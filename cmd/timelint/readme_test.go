package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// readmeBlock returns the first fenced code block of README.md that
// contains marker, so that tests run the README's snippets as written.
func readmeBlock(t *testing.T, marker string) string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var block strings.Builder
	inBlock := false
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```") && !inBlock:
			inBlock = true
			block.Reset()
		case strings.HasPrefix(line, "```"):
			inBlock = false
			if strings.Contains(block.String(), marker) {
				return block.String()
			}
		case inBlock:
			block.WriteString(line + "\n")
		}
	}
	t.Fatalf("README.md has no code block containing %q", marker)
	return ""
}

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	Jobs map[string]struct {
		Steps []struct {
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// TestReadmeWorkflow runs the README's GitHub Actions workflow as far as it
// can run here: its timelint command lines run through a freshly built
// binary under GITHUB_ACTIONS=true in a copy of the seed page's folder, the
// go install line names this module's command, and the SARIF file that
// upload-sarif is given exists and is valid.
func TestReadmeWorkflow(t *testing.T) {
	var wf workflow
	if err := yaml.Unmarshal([]byte(readmeBlock(t, "jobs:")), &wf); err != nil {
		t.Fatalf("README workflow is not YAML: %v", err)
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "timelint"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	site := t.TempDir()
	if err := copyDir(filepath.Join("..", "..", "testdata", "pages"), site); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GITHUB_ACTIONS=true")
	ran, uploaded := 0, 0
	for name, job := range wf.Jobs {
		for _, step := range job.Steps {
			for line := range strings.SplitSeq(strings.TrimSpace(step.Run), "\n") {
				ran += runWorkflowLine(t, name, line, site, env)
			}
			uploaded += checkUses(t, name, step.Uses, step.With, site)
		}
	}
	if ran < 2 || uploaded != 1 {
		t.Errorf("ran %d timelint lines and checked %d uploads, want at least 2 and 1", ran, uploaded)
	}
}

// runWorkflowLine runs one line of a run: step with bash, as GitHub does,
// if it is a timelint command, and returns how many it ran.
func runWorkflowLine(t *testing.T, job, line, site string, env []string) int {
	t.Helper()
	switch {
	case line == "":
		return 0
	case strings.HasPrefix(line, "go install "):
		if !strings.HasPrefix(strings.TrimPrefix(line, "go install "), "github.com/ministryofjustice/timelint/cmd/timelint@") {
			t.Errorf("job %s: %q does not install this module's command", job, line)
		}
		return 0
	case !strings.HasPrefix(line, "timelint "):
		t.Errorf("job %s: %q is neither go install nor timelint; test it", job, line)
		return 0
	}
	cmd := exec.Command("bash", "-e", "-c", line)
	cmd.Dir, cmd.Env = site, env
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if err != nil && (!errors.As(err, &ee) || ee.ExitCode() != exitFindings) {
		t.Errorf("job %s: %s: %v\n%s", job, line, err, out)
	}
	if !strings.Contains(line, "--format") && !strings.Contains(string(out), "::error file=seed.md,") {
		t.Errorf("job %s: %s under GitHub Actions printed no annotation:\n%s", job, line, out)
	}
	return 1
}

// checkUses checks an action a step uses is one the README means, and
// that upload-sarif's file was written and is valid; it returns 1 for an
// upload.
func checkUses(t *testing.T, job, uses string, with map[string]string, site string) int {
	t.Helper()
	action, _, _ := strings.Cut(uses, "@")
	switch action {
	case "", "actions/checkout", "actions/setup-go":
		return 0
	case "github/codeql-action/upload-sarif":
		b, err := os.ReadFile(filepath.Join(site, with["sarif_file"]))
		if err != nil {
			t.Fatalf("job %s: upload-sarif's sarif_file: %v", job, err)
		}
		validateSARIF(t, compileSARIFSchema(t), with["sarif_file"], b)
		return 1
	}
	t.Errorf("job %s: unexpected action %q", job, uses)
	return 0
}
