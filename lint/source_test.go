package lint

import (
	"errors"
	"slices"
	"testing"
)

func TestPosition(t *testing.T) {
	tests := []struct {
		name string
		text string
		off  int
		want Position
	}{
		{"start", "abc", 0, Position{1, 1}},
		{"second line", "ab\ncd", 4, Position{2, 2}},
		{"CRLF", "ab\r\ncd", 4, Position{2, 1}},
		{"lone CR", "ab\rcd", 3, Position{2, 1}},
		{"code points", "café ✓ x", len("café ✓ "), Position{1, 8}},
		{"inside a character", "é", 1, Position{1, 1}},
		{"BOM takes no column", "\xef\xbb\xbfab", 4, Position{1, 2}},
		{"end of file", "ab\n", 3, Position{2, 1}},
		{"past the end", "ab", 99, Position{1, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := NewSource("x.md", Markdown, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := src.Position(tc.off); got != tc.want {
				t.Errorf("Position(%d) = %v, want %v", tc.off, got, tc.want)
			}
		})
	}
}

func TestNewSourceRefuses(t *testing.T) {
	if _, err := NewSource("x.md", Markdown, []byte("a\x00b")); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL byte: error = %v, want ErrBinary", err)
	}
	_, err := NewSource("x.md", Markdown, []byte("ok\nca\xff"))
	var pe *PosError
	if !errors.Is(err, ErrInvalidUTF8) || !errors.As(err, &pe) || pe.Pos != (Position{2, 3}) {
		t.Errorf("invalid UTF-8: error = %v, want ErrInvalidUTF8 at 2:3", err)
	}
}

func TestLineSpan(t *testing.T) {
	src, err := NewSource("x.md", Markdown, []byte("one\r\ntwo\nthree"))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"one", "two", "three"} {
		if got := src.Text(src.LineSpan(i)); got != want {
			t.Errorf("LineSpan(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{"a.md": Markdown, "A.HTML": HTML, "b.htm": HTML, "c.njk": HTML} {
		if got, ok := KindOf(name); !ok || got != want {
			t.Errorf("KindOf(%q) = %v, %v, want %v", name, got, ok, want)
		}
	}
	if _, ok := KindOf("notes.txt"); ok {
		t.Error("KindOf(notes.txt) accepted a .txt file")
	}
}

// TestLineIndexSize checks that the line index is counted to its size for
// every kind of line ending.
func TestLineIndexSize(t *testing.T) {
	for _, in := range []string{"", "a", "a\n", "a\r\nb\rc\n\n", "\r\r\n\r", "x\n\r"} {
		s, err := NewSource("x.md", Markdown, []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if len(s.lines) != cap(s.lines) {
			t.Errorf("NewSource(%q): %d lines in an index of %d", in, len(s.lines), cap(s.lines))
		}
	}
}

// TestLineStartsFastPath checks the line index of files with only "\n"
// endings, found with IndexByte, against the byte-by-byte reading.
func TestLineStartsFastPath(t *testing.T) {
	for _, in := range []string{"", "a", "\n", "a\nb", "a\nb\n", "\n\n\nx\n\n"} {
		var want []int
		want = append(want, 0)
		for off := 0; off < len(in); off++ {
			if in[off] == '\n' {
				want = append(want, off+1)
			}
		}
		if got := lineStarts([]byte(in)); !slices.Equal(got, want) {
			t.Errorf("lineStarts(%q) = %v, want %v", in, got, want)
		}
	}
}
