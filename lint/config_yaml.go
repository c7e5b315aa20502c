package lint

// Reading a config file's YAML, and turning yaml.v3's errors, which carry a
// line at most, into positioned errors.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yamlLineRe splits a yaml.v3 syntax error, which carries a line at most.
var yamlLineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// configSource refuses bytes that YAML refuses before the YAML parser sees
// them, because yaml.v3 reports those problems without a line.
func configSource(path string, b []byte) (*Source, error) {
	off := firstRefused(b)
	// A config is not a page, so its Source has no Kind.
	src, err := NewSource(path, 0, b[:off])
	if err != nil {
		// Unreachable: b[:off] holds neither NUL nor invalid UTF-8.
		return nil, &PosError{File: path, Pos: Position{1, 1}, Err: err}
	}
	if off == len(b) {
		return src, nil
	}
	e := &PosError{File: path, Pos: src.Position(off), Err: ErrInvalidUTF8}
	switch r, size := utf8.DecodeRune(b[off:]); {
	case isUnicodeBreak(r):
		e.Err = fmt.Errorf("%w: line break %U is not allowed; end lines with a newline", ErrInvalidYAML, r)
	case r != utf8.RuneError || size > 1:
		e.Err = fmt.Errorf("%w: control character %U is not allowed", ErrInvalidYAML, r)
	}
	return nil, e
}

// firstRefused returns the offset of the first invalid UTF-8 or of the first
// character outside YAML's printable set (YAML 1.2 §5.1), or len(b).
func firstRefused(b []byte) int {
	for off := 0; off < len(b); {
		r, size := utf8.DecodeRune(b[off:])
		switch {
		case r == utf8.RuneError && size == 1:
			return off
		case isUnicodeBreak(r):
			// YAML counts U+0085, U+2028 and U+2029 as line breaks, and
			// would place errors on lines the file does not have for
			// everyone else.
			return off
		case r == '\t', r == '\n', r == '\r',
			r >= 0x20 && r <= 0x7e, r >= 0xa0 && r <= 0xd7ff,
			r >= 0xe000 && r <= 0xfffd, r >= 0x10000:
			off += size
		default:
			return off
		}
	}
	return len(b)
}

func isUnicodeBreak(r rune) bool { return r == 0x85 || r == 0x2028 || r == 0x2029 }

// decodeConfig returns the top node of the file's single YAML document, or
// nil when there is none.
func decodeConfig(src *Source) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src.Bytes))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, nil
	} else if err != nil {
		return nil, yamlError(src, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, &PosError{File: src.Name, Pos: nodePos(&extra),
			Err: errors.New("a second YAML document; a config holds one")}
	} else if !errors.Is(err, io.EOF) {
		return nil, yamlError(src, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlError turns a yaml.v3 syntax error into a *PosError. yaml.v3 gives a
// line at most, and an imprecise one: see yamlLine.
func yamlError(src *Source, err error) error {
	m := yamlLineRe.FindStringSubmatch(err.Error())
	if m == nil {
		return &PosError{File: src.Name, Pos: Position{1, 1}, Err: fmt.Errorf("%w: %w", ErrInvalidYAML, err)}
	}
	msg := m[2]
	pos := Position{Line: yamlLine(m[1], msg, lastLine(src)), Col: 1}
	if tab, ok := indentTab(src, pos.Line, strings.Contains(msg, "tab character")); ok {
		pos = tab
		msg = "tab in indentation; indent with spaces"
	}
	if name, ok := strings.CutPrefix(msg, "unknown anchor '"); ok {
		name = strings.TrimSuffix(name, "' referenced")
		if off := bytes.Index(src.Bytes, []byte("*"+name)); off >= 0 {
			pos = src.Position(off)
		}
	}
	return &PosError{File: src.Name, Pos: pos, Err: fmt.Errorf("%w: %s", ErrInvalidYAML, msg)}
}

// yamlLine returns the 1-based line of a yaml.v3 error, at most last.
// yaml.v3 leaves out line 1, and prints 0-based lines for parser errors but
// 1-based lines for scanner errors.
func yamlLine(printed, msg string, last int) int {
	line, err := strconv.Atoi(printed)
	if err != nil {
		return 1
	}
	if isParserProblem(msg) {
		line++
	}
	return max(1, min(line, last))
}

// lastLine returns the last line of src that is not the empty line after a
// final line ending, where yaml.v3 puts errors about the end of the input.
func lastLine(src *Source) int {
	last := src.LineCount()
	if last > 1 && src.LineSpan(last-1).Len() == 0 {
		last--
	}
	return last
}

// isParserProblem reports whether msg is one of the problems yaml.v3's
// parser, rather than its scanner, reports (parserc.go).
func isParserProblem(msg string) bool {
	switch msg {
	case "did not find expected <stream-start>", "did not find expected <document start>",
		"did not find expected node content", "did not find expected key",
		"did not find expected '-' indicator",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"found duplicate %YAML directive", "found duplicate %TAG directive",
		"found incompatible YAML document", "found undefined tag handle":
		return true
	}
	return false
}

// indentTab returns the place of a tab in the indentation of line, or of
// the next line too when alsoNext is set. YAML forbids such tabs, and yaml.v3
// reports them as a character that "cannot start any token", or with the
// line before.
func indentTab(src *Source, line int, alsoNext bool) (Position, bool) {
	last := line
	if alsoNext {
		last = min(line+1, src.LineCount())
	}
	for ; line <= last; line++ {
		text := src.Text(src.LineSpan(line - 1))
		rest := strings.TrimLeft(text, " \t")
		// A tab is allowed on a blank line.
		if rest == "" {
			continue
		}
		if i := strings.IndexByte(text[:len(text)-len(rest)], '\t'); i >= 0 {
			return Position{Line: line, Col: i + 1}, true
		}
	}
	return Position{}, false
}
