package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// lineBounds returns the start and end (before the line ending) of each
// line of src, split independently of the parser's own splitter.
func lineBounds(src []byte) (starts, ends []int) {
	for i := 0; i < len(src); {
		starts = append(starts, i)
		j := i
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
		ends = append(ends, j)
		switch {
		case j+1 < len(src) && src[j] == '\r' && src[j+1] == '\n':
			i = j + 2
		default:
			i = j + 1
		}
	}
	return starts, ends
}

// checkBlocks reports the first broken invariant of Blocks(src): blocks
// in document order on distinct lines, and offsets inside their lines.
func checkBlocks(src []byte, bs []Block) error {
	starts, ends := lineBounds(src)
	prevLast := -1
	for i, b := range bs {
		switch {
		case b.Kind < Paragraph || b.Kind > ThematicBreak:
			return fmt.Errorf("block %d: kind %d", i, b.Kind)
		case (b.Kind == HTMLBlock) != (b.HTMLType >= 1 && b.HTMLType <= 7):
			return fmt.Errorf("block %d: kind %v with HTML type %d", i, b.Kind, b.HTMLType)
		case b.FirstLine <= prevLast:
			return fmt.Errorf("block %d starts on line %d, at or before line %d", i, b.FirstLine, prevLast)
		case b.FirstLine > b.LastLine || b.LastLine >= len(starts):
			return fmt.Errorf("block %d: lines %d-%d of %d", i, b.FirstLine, b.LastLine, len(starts))
		case b.Start < starts[b.FirstLine] || b.Start > ends[b.FirstLine]:
			return fmt.Errorf("block %d: start %d outside line %d", i, b.Start, b.FirstLine)
		case b.End != ends[b.LastLine] || b.Start > b.End:
			return fmt.Errorf("block %d: end %d, want %d", i, b.End, ends[b.LastLine])
		}
		prevLast = b.LastLine
	}
	return nil
}

func FuzzBlocks(f *testing.F) {
	f.Add([]byte(timeline))
	f.Add([]byte("> - a\n>\n>       b\n\n    c\n"))
	f.Add([]byte("```\n<div>\n```\n<!-- x\n\n-->\n"))
	f.Add([]byte("a\n===\n1. b\r\n2) c\r  \t<a href='x'>\n"))
	f.Add([]byte("-\t\tfoo\n>\t\tbar\n* * *\n# h #\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if err := checkBlocks(src, Blocks(src)); err != nil {
			t.Errorf("Blocks(%q): %v", src, err)
		}
	})
}

func TestCheckBlocksRejects(t *testing.T) {
	src := []byte("a\n\nb\n")
	tests := []struct {
		name string
		bs   []Block
	}{
		{"bad kind", []Block{{Kind: 0, End: 1}}},
		{"overlap", []Block{{Kind: Paragraph, End: 1}, {Kind: Paragraph, End: 1}}},
		{"past end", []Block{{Kind: Paragraph, FirstLine: 2, LastLine: 3}}},
		{"bad end", []Block{{Kind: Paragraph, End: 0}}},
		{"html type", []Block{{Kind: Paragraph, HTMLType: 6, End: 1}}},
	}
	for _, tc := range tests {
		if err := checkBlocks(src, tc.bs); err == nil {
			t.Errorf("checkBlocks(%q, %s) = nil, want an error", src, tc.name)
		}
	}
}

// timelineDoc returns a timeline-like page of about size bytes: MoJ
// timeline markup, some of it indented after blank lines, between
// Markdown paragraphs, lists, headings and code.
func timelineDoc(size int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "## Release %d\n\nSome *text* about release %d.\n\n", i, i)
		b.WriteString(timeline)
		b.WriteString("    </div>\n  </div>\n</div>\n\n")
		fmt.Fprintf(&b, "- item %d\n  continued\n\n      code in item\n1. one\n", i)
		b.WriteString("> quoted <span>html</span>\n>\n> ```\n> fenced\n> ```\n\n")
		b.WriteString(strings.Repeat("\t<td class=\"x\">cell</td>\n", 3) + "\n")
	}
	return b.Bytes()
}

func BenchmarkBlocks(b *testing.B) {
	src := timelineDoc(5 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Blocks(src)
	}
}

func TestTimelineDocInvariants(t *testing.T) {
	src := timelineDoc(64 << 10)
	if err := checkBlocks(src, Blocks(src)); err != nil {
		t.Errorf("Blocks(timelineDoc): %v", err)
	}
}
