package date
import ("testing";"strings";"fmt")
func TestCount(t *testing.T) {
	vocabulary := []string{
		"4", "04", "4th", "31", "29", "June", "jun.", "Sept", "February", "Dec", "2024", "2026", "20", "25",
		"to", "/", "-", "–", ",", "at", "on", "of", "9:32am", "09:32", "12pm", "midday", "Thursday", "Thu,",
	}
	n, ok := 0, 0
	var ex []string
	words := []string{}
	var sweep func(int)
	sweep = func(d int) {
		if len(words) > 0 { n++; s := strings.Join(words, " "); if l, k := ParseLabel(s); k { ok++; if ok%500 == 0 { ex = append(ex, s+" => "+l.Canonical+" "+fmt.Sprint(l.Problems)) } } }
		if d == 0 { return }
		for _, w := range vocabulary { words = append(words, w); sweep(d-1); words = words[:len(words)-1] }
	}
	sweep(4)
	fmt.Println(n, ok); for _, e := range ex { fmt.Println(e) }
}
