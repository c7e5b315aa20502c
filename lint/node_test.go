package lint

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestAttrMatchesAttrs checks that looking one attribute up, which reads
// the class where the tree noted it and the others from the tag, gives the
// first of that name that Attrs lists.
func TestAttrMatchesAttrs(t *testing.T) {
	in := `<div class id=x class="a b">` + "\n" +
		`<p CLASS='moj-timeline__date' title="t &amp; u" class=x>` + "\n" +
		`<time datetime=2024-03 =odd data-x>March</time></p>` + "\n" +
		`<img alt="a picture"/><span class="  c  ">s</span></div>`
	d := parse(t, "x.html", in)
	for i := 1; i < len(d.Nodes); i++ {
		for _, want := range d.Attrs(i) {
			got, ok := d.Attr(i, want.Name)
			first, _ := firstNamed(d.Attrs(i), want.Name)
			if !ok || got != first {
				t.Errorf("node %d: Attr(%q) = %+v, %v, want %+v", i, want.Name, got, ok, first)
			}
		}
		if _, ok := d.Attr(i, "absent"); ok {
			t.Errorf("node %d: Attr(absent) found", i)
		}
	}
	for _, tc := range []struct {
		node  int
		class string
		want  bool
	}{{1, "a", false}, {2, "moj-timeline__date", true}, {2, "x", false}, {5, "c", true}, {0, "c", false}} {
		if got := d.HasClass(tc.node, tc.class); got != tc.want {
			t.Errorf("HasClass(%d, %q) = %v, want %v", tc.node, tc.class, got, tc.want)
		}
	}
}

func firstNamed(attrs []Attr, name string) (Attr, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a, true
		}
	}
	return Attr{}, false
}

// TestHasClassTooLongToKeep checks the way HasClass reads a class value
// whose length does not fit the node (over 2 GiB): from the tag again.
func TestHasClassTooLongToKeep(t *testing.T) {
	d := parse(t, "x.html", `<div class="a b">x</div><p class="c &amp; d">y</p>`)
	for i := 1; i < len(d.Nodes); i++ {
		d.Nodes[i].classLen = -1
	}
	for _, tc := range []struct {
		node  int
		class string
		want  bool
	}{{1, "b", true}, {1, "c", false}, {2, "&", true}, {2, "d", true}} {
		if got := d.HasClass(tc.node, tc.class); got != tc.want {
			t.Errorf("HasClass(%d, %q) = %v, want %v", tc.node, tc.class, got, tc.want)
		}
	}
}

// TestHasClass pins whole-word matching: a class name inside a longer one
// is no match, and white space of every kind separates names.
func TestHasClass(t *testing.T) {
	tests := []struct {
		value, class string
		want         bool
	}{
		{"moj-timeline__item", "moj-timeline", false},
		{"moj-timeline moj-timeline__item", "moj-timeline__item", true},
		{"xmoj-timeline moj-timelinex\tmoj-timeline", "moj-timeline", true},
		{"a\nb\fc", "b", true},
		{"ab ba", "a", false},
		{"a &amp; b", "&", true},
		{"a b ", "", false},
	}
	for _, tc := range tests {
		d := parse(t, "x.html", `<div class="`+tc.value+`"></div>`)
		if got := d.HasClass(1, tc.class); got != tc.want {
			t.Errorf("HasClass(%q, %q) = %v, want %v", tc.value, tc.class, got, tc.want)
		}
	}
}

// TestInnerTextPlain checks that text taken as it is, without the folding
// loop, is what the loop makes of it.
func TestInnerTextPlain(t *testing.T) {
	for _, text := range []string{"", "March 2024", "We released it.", " lead", "trail ", "two  spaces",
		"tab\there", "line\nbreak", "a &amp; b", "a <b>bold</b> c", "x < y", "é ü"} {
		d := parse(t, "x.html", "<h2>"+text+"</h2>")
		got := d.InnerText(1)
		want := strings.Join(strings.Fields(html.UnescapeString(stripTags(text))), " ")
		if got != want {
			t.Errorf("InnerText(%q) = %q, want %q", text, got, want)
		}
	}
}

// stripTags removes <b> and </b>, the only tags TestInnerTextPlain uses.
func stripTags(s string) string {
	return strings.NewReplacer("<b>", "", "</b>", "").Replace(s)
}
