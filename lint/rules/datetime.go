package rules

import (
	"bytes"
	"fmt"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
)

// timeOf is what a timeline item's <time> says, read once for the
// datetime rules.
type timeOf struct {
	node     int
	valueAt  lint.Span // the datetime attribute's raw value
	hasAttr  bool      // whether the <time> has a datetime attribute
	value    date.Datetime
	valueErr error
	label    string    // the visible text, white space folded
	labelAt  lint.Span // the raw text between the tags, trimmed
	plain    bool      // the raw text is the label: no tags, entities or template tags
	template bool      // a template tag decides the value or the label
}

// itemTimes returns the <time> of every item of every timeline, read once
// per document for all the rules that need them.
func itemTimes(d *lint.Document) []timeOf {
	return d.Memo("rules.itemTimes", func() any { return readItemTimes(d) }).([]timeOf)
}

func readItemTimes(d *lint.Document) []timeOf {
	timelines, _ := d.Timelines()
	n := 0
	for _, t := range timelines {
		for _, it := range t.Items {
			if it.Time >= 0 {
				n++
			}
		}
	}
	// Sized by a count first: a timeOf is large, and growing the slice by
	// appending would hold it twice on a big page.
	out := make([]timeOf, 0, n)
	for _, t := range timelines {
		for _, it := range t.Items {
			if it.Time >= 0 {
				out = append(out, readTime(d, it.Time))
			}
		}
	}
	return out
}

// timeAt returns what the item <time> node i says, from the document's memo.
// The index maps a node to its place in itemTimes rather than holding a
// second copy of every timeOf.
func timeAt(d *lint.Document, i int) timeOf {
	times := itemTimes(d)
	index := d.Memo("rules.timeAt", func() any {
		m := make(map[int]int, len(times))
		for k, t := range times {
			m[t.node] = k
		}
		return m
	}).(map[int]int)
	k, ok := index[i]
	if !ok {
		return timeOf{}
	}
	return times[k]
}

func readTime(d *lint.Document, i int) timeOf {
	n := d.Nodes[i]
	t := timeOf{node: i, label: d.InnerText(i)}
	t.labelAt = trimSpan(d.Source.Bytes, n.Content())
	raw := d.Source.Bytes[t.labelAt.Start:t.labelAt.End]
	t.plain = !bytes.ContainsAny(raw, "<&\r\n")
	t.template = d.HasTemplate(n.Content())
	a, hasAttr := d.Attr(i, "datetime")
	t.valueAt, t.hasAttr = a.Value, hasAttr
	if t.hasAttr {
		t.template = t.template || d.HasTemplate(t.valueAt)
		v, _ := d.AttrValue(i, "datetime")
		t.value, t.valueErr = date.ParseDatetime(v)
	}
	return t
}

// elementSpan is the whole element: start tag to end tag, or to where it ends.
func elementSpan(d *lint.Document, i int) lint.Span {
	n := d.Nodes[i]
	end := n.Content().End
	if n.EndTag().Len() > 0 {
		end = n.EndTag().End
	}
	return lint.Span{Start: n.Tag.Start, End: end}
}

func trimSpan(b []byte, sp lint.Span) lint.Span {
	for sp.Start < sp.End && isSpace(b[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && isSpace(b[sp.End-1]) {
		sp.End--
	}
	return sp
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func datetimeInvalid() lint.Rule {
	return lint.Rule{
		Name:     "datetime-invalid",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a timeline <time> has no datetime, or one that is not a valid HTML date or time",
			Why: "The datetime attribute is what browsers, search engines and assistive technology read. " +
				"Without it, or with a value like 2023-13 or 2023-02-30, the date means nothing to them, " +
				"and the ordering rules here cannot check the item.",
			Bad:  exampleTimeline(exampleItem("Pipeline goes live", "2023-02-30", "30 February 2023")),
			Good: exampleTimeline(exampleItem("Pipeline goes live", "2023-03-02", "2 March 2023")),
			Fix:  "Sets datetime from the label when the label is a readable date and the attribute is missing.",
		},
		Check: checkDatetimeInvalid,
	}
}

func checkDatetimeInvalid(p *lint.Pass) {
	d := p.Doc
	for _, t := range itemTimes(d) {
		switch {
		case t.template:
		case !t.hasAttr:
			diag := lint.Diagnostic{Span: d.Nodes[t.node].Tag, Message: "<time> has no datetime attribute; add datetime=\"YYYY-MM\" matching its label"}
			if l, ok := date.ParseLabel(t.label); ok {
				v := l.Start.Datetime()
				diag.Message = fmt.Sprintf("<time> has no datetime attribute; add datetime=%q", v)
				diag.Suggestions = []string{v}
				tag := d.Nodes[t.node].Tag
				diag.Fixes = []lint.Fix{{Message: "add datetime=\"" + v + "\"", Applicability: lint.Safe,
					Edits: []lint.Edit{{Span: lint.Span{Start: tag.Start + len("<time"), End: tag.Start + len("<time")},
						New: ` datetime="` + v + `"`}}}}
			}
			p.Report(diag)
		case t.valueErr != nil:
			p.Reportf(t.valueAt, fmt.Sprintf("datetime=%q is not a valid HTML date: %v", d.Source.Text(t.valueAt), t.valueErr))
		}
	}
}
