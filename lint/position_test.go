package lint

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// positionByScan is Position as it was before the rune index: a scan of
// the line from its start.
func positionByScan(s *Source, off int) Position {
	off = max(0, min(off, len(s.Bytes)))
	i := s.Line(off)
	start := s.lines[i]
	if i == 0 && strings.HasPrefix(string(s.Bytes), bom) {
		start = min(len(bom), off)
	}
	col := 1
	for p := start; p < off; {
		_, size := utf8.DecodeRune(s.Bytes[p:])
		if p+size > off {
			break
		}
		p += size
		col++
	}
	return Position{Line: i + 1, Col: col}
}

// TestPositionOnLongLines compares Position, which counts long stretches
// from the rune index, with a plain scan, at every offset of pages with
// lines longer than runeBlock, multi-byte characters, a BOM and a stray
// byte that is not UTF-8; and RuneOffset with stepping character by
// character.
func TestPositionOnLongLines(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "<p>", "é", "€", "😀", " ", "\n", "\r\n", strings.Repeat("x", 3000)}
	for page := range 8 {
		var b strings.Builder
		if page%2 == 0 {
			b.WriteString(bom)
		}
		for b.Len() < 5*runeBlock {
			p := pieces[rng.IntN(len(pieces))]
			if p == "\n" || p == "\r\n" {
				if rng.IntN(4) > 0 {
					continue // mostly long lines
				}
			}
			b.WriteString(p)
		}
		if page == 7 {
			b.WriteString("\x80tail") // as NewSource reports invalid UTF-8
		}
		s := &Source{Bytes: []byte(b.String())}
		s.lines = lineStarts(s.Bytes)
		for off := 0; off <= len(s.Bytes); off++ {
			if got, want := s.Position(off), positionByScan(s, off); got != want {
				t.Fatalf("page %d: Position(%d) = %v, want %v", page, off, got, want)
			}
		}
		if page == 7 {
			continue
		}
		for _, n := range []int{0, 1, 5, runeBlock / 4, runeBlock, 3 * runeBlock} {
			for _, off := range []int{0, 7, runeBlock - 1, 2*runeBlock + 3} {
				off = min(s.charStart(0, off), len(s.Bytes))
				want := off
				for k := 0; k < n && want < len(s.Bytes); k++ {
					_, size := utf8.DecodeRune(s.Bytes[want:])
					want += size
				}
				if got := s.RuneOffset(off, n); got != want {
					t.Fatalf("page %d: RuneOffset(%d, %d) = %d, want %d", page, off, n, got, want)
				}
			}
		}
	}
}

// TestRuneOffsetAcrossSplitCharacter: a character cut by a block boundary
// of the rune index is counted once, when RuneOffset jumps to that block.
func TestRuneOffsetAcrossSplitCharacter(t *testing.T) {
	text := strings.Repeat("a", runeBlock-1) + "😀" + strings.Repeat("b", 2*runeBlock)
	s := &Source{Bytes: []byte(text)}
	s.lines = lineStarts(s.Bytes)
	for _, n := range []int{runeBlock, runeBlock + 1, runeBlock + 100} {
		want := 0
		for k := 0; k < n; k++ {
			_, size := utf8.DecodeRuneInString(text[want:])
			want += size
		}
		if got := s.RuneOffset(0, n); got != want {
			t.Errorf("RuneOffset(0, %d) = %d, want %d", n, got, want)
		}
	}
}
