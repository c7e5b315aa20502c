package lint

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// ErrInvalidYAML is wrapped by the error for a config file that is not
// well-formed YAML.
var ErrInvalidYAML = errors.New("invalid YAML")

// RuleSetting is a rule's setting in a config: off, or a severity.
type RuleSetting struct {
	Off      bool
	Severity Severity // zero when Off
}

// Config is one parsed .timelint.yaml.
type Config struct {
	Path         string                 // file it came from; "" for the defaults
	Rules        map[string]RuleSetting // only the rules the file names
	Order        string                 // "newest-first" (default), "oldest-first" or "off"
	Prefer       string                 // "label" (default) or "datetime"
	Today        string                 // "" or YYYY-MM-DD, a real date
	Exclude      []string               // globs relative to the config's folder
	Locale       string                 // "en-GB" (default) or "en-US"
	Words        []string               // project words for the spelling checker
	Dictionaries []string               // word-list files relative to the config's folder
	// DictionaryWords are the words of the Dictionaries files. lint reads no
	// files: the command fills this in after reading them.
	DictionaryWords []string
}

// DefaultConfig returns the configuration used when no file is found.
func DefaultConfig() *Config {
	return &Config{
		Rules:  map[string]RuleSetting{},
		Order:  "newest-first",
		Prefer: "label",
		Locale: "en-GB",
	}
}

// configKeys are the top-level keys of a config, in the order the docs give.
var configKeys = []string{"rules", "order", "prefer", "today", "exclude", "locale", "words", "dictionaries"} //nolint:gochecknoglobals // read-only lookup table, never written

// dateRe is the only form "today" takes; time.Parse alone would accept
// other forms of the same layout.
var dateRe = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// ParseConfig parses the bytes of the config file at path. ruleNames lists
// the rules that exist, which the lint package does not know itself. An
// empty file, or one holding only comments, is the default config. Every
// error is a *PosError naming the file, the line and column, and the key.
func ParseConfig(path string, b []byte, ruleNames []string) (*Config, error) {
	src, err := configSource(path, b)
	if err != nil {
		return nil, err
	}
	top, err := decodeConfig(src)
	if err != nil {
		return nil, err
	}
	c := DefaultConfig()
	c.Path = path
	if top == nil {
		return c, nil
	}
	p := configParser{path: path, ruleNames: ruleNames}
	if err := p.parseTop(c, top); err != nil {
		return nil, err
	}
	return c, nil
}

// configParser checks the YAML tree of one config file.
type configParser struct {
	path      string
	ruleNames []string
}

// errorf returns a *PosError at node n for the dotted key.
func (p *configParser) errorf(n *yaml.Node, key, format string, args ...any) *PosError {
	return &PosError{File: p.path, Pos: nodePos(n), Key: key, Err: fmt.Errorf(format, args...)}
}

func (p *configParser) parseTop(c *Config, top *yaml.Node) error {
	m := deref(top)
	if isNull(m) {
		return nil
	}
	if m.Kind != yaml.MappingNode {
		return p.errorf(top, "", "the config must be a mapping of keys to values, not %s", describe(m))
	}
	return p.eachPair(m, "", func(name string, k, v *yaml.Node) error {
		switch name {
		case "rules":
			return p.parseRules(c, v)
		case "order":
			return p.parseChoice(&c.Order, name, v, "newest-first", "oldest-first", "off")
		case "prefer":
			return p.parseChoice(&c.Prefer, name, v, "label", "datetime")
		case "locale":
			return p.parseChoice(&c.Locale, name, v, "en-GB", "en-US")
		case "today":
			return p.parseToday(c, v)
		case "exclude":
			return p.parseList(&c.Exclude, name, v, checkGlob)
		case "words":
			return p.parseList(&c.Words, name, v, checkWord)
		case "dictionaries":
			return p.parseList(&c.Dictionaries, name, v, checkPath)
		}
		return p.unknown(k, name, "key", name, configKeys)
	})
}

// eachPair calls f with each key of mapping m, in order, and its value. It
// refuses keys that are not strings and keys given twice.
func (p *configParser) eachPair(m *yaml.Node, parent string, f func(name string, k, v *yaml.Node) error) error {
	first := make(map[string]*yaml.Node)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		kd := deref(k)
		if kd.Kind != yaml.ScalarNode {
			return p.errorf(k, parent, "keys must be strings, not %s", describe(kd))
		}
		name := kd.Value
		if prev, ok := first[name]; ok {
			return p.errorf(k, dotted(parent, name), "duplicate key; first set at %s", nodePos(prev))
		}
		first[name] = k
		if err := f(name, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *configParser) parseRules(c *Config, v *yaml.Node) error {
	m := deref(v)
	if isNull(m) {
		return nil
	}
	if m.Kind != yaml.MappingNode {
		return p.errorf(v, "rules", "must be a mapping of rule names to off, warning or error, not %s", describe(m))
	}
	return p.eachPair(m, "rules", func(name string, k, v *yaml.Node) error {
		key := dotted("rules", name)
		if !slices.Contains(p.ruleNames, name) {
			return p.unknown(k, key, "rule", name, p.ruleNames)
		}
		s := deref(v)
		if s.Kind == yaml.ScalarNode {
			switch s.Value {
			case "off":
				c.Rules[name] = RuleSetting{Off: true}
				return nil
			case "warning":
				c.Rules[name] = RuleSetting{Severity: Warning}
				return nil
			case "error":
				c.Rules[name] = RuleSetting{Severity: Error}
				return nil
			}
		}
		return p.errorf(v, key, "must be off, warning or error, not %s", describe(s))
	})
}

// parseChoice sets *dst to v, which must be one of choices. An empty value
// leaves the default.
func (p *configParser) parseChoice(dst *string, key string, v *yaml.Node, choices ...string) error {
	s := deref(v)
	if isNull(s) {
		return nil
	}
	if s.Kind != yaml.ScalarNode || !slices.Contains(choices, s.Value) {
		return p.errorf(v, key, "must be %s, not %s", orList(choices), describe(s))
	}
	*dst = s.Value
	return nil
}

func (p *configParser) parseToday(c *Config, v *yaml.Node) error {
	s := deref(v)
	if isNull(s) {
		return nil
	}
	if s.Kind != yaml.ScalarNode || !dateRe.MatchString(s.Value) {
		return p.errorf(v, "today", "must be a date written YYYY-MM-DD, not %s", describe(s))
	}
	if _, err := time.Parse(time.DateOnly, s.Value); err != nil {
		return p.errorf(v, "today", "%q is not a real date", s.Value)
	}
	c.Today = s.Value
	return nil
}

// parseList sets *dst to the strings of list v, each passed by check. An
// empty value leaves the list empty.
func (p *configParser) parseList(dst *[]string, key string, v *yaml.Node, check func(string) error) error {
	l := deref(v)
	if isNull(l) {
		return nil
	}
	if l.Kind != yaml.SequenceNode {
		return p.errorf(v, key, "must be a list, not %s", describe(l))
	}
	items := make([]string, 0, len(l.Content))
	for _, item := range l.Content {
		s := deref(item)
		if s.Kind != yaml.ScalarNode {
			return p.errorf(item, key, "items must be strings, not %s", describe(s))
		}
		if err := check(s.Value); err != nil {
			return &PosError{File: p.path, Pos: nodePos(item), Key: key, Err: err}
		}
		items = append(items, s.Value)
	}
	*dst = items
	return nil
}

// unknown returns the error for a name that is not among known, suggesting
// the nearest known name when one is close.
func (p *configParser) unknown(k *yaml.Node, key, what, name string, known []string) error {
	switch near, ok := nearestName(name, known); {
	case what == "key" && slices.Contains(p.ruleNames, name):
		return p.errorf(k, key, "unknown key %q; rule settings go under rules", name)
	case ok:
		return p.errorf(k, key, "unknown %s %q; did you mean %q?", what, name, near)
	case what == "key":
		return p.errorf(k, key, "unknown key %q; the keys are %s", name, andList(known))
	}
	return p.errorf(k, key, "unknown %s %q", what, name)
}

// checkGlob accepts a pattern in path.Match syntax, with "**" as a whole
// segment for any number of folders, relative to the config's folder.
func checkGlob(s string) error {
	if s == "" {
		return errors.New("empty pattern")
	}
	if strings.HasPrefix(s, "/") {
		return fmt.Errorf("%q must be relative to the config's folder", s)
	}
	for seg := range strings.SplitSeq(s, "/") {
		if seg == ".." {
			return fmt.Errorf("%q leaves the config's folder", s)
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("%q is not a valid glob: %w", s, err)
		}
	}
	return nil
}

// checkWord accepts one word for the spelling checker.
func checkWord(s string) error {
	if s == "" {
		return errors.New("empty word")
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return fmt.Errorf("%q must be one word", s)
	}
	return nil
}

// checkPath accepts a dictionary path; the CLI reads the file.
func checkPath(s string) error {
	if s == "" {
		return errors.New("empty path")
	}
	return nil
}

// Excluded reports whether the file at rel, a slash-separated path relative
// to the config's folder, matches an exclude glob. A glob that matches a
// folder excludes everything in it.
func (c *Config) Excluded(rel string) bool {
	rel = path.Clean(rel)
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
		return false
	}
	segs := strings.Split(rel, "/")
	for _, pattern := range c.Exclude {
		if globMatch(strings.Split(path.Clean(pattern), "/"), segs) {
			return true
		}
	}
	return false
}

// globMatch reports whether the pattern's segments match the first one or
// more of segs. It keeps, for each count of segments, whether the pattern so
// far matches that many, so that many "**" segments cost no backtracking.
func globMatch(pattern, segs []string) bool {
	reach := make([]bool, len(segs)+1)
	reach[0] = true
	for _, pat := range pattern {
		next := make([]bool, len(segs)+1)
		for j, ok := range reach {
			switch {
			case !ok:
			case pat == "**":
				for k := j; k <= len(segs); k++ {
					next[k] = true
				}
			case j < len(segs):
				matched, err := path.Match(pat, segs[j])
				next[j+1] = next[j+1] || (matched && err == nil)
			}
		}
		reach = next
	}
	return slices.Contains(reach[1:], true)
}

// nearestName returns the known name closest to name, ignoring case, when it
// is within about a third of name's length in edits.
func nearestName(name string, known []string) (string, bool) {
	lower := strings.ToLower(name)
	limit := max(1, utf8.RuneCountInString(name)/3)
	best, bestDist := "", limit+1
	for _, k := range known {
		if d := EditDistance(lower, strings.ToLower(k)); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

// EditDistance returns the number of rune insertions, deletions,
// substitutions and swaps of neighbours that turn a into b (optimal string
// alignment), so that "ordre" is as near "order" as "ordr" is. Config keys
// and rule names use it, and so does unknown-class for class names.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// rows[i%3][j] is the distance between ra[:i] and rb[:j].
	var rows [3][]int
	for i := range rows {
		rows[i] = make([]int, len(rb)+1)
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur, prev, prev2 := rows[i%3], rows[(i-1)%3], rows[(i+1)%3]
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
	}
	return rows[len(ra)%3][len(rb)]
}

// deref returns the node an alias stands for. An anchor cannot be set on an
// alias, so one step is enough.
func deref(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// isNull reports whether n is an empty value: nothing, "~" or "null".
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names what a value is, for "must be X, not Y" messages.
func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind != yaml.ScalarNode:
		return "an alias"
	case isNull(n) && n.Value == "":
		return "empty"
	}
	return strconv.Quote(n.Value)
}

func nodePos(n *yaml.Node) Position { return Position{Line: n.Line, Col: n.Column} }

func dotted(parent, name string) string {
	if parent == "" {
		return name
	}
	return parent + "." + name
}

// orList joins choices as "a, b or c".
func orList(choices []string) string { return joinLast(choices, " or ") }

// andList joins names as "a, b and c".
func andList(names []string) string { return joinLast(names, " and ") }

func joinLast(items []string, last string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}
