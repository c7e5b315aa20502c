package rules

import (
	"fmt"

	"github.com/ministryofjustice/timelint/lint"
)

func structure() lint.Rule {
	return lint.Rule{
		Name:     "structure",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a timeline item lacks a part of the component, or has its parts out of order",
			Why: "The MoJ timeline component styles an item from its parts: a .moj-timeline__header holding " +
				"the title, then a p.moj-timeline__date holding a <time>, then an optional description. An " +
				"item without them, with them out of order, or outside a .moj-timeline renders unstyled or " +
				"reads wrongly to screen readers.",
			Bad: exampleTimeline("  <div class=\"moj-timeline__item\">\n    <p class=\"moj-timeline__date\">\n" +
				"      <time datetime=\"2025-03\">March 2025</time>\n    </p>\n  </div>"),
			Good: exampleTimeline(exampleItem("Pipeline goes live", "2025-03", "March 2025")),
			Fix:  "Not fixed: the missing part's content is for a person to write.",
		},
		Check: checkStructure,
	}
}

func checkStructure(p *lint.Pass) {
	d := p.Doc
	timelines, orphans := d.Timelines()
	reportOrphans(p, orphans, timelines)
	for _, t := range timelines {
		nested := map[int]bool{} // items inside items, and the items holding them
		for _, it := range t.Items {
			checkItem(p, it)
			if it.Outer >= 0 {
				reportNested(p, it, nested)
				nested[it.Node] = true
				nested[it.Outer] = true
			}
		}
	}
}

// reportOrphans reports items outside any timeline, once for each run of
// them with no timeline between: an extra end tag that closes a timeline
// early leaves every later item outside it, and that is one slip.
func reportOrphans(p *lint.Pass, orphans []lint.Item, timelines []lint.Timeline) {
	d := p.Doc
	k := 0 // the next timeline in document order
	for i := 0; i < len(orphans); {
		start := d.Nodes[orphans[i].Node].Tag.Start
		for k < len(timelines) && d.Nodes[timelines[k].Node].Tag.Start < start {
			k++
		}
		j := i + 1
		for j < len(orphans) && (k == len(timelines) || d.Nodes[orphans[j].Node].Tag.Start < d.Nodes[timelines[k].Node].Tag.Start) {
			j++
		}
		msg := "timeline item outside a .moj-timeline"
		if more := j - i - 1; more > 0 {
			msg += fmt.Sprintf(", and %d more after it", more)
		}
		p.Reportf(d.Nodes[orphans[i].Node].Tag, msg+"; an extra end tag may have closed the timeline early, "+
			"or wrap the items in <div class=\"moj-timeline\">")
		i = j
	}
}

// reportNested reports an item that sits inside another item, once per
// slip: when a missing end tag puts every later item inside one item, or
// each inside the one before, only the first is reported.
func reportNested(p *lint.Pass, it lint.Item, nested map[int]bool) {
	if nested[it.Outer] {
		return
	}
	d := p.Doc
	p.Reportf(d.Nodes[it.Node].Tag, fmt.Sprintf(
		"this item is inside the item opened at %s; an end tag is missing before it: close that item, and what is open in it, first",
		d.Source.Position(d.Nodes[it.Outer].Tag.Start)))
}

func checkItem(p *lint.Pass, it lint.Item) {
	d := p.Doc
	at := d.Nodes[it.Node].Tag
	switch {
	case it.Header < 0:
		p.Reportf(at, "item has no .moj-timeline__header; add <div class=\"moj-timeline__header\"> holding its title")
	case it.Title < 0:
		p.Reportf(at, "item has no title; add <h2 class=\"moj-timeline__title\"> inside its header")
	case !inside(d, it.Title, it.Header):
		p.Reportf(d.Nodes[it.Title].Tag, "the title is outside the item's .moj-timeline__header; move it inside")
	}
	switch {
	case it.Date < 0:
		p.Reportf(at, "item has no date; add <p class=\"moj-timeline__date\"><time datetime=\"…\">…</time></p>")
	case d.Nodes[it.Date].Name != "p":
		p.Reportf(d.Nodes[it.Date].Tag, fmt.Sprintf("the date is a <%s>; the component's date is a <p class=\"moj-timeline__date\">",
			d.Nodes[it.Date].Name))
	case it.Time < 0:
		p.Reportf(d.Nodes[it.Date].Tag, "the date holds no <time>; wrap the date in <time datetime=\"…\">")
	}
	checkOrder(p, it)
}

// checkOrder reports parts out of the component's order: header, date,
// description.
func checkOrder(p *lint.Pass, it lint.Item) {
	d := p.Doc
	parts := []struct {
		node int
		name string
	}{{it.Header, "header"}, {it.Date, "date"}, {it.Description, "description"}}
	prevNode, prevName := -1, ""
	for _, part := range parts {
		if part.node < 0 {
			continue
		}
		if prevNode >= 0 && part.node < prevNode {
			p.Reportf(d.Nodes[part.node].Tag, fmt.Sprintf(
				"the %s comes before the %s; the component's order is header, date, description", part.name, prevName))
			return
		}
		prevNode, prevName = part.node, part.name
	}
}

// inside reports whether node i is a descendant of node anc.
func inside(d *lint.Document, i, anc int) bool {
	return i > anc && i <= d.Nodes[anc].Last
}
