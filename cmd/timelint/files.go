package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ministryofjustice/timelint/lint"
)

// input is one file to lint: a path, or standard input.
type input struct {
	path    string // as given or as found by the walk; "-" for stdin
	display string // the name printed in output
	kind    lint.Kind
	config  *lint.Config
	walked  bool // found by walking a folder, not named by the user
}

// configName is the file name of timelint's configuration.
const configName = ".timelint.yaml"

// configFinder finds the .timelint.yaml nearest each file, reading each
// folder's at most once.
type configFinder struct {
	override *lint.Config
	byDir    map[string]*lint.Config
	rules    []string
}

func newConfigFinder(path string, ruleNames []string) (*configFinder, error) {
	f := &configFinder{byDir: map[string]*lint.Config{}, rules: ruleNames}
	if path == "" {
		return f, nil
	}
	c, err := readConfig(path, ruleNames)
	if err != nil {
		return nil, err
	}
	f.override = c
	return f, nil
}

func readConfig(path string, ruleNames []string) (*lint.Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	c, err := lint.ParseConfig(path, b, ruleNames)
	if err != nil {
		return nil, err
	}
	return c, readDictionaries(c)
}

// forDir returns the config in force for files in dir: the closest
// .timelint.yaml in dir or above it, else the defaults.
func (f *configFinder) forDir(dir string) (*lint.Config, error) {
	if f.override != nil {
		return f.override, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if c, ok := f.byDir[abs]; ok {
		return c, nil
	}
	c, err := f.lookUp(abs)
	if err != nil {
		return nil, err
	}
	f.byDir[abs] = c
	return c, nil
}

func (f *configFinder) lookUp(abs string) (*lint.Config, error) {
	path := filepath.Join(abs, configName)
	if _, err := os.Stat(path); err == nil {
		return readConfig(path, f.rules)
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return lint.DefaultConfig(), nil
	}
	return f.forDir(parent)
}

// excluded reports whether path matches an exclude glob of its config,
// relative to the config file's folder.
func excluded(c *lint.Config, path string) bool {
	if c.Path == "" || len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	dir, err := filepath.Abs(filepath.Dir(c.Path))
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return false
	}
	return c.Excluded(filepath.ToSlash(rel))
}

// skipDir reports folders a walk never enters, whatever .gitignore says:
// VCS data, dependencies, Eleventy's output and hidden folders.
func skipDir(name string) bool {
	switch name {
	case ".git", "node_modules", "_site":
		return true
	}
	return len(name) > 1 && name[0] == '.' && name != ".."
}

// collect expands the paths given on the command line into inputs. An
// error names the path and the reason.
func collect(args []string, finder *configFinder, stdinName string) ([]input, error) {
	var out []input
	for _, arg := range args {
		if arg == "-" {
			in, err := stdinInput(finder, stdinName)
			if err != nil {
				return nil, err
			}
			out = append(out, in)
			continue
		}
		found, err := collectPath(arg, finder)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	return out, nil
}

func stdinInput(finder *configFinder, name string) (input, error) {
	in := input{path: "-", display: "-", kind: lint.Markdown}
	dir := "."
	if name != "" {
		in.display = name
		if k, ok := lint.KindOf(name); ok {
			in.kind = k
		}
		dir = filepath.Dir(name)
	}
	c, err := finder.forDir(dir)
	in.config = c
	return in, err
}

func collectPath(arg string, finder *configFinder) ([]input, error) {
	info, err := os.Stat(arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", arg, unwrapPathError(err))
	}
	if !info.IsDir() {
		kind, ok := lint.KindOf(arg)
		if !ok {
			return nil, fmt.Errorf("%s: not a .md, .html, .htm or .njk file", arg)
		}
		c, err := finder.forDir(filepath.Dir(arg))
		if err != nil || excluded(c, arg) {
			return nil, err
		}
		return []input{{path: arg, display: arg, kind: kind, config: c}}, nil
	}
	return walk(arg, finder)
}

// unwrapPathError drops the path and operation that *fs.PathError repeats,
// since messages here name the path first.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
