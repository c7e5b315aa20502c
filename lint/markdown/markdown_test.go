package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// summary renders blocks in the compact notation of the test tables:
// blocks separated by spaces, each a kind letter (P paragraph, H<type>:
// HTML block, C indented code, F fenced code, S heading, T thematic
// break) and its line or line range, as in "H6:0-1 C3-8 P10".
func summary(bs []Block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		var s string
		switch b.Kind {
		case Paragraph:
			s = "P"
		case HTMLBlock:
			s = fmt.Sprintf("H%d:", b.HTMLType)
		case IndentedCode:
			s = "C"
		case FencedCode:
			s = "F"
		case Heading:
			s = "S"
		case ThematicBreak:
			s = "T"
		default:
			s = b.Kind.String()
		}
		s += fmt.Sprint(b.FirstLine)
		if b.LastLine != b.FirstLine {
			s += fmt.Sprintf("-%d", b.LastLine)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// blockCase is one Markdown input and its expected blocks in the
// notation of summary.
type blockCase struct {
	name string
	src  string
	want string
}

func runBlockCases(t *testing.T, cases []blockCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := summary(Blocks([]byte(tc.src))); got != tc.want {
				t.Errorf("Blocks(%q) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

// timeline is the realistic case from the linter's bug reports: HTML
// indented 4 or more spaces after a blank line renders as code.
const timeline = `<div class="moj-timeline">
    <div class="moj-timeline__item">

    <div class="moj-timeline__header">
      <h2 class="moj-timeline__title">Title</div>

    <p class="moj-timeline__date">
      <time datetime="2025-03">March 2025</time>
    </p>
  </div>
      <div class="moj-timeline__item">

    <div class="moj-timeline__header">
`

func TestBlocks(t *testing.T) {
	runBlockCases(t, []blockCase{
		{"empty", "", ""},
		{"blank lines only", "\n  \n\t\n", ""},
		{"timeline", timeline, "H6:0-1 C3-8 H6:9-10 C12"},
		{"no final newline", "a\nb", "P0-1"},
		{"crlf", "<div>\r\n\r\n    code\r\n", "H6:0 C2"},
		{"lone cr", "# h\r\rpara\r    more\r", "S0 P2-3"},
		{"mixed endings", "a\r\nb\rc\n\nd", "P0-2 P4"},
		{"code keeps inner blank lines only", "    a\n\n    b\n\n\n", "C0-2"},
		{"code in list item is a paragraph", "- a\n\n      b\n\n    c\n", "P0 C2 P4"},
		{"html 7 cannot interrupt paragraph", "a\n<span>\n\n<span>\nb\n", "P0-1 H7:3-4"},
		{"html 7 not lazily in quote", "> a\n<span>\n", "P0-1"},
		{"html 6 interrupts lazy paragraph", "> a\n<div>\n", "P0 H6:1"},
		{"html 1 ends on its line", "<pre>x</pre>\nb\n", "H1:0 P1"},
		{"html 1 end tag case", "<script>\nx\n</SCRIPT> y\nz\n", "H1:0-2 P3"},
		{"html 2 ends in container", "> <!--\n> x\ny\n", "H2:0-1 P2"},
		{"html 7 with attributes", "<a-b c=d e='f' g=\"h\" i :j _k.l/>  \t\nx\n", "H7:0-1"},
		{"html 7 raw text name excluded", "<pre/>\n", "P0"},
		{"html 7 closing tag of raw text name", "</pre>\n", "H7:0"},
		{"html 7 rejects trailing text", "<a> b\n", "P0"},
		{"html 7 rejects missing space", "<a b='c'd='e'>\n", "P0"},
		{"html 7 rejects bad value", "<a b=>\n", "P0"},
		{"html 6 self-closing", "<hr/>\n", "H6:0"},
		{"html 6 needs known name", "<divx>\n", "H7:0"},
		{"html 4 declaration", "<!DOCTYPE html>\nx\n", "H4:0 P1"},
		{"html 5 cdata is case-sensitive", "<![cdata[\n", "P0"},
		{"ordered list interrupts only at 1", "a\n2. b\n1. c\n", "P0-1 P2"},
		{"empty item cannot interrupt", "a\n-\n", "S0-1"},
		{"ten digits are not a marker", "1234567890. a\n", "P0"},
		{"fence closes inside quote", "> ```\n> x\n> ```\n> y\n", "F0-2 P3"},
		{"unclosed fence keeps blank lines", "```\nx\n\n\n", "F0-3"},
		{"tab after quote marker", ">\t\tfoo\n", "C0"},
	})
}

func TestBlocksOffsets(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Block
	}{
		{"timeline", timeline[:strings.Index(timeline, "\n\n")+1], []Block{
			{Kind: HTMLBlock, HTMLType: 6, FirstLine: 0, LastLine: 1, Start: 0, End: 63},
		}},
		{"code after four spaces", "x\n\n    <p>\n", []Block{
			{Kind: Paragraph, FirstLine: 0, LastLine: 0, Start: 0, End: 1},
			{Kind: IndentedCode, FirstLine: 2, LastLine: 2, Start: 7, End: 10},
		}},
		{"code after tab in quote", ">\t\tfoo\r\n", []Block{
			{Kind: IndentedCode, FirstLine: 0, LastLine: 0, Start: 2, End: 6},
		}},
		{"list item content", "- a\r\n  b \n", []Block{
			{Kind: Paragraph, FirstLine: 0, LastLine: 1, Start: 2, End: 9},
		}},
		{"indented html", "  <div>\n", []Block{
			{Kind: HTMLBlock, HTMLType: 6, FirstLine: 0, LastLine: 0, Start: 2, End: 7},
		}},
		{"setext heading", " a\n==\n", []Block{
			{Kind: Heading, FirstLine: 0, LastLine: 1, Start: 1, End: 5},
		}},
		{"fence", "> ~~~\n> x\n", []Block{
			{Kind: FencedCode, FirstLine: 0, LastLine: 1, Start: 2, End: 9},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Blocks([]byte(tc.src))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("Blocks(%q) = %+v, want %+v", tc.src, got, tc.want)
			}
		})
	}
}

// TestBlocksDeepNesting checks that nesting depth costs no recursion: the
// parser keeps open blocks on a slice.
func TestBlocksDeepNesting(t *testing.T) {
	const depth = 100000
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"block quotes", strings.Repeat("> ", depth) + "a\nb\n\n" + strings.Repeat(" ", 8) + "c\n", "P0-1 C3"},
		{"list items", strings.Repeat("- ", depth) + "a\n\n\n" + strings.Repeat(" ", 2*depth) + "b\n", "P0 P3"},
		{"ordered items", strings.Repeat("1. ", depth) + "\n", ""},
		{"mixed", strings.Repeat("> - ", depth) + "<div>\n\n", "H6:0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summary(Blocks([]byte(tc.src))); got != tc.want {
				t.Errorf("Blocks(%.20q...) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	tests := []struct {
		kind Kind
		want string
	}{
		{Paragraph, "Paragraph"},
		{HTMLBlock, "HTMLBlock"},
		{IndentedCode, "IndentedCode"},
		{FencedCode, "FencedCode"},
		{Heading, "Heading"},
		{ThematicBreak, "ThematicBreak"},
		{0, "Kind(invalid)"},
	}
	for _, tc := range tests {
		if got := tc.kind.String(); got != tc.want {
			t.Errorf("Kind(%d).String() = %q, want %q", int(tc.kind), got, tc.want)
		}
	}
}
