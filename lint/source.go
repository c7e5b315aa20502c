package lint

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Kind is the language a file is written in, decided by its extension.
type Kind int

// The kinds of file timelint reads.
const (
	Markdown Kind = iota + 1 // .md: HTML blocks inside CommonMark
	HTML                     // .html, .htm, .njk: HTML with template tags
)

// KindOf returns the kind of file a name has, and false when timelint does
// not read files with that extension.
func KindOf(name string) (Kind, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return Markdown, true
	case ".html", ".htm", ".njk":
		return HTML, true
	}
	return 0, false
}

// Errors for input timelint refuses to read.
var (
	ErrInvalidUTF8 = errors.New("invalid UTF-8; save the file as UTF-8")
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
)

// Position is a place for people: 1-based line, and column counted in
// Unicode code points.
type Position struct{ Line, Col int }

func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Source is one input file, read once and never changed. Offsets are bytes;
// lines and columns exist only for people and are computed here alone.
type Source struct {
	Name  string
	Kind  Kind
	Bytes []byte
	lines []int // byte offset where each line starts; lines[0] == 0

	// runeIndex[k] is how many characters come before byte k*runeBlock,
	// made on the first count across a long stretch (see RuneCount).
	runeIndex     []int
	runeIndexOnce sync.Once
}

// runeBlock is the stretch of bytes counted character by character: a
// longer count starts from the rune index, so that placing every finding
// of a page on one line (a minified page) stays linear in its size.
const runeBlock = 4096

// NewSource checks that b is text timelint can read and indexes its lines.
// A line ends at "\n", "\r\n" or a lone "\r", as in CommonMark.
func NewSource(name string, kind Kind, b []byte) (*Source, error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrBinary
	}
	if !utf8.Valid(b) {
		off := firstInvalidUTF8(b)
		s := &Source{Name: name, Kind: kind, Bytes: b, lines: lineStarts(b)}
		return nil, &PosError{Pos: s.Position(off), Err: ErrInvalidUTF8}
	}
	return &Source{Name: name, Kind: kind, Bytes: b, lines: lineStarts(b)}, nil
}

func firstInvalidUTF8(b []byte) int {
	for off := 0; off < len(b); {
		r, size := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && size == 1 {
			return off
		}
		off += size
	}
	return len(b)
}

func lineStarts(b []byte) []int {
	// Counted first, so that the index is allocated once at its size: a
	// guess from the file's size is far off for long or short lines, and
	// growing by appending would, at the peak, hold two copies.
	hasCR := bytes.IndexByte(b, '\r') >= 0
	n := 1 + bytes.Count(b, []byte("\n"))
	if hasCR {
		n += bytes.Count(b, []byte("\r")) - bytes.Count(b, []byte("\r\n"))
	}
	lines := make([]int, 1, n)
	if !hasCR {
		// Only "\n" endings, as in most files: IndexByte finds each faster
		// than a loop over every byte.
		for off := 0; ; {
			i := bytes.IndexByte(b[off:], '\n')
			if i < 0 {
				return lines
			}
			off += i + 1
			lines = append(lines, off)
		}
	}
	for off := 0; off < len(b); off++ {
		switch b[off] {
		case '\n':
			lines = append(lines, off+1)
		case '\r':
			if off+1 < len(b) && b[off+1] == '\n' {
				off++
			}
			lines = append(lines, off+1)
		}
	}
	return lines
}

// LineCount returns the number of lines; text after the last line ending
// counts as a line, so an empty file has one empty line.
func (s *Source) LineCount() int { return len(s.lines) }

// Line returns the 0-based index of the line holding byte offset off.
func (s *Source) Line(off int) int {
	return sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
}

// LineSpan returns the bytes of 0-based line i without its line ending.
func (s *Source) LineSpan(i int) Span {
	start := s.lines[i]
	end := len(s.Bytes)
	if i+1 < len(s.lines) {
		end = s.lines[i+1]
	}
	for end > start && (s.Bytes[end-1] == '\n' || s.Bytes[end-1] == '\r') {
		end--
	}
	return Span{start, end}
}

// Position maps a byte offset to a line and column. An offset inside a
// multi-byte character maps to that character; a leading BOM takes no column.
func (s *Source) Position(off int) Position {
	off = max(0, min(off, len(s.Bytes)))
	i := s.Line(off)
	start := s.lines[i]
	if i == 0 && bytes.HasPrefix(s.Bytes, []byte(bom)) {
		start = min(len(bom), off)
	}
	return Position{Line: i + 1, Col: 1 + s.RuneCount(Span{start, s.charStart(start, off)})}
}

// charStart returns the start of the character that off is inside, or off
// itself when it is at the start of one (or at a byte that is not UTF-8).
func (s *Source) charStart(lineStart, off int) int {
	if off >= len(s.Bytes) || utf8.RuneStart(s.Bytes[off]) {
		return off
	}
	for p := off - 1; p >= max(lineStart, off-utf8.UTFMax+1); p-- {
		if utf8.RuneStart(s.Bytes[p]) {
			if _, size := utf8.DecodeRune(s.Bytes[p:]); p+size > off {
				return p
			}
			break
		}
	}
	return off
}

// RuneCount returns the number of characters in sp, which starts and ends
// on character boundaries.
func (s *Source) RuneCount(sp Span) int {
	if sp.Len() <= runeBlock {
		return utf8.RuneCount(s.Bytes[sp.Start:sp.End])
	}
	return s.runesBefore(sp.End) - s.runesBefore(sp.Start)
}

// RuneOffset returns the offset of the character n characters after the
// one at off, or the end of the file.
func (s *Source) RuneOffset(off, n int) int {
	if n > runeBlock/4 {
		// Jump to the last block start before the character, then count.
		s.runeIndexOnce.Do(s.indexRunes)
		want := s.runesBefore(off) + n
		k := sort.Search(len(s.runeIndex), func(k int) bool { return s.runeIndex[k] > want }) - 1
		start := k * runeBlock
		for start < len(s.Bytes) && !utf8.RuneStart(s.Bytes[start]) {
			start++ // the rest of a character the index counted in the block before
		}
		if start > off {
			n, off = want-s.runeIndex[k], start
		}
	}
	for ; n > 0 && off < len(s.Bytes); n-- {
		_, size := utf8.DecodeRune(s.Bytes[off:])
		off += size
	}
	return off
}

// runesBefore returns how many characters come before byte off.
func (s *Source) runesBefore(off int) int {
	s.runeIndexOnce.Do(s.indexRunes)
	k := off / runeBlock
	return s.runeIndex[k] + runeStarts(s.Bytes[k*runeBlock:off])
}

func (s *Source) indexRunes() {
	s.runeIndex = make([]int, len(s.Bytes)/runeBlock+1)
	for k := 1; k < len(s.runeIndex); k++ {
		s.runeIndex[k] = s.runeIndex[k-1] + runeStarts(s.Bytes[(k-1)*runeBlock:k*runeBlock])
	}
}

// runeStarts counts the bytes of b that start a character: in valid UTF-8,
// the characters that start in b, wherever b is cut.
func runeStarts(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// bom is the UTF-8 byte order mark, which some editors write at the start.
const bom = "\xef\xbb\xbf"

// LineEnding returns the file's line ending, "\r\n" when its first line
// ends so, else "\n"; inserted lines use it so that CRLF files stay CRLF.
func (s *Source) LineEnding() string {
	if i := bytes.IndexByte(s.Bytes, '\n'); i > 0 && s.Bytes[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}

// Text returns the bytes of a span as a string.
func (s *Source) Text(sp Span) string { return string(s.Bytes[sp.Start:sp.End]) }

// PosError is an error at a place in a file.
type PosError struct {
	File string
	Pos  Position
	Key  string // for configuration errors: the key at fault
	Err  error
}

func (e *PosError) Error() string {
	msg := e.Err.Error()
	if e.Key != "" {
		msg = fmt.Sprintf("%s: %s", e.Key, msg)
	}
	if e.File == "" {
		return fmt.Sprintf("%s: %s", e.Pos, msg)
	}
	return fmt.Sprintf("%s:%s: %s", e.File, e.Pos, msg)
}

func (e *PosError) Unwrap() error { return e.Err }
