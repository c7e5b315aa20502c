package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ignores are the .gitignore files in force in one folder, outermost
// first, so that a later match (a deeper file, a later line) wins, as in
// git. Only .gitignore files and .git/info/exclude are read: a global
// excludes file is the user's and says nothing about the site.
type ignores []*ignoreFile

// ignoreFile is the patterns of one .gitignore file.
type ignoreFile struct {
	dir      string // absolute, with forward slashes: patterns are relative to it
	patterns []ignorePattern
}

// ignorePattern is one line of a .gitignore file, as gitignore(5) reads it.
type ignorePattern struct {
	segs    []string // split at "/"; a "**" segment matches any number of folders
	negate  bool     // "!pattern" re-includes what an earlier line ignored
	dirOnly bool     // "pattern/" matches folders only
}

// ignoresAbove returns the ignore files that apply to a walk starting at
// the absolute path root but sit above it: .git/info/exclude and the
// .gitignore files of the folders from the repository's top down to
// root's parent. Outside a repository there are none.
func ignoresAbove(root string) (ignores, error) {
	top, ok := repoTop(root)
	if !ok {
		return nil, nil
	}
	var ign ignores
	exclude := filepath.Join(top, ".git", "info", "exclude")
	ign, err := ign.read(exclude, top)
	if err != nil {
		return nil, err
	}
	var dirs []string
	for d := filepath.Dir(root); root != top && len(d) >= len(top); d = filepath.Dir(d) {
		dirs = append(dirs, d)
		if d == top {
			break
		}
	}
	slices.Reverse(dirs)
	for _, d := range dirs {
		if ign, err = ign.read(filepath.Join(d, ".gitignore"), d); err != nil {
			return nil, err
		}
	}
	return ign, nil
}

// repoTop returns the nearest folder at or above dir holding .git (a
// folder, or a file in a worktree or submodule).
func repoTop(dir string) (string, bool) {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// enter returns the ignores in force inside the folder at path (abs: the
// same, absolute): ign and the folder's own .gitignore.
func (ign ignores) enter(path, abs string) (ignores, error) {
	return ign.read(filepath.Join(path, ".gitignore"), abs)
}

// read adds the patterns of the ignore file at file, relative to the
// absolute folder dir. A missing file adds nothing.
func (ign ignores) read(file, dir string) (ignores, error) {
	b, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return ign, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, unwrapPathError(err))
	}
	f := parseIgnore(filepath.ToSlash(dir), string(b))
	if len(f.patterns) == 0 {
		return ign, nil
	}
	return append(slices.Clip(ign), f), nil
}

func parseIgnore(dir, text string) *ignoreFile {
	f := &ignoreFile{dir: dir}
	for line := range strings.SplitSeq(text, "\n") {
		if p, ok := parseIgnoreLine(strings.TrimSuffix(line, "\r")); ok {
			f.patterns = append(f.patterns, p)
		}
	}
	return f
}

// parseIgnoreLine reads one line of a .gitignore file; ok is false for a
// blank line or a comment.
func parseIgnoreLine(line string) (p ignorePattern, ok bool) {
	line = trimTrailingSpaces(line)
	if line == "" || line[0] == '#' {
		return p, false
	}
	if line[0] == '!' {
		p.negate, line = true, line[1:]
	}
	if strings.HasSuffix(line, "/") {
		p.dirOnly, line = true, strings.TrimSuffix(line, "/")
	}
	// A slash at the start or in the middle anchors the pattern to the
	// .gitignore's folder; otherwise it matches at any depth below it.
	anchored := strings.Contains(line, "/")
	line = strings.TrimPrefix(line, "/")
	if line == "" {
		return p, false
	}
	p.segs = strings.Split(line, "/")
	if !anchored {
		p.segs = []string{"**", line}
	}
	for i, s := range p.segs {
		// gitignore negates a bracket expression with "!", path.Match with "^".
		p.segs[i] = strings.ReplaceAll(s, "[!", "[^")
	}
	return p, true
}

// trimTrailingSpaces drops trailing spaces unless a backslash escapes them.
func trimTrailingSpaces(s string) string {
	for strings.HasSuffix(s, " ") && !strings.HasSuffix(s, `\ `) {
		s = s[:len(s)-1]
	}
	return s
}

// ignored reports whether the file or folder at the absolute path abs is
// ignored: the last pattern that matches it decides.
func (ign ignores) ignored(abs string, isDir bool) bool {
	abs = filepath.ToSlash(abs)
	is := false
	for _, f := range ign {
		rel, ok := relBelow(f.dir, abs)
		if !ok {
			continue
		}
		names := strings.Split(rel, "/")
		for _, p := range f.patterns {
			if (!p.dirOnly || isDir) && matchSegs(p.segs, names) {
				is = !p.negate
			}
		}
	}
	return is
}

// relBelow returns abs relative to dir, when abs lies below dir.
func relBelow(dir, abs string) (string, bool) {
	if dir == "/" {
		return strings.TrimPrefix(abs, "/"), abs != "/"
	}
	rel, ok := strings.CutPrefix(abs, dir+"/")
	return rel, ok && rel != ""
}

// matchSegs matches path names against pattern segments: "**" matches any
// number of names (at the end, at least one: "dir/**" is what dir holds),
// any other segment matches one name as path.Match does.
func matchSegs(segs, names []string) bool {
	for len(segs) > 0 {
		if segs[0] == "**" {
			rest := segs[1:]
			if len(rest) == 0 {
				return len(names) > 0
			}
			for i := range len(names) + 1 {
				if matchSegs(rest, names[i:]) {
					return true
				}
			}
			return false
		}
		if len(names) == 0 {
			return false
		}
		if ok, err := path.Match(segs[0], names[0]); err != nil || !ok {
			return false
		}
		segs, names = segs[1:], names[1:]
	}
	return len(names) == 0
}
