package date

import (
	"errors"
	"fmt"
	"strconv"
)

// DatetimeKind is which of the HTML date and time microsyntaxes a datetime
// attribute value is written in.
type DatetimeKind int

// The kinds of value the HTML Living Standard allows in the datetime
// attribute of a time element (section 4.5.14, "The time element").
const (
	KindYear           DatetimeKind = iota + 1 // "2026"
	KindMonth                                  // "2026-06"
	KindDate                                   // "2026-06-04"
	KindYearlessDate                           // "06-04" or "--06-04"
	KindTime                                   // "09:32", "09:32:07.5"
	KindLocalDateTime                          // "2026-06-04T09:32"
	KindGlobalDateTime                         // "2026-06-04T09:32Z"
	KindWeek                                   // "2026-W23"
	KindDuration                               // "PT4H18M3S", "4h 18m 3s"
	KindTimeZone                               // "Z", "+01:00"
)

// kindNames are the DatetimeKind names for messages, indexed by kind.
var kindNames = [...]string{ //nolint:gochecknoglobals // read-only lookup table, never written
	KindYear: "year", KindMonth: "month", KindDate: "date",
	KindYearlessDate: "yearless date", KindTime: "time",
	KindLocalDateTime: "local date and time", KindGlobalDateTime: "global date and time",
	KindWeek: "week", KindDuration: "duration", KindTimeZone: "time-zone offset",
}

// String returns the kind's name in lower case, for messages: "yearless date".
func (k DatetimeKind) String() string {
	if k >= KindYear && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "DatetimeKind(" + strconv.Itoa(int(k)) + ")"
}

// Datetime is a parsed HTML datetime attribute value.
type Datetime struct {
	Kind DatetimeKind
	// Date is the date the value names, for the kinds that name one: year,
	// month, date and the two date-and-time kinds (to the minute; seconds
	// are dropped, and a global value keeps its written local date and time,
	// not UTC). It is the zero Date for every other kind.
	Date Date
}

// ErrSyntax is returned by ParseDatetime for a value that is not written in
// any HTML date or time syntax. Values written in a syntax but naming
// something impossible, such as month 13, get errors that say so instead.
var ErrSyntax = errors.New("not a valid HTML date or time")

// maxYear bounds the years read, so that date arithmetic cannot overflow.
// HTML allows any number of digits; nobody writes a tenth one.
const maxYear = 999_999_999

// ParseDatetime parses s as a valid value of the datetime attribute of a
// time element, as the HTML Living Standard defines it: a year (four or more
// digits, not zero), month, date, yearless date, time, local or global date
// and time, time-zone offset, week, or duration string. No surrounding
// whitespace is allowed. The error says briefly, in lower case, why s is not
// valid: "month 13 does not exist", "2023-02-30: February 2023 has 28 days",
// or ErrSyntax.
func ParseDatetime(s string) (Datetime, error) {
	dt, err := parseDatetime(s)
	if err == nil {
		return dt, nil
	}
	if s == "" {
		return Datetime{}, err
	}
	if t := trimASCIISpace(s); t != s {
		if _, terr := parseDatetime(t); terr == nil {
			return Datetime{}, errors.New("space around the value")
		}
	}
	return Datetime{}, err
}

// parseDatetime dispatches on the shape of s; see ParseDatetime.
func parseDatetime(s string) (Datetime, error) {
	switch {
	case s == "":
		return Datetime{}, errors.New("empty value")
	case s[0] == 'P':
		return Datetime{Kind: KindDuration}, parseISODuration(s)
	case isComponentDuration(s):
		return Datetime{Kind: KindDuration}, parseComponentDuration(s)
	case s == "Z" || s[0] == '+' || (s[0] == '-' && (len(s) < 2 || s[1] != '-')):
		sc := scanner{s: s}
		return Datetime{Kind: KindTimeZone}, sc.zone()
	case len(s) > 2 && s[0] == '-' && s[1] == '-':
		return Datetime{Kind: KindYearlessDate}, parseYearless(s, 2)
	}
	n := countDigits(s, 0)
	switch {
	case n == 2 && len(s) > 2 && s[2] == ':':
		sc := scanner{s: s}
		if _, _, err := sc.clock(); err != nil {
			return Datetime{}, err
		}
		return Datetime{Kind: KindTime}, sc.end()
	case n == 2 && len(s) == 5 && s[2] == '-':
		return Datetime{Kind: KindYearlessDate}, parseYearless(s, 0)
	case n == 0:
		return Datetime{}, ErrSyntax
	}
	return parseDated(s)
}

// parseDated parses the kinds that start with a year: year, month, date,
// week, and local and global date and time.
func parseDated(s string) (Datetime, error) {
	sc := scanner{s: s}
	year, err := sc.year()
	if err != nil {
		return Datetime{}, err
	}
	d := Date{Year: year, Precision: Year}
	if sc.done() {
		return Datetime{Kind: KindYear, Date: d}, nil
	}
	if !sc.accept('-') {
		return Datetime{}, ErrSyntax
	}
	if sc.accept('W') {
		return Datetime{Kind: KindWeek}, sc.week(year)
	}
	if d.Month, err = sc.month(); err != nil {
		return Datetime{}, err
	}
	d.Precision = Month
	if sc.done() {
		return Datetime{Kind: KindMonth, Date: d}, nil
	}
	if !sc.accept('-') {
		return Datetime{}, ErrSyntax
	}
	if d.Day, err = sc.day(year, d.Month); err != nil {
		return Datetime{}, err
	}
	d.Precision = Day
	if sc.done() {
		return Datetime{Kind: KindDate, Date: d}, nil
	}
	return sc.dateTime(d)
}

// dateTime parses the rest of a local or global date and time after its
// date d: a "T" or a single space, a time, and for a global one a time-zone
// offset.
func (sc *scanner) dateTime(d Date) (Datetime, error) {
	if !sc.accept('T') && !sc.accept(' ') {
		return Datetime{}, ErrSyntax
	}
	var err error
	if d.Hour, d.Minute, err = sc.clock(); err != nil {
		return Datetime{}, err
	}
	d.Precision = Minute
	if sc.done() {
		return Datetime{Kind: KindLocalDateTime, Date: d}, nil
	}
	if err := sc.zone(); err != nil {
		return Datetime{}, err
	}
	return Datetime{Kind: KindGlobalDateTime, Date: d}, nil
}

// parseYearless parses a yearless date string "MM-DD" starting at s[i].
// February may have 29 days, since the year could be a leap year.
func parseYearless(s string, i int) error {
	sc := scanner{s: s, i: i}
	month, err := sc.month()
	if err != nil {
		return err
	}
	if !sc.accept('-') {
		return ErrSyntax
	}
	day, text, ok := sc.twoDigits()
	if !ok {
		return ErrSyntax
	}
	if day == 0 {
		return fmt.Errorf("day %s does not exist", text)
	}
	if most := daysIn(2000, month); day > most {
		return fmt.Errorf("%s: %s has at most %d days", s[:sc.i], monthNames[month-1], most)
	}
	return sc.end()
}

// weeksIn returns 53 for a week-year whose 1 January is a Thursday, or a
// Wednesday in a leap year, and 52 for any other (HTML section 2.3.5.8).
func weeksIn(year int) int {
	switch wd := weekday(year, 1, 1); {
	case wd == 3, wd == 2 && isLeap(year):
		return 53
	}
	return 52
}

// trimASCIISpace returns s without leading and trailing ASCII whitespace.
func trimASCIISpace(s string) string {
	for s != "" && isASCIISpace(s[0]) {
		s = s[1:]
	}
	for s != "" && isASCIISpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// isASCIISpace reports whether c is ASCII whitespace as the Infra standard
// defines it: tab, line feed, form feed, carriage return or space.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// countDigits returns how many ASCII digits run from s[i].
func countDigits(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
