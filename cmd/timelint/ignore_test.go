package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIgnored(t *testing.T) {
	tests := []struct {
		name      string
		gitignore string
		path      string // below the .gitignore's folder
		isDir     bool
		want      bool
	}{
		{"name at any depth", "drafts.md", "a/b/drafts.md", false, true},
		{"name as a folder", "drafts", "a/drafts", true, true},
		{"glob", "*.draft.md", "news/x.draft.md", false, true},
		{"glob stays in its name", "*.md", "a/b.html", false, false},
		{"question mark", "page?.md", "page1.md", false, true},
		{"bracket", "page[0-9].md", "page7.md", false, true},
		{"negated bracket", "page[!0-9].md", "page7.md", false, false},
		{"comment", "#page.md", "#page.md", false, false},
		{"escaped hash", `\#page.md`, "#page.md", false, true},
		{"blank and trailing spaces", "\n  \npage.md   ", "page.md", false, true},
		{"escaped trailing space", `page.md\ `, "page.md", false, false},
		{"CRLF", "page.md\r\n", "page.md", false, true},
		{"folder only: a folder", "build/", "x/build", true, true},
		{"folder only: a file", "build/", "x/build", false, false},
		{"anchored by a leading slash", "/top.md", "top.md", false, true},
		{"anchored: not deeper", "/top.md", "a/top.md", false, false},
		{"anchored by a middle slash", "docs/old.md", "docs/old.md", false, true},
		{"middle slash: not deeper", "docs/old.md", "x/docs/old.md", false, false},
		{"leading **", "**/old.md", "a/b/old.md", false, true},
		{"leading ** at the top", "**/old.md", "old.md", false, true},
		{"trailing **", "drafts/**", "drafts/a/b.md", false, true},
		{"trailing ** not the folder", "drafts/**", "drafts", true, false},
		{"middle **", "a/**/b.md", "a/x/y/b.md", false, true},
		{"middle ** with no folder", "a/**/b.md", "a/b.md", false, true},
		{"negation re-includes", "*.md\n!keep.md", "keep.md", false, false},
		{"last match wins", "!keep.md\n*.md", "keep.md", false, true},
		{"escaped bang", `\!bang.md`, "!bang.md", false, true},
		{"no match", "other.md", "page.md", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ign := ignores{parseIgnore("/site", tc.gitignore)}
			if got := ign.ignored("/site/"+tc.path, tc.isDir); got != tc.want {
				t.Errorf("ignored(%q) under %q = %v, want %v", tc.path, tc.gitignore, got, tc.want)
			}
		})
	}
}

// TestIgnoredNested checks that a deeper .gitignore wins over a shallower
// one and only applies below its own folder.
func TestIgnoredNested(t *testing.T) {
	ign := ignores{parseIgnore("/site", "*.md\n"), parseIgnore("/site/keep", "!*.md\n")}
	tests := []struct {
		path string
		want bool
	}{
		{"/site/a.md", true},
		{"/site/keep/a.md", false},
		{"/site/keeper/a.md", true},
		{"/elsewhere/a.md", false},
	}
	for _, tc := range tests {
		if got := ign.ignored(tc.path, false); got != tc.want {
			t.Errorf("ignored(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

// TestIgnoresAbove walks a subfolder of a repository: the .gitignore files
// and .git/info/exclude above it still apply.
func TestIgnoresAbove(t *testing.T) {
	top := t.TempDir()
	files := map[string]string{
		".git/info/exclude":        "local.md\n",
		".gitignore":               "/site/pages/drafts/\n",
		"site/.gitignore":          "*.tmp.md\n",
		"site/pages/a.md":          "",
		"site/pages/local.md":      "",
		"site/pages/b.tmp.md":      "",
		"site/pages/drafts/c.md":   "",
		"site/pages/sub/drafts.md": "",
	}
	for name, text := range files {
		path := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	finder, err := newConfigFinder("", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := walk(filepath.Join(top, "site", "pages"), finder)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range got {
		rel, _ := filepath.Rel(top, in.path)
		names = append(names, filepath.ToSlash(rel))
	}
	want := []string{"site/pages/a.md", "site/pages/sub/drafts.md"}
	if len(names) != len(want) || names[0] != want[0] || names[1] != want[1] {
		t.Errorf("walk = %q, want %q", names, want)
	}
}
