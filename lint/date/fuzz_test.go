package date

import (
	"strings"
	"testing"
)

// Seeds for both targets live in testdata/fuzz/<target>/.

func FuzzParseLabel(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		l, ok := ParseLabel(s)
		if !ok {
			if l.Start != (Date{}) || l.Canonical != "" || l.Problems != nil {
				t.Fatalf("ParseLabel(%q) = %+v, false, want the zero Label", s, l)
			}
			return
		}
		checkLabel(t, s, l)
	})
}

// checkLabel checks the invariants of a label ParseLabel read from s.
func checkLabel(t *testing.T, s string, l Label) {
	t.Helper()
	if l.Start.IsZero() || l.IsRange == l.End.IsZero() {
		t.Fatalf("ParseLabel(%q) = %+v, want a Start, and an End exactly for a range", s, l)
	}
	if l.IsRange && (l.Start.Compare(l.End) >= 0 || l.Start.Precision != l.End.Precision) {
		t.Fatalf("ParseLabel(%q) = %v to %v, want a range forwards at one precision", s, l.Start, l.End)
	}
	if len(l.Problems) == 0 && l.Canonical != strings.Join(strings.Fields(collapseSpace(s)), " ") {
		t.Fatalf("ParseLabel(%q).Canonical = %q with no problems, want the label's own text", s, l.Canonical)
	}
	if d, err := ParseDatetime(l.Start.Datetime()); err != nil || d.Date != l.Start {
		t.Fatalf("ParseDatetime(%q) = %+v, %v, want Start of label %q, %v", l.Start.Datetime(), d, err, s, l.Start)
	}
	c, ok := ParseLabel(l.Canonical)
	if !ok || c.Start != l.Start || c.End != l.End || c.IsRange != l.IsRange {
		t.Fatalf("ParseLabel(%q) = %+v, %v; canonical of %q = %+v, want the same dates", l.Canonical, c, ok, s, l)
	}
	if len(c.Problems) > 0 || c.Canonical != l.Canonical {
		t.Fatalf("ParseLabel(%q) = %+v, want no problems: it is the canonical form of %q", l.Canonical, c, s)
	}
}

func FuzzParseDatetime(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		dt, err := ParseDatetime(s)
		if err != nil {
			if dt != (Datetime{}) || err.Error() == "" {
				t.Fatalf("ParseDatetime(%q) = %+v, %v, want the zero Datetime and a message", s, dt, err)
			}
			return
		}
		if dt.Kind < KindYear || dt.Kind > KindTimeZone {
			t.Fatalf("ParseDatetime(%q).Kind = %v, want a kind", s, dt.Kind)
		}
		if dt.Date.IsZero() {
			return
		}
		again, err := ParseDatetime(dt.Date.Datetime())
		if err != nil || again.Date != dt.Date {
			t.Fatalf("ParseDatetime(%q) = %+v, %v, want %v, read from %q", dt.Date.Datetime(), again, err, dt.Date, s)
		}
		if dt.Date.Year < 1000 || dt.Date.Year > 9999 {
			return // labels hold four-digit years only
		}
		l, ok := ParseLabel(dt.Date.Label())
		if !ok || l.Start != dt.Date || len(l.Problems) > 0 {
			t.Fatalf("ParseLabel(%q) = %+v, %v, want %v with no problems", dt.Date.Label(), l, ok, dt.Date)
		}
	})
}
