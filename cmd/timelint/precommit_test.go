package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// brokenPage is a page whose only slip has a safe fix: the title closed by
// the header's end tag.
const brokenPage = `# News

<div class="moj-timeline">
  <div class="moj-timeline__item">
    <div class="moj-timeline__header">
      <h2 class="moj-timeline__title">Service goes live</div>
    <p class="moj-timeline__date">
      <time datetime="2024-03">March 2024</time>
    </p>
  </div>
</div>
`

// TestPreCommit installs this checkout's hooks (.pre-commit-hooks.yaml)
// with the real pre-commit, configured by the README's snippet, in a
// throwaway site repository: the lint hook fails on a broken page, the fix
// hook repairs it, then both pass and a commit goes through. The hooks are
// built from a copy of the working tree, so uncommitted work is tested.
func TestPreCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the hooks with pre-commit; skipped with -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed, so the hook integration test cannot run; " +
			".ci/run installs it (apt-get install pre-commit)")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("pre-commit is installed but git is not: %v", err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 15*time.Minute)
	defer cancel()
	env := hookEnv(t)
	hooks, rev := hookRepo(ctx, t, env)

	site := t.TempDir()
	gitRun(ctx, t, env, site, "init", "-q")
	config := readmeBlock(t, "repos:")
	config = regexp.MustCompile(`(?m)^(\s*- repo: ).*$`).ReplaceAllString(config, "${1}"+hooks)
	config = regexp.MustCompile(`(?m)^(\s*rev: ).*$`).ReplaceAllString(config, "${1}"+rev)
	writeFile(t, filepath.Join(site, ".pre-commit-config.yaml"), config)
	writeFile(t, filepath.Join(site, "page.md"), brokenPage)
	gitRun(ctx, t, env, site, "add", ".")

	out := preCommit(ctx, t, env, site, 1, "run", "timelint", "--all-files")
	if !strings.Contains(out, "tag-mismatch") {
		t.Errorf("the lint hook's output does not name the finding:\n%s", out)
	}
	preCommit(ctx, t, env, site, 1, "run", "timelint-fix", "--all-files")
	want, _ := runMain(t, []byte(brokenPage), "fix", "--stdin-filename", "page.md", "-")
	if got, _ := os.ReadFile(filepath.Join(site, "page.md")); !bytes.Equal(got, want) || bytes.Equal(got, []byte(brokenPage)) {
		t.Fatalf("after the fix hook, page.md is\n%s\nwant\n%s", got, want)
	}
	gitRun(ctx, t, env, site, "add", "page.md")
	preCommit(ctx, t, env, site, 0, "run", "--all-files")
	preCommit(ctx, t, env, site, 0, "install")
	gitRun(ctx, t, env, site, "commit", "-q", "-m", "Add the news page")
}

// hookEnv is the environment for git and pre-commit: no git settings of
// the user or of a hook running these tests, a fresh pre-commit home, and
// the Go module cache shared so the hooks build without downloading.
func hookEnv(t *testing.T) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") && !strings.HasPrefix(kv, "PRE_COMMIT") {
			env = append(env, kv)
		}
	}
	gitConfig := filepath.Join(t.TempDir(), "gitconfig")
	writeFile(t, gitConfig, "")
	modCache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	return append(env, "GIT_CONFIG_GLOBAL="+gitConfig, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=timelint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=timelint test", "GIT_COMMITTER_EMAIL=test@example.com",
		"PRE_COMMIT_HOME="+t.TempDir(), "GOMODCACHE="+strings.TrimSpace(string(modCache)))
}

// hookRepo copies the checkout's working tree (tracked and untracked files
// that git does not ignore) into a new repository, commits it, and returns
// its path and commit.
func hookRepo(ctx context.Context, t *testing.T, env []string) (dir, rev string) {
	top := filepath.Join("..", "..")
	list := gitRun(ctx, t, env, top, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	dir = t.TempDir()
	for name := range strings.SplitSeq(strings.TrimSuffix(list, "\x00"), "\x00") {
		b, err := os.ReadFile(filepath.Join(top, name))
		if errors.Is(err, os.ErrNotExist) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gitRun(ctx, t, env, dir, "init", "-q")
	gitRun(ctx, t, env, dir, "add", ".")
	gitRun(ctx, t, env, dir, "commit", "-q", "-m", "timelint under test")
	return dir, strings.TrimSpace(gitRun(ctx, t, env, dir, "rev-parse", "HEAD"))
}

// preCommit runs pre-commit in dir and checks its exit status.
func preCommit(ctx context.Context, t *testing.T, env []string, dir string, want int, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, "pre-commit", args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		t.Fatalf("pre-commit %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	if got != want {
		t.Fatalf("pre-commit %s: exit status %d, want %d\n%s", strings.Join(args, " "), got, want, out)
	}
	return string(out)
}

// gitRun runs git in dir and returns its output, failing the test on an
// error.
func gitRun(ctx context.Context, t *testing.T, env []string, dir string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, ee.Stderr)
		}
		t.Fatalf("git %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
