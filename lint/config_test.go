package lint

import (
	"errors"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// testRuleNames stands in for rules.All, which the lint package cannot import.
func testRuleNames() []string {
	return []string{"tag-mismatch", "title-full-stop", "heading-level", "datetime-label", "stale-future"}
}

const testConfigPath = ".timelint.yaml"

// withDefaults returns the default config from testConfigPath, changed by f.
func withDefaults(f func(c *Config)) *Config {
	c := DefaultConfig()
	c.Path = testConfigPath
	f(c)
	return c
}

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  *Config
	}{
		{"empty file", "", withDefaults(func(*Config) {})},
		{"only comments", "# nothing yet\n\n  # still nothing\n", withDefaults(func(*Config) {})},
		{"only a document start", "---\n", withDefaults(func(*Config) {})},
		{"null document", "~\n", withDefaults(func(*Config) {})},
		{"BOM and CRLF", "\ufefforder: off\r\n", withDefaults(func(c *Config) { c.Order = "off" })},
		{"full example", fullExample, withDefaults(func(c *Config) {
			c.Rules = map[string]RuleSetting{
				"title-full-stop": {Severity: Warning},
				"heading-level":   {Off: true},
				"tag-mismatch":    {Severity: Error},
			}
			c.Order = "oldest-first"
			c.Prefer = "datetime"
			c.Today = "2026-11-26"
			c.Exclude = []string{"drafts/**", "_includes/old.njk"}
			c.Locale = "en-US"
			c.Words = []string{"dbt", "PyDBTools"}
			c.Dictionaries = []string{"words.txt"}
		})},
		{"quoted off", "rules:\n  heading-level: \"off\"\n", withDefaults(func(c *Config) {
			c.Rules["heading-level"] = RuleSetting{Off: true}
		})},
		{"flow style", "rules: {tag-mismatch: warning}\nwords: [dbt]\n", withDefaults(func(c *Config) {
			c.Rules["tag-mismatch"] = RuleSetting{Severity: Warning}
			c.Words = []string{"dbt"}
		})},
		{"order newest-first", "order: newest-first\n", withDefaults(func(*Config) {})},
		{"order off", "order: off\n", withDefaults(func(c *Config) { c.Order = "off" })},
		{"prefer label", "prefer: label\n", withDefaults(func(*Config) {})},
		{"locale en-GB", "locale: en-GB\n", withDefaults(func(*Config) {})},
		{"leap day", "today: 2028-02-29\n", withDefaults(func(c *Config) { c.Today = "2028-02-29" })},
		{"quoted date", "today: '2026-01-02'\n", withDefaults(func(c *Config) { c.Today = "2026-01-02" })},
		{"empty values keep defaults", "rules:\norder:\nprefer: ~\ntoday: null\nexclude:\nlocale:\nwords:\ndictionaries:\n",
			withDefaults(func(*Config) {})},
		{"empty lists", "exclude: []\nwords: []\ndictionaries: []\n", withDefaults(func(c *Config) {
			c.Exclude, c.Words, c.Dictionaries = []string{}, []string{}, []string{}
		})},
		{"aliases", "order: &o oldest-first\nwords: &w [a, *o]\ndictionaries: *w\n", withDefaults(func(c *Config) {
			c.Order = "oldest-first"
			c.Words = []string{"a", "oldest-first"}
			c.Dictionaries = []string{"a", "oldest-first"}
		})},
		{"numbers as words", "words: [123, true]\n", withDefaults(func(c *Config) { c.Words = []string{"123", "true"} })},
		{"tab after a key", "order:\toff\n", withDefaults(func(c *Config) { c.Order = "off" })},
		{"tabs on a blank line", "order: off\n \t\nlocale: en-US\n",
			withDefaults(func(c *Config) { c.Order, c.Locale = "off", "en-US" })},
		{"explicit document end", "order: off\n...\n", withDefaults(func(c *Config) { c.Order = "off" })},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseConfig(testConfigPath, []byte(tc.input), testRuleNames())
			if err != nil {
				t.Fatalf("ParseConfig(%q) error: %v", tc.input, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ParseConfig(%q) = %+v, want %+v", tc.input, got, tc.want)
			}
		})
	}
}

const fullExample = `# rule name → off / warning / error, written bare
rules:
  title-full-stop: warning
  heading-level: off
  tag-mismatch: error
order: oldest-first      # newest-first | oldest-first | off
prefer: datetime
today: 2026-11-26
exclude:
  - "drafts/**"
  - "_includes/old.njk"
locale: en-US
words:
  - dbt
  - PyDBTools
dictionaries:
  - words.txt
`

func TestDefaultConfig(t *testing.T) {
	got := DefaultConfig()
	want := &Config{Rules: map[string]RuleSetting{}, Order: "newest-first", Prefer: "label", Locale: "en-GB"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DefaultConfig() = %+v, want %+v", got, want)
	}
	got.Rules["x"] = RuleSetting{Off: true}
	if again := DefaultConfig(); len(again.Rules) != 0 {
		t.Errorf("DefaultConfig() after changing an earlier one has rules %v, want none", again.Rules)
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		// Keys.
		{"unknown rule, near", "# rules\nrules:\n  tag-mismach: off\n",
			`.timelint.yaml:3:3: rules.tag-mismach: unknown rule "tag-mismach"; did you mean "tag-mismatch"?`},
		{"unknown rule, wrong case", "rules:\n  Heading-Level: off\n",
			`.timelint.yaml:2:3: rules.Heading-Level: unknown rule "Heading-Level"; did you mean "heading-level"?`},
		{"unknown rule, far", "rules:\n  spelling: off\n",
			`.timelint.yaml:2:3: rules.spelling: unknown rule "spelling"`},
		{"unknown key, near", "ordr: off\n",
			`.timelint.yaml:1:1: ordr: unknown key "ordr"; did you mean "order"?`},
		{"unknown key, far", "order: off\ncolour: red\n",
			`.timelint.yaml:2:1: colour: unknown key "colour"; the keys are rules, order, prefer, today, exclude, locale, words and dictionaries`},
		{"rule at top level", "tag-mismatch: off\n",
			`.timelint.yaml:1:1: tag-mismatch: unknown key "tag-mismatch"; rule settings go under rules`},
		{"merge key", "<<: {order: off}\n",
			`.timelint.yaml:1:1: <<: unknown key "<<"; the keys are rules, order, prefer, today, exclude, locale, words and dictionaries`},
		{"duplicate key", "order: off\nlocale: en-GB\norder: off\n",
			`.timelint.yaml:3:1: order: duplicate key; first set at 1:1`},
		{"duplicate key in flow", "{order: off, order: off}",
			`.timelint.yaml:1:14: order: duplicate key; first set at 1:2`},
		{"duplicate rule", "rules:\n  tag-mismatch: off\n  tag-mismatch: error\n",
			`.timelint.yaml:3:3: rules.tag-mismatch: duplicate key; first set at 2:3`},
		{"list as key", "? [a]\n: b\n",
			`.timelint.yaml:1:3: keys must be strings, not a list`},
		{"mapping as rule name", "rules:\n  ? {a: b}\n  : off\n",
			`.timelint.yaml:2:5: rules: keys must be strings, not a mapping`},

		// Shapes.
		{"top level list", "- order\n",
			`.timelint.yaml:1:1: the config must be a mapping of keys to values, not a list`},
		{"top level string", "order\n",
			`.timelint.yaml:1:1: the config must be a mapping of keys to values, not "order"`},
		{"rules as list", "rules:\n  - tag-mismatch\n",
			`.timelint.yaml:2:3: rules: must be a mapping of rule names to off, warning or error, not a list`},
		{"order as list", "order: [off]\n",
			`.timelint.yaml:1:8: order: must be newest-first, oldest-first or off, not a list`},
		{"prefer as mapping", "prefer: {label: true}\n",
			`.timelint.yaml:1:9: prefer: must be label or datetime, not a mapping`},
		{"today as list", "today:\n  - 2026-11-26\n",
			`.timelint.yaml:2:3: today: must be a date written YYYY-MM-DD, not a list`},
		{"words as string", "words: dbt\n",
			`.timelint.yaml:1:8: words: must be a list, not "dbt"`},
		{"exclude as mapping", "exclude: {drafts: true}\n",
			`.timelint.yaml:1:10: exclude: must be a list, not a mapping`},
		{"list in a list", "dictionaries:\n  - words.txt\n  - [more.txt]\n",
			`.timelint.yaml:3:5: dictionaries: items must be strings, not a list`},

		// Values.
		{"order newest", "order: newest\n",
			`.timelint.yaml:1:8: order: must be newest-first, oldest-first or off, not "newest"`},
		{"prefer empty string", "prefer: ''\n",
			`.timelint.yaml:1:9: prefer: must be label or datetime, not ""`},
		{"locale case", "locale: en-gb\n",
			`.timelint.yaml:1:9: locale: must be en-GB or en-US, not "en-gb"`},
		{"rule OFF", "rules:\n  heading-level: OFF\n",
			`.timelint.yaml:2:18: rules.heading-level: must be off, warning or error, not "OFF"`},
		{"rule false", "rules:\n  heading-level: false\n",
			`.timelint.yaml:2:18: rules.heading-level: must be off, warning or error, not "false"`},
		{"rule warn", "rules:\n  heading-level: warn\n",
			`.timelint.yaml:2:18: rules.heading-level: must be off, warning or error, not "warn"`},
		{"rule empty", "rules:\n  heading-level:\n",
			`.timelint.yaml:2:17: rules.heading-level: must be off, warning or error, not empty`},
		{"rule as list", "rules:\n  heading-level: [off]\n",
			`.timelint.yaml:2:18: rules.heading-level: must be off, warning or error, not a list`},
		{"today in another form", "today: 26/11/2026\n",
			`.timelint.yaml:1:8: today: must be a date written YYYY-MM-DD, not "26/11/2026"`},
		{"today with a time", "today: 2026-11-26T10:00:00Z\n",
			`.timelint.yaml:1:8: today: must be a date written YYYY-MM-DD, not "2026-11-26T10:00:00Z"`},
		{"today short", "today: 2026-1-2\n",
			`.timelint.yaml:1:8: today: must be a date written YYYY-MM-DD, not "2026-1-2"`},
		{"today not a real date", "today: 2026-02-29\n",
			`.timelint.yaml:1:8: today: "2026-02-29" is not a real date`},
		{"today month 13", "today: 2026-13-01\n",
			`.timelint.yaml:1:8: today: "2026-13-01" is not a real date`},
		{"bad glob", "exclude:\n  - drafts/**\n  - \"[a\"\n",
			`.timelint.yaml:3:5: exclude: "[a" is not a valid glob: syntax error in pattern`},
		{"absolute glob", "exclude: [/drafts]\n",
			`.timelint.yaml:1:11: exclude: "/drafts" must be relative to the config's folder`},
		{"glob leaving the folder", "exclude: [../site/**]\n",
			`.timelint.yaml:1:11: exclude: "../site/**" leaves the config's folder`},
		{"empty glob", "exclude: ['']\n",
			`.timelint.yaml:1:11: exclude: empty pattern`},
		{"two words", "words:\n  - dbt\n  - \"Py DB\"\n",
			`.timelint.yaml:3:5: words: "Py DB" must be one word`},
		{"empty word", "words: [\"\"]\n",
			`.timelint.yaml:1:9: words: empty word`},
		{"empty dictionary", "dictionaries: [\"\"]\n",
			`.timelint.yaml:1:16: dictionaries: empty path`},
		{"multi-byte column", "words: [é, \"a b\"]\n",
			`.timelint.yaml:1:12: words: "a b" must be one word`},

		// Text and syntax.
		{"tab indentation", "rules:\n\ttag-mismatch: off\n",
			`.timelint.yaml:2:1: invalid YAML: tab in indentation; indent with spaces`},
		{"tab after spaces", "words:\n  - a\n  \t- b\n",
			`.timelint.yaml:3:3: invalid YAML: tab in indentation; indent with spaces`},
		{"tab in a block scalar", "today: |\n\t2026-11-26\n",
			`.timelint.yaml:2:1: invalid YAML: tab in indentation; indent with spaces`},
		{"tab before a comment", "order: off\n\t# note\n",
			`.timelint.yaml:2:1: invalid YAML: tab in indentation; indent with spaces`},
		{"tab on line 1", "\torder: off\n",
			`.timelint.yaml:1:1: invalid YAML: tab in indentation; indent with spaces`},
		{"bad indentation", "order: off\n  locale: en-GB\n",
			`.timelint.yaml:2:1: invalid YAML: mapping values are not allowed in this context`},
		{"unclosed flow list", "order: off\nlocale: en-GB\nwords: [dbt\n",
			`.timelint.yaml:3:1: invalid YAML: did not find expected ',' or ']'`},
		{"list item in a mapping", "order: off\nlocale: en-GB\n- dbt\n",
			`.timelint.yaml:3:1: invalid YAML: did not find expected key`},
		{"unclosed quote", "order: off\nlocale: 'en-GB\n",
			`.timelint.yaml:2:1: invalid YAML: found unexpected end of stream`},
		{"unclosed quote on line 1", "locale: 'en-GB\n",
			`.timelint.yaml:1:1: invalid YAML: found unexpected end of stream`},
		{"no line from yaml", "order: off: on\n",
			`.timelint.yaml:1:1: invalid YAML: mapping values are not allowed in this context`},
		{"unknown anchor", "order: off\nwords: [a, *w]\n",
			`.timelint.yaml:2:12: invalid YAML: unknown anchor 'w' referenced`},
		{"two documents", "order: off\n---\norder: off\n",
			`.timelint.yaml:2:1: a second YAML document; a config holds one`},
		{"bad second document", "order: off\n---\nwords: [\n",
			`.timelint.yaml:3:1: invalid YAML: did not find expected node content`},
		{"NUL", "order: off\nwords: [a\x00]\n",
			`.timelint.yaml:2:10: invalid YAML: control character U+0000 is not allowed`},
		{"C1 control", "words: [caf\u0080]\n",
			`.timelint.yaml:1:12: invalid YAML: control character U+0080 is not allowed`},
		{"invalid UTF-8", "order: off\nwords: [caf\xe9]\n",
			`.timelint.yaml:2:12: invalid UTF-8; save the file as UTF-8`},
		// Found by FuzzParseConfig: YAML counts U+0085 as a line break and
		// placed the error on a line the file does not have.
		{"next-line character", "\u0085\u00a5",
			`.timelint.yaml:1:1: invalid YAML: line break U+0085 is not allowed; end lines with a newline`},
		{"line separator", "order: off\u2028words: []\n",
			`.timelint.yaml:1:11: invalid YAML: line break U+2028 is not allowed; end lines with a newline`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig(testConfigPath, []byte(tc.input), testRuleNames())
			if err == nil {
				t.Fatalf("ParseConfig(%q) = %+v, want error %q", tc.input, c, tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("ParseConfig(%q) error = %s\nwant %s", tc.input, got, tc.want)
			}
			var pe *PosError
			if !errors.As(err, &pe) {
				t.Errorf("ParseConfig(%q) error is %T, want *PosError", tc.input, err)
			}
		})
	}
}

func TestParseConfigErrorsWrap(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		target error
	}{
		{"syntax", "words: [\n", ErrInvalidYAML},
		{"tab", "\torder: off\n", ErrInvalidYAML},
		{"control character", "order: \x07\n", ErrInvalidYAML},
		{"invalid UTF-8", "order: \xff\n", ErrInvalidUTF8},
		{"glob", "exclude: ['[']\n", path.ErrBadPattern},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseConfig(testConfigPath, []byte(tc.input), testRuleNames())
			if !errors.Is(err, tc.target) {
				t.Errorf("ParseConfig(%q) error = %v, want one wrapping %v", tc.input, err, tc.target)
			}
		})
	}
}

func TestExcluded(t *testing.T) {
	patterns := []string{"drafts/**", "_includes/old.njk", "**/*.tmp.md", "archive", "./notes/*.md", "a/**/b/*.md"}
	tests := []struct {
		rel  string
		want bool
	}{
		{"drafts/a.md", true},
		{"drafts/2026/11/a.md", true},
		{"drafts", true},
		{"draftsy/a.md", false},
		{"docs/drafts/a.md", false},
		{"_includes/old.njk", true},
		{"_includes/new.njk", false},
		{"_includes/old.njk.bak", false},
		{"page.tmp.md", true},
		{"x/y/z/page.tmp.md", true},
		{"page.md", false},
		{"archive/2020/a.md", true},
		{"archive.md", false},
		{"notes/a.md", true},
		{"notes/sub/a.md", false},
		{"notes/sub.md/a.md", true},
		{"a/b/x.md", true},
		{"a/1/2/b/x.md", true},
		{"a/1/2/c/x.md", false},
		{"./drafts/a.md", true},
		{"docs//page.md", false},
		{"../drafts/a.md", false},
		{"/drafts/a.md", false},
		{"", false},
		{".", false},
	}
	c := withDefaults(func(c *Config) { c.Exclude = patterns })
	for _, tc := range tests {
		t.Run(tc.rel, func(t *testing.T) {
			if got := c.Excluded(tc.rel); got != tc.want {
				t.Errorf("Excluded(%q) = %v, want %v", tc.rel, got, tc.want)
			}
		})
	}
}

func TestExcludedNone(t *testing.T) {
	if DefaultConfig().Excluded("drafts/a.md") {
		t.Errorf("DefaultConfig().Excluded(%q) = true, want false", "drafts/a.md")
	}
}

func TestNearestName(t *testing.T) {
	known := []string{"tag-mismatch", "title-full-stop", "order", "dictionaries"}
	tests := []struct {
		name   string
		want   string
		wantOK bool
	}{
		{"tag-mismach", "tag-mismatch", true},
		{"TAG-MISMATCH", "tag-mismatch", true},
		{"title-fullstop", "title-full-stop", true},
		{"dictionary", "dictionaries", true},
		{"ordre", "order", true},
		{"spelling", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := nearestName(tc.name, known)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("nearestName(%q) = %q, %v, want %q, %v", tc.name, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func FuzzParseConfig(f *testing.F) {
	for _, seed := range []string{
		"", "# c\n", "---\n", fullExample, "rules:\n\ttag-mismatch: off\n", "order: newest\n",
		"rules: {tag-mismach: off}\n", "a: &x [*x]\nwords: *x\n", "{order: off, order: off}",
		"exclude: ['**/*.md', 'a/**/**/b', '[']\n", "today: 2026-02-30\n", "order: off\n---\n",
		"\ufeffwords: [é]\r\n", "words: [a\x00]\n", "? [a]\n: b\n", "words: [\n",
	} {
		f.Add([]byte(seed))
	}
	names := testRuleNames()
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig(testConfigPath, b, names)
		if err != nil {
			checkFuzzError(t, b, err)
			return
		}
		checkFuzzConfig(t, c, names)
	})
}

func checkFuzzError(t *testing.T, b []byte, err error) {
	t.Helper()
	var pe *PosError
	if !errors.As(err, &pe) {
		t.Fatalf("error %q is %T, want *PosError", err, err)
	}
	lines := 1 + strings.Count(string(b), "\n") + strings.Count(string(b), "\r")
	if pe.File != testConfigPath || pe.Pos.Line < 1 || pe.Pos.Line > lines || pe.Pos.Col < 1 {
		t.Fatalf("error %q has file %q and position %v, want %q and a place in the file's %d lines",
			err, pe.File, pe.Pos, testConfigPath, lines)
	}
}

func checkFuzzConfig(t *testing.T, c *Config, names []string) {
	t.Helper()
	if !slices.Contains([]string{"newest-first", "oldest-first", "off"}, c.Order) ||
		!slices.Contains([]string{"label", "datetime"}, c.Prefer) ||
		!slices.Contains([]string{"en-GB", "en-US"}, c.Locale) {
		t.Fatalf("config has order %q, prefer %q, locale %q, want known values", c.Order, c.Prefer, c.Locale)
	}
	for name, s := range c.Rules {
		if !slices.Contains(names, name) || s.Off == (s.Severity != 0) {
			t.Fatalf("config sets rule %q to %+v, want a known rule either off or with a severity", name, s)
		}
	}
	for _, rel := range []string{"a.md", "drafts/x/y.md", "../a.md"} {
		c.Excluded(rel)
	}
}
