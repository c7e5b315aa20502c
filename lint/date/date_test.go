package date

import (
	"testing"
	"time"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		d, e Date
		want int
	}{
		{"same day", dayOf(2026, 6, 4), dayOf(2026, 6, 4), 0},
		{"earlier day", dayOf(2026, 6, 3), dayOf(2026, 6, 4), -1},
		{"later month", monthOf(2026, 7), monthOf(2026, 6), 1},
		{"year starts with its January", yearOf(2024), monthOf(2024, 1), 0},
		{"year starts with its first day", yearOf(2024), dayOf(2024, 1, 1), 0},
		{"month starts at midnight", monthOf(2024, 3), minuteOf(2024, 3, 1, 0, 0), 0},
		{"year before its February", yearOf(2024), monthOf(2024, 2), -1},
		{"month after the year before", monthOf(2024, 1), yearOf(2023), 1},
		{"minute order", minuteOf(2024, 3, 1, 9, 31), minuteOf(2024, 3, 1, 9, 32), -1},
		{"hour order", minuteOf(2024, 3, 1, 10, 0), minuteOf(2024, 3, 1, 9, 59), 1},
		{"day after its own midnight", dayOf(2024, 3, 1), minuteOf(2024, 3, 1, 9, 0), -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.Compare(tc.e); got != tc.want {
				t.Errorf("%v.Compare(%v) = %d, want %d", tc.d, tc.e, got, tc.want)
			}
			if got := tc.e.Compare(tc.d); got != -tc.want {
				t.Errorf("%v.Compare(%v) = %d, want %d", tc.e, tc.d, got, -tc.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	m := minuteOf(2026, 6, 4, 9, 32)
	tests := []struct {
		p    Precision
		want Date
	}{
		{Minute, m},
		{Day, dayOf(2026, 6, 4)},
		{Month, monthOf(2026, 6)},
		{Year, yearOf(2026)},
		{0, m},
	}
	for _, tc := range tests {
		if got := m.Truncate(tc.p); got != tc.want {
			t.Errorf("%v.Truncate(%v) = %v, want %v", m, tc.p, got, tc.want)
		}
	}
	if got := monthOf(2026, 6).Truncate(Day); got != monthOf(2026, 6) {
		t.Errorf("Truncate to a finer precision = %v, want the month unchanged", got)
	}
}

func TestEnd(t *testing.T) {
	tests := []struct {
		d, want Date
	}{
		{yearOf(2026), yearOf(2027)},
		{monthOf(2026, 6), monthOf(2026, 7)},
		{monthOf(2026, 12), monthOf(2027, 1)},
		{dayOf(2026, 6, 4), dayOf(2026, 6, 5)},
		{dayOf(2026, 6, 30), dayOf(2026, 7, 1)},
		{dayOf(2024, 2, 28), dayOf(2024, 2, 29)},
		{dayOf(2023, 2, 28), dayOf(2023, 3, 1)},
		{dayOf(2026, 12, 31), dayOf(2027, 1, 1)},
		{minuteOf(2026, 6, 4, 9, 32), minuteOf(2026, 6, 4, 9, 33)},
		{minuteOf(2026, 6, 4, 9, 59), minuteOf(2026, 6, 4, 10, 0)},
		{minuteOf(2026, 12, 31, 23, 59), minuteOf(2027, 1, 1, 0, 0)},
		{Date{}, Date{}},
	}
	for _, tc := range tests {
		if got := tc.d.End(); got != tc.want {
			t.Errorf("%v.End() = %v, want %v", tc.d, got, tc.want)
		}
	}
}

func TestEndsBefore(t *testing.T) {
	tests := []struct {
		name  string
		d     Date
		today Date
		want  bool
	}{
		{"month ended yesterday", monthOf(2026, 6), dayOf(2026, 7, 1), true},
		{"month ends today", monthOf(2026, 6), dayOf(2026, 6, 30), false},
		{"month not begun", monthOf(2026, 6), dayOf(2026, 5, 31), false},
		{"month long past", monthOf(2025, 6), dayOf(2026, 7, 1), true},
		{"December ended yesterday", monthOf(2025, 12), dayOf(2026, 1, 1), true},
		{"year ended yesterday", yearOf(2025), dayOf(2026, 1, 1), true},
		{"year ends today", yearOf(2025), dayOf(2025, 12, 31), false},
		{"day was yesterday", dayOf(2026, 6, 3), dayOf(2026, 6, 4), true},
		{"day is today", dayOf(2026, 6, 4), dayOf(2026, 6, 4), false},
		{"last minute of yesterday", minuteOf(2026, 6, 3, 23, 59), dayOf(2026, 6, 4), true},
		{"first minute of today", minuteOf(2026, 6, 4, 0, 0), dayOf(2026, 6, 4), false},
		{"leap day yesterday", dayOf(2024, 2, 29), dayOf(2024, 3, 1), true},
		{"zero date", Date{}, dayOf(2026, 6, 4), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.d.EndsBefore(tc.today); got != tc.want {
				t.Errorf("%v.EndsBefore(%v) = %v, want %v", tc.d, tc.today, got, tc.want)
			}
		})
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d        Date
		datetime string
		label    string
	}{
		{yearOf(2026), "2026", "2026"},
		{yearOf(72), "0072", "72"},
		{monthOf(2026, 6), "2026-06", "June 2026"},
		{dayOf(2026, 6, 4), "2026-06-04", "4 June 2026"},
		{dayOf(2026, 12, 25), "2026-12-25", "25 December 2026"},
		{minuteOf(2026, 6, 4, 9, 32), "2026-06-04T09:32", "4 June 2026 at 9:32am"},
		{minuteOf(2026, 6, 4, 9, 5), "2026-06-04T09:05", "4 June 2026 at 9:05am"},
		{minuteOf(2026, 6, 4, 9, 0), "2026-06-04T09:00", "4 June 2026 at 9am"},
		{minuteOf(2026, 6, 4, 12, 0), "2026-06-04T12:00", "4 June 2026 at midday"},
		{minuteOf(2026, 6, 4, 0, 0), "2026-06-04T00:00", "4 June 2026 at midnight"},
		{minuteOf(2026, 6, 4, 12, 30), "2026-06-04T12:30", "4 June 2026 at 12:30pm"},
		{minuteOf(2026, 6, 4, 0, 30), "2026-06-04T00:30", "4 June 2026 at 12:30am"},
		{minuteOf(2026, 6, 4, 17, 30), "2026-06-04T17:30", "4 June 2026 at 5:30pm"},
		{minuteOf(2026, 6, 4, 23, 59), "2026-06-04T23:59", "4 June 2026 at 11:59pm"},
		{Date{}, "", ""},
	}
	for _, tc := range tests {
		if got := tc.d.Datetime(); got != tc.datetime {
			t.Errorf("%+v.Datetime() = %q, want %q", tc.d, got, tc.datetime)
		}
		if got := tc.d.Label(); got != tc.label {
			t.Errorf("%+v.Label() = %q, want %q", tc.d, got, tc.label)
		}
	}
}

// TestRoundTrip checks that a date written as a datetime value or as a
// label reads back as the same date, for every day of four years around
// a leap year, at every precision, and for a spread of times.
func TestRoundTrip(t *testing.T) {
	var dates []Date
	for y := 2023; y <= 2026; y++ {
		dates = append(dates, yearOf(y))
		for m := 1; m <= 12; m++ {
			dates = append(dates, monthOf(y, m))
			for d := 1; d <= daysIn(y, m); d++ {
				dates = append(dates, dayOf(y, m, d))
			}
		}
	}
	for h := range 24 {
		for _, mi := range []int{0, 1, 30, 59} {
			dates = append(dates, minuteOf(2024, 2, 29, h, mi))
		}
	}
	for _, d := range dates {
		dt, err := ParseDatetime(d.Datetime())
		if err != nil || dt.Date != d {
			t.Errorf("ParseDatetime(%q) = %v, %v, want %v", d.Datetime(), dt.Date, err, d)
		}
		l, ok := ParseLabel(d.Label())
		if !ok || l.Start != d || len(l.Problems) > 0 || l.Canonical != d.Label() {
			t.Errorf("ParseLabel(%q) = %+v, %v, want Start %v and no problems", d.Label(), l, ok, d)
		}
	}
}

func TestWeekday(t *testing.T) {
	for y := 1; y <= 9999; y += 37 {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 15, daysIn(y, m)} {
				want := (int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7
				if got := weekday(y, m, d); got != want {
					t.Fatalf("weekday(%d, %d, %d) = %d, want %d", y, m, d, got, want)
				}
			}
		}
	}
}

func TestPrecisionString(t *testing.T) {
	tests := []struct {
		p    Precision
		want string
	}{
		{Year, "year"}, {Month, "month"}, {Day, "day"}, {Minute, "minute"}, {0, "Precision(0)"},
	}
	for _, tc := range tests {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("Precision(%d).String() = %q, want %q", int(tc.p), got, tc.want)
		}
	}
}
