// Package date reads the two ways a timeline item states its date: the
// machine-readable datetime attribute of a <time> element, parsed as the HTML
// Living Standard defines it, and the visible label, read the way people
// write dates on GOV.UK pages. It also writes both back, so that a fix can
// rewrite one from the other.
//
// Nothing here reads the clock: callers pass "today" in.
package date

import "strconv"

// Precision is how much of a date a value names.
type Precision int

// Precisions, coarsest first. The zero Precision marks a zero Date.
const (
	Year   Precision = iota + 1 // a whole year: "2026"
	Month                       // a whole month: "June 2026"
	Day                         // a whole day: "4 June 2026"
	Minute                      // a minute of a day: "4 June 2026 at 9:32am"
)

// String returns the precision's name in lower case, for messages.
func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	case Minute:
		return "minute"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Date is a proleptic Gregorian calendar date known to a precision. Fields
// below the precision are zero; a Date with zero Precision is the zero Date
// and names nothing.
type Date struct {
	Year, Month, Day, Hour, Minute int
	Precision                      Precision
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Precision == 0 }

// Compare orders dates by the start of the period each names: it returns -1
// when d starts before e, +1 when after, and 0 when both start together, so
// 2024, 2024-01 and 2024-01-01T00:00 are all equal.
func (d Date) Compare(e Date) int {
	a := [5]int{d.Year, max(d.Month, 1), max(d.Day, 1), d.Hour, d.Minute}
	b := [5]int{e.Year, max(e.Month, 1), max(e.Day, 1), e.Hour, e.Minute}
	for i := range a {
		switch {
		case a[i] < b[i]:
			return -1
		case a[i] > b[i]:
			return 1
		}
	}
	return 0
}

// Truncate returns d reduced to precision p, or d itself when p is not
// coarser than d's precision.
func (d Date) Truncate(p Precision) Date {
	if p >= d.Precision || p < Year {
		return d
	}
	t := Date{Year: d.Year, Precision: p}
	if p >= Month {
		t.Month = d.Month
	}
	if p >= Day {
		t.Day = d.Day
	}
	return t
}

// End returns the start of the period that follows d at d's precision: the
// exclusive end of the period d names. The End of June 2026 is July 2026; the
// End of 2026-06-30T23:59 is 2026-07-01T00:00.
func (d Date) End() Date {
	e := d
	switch d.Precision {
	case Year:
		e.Year++
	case Month:
		e.Month++
	case Day:
		e.Day++
	case Minute:
		e.Minute++
	default:
		return d
	}
	if e.Minute == 60 {
		e.Minute, e.Hour = 0, e.Hour+1
	}
	if e.Hour == 24 {
		e.Hour, e.Day = 0, e.Day+1
	}
	if e.Day > daysIn(e.Year, e.Month) {
		e.Day, e.Month = 1, e.Month+1
	}
	if e.Month == 13 {
		e.Month, e.Year = 1, e.Year+1
	}
	return e
}

// EndsBefore reports whether the whole period d names ended before today
// began: June 2026 ends before 1 July 2026 but not before 30 June 2026.
// The zero Date never ends.
func (d Date) EndsBefore(today Date) bool {
	if d.IsZero() {
		return false
	}
	return d.End().Compare(today) <= 0
}

// Datetime returns d as a valid HTML datetime value at d's precision:
// "2026", "2026-06", "2026-06-04" or "2026-06-04T09:32". Years below 1000
// are padded to four digits as HTML requires. The zero Date gives "".
func (d Date) Datetime() string {
	if d.IsZero() {
		return ""
	}
	var buf [32]byte
	b := appendPadded(buf[:0], d.Year, 4)
	if d.Precision >= Month {
		b = appendPadded(append(b, '-'), d.Month, 2)
	}
	if d.Precision >= Day {
		b = appendPadded(append(b, '-'), d.Day, 2)
	}
	if d.Precision >= Minute {
		b = appendPadded(append(b, 'T'), d.Hour, 2)
		b = appendPadded(append(b, ':'), d.Minute, 2)
	}
	return string(b)
}

// Label returns d written the GOV.UK way: "2026", "June 2026",
// "4 June 2026" or "4 June 2026 at 9:32am", with "9am", "midday" and
// "midnight" for whole hours. The zero Date gives "". ParseLabel reads the
// result back for years 1000 to 9999, the only years it reads.
func (d Date) Label() string {
	var buf [48]byte
	return string(appendDate(buf[:0], d))
}

// appendDate appends d in GOV.UK style; see Date.Label.
func appendDate(b []byte, d Date) []byte {
	if d.IsZero() {
		return b
	}
	if d.Precision >= Day {
		b = append(strconv.AppendInt(b, int64(d.Day), 10), ' ')
	}
	if d.Precision >= Month && d.Month >= 1 && d.Month <= 12 {
		b = append(append(b, monthNames[d.Month-1]...), ' ')
	}
	b = strconv.AppendInt(b, int64(d.Year), 10)
	if d.Precision >= Minute {
		b = appendClock(append(b, " at "...), d.Hour, d.Minute)
	}
	return b
}

// appendClock appends a time of day on the GOV.UK 12-hour clock: "9:32am",
// "9am", "12:30pm", "midday", "midnight".
func appendClock(b []byte, hour, minute int) []byte {
	switch {
	case hour == 0 && minute == 0:
		return append(b, "midnight"...)
	case hour == 12 && minute == 0:
		return append(b, "midday"...)
	}
	h := hour % 12
	if h == 0 {
		h = 12
	}
	b = strconv.AppendInt(b, int64(h), 10)
	if minute != 0 {
		b = appendPadded(append(b, ':'), minute, 2)
	}
	if hour < 12 {
		return append(b, "am"...)
	}
	return append(b, "pm"...)
}

// appendPadded appends n in decimal with leading zeros to at least width
// digits.
func appendPadded(b []byte, n, width int) []byte {
	var digits [20]byte
	s := strconv.AppendInt(digits[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// isLeap reports whether year is a leap year in the proleptic Gregorian
// calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month of year, or 0 when month is
// not 1 to 12.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	}
	return 0
}

// weekday returns the day of the week of a proleptic Gregorian date, 0 for
// Monday to 6 for Sunday, using the days-from-civil algorithm so that it
// needs no time package and works for any positive year.
func weekday(year, month, day int) int {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468 // days since 1970-01-01, a Thursday
	return int(((days % 7) + 7 + 3) % 7)
}

// monthNames are the full English month names, January first.
var monthNames = [12]string{ //nolint:gochecknoglobals // read-only lookup table, never written
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
}

// dayNames are the full English day names, Monday first.
var dayNames = [7]string{ //nolint:gochecknoglobals // read-only lookup table, never written
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}
