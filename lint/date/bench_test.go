package date

import "testing"

// benchLabels and benchValues are typical of a timeline: mostly GOV.UK
// forms, some variants.
var benchLabels = []string{
	"4 June 2026", "June 2026", "March to April 2024", "4th Jun. 2026", "2019/20",
	"\n        4 June 2026 at 9:32am\n      ", "Spring 2024",
}

var benchValues = []string{
	"2026-06-04", "2026-06", "2024", "2026-06-04T09:32", "2011-11-18T14:54:39.929-04:00", "2023-02-30",
}

func BenchmarkParseLabel(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ParseLabel(benchLabels[i%len(benchLabels)])
	}
}

func BenchmarkParseDatetime(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, _ = ParseDatetime(benchValues[i%len(benchValues)])
	}
}
