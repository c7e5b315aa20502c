package rules

import "strings"

// exampleItem returns one timeline item in the component's layout, for
// the Bad and Good examples of the rules' docs.
func exampleItem(title, datetime, label string) string {
	return `  <div class="moj-timeline__item">
    <div class="moj-timeline__header">
      <h2 class="moj-timeline__title">` + title + `</h2>
    </div>
    <p class="moj-timeline__date">
      <time datetime="` + datetime + `">` + label + `</time>
    </p>
  </div>`
}

// exampleTimeline wraps items in a timeline.
func exampleTimeline(items ...string) string {
	return "<div class=\"moj-timeline\">\n" + strings.Join(items, "\n") + "\n</div>"
}
