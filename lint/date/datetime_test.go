package date

import (
	"errors"
	"testing"
)

// Helpers that build dates at each precision, for test tables.
func yearOf(y int) Date      { return Date{Year: y, Precision: Year} }
func monthOf(y, m int) Date  { return Date{Year: y, Month: m, Precision: Month} }
func dayOf(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: Day} }
func minuteOf(y, m, d, h, mi int) Date {
	return Date{Year: y, Month: m, Day: d, Hour: h, Minute: mi, Precision: Minute}
}

func TestParseDatetimeValid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		kind DatetimeKind
		date Date
	}{
		{"year", "2026", KindYear, yearOf(2026)},
		{"year with leading zeros", "0001", KindYear, yearOf(1)},
		{"year of five digits", "12345", KindYear, yearOf(12345)},
		{"month", "2011-11", KindMonth, monthOf(2011, 11)},
		{"date", "2011-11-18", KindDate, dayOf(2011, 11, 18)},
		{"date in year 1", "0001-01-01", KindDate, dayOf(1, 1, 1)},
		{"leap day divisible by 4", "2024-02-29", KindDate, dayOf(2024, 2, 29)},
		{"leap day divisible by 400", "2000-02-29", KindDate, dayOf(2000, 2, 29)},
		{"last day of a 30-day month", "2023-04-30", KindDate, dayOf(2023, 4, 30)},
		{"yearless date", "11-18", KindYearlessDate, Date{}},
		{"yearless date with hyphens", "--11-18", KindYearlessDate, Date{}},
		{"yearless leap day", "02-29", KindYearlessDate, Date{}},
		{"time", "14:54", KindTime, Date{}},
		{"time with seconds", "14:54:39", KindTime, Date{}},
		{"time with fraction", "14:54:39.929", KindTime, Date{}},
		{"time with one fraction digit", "00:00:00.1", KindTime, Date{}},
		{"last minute of day", "23:59:59", KindTime, Date{}},
		{"local date and time", "2011-11-18T14:54", KindLocalDateTime, minuteOf(2011, 11, 18, 14, 54)},
		{"local with space", "2011-11-18 14:54:39.929", KindLocalDateTime, minuteOf(2011, 11, 18, 14, 54)},
		{"global with offset, no colon", "2011-11-18T14:54:39.929-0400", KindGlobalDateTime, minuteOf(2011, 11, 18, 14, 54)},
		{"global with Z and space", "2011-11-18 14:54Z", KindGlobalDateTime, minuteOf(2011, 11, 18, 14, 54)},
		{"global with offset", "2011-11-18T14:54:39.929+04:00", KindGlobalDateTime, minuteOf(2011, 11, 18, 14, 54)},
		{"global keeps written date", "2011-11-18T23:30-05:00", KindGlobalDateTime, minuteOf(2011, 11, 18, 23, 30)},
		{"global with zero offset", "1901-01-01T00:00+00:00", KindGlobalDateTime, minuteOf(1901, 1, 1, 0, 0)},
		{"zone Z", "Z", KindTimeZone, Date{}},
		{"zone plus", "+01:00", KindTimeZone, Date{}},
		{"zone plus zero", "+0000", KindTimeZone, Date{}},
		{"zone minus", "-08:00", KindTimeZone, Date{}},
		{"zone minus no colon", "-0530", KindTimeZone, Date{}},
		{"zone extreme", "+23:59", KindTimeZone, Date{}},
		{"week", "2011-W47", KindWeek, Date{}},
		{"week 53, 1 January a Thursday", "2015-W53", KindWeek, Date{}},
		{"week 53, leap year from Wednesday", "2020-W53", KindWeek, Date{}},
		{"week 53 in 2004", "2004-W53", KindWeek, Date{}},
		{"week 1", "2026-W01", KindWeek, Date{}},
		{"ISO duration", "PT4H18M3S", KindDuration, Date{}},
		{"ISO days", "P1D", KindDuration, Date{}},
		{"ISO days and time", "P2DT1H", KindDuration, Date{}},
		{"ISO minutes", "PT18M", KindDuration, Date{}},
		{"ISO seconds fraction", "PT3.141S", KindDuration, Date{}},
		{"ISO zero", "PT0S", KindDuration, Date{}},
		{"components", "4h 18m 3s", KindDuration, Date{}},
		{"components run together", "4h18m3s", KindDuration, Date{}},
		{"components any order and case", "3S 4H 1w 2D 18M", KindDuration, Date{}},
		{"components with spaces inside", " 4 h 18 m ", KindDuration, Date{}},
		{"component seconds fraction", "3.5s", KindDuration, Date{}},
		{"component weeks", "2w", KindDuration, Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDatetime(tc.in)
			if err != nil {
				t.Fatalf("ParseDatetime(%q) error %q, want none", tc.in, err)
			}
			want := Datetime{Kind: tc.kind, Date: tc.date}
			if got != want {
				t.Errorf("ParseDatetime(%q) = %+v, want %+v", tc.in, got, want)
			}
		})
	}
}

func TestParseDatetimeInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", "empty value"},
		{"month 13", "2023-13", "month 13 does not exist"},
		{"month 00", "2023-00-01", "month 00 does not exist"},
		{"30 February", "2023-02-30", "2023-02-30: February 2023 has 28 days"},
		{"29 February, not leap", "2023-02-29", "2023-02-29: February 2023 has 28 days"},
		{"29 February 1900", "1900-02-29", "1900-02-29: February 1900 has 28 days"},
		{"31 April", "2023-04-31", "2023-04-31: April 2023 has 30 days"},
		{"day 32", "2023-01-32", "2023-01-32: January 2023 has 31 days"},
		{"day 00", "2023-01-00", "day 00 does not exist"},
		{"impossible date with time", "2023-02-30T10:00", "2023-02-30: February 2023 has 28 days"},
		{"year zero", "0000", "year 0000 does not exist"},
		{"year zero in date", "0000-01-01", "year 0000 does not exist"},
		{"short year", "202", "year 202 must have four or more digits"},
		{"short year in date", "23-03-04", "year 23 must have four or more digits"},
		{"year too large", "12345678901", "year 12345678901 is too large"},
		{"surrounding space", " 2023-03 ", "space around the value"},
		{"trailing newline", "2023-03\n", "space around the value"},
		{"one-digit month", "2023-3", "not a valid HTML date or time"},
		{"one-digit day", "2023-03-4", "not a valid HTML date or time"},
		{"slashes", "2023/03/04", "not a valid HTML date or time"},
		{"words", "March 2023", "not a valid HTML date or time"},
		{"lower-case t", "2023-03-04t10:00", "not a valid HTML date or time"},
		{"two spaces", "2001-12-21  12:00Z", "not a valid HTML date or time"},
		{"hour 24", "2023-03-04T24:00", "hour 24 does not exist"},
		{"minute 60", "10:60", "minute 60 does not exist"},
		{"second 60", "2023-03-04T10:00:60", "second 60 does not exist"},
		{"fraction too long", "10:00:00.1234", "a fraction of a second has one to three digits"},
		{"fraction empty", "10:00:00.", "a fraction of a second has one to three digits"},
		{"fraction without seconds", "10:00.5", "not a valid HTML date or time"},
		{"one-digit hour", "9:30", "not a valid HTML date or time"},
		{"time without minutes", "10:", "not a valid HTML date or time"},
		{"local time without minutes", "2023-03-04T10", "not a valid HTML date or time"},
		{"date and T only", "2023-03-04T", "not a valid HTML date or time"},
		{"zone hour 24", "2023-03-04T10:00+24:00", "time-zone offset hour 24 does not exist"},
		{"zone minute 60", "+01:60", "time-zone offset minute 60 does not exist"},
		{"zone negative zero", "-00:00", "time-zone offset -00:00 must be written with \"+\""},
		{"zone negative zero in global", "2023-03-04T10:00-0000", "time-zone offset -0000 must be written with \"+\""},
		{"zone hours only", "+01", "not a valid HTML date or time"},
		{"zone three digits", "+010", "not a valid HTML date or time"},
		{"zone lower-case z", "2023-03-04T10:00z", "not a valid HTML date or time"},
		{"zone named", "2023-03-04T10:00 BST", "not a valid HTML date or time"},
		{"week 53 of 52", "2014-W53", "2014-W53: 2014 has 52 weeks"},
		{"week 53 of 52 in leap year", "2016-W53", "2016-W53: 2016 has 52 weeks"},
		{"week 54", "2015-W54", "2015-W54: 2015 has 53 weeks"},
		{"week 00", "2015-W00", "week 00 does not exist"},
		{"week one digit", "2015-W1", "not a valid HTML date or time"},
		{"week lower case", "2015-w10", "not a valid HTML date or time"},
		{"yearless 30 February", "--02-30", "--02-30: February has at most 29 days"},
		{"yearless 31 June", "06-31", "06-31: June has at most 30 days"},
		{"yearless month 13", "13-01", "month 13 does not exist"},
		{"yearless day 00", "--01-00", "day 00 does not exist"},
		{"yearless one hyphen", "-11-18", "not a valid HTML date or time"},
		{"P alone", "P", "not a valid HTML date or time"},
		{"PT alone", "PT", "not a valid HTML date or time"},
		{"P1DT", "P1DT", "not a valid HTML date or time"},
		{"ISO months", "P1M", "not a valid HTML date or time"},
		{"ISO years", "P1Y", "not a valid HTML date or time"},
		{"ISO weeks", "P1W", "not a valid HTML date or time"},
		{"ISO out of order", "PT3S4H", "not a valid HTML date or time"},
		{"ISO repeated", "PT4H4H", "not a valid HTML date or time"},
		{"ISO fraction on minutes", "PT1.5M", "not a valid HTML date or time"},
		{"ISO fraction too long", "PT1.5555S", "not a valid HTML date or time"},
		{"ISO lower case", "pt4h", "not a valid HTML date or time"},
		{"ISO time without T", "P4H", "not a valid HTML date or time"},
		{"component repeated", "1h 2h", `duration unit "h" used twice`},
		{"component repeated across case", "1m 2M", `duration unit "m" used twice`},
		{"component fraction on hours", "1.5h", "not a valid HTML date or time"},
		{"component without number", "h", "not a valid HTML date or time"},
		{"component without unit", "4h 18", "not a valid HTML date or time"},
		{"component years", "1y", "not a valid HTML date or time"},
		{"non-ASCII digits", "２０２３", "not a valid HTML date or time"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDatetime(tc.in)
			if err == nil {
				t.Fatalf("ParseDatetime(%q) = %+v, want error %q", tc.in, got, tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("ParseDatetime(%q) error %q, want %q", tc.in, err, tc.want)
			}
			if got != (Datetime{}) {
				t.Errorf("ParseDatetime(%q) = %+v with its error, want the zero Datetime", tc.in, got)
			}
		})
	}
}

func TestParseDatetimeErrSyntax(t *testing.T) {
	_, err := ParseDatetime("next Tuesday")
	if !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseDatetime(%q) error %v, want ErrSyntax", "next Tuesday", err)
	}
	_, err = ParseDatetime("2023-13")
	if errors.Is(err, ErrSyntax) {
		t.Errorf("ParseDatetime(%q) error is ErrSyntax, want a range error", "2023-13")
	}
}

func TestWeeksIn(t *testing.T) {
	// Years with 53 ISO weeks from 2000 to 2040.
	long := map[int]bool{2004: true, 2009: true, 2015: true, 2020: true, 2026: true, 2032: true, 2037: true}
	for y := 2000; y <= 2040; y++ {
		want := 52
		if long[y] {
			want = 53
		}
		if got := weeksIn(y); got != want {
			t.Errorf("weeksIn(%d) = %d, want %d", y, got, want)
		}
	}
}

func TestDatetimeKindString(t *testing.T) {
	tests := []struct {
		kind DatetimeKind
		want string
	}{
		{KindYear, "year"},
		{KindYearlessDate, "yearless date"},
		{KindTimeZone, "time-zone offset"},
		{0, "DatetimeKind(0)"},
		{99, "DatetimeKind(99)"},
	}
	for _, tc := range tests {
		if got := tc.kind.String(); got != tc.want {
			t.Errorf("DatetimeKind(%d).String() = %q, want %q", int(tc.kind), got, tc.want)
		}
	}
}
