package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
)

// readDictionaries reads the word lists a config names, relative to its
// folder, into c.DictionaryWords: one word a line; blank lines and lines
// starting with # are skipped.
func readDictionaries(c *lint.Config) error {
	dir := filepath.Dir(c.Path)
	for _, name := range c.Dictionaries {
		path := name
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, name)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("%s: dictionaries: read %s: %w", c.Path, name, unwrapPathError(err))
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w != "" && !strings.HasPrefix(w, "#") {
				c.DictionaryWords = append(c.DictionaryWords, w)
			}
		}
	}
	return nil
}
