package date

import (
	"slices"
	"testing"
)

func TestParseLabel(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		start     Date
		end       Date // zero unless a range
		canonical string
		problems  []string
	}{
		// GOV.UK forms, which have no problems.
		{"day", "4 June 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", nil},
		{"month", "June 2026", monthOf(2026, 6), Date{}, "June 2026", nil},
		{"year", "2026", yearOf(2026), Date{}, "2026", nil},
		{"day with time", "4 June 2026 at 9:32am", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", nil},
		{"whole hour", "4 June 2026 at 5pm", minuteOf(2026, 6, 4, 17, 0), Date{}, "4 June 2026 at 5pm", nil},
		{"midday", "4 June 2026 at midday", minuteOf(2026, 6, 4, 12, 0), Date{}, "4 June 2026 at midday", nil},
		{"midnight", "4 June 2026 at midnight", minuteOf(2026, 6, 4, 0, 0), Date{}, "4 June 2026 at midnight", nil},
		{"time first", "9:32am on 4 June 2026", minuteOf(2026, 6, 4, 9, 32), Date{}, "9:32am on 4 June 2026", nil},
		{"time first with day name", "11:59pm on Thursday 4 June 2026", minuteOf(2026, 6, 4, 23, 59), Date{}, "11:59pm on Thursday 4 June 2026", nil},
		{"day name", "Thursday 4 June 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", nil},
		{"leap day", "29 February 2024", dayOf(2024, 2, 29), Date{}, "29 February 2024", nil},
		{"month range", "March to April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", nil},
		{"month range across years", "December 2023 to January 2024", monthOf(2023, 12), monthOf(2024, 1), "December 2023 to January 2024", nil},
		{"day range", "4 to 6 June 2026", dayOf(2026, 6, 4), dayOf(2026, 6, 6), "4 to 6 June 2026", nil},
		{"day range across months", "30 June to 2 July 2026", dayOf(2026, 6, 30), dayOf(2026, 7, 2), "30 June to 2 July 2026", nil},
		{"day range across years", "31 December 2025 to 2 January 2026", dayOf(2025, 12, 31), dayOf(2026, 1, 2), "31 December 2025 to 2 January 2026", nil},
		{"year range", "2019 to 2020", yearOf(2019), yearOf(2020), "2019 to 2020", nil},

		// Whitespace, which is not a problem.
		{"surrounding space", "  June 2026\n", monthOf(2026, 6), Date{}, "June 2026", nil},
		{"newline and indent", "4\n      June\n      2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", nil},
		{"no-break space", "4\u00a0June\u00a02026", dayOf(2026, 6, 4), Date{}, "4 June 2026", nil},
		{"tab", "June\t2026", monthOf(2026, 6), Date{}, "June 2026", nil},

		// Months and day names.
		{"abbreviated month", "Jun 2026", monthOf(2026, 6), Date{}, "June 2026", []string{`abbreviated month "Jun"`}},
		{"Sept", "Sept 2026", monthOf(2026, 9), Date{}, "September 2026", []string{`abbreviated month "Sept"`}},
		{"abbreviation with dot", "4 Jun. 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`abbreviated month "Jun."`}},
		{"lower-case month", "4 june 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`"june"; write "June"`}},
		{"upper-case month", "JUNE 2026", monthOf(2026, 6), Date{}, "June 2026", []string{`"JUNE"; write "June"`}},
		{"abbreviated day name", "Thu 4 June 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", []string{`abbreviated day "Thu"`}},
		{"comma after day name", "Thursday, 4 June 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", []string{`comma after "Thursday"`}},
		{"lower-case day name", "thursday 4 June 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", []string{`"thursday"; write "Thursday"`}},
		{"wrong day name", "Friday 4 June 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", []string{`"Friday" but 4 June 2026 is a Thursday`}},

		// Days.
		{"ordinal", "4th June 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`ordinal "4th"`}},
		{"ordinal 1st", "1st June 2026", dayOf(2026, 6, 1), Date{}, "1 June 2026", []string{`ordinal "1st"`}},
		{"ordinal upper case", "22ND June 2026", dayOf(2026, 6, 22), Date{}, "22 June 2026", []string{`ordinal "22ND"`}},
		{"ordinal with of", "4th of June 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`ordinal "4th"`, `"of" between day and month`}},
		{"leading zero", "04 June 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`leading zero in "04"`}},
		{"US order", "June 4, 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{"month before day"}},
		{"US order with ordinal", "June 4th, 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`ordinal "4th"`, "month before day"}},
		{"US order with day name", "Thursday, June 4, 2026", dayOf(2026, 6, 4), Date{}, "Thursday 4 June 2026", []string{`comma after "Thursday"`, "month before day"}},
		{"comma before year", "4 June, 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{"comma before the year"}},
		{"comma before year of month", "June, 2026", monthOf(2026, 6), Date{}, "June 2026", []string{"comma before the year"}},
		{"UK figures", "04/06/2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`date in figures "04/06/2026"`}},
		{"UK figures short", "4/6/2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`date in figures "4/6/2026"`}},
		{"ISO figures", "2026-06-04", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`date in figures "2026-06-04"`}},
		{"run together", "4June 2026", dayOf(2026, 6, 4), Date{}, "4 June 2026", []string{`write "4 June 2026"`}},

		// Times.
		{"comma before time", "4 June 2026, 9:32am", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", []string{`comma before the time; write "at"`}},
		{"no at", "4 June 2026 9:32am", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", []string{`no "at" before the time`}},
		{"dot in time", "4 June 2026 at 9.32am", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", []string{`time "9.32am"; write "9:32am"`}},
		{"24-hour", "4 June 2026 at 09:32", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", []string{`time "09:32"; write "9:32am"`}},
		{"24-hour afternoon", "4 June 2026 at 21:05", minuteOf(2026, 6, 4, 21, 5), Date{}, "4 June 2026 at 9:05pm", []string{`time "21:05"; write "9:05pm"`}},
		{"24-hour midnight", "4 June 2026 at 00:00", minuteOf(2026, 6, 4, 0, 0), Date{}, "4 June 2026 at midnight", []string{`time "00:00"; write "midnight"`}},
		{"space before am", "4 June 2026 at 9:32 am", minuteOf(2026, 6, 4, 9, 32), Date{}, "4 June 2026 at 9:32am", []string{`time "9:32 am"; write "9:32am"`}},
		{"upper-case PM", "4 June 2026 at 9:32PM", minuteOf(2026, 6, 4, 21, 32), Date{}, "4 June 2026 at 9:32pm", []string{`time "9:32PM"; write "9:32pm"`}},
		{"a.m.", "4 June 2026 at 9 a.m.", minuteOf(2026, 6, 4, 9, 0), Date{}, "4 June 2026 at 9am", []string{`time "9 a.m."; write "9am"`}},
		{"zero minutes", "4 June 2026 at 9:00am", minuteOf(2026, 6, 4, 9, 0), Date{}, "4 June 2026 at 9am", []string{`time "9:00am"; write "9am"`}},
		{"leading zero hour", "4 June 2026 at 09:30am", minuteOf(2026, 6, 4, 9, 30), Date{}, "4 June 2026 at 9:30am", []string{`time "09:30am"; write "9:30am"`}},
		{"12pm", "4 June 2026 at 12pm", minuteOf(2026, 6, 4, 12, 0), Date{}, "4 June 2026 at midday", []string{`time "12pm"; write "midday"`}},
		{"12am", "4 June 2026 at 12am", minuteOf(2026, 6, 4, 0, 0), Date{}, "4 June 2026 at midnight", []string{`time "12am"; write "midnight"`}},
		{"12:30am", "4 June 2026 at 12:30am", minuteOf(2026, 6, 4, 0, 30), Date{}, "4 June 2026 at 12:30am", nil},
		{"noon", "4 June 2026 at noon", minuteOf(2026, 6, 4, 12, 0), Date{}, "4 June 2026 at midday", []string{`time "noon"; write "midday"`}},
		{"12 noon", "4 June 2026 at 12 noon", minuteOf(2026, 6, 4, 12, 0), Date{}, "4 June 2026 at midday", []string{`time "12 noon"; write "midday"`}},
		{"time first 24-hour", "17:00 on 4 June 2026", minuteOf(2026, 6, 4, 17, 0), Date{}, "5pm on 4 June 2026", []string{`time "17:00"; write "5pm"`}},
		{"figures with time", "04/06/2026 14:00", minuteOf(2026, 6, 4, 14, 0), Date{}, "4 June 2026 at 2pm", []string{`date in figures "04/06/2026"`, `no "at" before the time`, `time "14:00"; write "2pm"`}},

		// Ranges.
		{"slash range", "March/April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"/" in a range; write "to"`}},
		{"en dash range", "March–April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"–" in a range; write "to"`}},
		{"em dash range", "March — April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"—" in a range; write "to"`}},
		{"spaced hyphen range", "March - April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"-" in a range; write "to"`}},
		{"hyphen range", "March-April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"-" in a range; write "to"`}},
		{"year written twice", "March 2024 to April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"2024" written twice`}},
		{"month and year written twice", "4 June 2026 to 6 June 2026", dayOf(2026, 6, 4), dayOf(2026, 6, 6), "4 to 6 June 2026", []string{`"June 2026" written twice`}},
		{"month written twice", "4 June to 6 June 2026", dayOf(2026, 6, 4), dayOf(2026, 6, 6), "4 to 6 June 2026", []string{`"June" written twice`}},
		{"day range year twice", "4 June 2026 to 6 July 2026", dayOf(2026, 6, 4), dayOf(2026, 7, 6), "4 June to 6 July 2026", []string{`"2026" written twice`}},
		{"day range en dash", "4–6 June 2026", dayOf(2026, 6, 4), dayOf(2026, 6, 6), "4 to 6 June 2026", []string{`"–" in a range; write "to"`}},
		{"abbreviated range", "Mar-Apr 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`abbreviated month "Mar"`, `"-" in a range; write "to"`, `abbreviated month "Apr"`}},
		{"ordinal range", "4th to 6th June 2026", dayOf(2026, 6, 4), dayOf(2026, 6, 6), "4 to 6 June 2026", []string{`ordinal "4th"`, `ordinal "6th"`}},
		{"financial year", "2019/20", yearOf(2019), yearOf(2020), "2019 to 2020", []string{`"/" in a range; write "to"`, `shortened year "20"`}},
		{"financial year hyphen", "2019-20", yearOf(2019), yearOf(2020), "2019 to 2020", []string{`"-" in a range; write "to"`, `shortened year "20"`}},
		{"financial year across century", "1999/00", yearOf(1999), yearOf(2000), "1999 to 2000", []string{`"/" in a range; write "to"`, `shortened year "00"`}},
		{"financial year in full", "2019/2020", yearOf(2019), yearOf(2020), "2019 to 2020", []string{`"/" in a range; write "to"`}},
		{"upper-case to", "March TO April 2024", monthOf(2024, 3), monthOf(2024, 4), "March to April 2024", []string{`"TO" in a range; write "to"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseLabel(tc.in)
			if !ok {
				t.Fatalf("ParseLabel(%q) = false, want true", tc.in)
			}
			want := Label{Start: tc.start, End: tc.end, IsRange: !tc.end.IsZero(), Canonical: tc.canonical, Problems: tc.problems}
			if got.Start != want.Start || got.End != want.End || got.IsRange != want.IsRange {
				t.Errorf("ParseLabel(%q) = %v to %v (range %v), want %v to %v (range %v)",
					tc.in, got.Start, got.End, got.IsRange, want.Start, want.End, want.IsRange)
			}
			if got.Canonical != want.Canonical {
				t.Errorf("ParseLabel(%q).Canonical = %q, want %q", tc.in, got.Canonical, want.Canonical)
			}
			if !slices.Equal(got.Problems, want.Problems) {
				t.Errorf("ParseLabel(%q).Problems = %q, want %q", tc.in, got.Problems, want.Problems)
			}
		})
	}
}

func TestParseLabelRefused(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"space only", " \n "},
		{"season", "Spring 2024"},
		{"summer", "Summer 2024"},
		{"quarter", "Q1 2024"},
		{"quarter spaced", "Q1, 2024"},
		{"early", "Early 2024"},
		{"financial year words", "Financial year 2019 to 2020"},
		{"no year", "4 June"},
		{"month without year", "June"},
		{"day name alone", "Thursday"},
		{"two-digit year", "4 June 26"},
		{"five-digit year", "4 June 20266"},
		{"year 999", "999"},
		{"impossible day", "30 February 2023"},
		{"29 February not leap", "29 February 2023"},
		{"29 February 1900", "29 February 1900"},
		{"31 April", "31 April 2024"},
		{"day 0", "0 June 2026"},
		{"day 32", "32 January 2026"},
		{"impossible in figures", "31/04/2024"},
		{"month 13 in figures", "01/13/2024"},
		{"US figures", "6/30/2026"},
		{"ISO month", "2024-03"},
		{"datetime value", "2024-03-04T10:00"},
		{"reversed range", "April to March 2024"},
		{"ambiguous range across years", "December to January 2024"},
		{"empty range", "June to June 2024"},
		{"mixed precision range", "2019 to June 2020"},
		{"day to month range", "4 to June 2026"},
		{"short year not next", "2019/21"},
		{"short year backwards", "2019/18"},
		{"short year past 9999", "9999/00"},
		{"financial year ending 2000 written 2000", "1999/2000/01"},
		{"range with time", "4 June 2026 at 9am to 5pm"},
		{"time range", "9am to 5pm on 4 June 2026"},
		{"time without date", "9:32am"},
		{"time on month", "June 2026 at 9am"},
		{"day name on month", "Thursday June 2026"},
		{"hour 13pm", "4 June 2026 at 13pm"},
		{"hour 0am", "4 June 2026 at 0am"},
		{"minute 60", "4 June 2026 at 9:60am"},
		{"24-hour 24:00", "4 June 2026 at 24:00"},
		{"24-hour with dot", "4 June 2026 at 9.30"},
		{"bare hour", "4 June 2026 at 9"},
		{"spaced colon", "4 June 2026 at 9 : 30am"},
		{"time zone", "4 June 2026 at 9am BST"},
		{"trailing full stop", "June 2026."},
		{"trailing words", "June 2026 (provisional)"},
		{"question mark", "June 2026?"},
		{"TBC", "TBC"},
		{"and", "March and April 2024"},
		{"non-ASCII letters", "4 Juñe 2026"},
		{"French", "4 juin 2026"},
		{"fullwidth digits", "２０２６"},
		{"two dates", "4 June 2026 5 June 2026"},
		{"too many tokens", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := ParseLabel(tc.in); ok {
				t.Errorf("ParseLabel(%q) = %+v, true, want false", tc.in, got)
			}
		})
	}
}

// TestParseLabelCanonical checks that the canonical form of every label in
// the tables reads as the same dates with no problems.
func TestParseLabelCanonical(t *testing.T) {
	for _, in := range []string{
		"Thu, June 4th, 2026 9.32 a.m.", "04/06/2026 00:00", "Sept. 2026", "2019/20", "Mar-Apr 2024",
		"4 June 2026 to 6 June 2026", "17:00 on 4 June 2026", "Friday 4 June 2026", "31/12/2025 to 02/01/2026",
	} {
		l, ok := ParseLabel(in)
		if !ok {
			continue
		}
		c, ok := ParseLabel(l.Canonical)
		if !ok || c.Start != l.Start || c.End != l.End || len(c.Problems) > 0 || c.Canonical != l.Canonical {
			t.Errorf("ParseLabel(%q) = %+v, %v; canonical of %q, want the same dates and no problems", l.Canonical, c, ok, in)
		}
	}
}
