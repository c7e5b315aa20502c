// Package gen writes realistic timeline pages of any size for benchmarks:
// front matter, one timeline of items newest first with varied titles,
// dates and descriptions, and a sprinkling of the slips the real seed page
// has (a title closed with </div>, an item indented after a blank line, a
// datetime that disagrees with its label, a range written with "/", a
// stray quote).
package gen

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

// The word pools the text is drawn from.
func subjects() []string {
	return []string{"our data pipeline", "the Analytical Platform", "a new dashboard", "the probation data model",
		"our metadata standard", "the data uploader", "a community forum", "the courts data service",
		"an apprenticeship scheme", "the prisons reporting service", "our first hackathon", "a derived table"}
}

func verbs() []string {
	return []string{"We released", "We launched", "We migrated", "We completed", "We rebuilt", "We published",
		"We held", "We retired", "We improved", "We opened"}
}

func sentences() []string {
	return []string{
		"This gave analysts faster access to the data they need every day.",
		"The work reduced running costs and made the service easier to support.",
		"Teams across the organisation now use it to answer questions about justice outcomes.",
		"We worked with colleagues in other departments to share what we learnt.",
		"It replaced a manual process that took several days each month.",
		"The approach has since been adopted by two other teams.",
	}
}

func months() []string {
	return []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
}

// Timeline returns a Markdown page of at least size bytes. One item in
// every defectEvery has one of the seed page's slips; 0 means none.
func Timeline(size, defectEvery int, seed int64) []byte {
	r := rand.New(rand.NewSource(seed))
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("---\nlayout: sub-navigation\ntitle: Timeline\ndescription: What we have done\n---\n\n")
	b.WriteString("<div class=\"moj-timeline\">\n")
	year, month, day := 2026, 11, 28
	for n := 0; b.Len() < size; n++ {
		slip := -1
		if defectEvery > 0 && n%defectEvery == defectEvery-1 {
			slip = r.Intn(5)
		}
		writeItem(&b, r, year, month, day, slip)
		day -= 1 + r.Intn(3)
		if day < 1 {
			day, month = 28, month-1
		}
		if month < 1 {
			month, year = 12, year-1
		}
	}
	b.WriteString("</div>\n")
	return b.Bytes()
}

func writeItem(b *bytes.Buffer, r *rand.Rand, year, month, day, slip int) {
	title := fmt.Sprintf("%s %s", pick(r, verbs()), pick(r, subjects()))
	datetime := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	label := fmt.Sprintf("%d %s %d", day, months()[month-1], year)
	titleEnd, lead := "</h2>\n    </div>", ""
	switch slip {
	case 0:
		titleEnd = "</div>"
	case 1:
		lead = "\n  "
	case 2:
		label = fmt.Sprintf("%d %s %d", day, months()[(month)%12], year)
	case 3:
		label = fmt.Sprintf("%s/%s %d", months()[month-1], months()[month%12], year)
		datetime = datetime[:7]
	case 4:
		title += ".'"
	}
	fmt.Fprintf(b, "  <div class=\"moj-timeline__item\">\n%s    <div class=\"moj-timeline__header\">\n", lead)
	fmt.Fprintf(b, "      <h2 class=\"moj-timeline__title\">%s%s\n", title, titleEnd)
	fmt.Fprintf(b, "    <p class=\"moj-timeline__date\">\n      <time datetime=\"%s\">%s</time>\n    </p>\n", datetime, label)
	b.WriteString("    <div class=\"moj-timeline__description\">\n")
	var text []string
	for range 1 + r.Intn(3) {
		text = append(text, pick(r, sentences()))
	}
	fmt.Fprintf(b, "      <p>%s</p>\n    </div>\n  </div>\n", strings.Join(text, " "))
}

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

// Tree writes n pages of about pageSize bytes under dir, a hundred to a
// folder, and returns their total size.
func Tree(dir string, n, pageSize int, seed int64) (int64, error) {
	var total int64
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("section%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return 0, err
		}
		page := Timeline(pageSize, 7, seed+int64(i))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page%05d.md", i)), page, 0o644); err != nil {
			return 0, err
		}
		total += int64(len(page))
	}
	return total, nil
}

// Page is one page the benchmarks run on.
type Page struct {
	Name  string
	Bytes []byte
}

// BenchPages returns the pages lint and fix are benchmarked on, the same
// for both so their figures compare: the seed page and generated
// timelines of about 5 MB and, unless short, 50 MB, one item in seven with
// one of the seed's slips.
func BenchPages(seed []byte, short bool) []Page {
	out := []Page{{"seed", seed}, {"5MB", Timeline(5<<20, 7, 1)}}
	if !short {
		out = append(out, Page{"50MB", Timeline(50<<20, 7, 1)})
	}
	return out
}
