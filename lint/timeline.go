package lint

import "strings"

// The classes of the MoJ Design System timeline component.
const (
	ClassTimeline    = "moj-timeline"
	ClassItem        = "moj-timeline__item"
	ClassHeader      = "moj-timeline__header"
	ClassTitle       = "moj-timeline__title"
	ClassByline      = "moj-timeline__byline"
	ClassDate        = "moj-timeline__date"
	ClassDescription = "moj-timeline__description"
)

// Timeline is one .moj-timeline element and its items.
type Timeline struct {
	Node  int
	Items []Item
}

// Item is one .moj-timeline__item. Each part is the index of the first
// element found in the item with that role, or -1 when it has none.
type Item struct {
	Node        int
	Outer       int // the item this one sits inside (an end tag is missing), or -1
	Header      int
	Title       int
	Byline      int
	Date        int // p.moj-timeline__date
	Time        int // the first <time> inside the date
	Description int
}

// timelineSet is the result of Timelines, computed once per document.
type timelineSet struct {
	timelines []Timeline
	orphans   []Item
}

// Timelines returns every timeline of the document, and separately the
// items that sit outside any timeline. Most rules ask, so the answer is
// kept; callers must not change it.
func (d *Document) Timelines() (timelines []Timeline, orphans []Item) {
	d.timelinesOnce.Do(func() {
		t, o := d.findTimelines()
		d.timelines = timelineSet{t, o}
	})
	return d.timelines.timelines, d.timelines.orphans
}

func (d *Document) findTimelines() (timelines []Timeline, orphans []Item) {
	index := map[int]int{} // timeline node → index in timelines
	for i := 1; i < len(d.Nodes); i++ {
		if d.HasClass(i, ClassTimeline) {
			index[i] = len(timelines)
			timelines = append(timelines, Timeline{Node: i})
		}
		if !d.HasClass(i, ClassItem) {
			continue
		}
		item := d.readItem(i)
		t, outer := d.enclosing(i, index)
		item.Outer = outer
		if t < 0 {
			orphans = append(orphans, item)
			continue
		}
		timelines[t].Items = append(timelines[t].Items, item)
	}
	return timelines, orphans
}

// enclosing returns the index of the nearest timeline around node i, or
// -1, and the nearest item around it, or -1. An item inside an item is
// still the timeline's: a missing end tag put it there, and its dates and
// title are checked like any other's.
func (d *Document) enclosing(i int, index map[int]int) (timeline, outer int) {
	outer = -1
	for p := d.Nodes[i].Parent; p > 0; p = d.Nodes[p].Parent {
		if t, ok := index[p]; ok {
			return t, outer
		}
		if outer < 0 && d.HasClass(p, ClassItem) {
			outer = p
		}
	}
	return -1, outer
}

func (d *Document) readItem(i int) Item {
	it := Item{Node: i, Outer: -1, Header: -1, Title: -1, Byline: -1, Date: -1, Time: -1, Description: -1}
	for j := i + 1; j <= d.Nodes[i].Last; j++ {
		if d.Nodes[j].class >= 0 {
			for _, part := range []struct {
				class string
				at    *int
			}{{ClassHeader, &it.Header}, {ClassTitle, &it.Title}, {ClassByline, &it.Byline},
				{ClassDate, &it.Date}, {ClassDescription, &it.Description}} {
				if d.HasClass(j, part.class) {
					setFirst(part.at, j)
				}
			}
		}
		if d.Nodes[j].Name == "time" && it.Time < 0 && it.Date >= 0 && j <= d.Nodes[it.Date].Last {
			it.Time = j
		}
	}
	return it
}

func setFirst(p *int, j int) {
	if *p < 0 {
		*p = j
	}
}

// IsTimelineClass reports whether c is in the component's namespace.
func IsTimelineClass(c string) bool { return strings.HasPrefix(c, ClassTimeline) }
