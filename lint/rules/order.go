package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/date"
)

func order() lint.Rule {
	return lint.Rule{
		Name:     "order",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "timeline items are not in date order (newest first by default)",
			Why: "Readers scan a timeline by date. One item out of place reads as a mistake or hides the " +
				"latest news. Equal dates may stand in any order. Set order: oldest-first or order: off in " +
				".timelint.yaml for timelines that run the other way.",
			Bad: exampleTimeline(exampleItem("First release", "2024-01", "January 2024"),
				exampleItem("Second release", "2024-09", "September 2024")),
			Good: exampleTimeline(exampleItem("Second release", "2024-09", "September 2024"),
				exampleItem("First release", "2024-01", "January 2024")),
			Fix: "Moves whole items into order, keeping items of equal date in their written order. Safe.",
		},
		Check: checkOrderRule,
	}
}

// dated is an item with a readable datetime.
type dated struct {
	item lint.Item
	at   date.Date
}

func checkOrderRule(p *lint.Pass) {
	dir := 1 // newest first: each date at most the one before
	switch p.Options.Config.Order {
	case "off":
		return
	case "oldest-first":
		dir = -1
	}
	d := p.Doc
	timelines, _ := d.Timelines()
	for _, t := range timelines {
		items := datedItems(d, t)
		if !outOfOrder(items, dir) {
			continue
		}
		var fixes []lint.Fix
		if len(items) == len(t.Items) {
			fixes = reorder(d, t, items, dir)
		}
		checkTimelineOrder(p, items, dir, fixes)
	}
}

func outOfOrder(items []dated, dir int) bool {
	for i := 1; i < len(items); i++ {
		if dir*compareAtCommon(items[i-1].at, items[i].at) < 0 {
			return true
		}
	}
	return false
}

// reorder returns the fix that moves whole items into order, keeping items
// of equal date in their written order and everything between items where
// it is. It needs every item dated, a direct child of the timeline, and no
// structural slip inside the timeline.
func reorder(d *lint.Document, t lint.Timeline, items []dated, dir int) []lint.Fix {
	n := d.Nodes[t.Node]
	for _, pr := range d.Problems {
		if pr.Kind != lint.DuplicateAttribute && pr.Span.Start < n.Content().End && pr.Span.End > n.Tag.Start {
			return nil
		}
	}
	slots := make([]lint.Span, len(items))
	for i, it := range items {
		if d.Nodes[it.item.Node].Parent != t.Node {
			return nil
		}
		slots[i] = itemSpan(d, it.item.Node)
	}
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b dated) int { return -dir * a.at.Compare(b.at) })
	whole := lint.Span{Start: slots[0].Start, End: slots[len(slots)-1].End}
	// The items and the gaps between them are whole's bytes reordered, so
	// the builder is sized once: the timeline can be most of a big page.
	var b strings.Builder
	b.Grow(whole.Len())
	for i, it := range sorted {
		sp := itemSpan(d, it.item.Node)
		b.Write(d.Source.Bytes[sp.Start:sp.End])
		if i+1 < len(slots) {
			b.Write(d.Source.Bytes[slots[i].End:slots[i+1].Start])
		}
	}
	return []lint.Fix{{Message: "move the items into date order", Applicability: lint.Safe,
		Edits: []lint.Edit{{Span: whole, New: b.String()}}}}
}

// itemSpan is an item with its indentation, from its line's start when it
// is first on its line, to its end tag.
func itemSpan(d *lint.Document, i int) lint.Span {
	sp := elementSpan(d, i)
	if d.Indent(i) >= 0 {
		sp.Start = d.Source.LineSpan(d.Source.Line(sp.Start)).Start
	}
	return sp
}

func datedItems(d *lint.Document, t lint.Timeline) []dated {
	out := make([]dated, 0, len(t.Items)) // at most one each: sized once, not grown
	for _, it := range t.Items {
		if it.Time < 0 {
			continue
		}
		tm := timeAt(d, it.Time)
		if tm.template || tm.valueErr != nil || tm.value.Date.IsZero() {
			continue
		}
		out = append(out, dated{it, tm.value.Date})
	}
	return out
}

// checkTimelineOrder reports each item that is out of order against the
// item before it, and names the item it should follow: the last before
// the first earlier item that it ought to precede. The running extreme is
// monotone, so a binary search finds that item: O(n log n).
func checkTimelineOrder(p *lint.Pass, items []dated, dir int, fixes []lint.Fix) {
	d := p.Doc
	extreme := make([]date.Date, len(items)) // oldest (newest-first) seen up to i
	for i, it := range items {
		extreme[i] = it.at
		if i > 0 && dir*extreme[i-1].Compare(it.at) < 0 {
			extreme[i] = extreme[i-1]
		}
		if i == 0 || dir*compareAtCommon(items[i-1].at, it.at) >= 0 {
			continue
		}
		j := sort.Search(i, func(k int) bool { return dir*extreme[k].Compare(it.at) < 0 })
		where := "move this item to the top of the timeline"
		if j > 0 {
			prev := items[j-1].item
			where = fmt.Sprintf("move this item to follow %q (%s)", titleOf(d, prev), d.Source.Position(d.Nodes[prev.Node].Tag.Start))
		}
		way := "newest first"
		if dir < 0 {
			way = "oldest first"
		}
		p.Report(lint.Diagnostic{Span: elementSpan(d, it.item.Time), Fixes: fixes,
			Message: fmt.Sprintf("items go %s, but %s comes after %s; %s", way, it.at.Label(), items[i-1].at.Label(), where)})
	}
}

// compareAtCommon compares two dates at the coarser of their precisions,
// so that "2024" and "2024-03" count as equal.
func compareAtCommon(a, b date.Date) int {
	prec := min(a.Precision, b.Precision)
	return a.Truncate(prec).Compare(b.Truncate(prec))
}

// titleOf returns an item's title text, shortened for messages.
func titleOf(d *lint.Document, it lint.Item) string {
	if it.Title < 0 {
		return "(untitled item)"
	}
	t := []rune(d.InnerText(it.Title))
	if len(t) > 50 {
		return string(t[:47]) + "…"
	}
	return string(t)
}
