package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ministryofjustice/timelint/lint"
)

// walker finds the pages in one folder named on the command line, in
// lexical order. It skips what skipDir names, what the repository's
// .gitignore files ignore and what the config excludes. It follows
// symbolic links, since Eleventy builds the pages behind them, but enters
// each real folder once, so a link back up the tree cannot loop.
type walker struct {
	finder *configFinder
	seen   map[string]bool // real paths of the folders entered
	out    []input
}

func walk(root string, finder *configFinder) ([]input, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	ign, err := ignoresAbove(abs)
	if err != nil {
		return nil, err
	}
	w := &walker{finder: finder, seen: map[string]bool{}}
	if err := w.dir(root, abs, ign); err != nil {
		return nil, err
	}
	return w.out, nil
}

// dir walks the folder at path (abs: the same, absolute but with links
// unresolved, as .gitignore patterns see it).
func (w *walker) dir(path, abs string, ign ignores) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	if w.seen[real] {
		return nil
	}
	w.seen[real] = true
	// Read the folder before its .gitignore, so that an unreadable folder
	// is reported as itself.
	entries, err := os.ReadDir(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	ign, err = ign.enter(path, abs)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := w.entry(path, abs, e, ign); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) entry(dir, dirAbs string, e fs.DirEntry, ign ignores) error {
	path, abs := filepath.Join(dir, e.Name()), filepath.Join(dirAbs, e.Name())
	mode := e.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return nil // a dangling link names no page
		}
		mode = info.Mode().Type()
	}
	if mode.IsDir() {
		if skipDir(e.Name()) || ign.ignored(abs, true) {
			return nil
		}
		return w.dir(path, abs, ign)
	}
	kind, ok := lint.KindOf(path)
	if !ok || !mode.IsRegular() || ign.ignored(abs, false) {
		return nil
	}
	c, err := w.finder.forDir(dir)
	if err != nil {
		return err
	}
	if !excluded(c, path) {
		w.out = append(w.out, input{path: path, display: path, kind: kind, config: c, walked: true})
	}
	return nil
}
