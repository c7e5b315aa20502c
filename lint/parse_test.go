package lint

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, name, text string) *Document {
	t.Helper()
	kind, _ := KindOf(name)
	src, err := NewSource(name, kind, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestTokensTile checks the invariant offsets rest on: the tokenizer's
// Raw() lengths add up to the input, token after token.
func TestTokensTile(t *testing.T) {
	inputs := []string{
		"<div class=a>\r\n<p>x &amp; y<br/></div><!-- c --><script>a<b</script>",
		"<DIV CLASS='x' class=y>text</div >",
		"<!DOCTYPE html><?php x ?>&nbsp;</p></br>",
	}
	for _, in := range inputs {
		z := html.NewTokenizer(strings.NewReader(in))
		var got bytes.Buffer
		for z.Next() != html.ErrorToken {
			got.Write(z.Raw())
		}
		if got.String() != in {
			t.Errorf("tokens of %q join to %q", in, got.String())
		}
	}
}

// TestUnterminatedTagAtEOF pins a tokenizer quirk: a tag cut off by the end
// of the file yields no token, so the tokens tile only a prefix of the
// input and nothing after them is lost.
func TestUnterminatedTagAtEOF(t *testing.T) {
	d := parse(t, "x.html", "<p>x</p><div attr=\"x")
	if len(d.Nodes) != 2 || len(d.Problems) != 0 {
		t.Errorf("got %d nodes and %d problems, want 2 and 0", len(d.Nodes), len(d.Problems))
	}
}

// TestStrayEndTagOverLines is a FuzzFix finding: removing a stray end tag
// that spans lines sliced past its line's end.
func TestStrayEndTagOverLines(t *testing.T) {
	d := parse(t, "x.html", "</A\n>")
	if len(d.Problems) != 1 || d.Problems[0].Kind != StrayEndTag {
		t.Fatalf("problems = %+v, want one stray end tag", d.Problems)
	}
	if got := d.Problems[0].Fixes[0].Edits[0].Span; got != (Span{0, 5}) {
		t.Errorf("fix removes %v, want the tag {0 5}", got)
	}
}

func TestValidHTMLHasNoProblems(t *testing.T) {
	tests := map[string]string{
		"optional ends":   "<ul><li>a<li>b</ul><p>one<p>two<div>x</div><dl><dt>t<dd>d</dl>",
		"void elements":   "<p>a<br>b<img src=x><wbr><input type=text></p>",
		"tables":          "<table><thead><tr><th>a<tbody><tr><td>b<td>c<tr><td>d</table>",
		"raw text":        "<script>if (a<b) x('</div>')</script><style>p>a{}</style><textarea><b></textarea>",
		"comments":        "<div><!-- </div> --></div>",
		"foreign":         "<svg><path/><g><circle/></g></svg>",
		"templates":       "<div {% if x %}class=\"a\"{% endif %}>{{ '<p>' }}</div>{# </div> #}",
		"headings closed": "<h2>a</h2><h3>b</h3>",
		"select":          "<select><option>a<option>b<optgroup><option>c</select>",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			d := parse(t, "x.html", in)
			for _, p := range d.Problems {
				t.Errorf("problem %v at %v: %s", p.Kind, d.Source.Position(p.Span.Start), p.Message)
			}
		})
	}
}

// TestDeepNesting checks that 100,000 nested elements build without
// recursion and close cleanly.
func TestDeepNesting(t *testing.T) {
	const depth = 100_000
	in := strings.Repeat("<div>", depth) + strings.Repeat("</div>", depth)
	d := parse(t, "x.html", in)
	if len(d.Problems) != 0 || len(d.Nodes) != depth+1 {
		t.Errorf("got %d problems and %d nodes, want 0 and %d", len(d.Problems), len(d.Nodes), depth+1)
	}
	if d.Nodes[1].Last != depth {
		t.Errorf("Nodes[1].Last = %d, want %d", d.Nodes[1].Last, depth)
	}
}

func TestTree(t *testing.T) {
	d := parse(t, "x.html", "<div id=a><p>x<span>y</span></p><br></div>")
	var names []string
	d.Children(1, func(c int) { names = append(names, d.Nodes[c].Name) })
	if got := strings.Join(names, ","); got != "p,br" {
		t.Errorf("children of div = %s, want p,br", got)
	}
	if v, ok := d.AttrValue(1, "id"); !ok || v != "a" {
		t.Errorf("AttrValue(id) = %q, %v, want a, true", v, ok)
	}
	if got := d.InnerText(2); got != "xy" {
		t.Errorf("InnerText(p) = %q, want xy", got)
	}
}

func TestFrontMatter(t *testing.T) {
	d := parse(t, "x.md", "\xef\xbb\xbf---\ntitle: <div>\n---\n<p>x</p>\n")
	if got := d.Source.Text(d.FrontMatter); got != "---\ntitle: <div>\n---\n" {
		t.Errorf("front matter = %q", got)
	}
	if len(d.Problems) != 0 || len(d.Nodes) != 2 {
		t.Errorf("front matter was parsed as HTML: %d problems, %d nodes", len(d.Problems), len(d.Nodes))
	}
}

func TestAttrScannerAgreesWithTokenizer(t *testing.T) {
	tags := []string{
		`<a href=x title='y z' data-q="a>b" checked>`,
		`<a =x b= c / d="e"/>`,
		"<a\tb\n=\fc>",
		`<a b c=>`,
	}
	for _, tag := range tags {
		z := html.NewTokenizer(strings.NewReader(tag))
		z.Next()
		var want []string
		for {
			k, v, more := z.TagAttr()
			want = append(want, string(k)+"="+string(v))
			if !more {
				break
			}
		}
		_, nameEnd := tagName([]byte(tag), Span{0, len(tag)})
		var got []string
		for _, a := range scanAttrs([]byte(tag), nameEnd, len(tag), nil) {
			got = append(got, a.Name+"="+tag[a.Value.Start:a.Value.End])
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: attributes %q, tokenizer has %q", tag, got, want)
		}
	}
}

// TestSelfClosingAsTokenizer pins that an element is self-closed only when
// the tokenizer says so: in <g a=b/> the "/" ends an unquoted value, so the
// element stays open for its end tag.
func TestSelfClosingAsTokenizer(t *testing.T) {
	tests := []struct {
		in   string
		want int // problems
	}{
		{"<svg><g a=b/></g></svg>", 0},
		{"<svg><g a=b /></g></svg>", 1}, // self-closed: the </g> is stray
		{"<svg><path d='M0'/></svg>", 0},
	}
	for _, tc := range tests {
		d := parse(t, "x.html", tc.in)
		if len(d.Problems) != tc.want {
			t.Errorf("Parse(%q): %d problems %+v, want %d", tc.in, len(d.Problems), d.Problems, tc.want)
		}
	}
}
