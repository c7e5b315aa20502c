package rules

import (
	"fmt"
	"sort"

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
		checkTimelineOrder(p, datedItems(d, t), dir)
	}
}

func datedItems(d *lint.Document, t lint.Timeline) []dated {
	var out []dated
	for _, it := range t.Items {
		if it.Time < 0 {
			continue
		}
		tm := readTime(d, it.Time)
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
func checkTimelineOrder(p *lint.Pass, items []dated, dir int) {
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
		p.Reportf(elementSpan(d, it.item.Time), fmt.Sprintf("items go %s, but %s comes after %s; %s",
			way, it.at.Label(), items[i-1].at.Label(), where))
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
