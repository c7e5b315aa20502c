package lint

import (
	"bytes"
	"slices"
	"strings"
)

// suppressions are the disable comments of one document:
//
//	<!-- timelint-disable-next-line RULE[, RULE] -->
//	<!-- timelint-disable [RULE...] --> … <!-- timelint-enable [RULE...] -->
//	<!-- timelint-disable-file -->
//
// A comment naming no rule applies to every rule.
type suppressions struct {
	wholeFile bool
	lines     map[int][]string // 0-based line → rules hidden there ("" for all)
	ranges    []hiddenRange
}

type hiddenRange struct {
	rule       string // "" for all
	start, end int    // byte offsets
}

func readSuppressions(d *Document) suppressions {
	s := suppressions{}
	open := map[string]int{}
	for _, c := range d.Comments {
		verb, rules := parseDirective(d.Source.Bytes[c.Start:c.End])
		switch verb {
		case "timelint-disable-file":
			s.wholeFile = true
		case "timelint-disable-next-line":
			if s.lines == nil {
				s.lines = map[int][]string{}
			}
			line := d.Source.Line(c.End) + 1
			s.lines[line] = append(s.lines[line], rules...)
		case "timelint-disable":
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = c.End
				}
			}
		case "timelint-enable":
			for r, start := range open {
				if r == "" || slices.Contains(rules, "") || slices.Contains(rules, r) {
					s.ranges = append(s.ranges, hiddenRange{r, start, c.Start})
					delete(open, r)
				}
			}
		}
	}
	for r, start := range open {
		s.ranges = append(s.ranges, hiddenRange{r, start, len(d.Source.Bytes)})
	}
	return s
}

// parseDirective reads "<!-- verb rule, rule -->"; rules is [""] when the
// comment names none.
func parseDirective(raw []byte) (verb string, rules []string) {
	body := bytes.TrimSuffix(bytes.TrimPrefix(raw, []byte("<!--")), []byte("-->"))
	fields := strings.FieldsFunc(string(body), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r'
	})
	if len(fields) == 0 || !strings.HasPrefix(fields[0], "timelint-") {
		return "", nil
	}
	if len(fields) == 1 {
		return fields[0], []string{""}
	}
	return fields[0], fields[1:]
}

func (s suppressions) hides(src *Source, d Diagnostic) bool {
	if rules, ok := s.lines[src.Line(d.Span.Start)]; ok {
		if slices.Contains(rules, "") || slices.Contains(rules, d.Rule) {
			return true
		}
	}
	for _, r := range s.ranges {
		if (r.rule == "" || r.rule == d.Rule) && d.Span.Start >= r.start && d.Span.Start < r.end {
			return true
		}
	}
	return false
}
