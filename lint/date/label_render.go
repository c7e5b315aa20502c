package date

import (
	"strconv"
	"strings"
)

// appendCanonical appends the label written the GOV.UK way: full month
// names, no ordinals or leading zeros, the day before the month, ranges
// joined by "to" with their shared part written once, and times on the
// 12-hour clock. It keeps a day name, and a time written before the date.
func (rd *reading) appendCanonical(b []byte, start, end Date) []byte {
	if rd.isRange {
		b = appendRangeStart(b, start, end)
		return appendDate(append(b, " to "...), end)
	}
	if rd.hasTime && rd.isTimeFirst {
		b = append(appendClock(b, start.Hour, start.Minute), " on "...)
	}
	if rd.weekdayTok >= 0 {
		b = append(append(b, dayNames[weekday(start.Year, start.Month, start.Day)]...), ' ')
	}
	b = appendDate(b, start.Truncate(Day))
	if rd.hasTime && !rd.isTimeFirst {
		b = appendClock(append(b, " at "...), start.Hour, start.Minute)
	}
	return b
}

// appendRangeStart appends the start of a range without the parts it
// shares with the end: "4" of "4 to 6 June 2026", "March" of "March to
// April 2024".
func appendRangeStart(b []byte, start, end Date) []byte {
	shared := sharedPrecision(start, end)
	if start.Precision == Year || shared < Year {
		return appendDate(b, start)
	}
	if start.Precision == Day {
		b = strconv.AppendInt(b, int64(start.Day), 10)
		if shared == Month {
			return b
		}
		b = append(b, ' ')
	}
	return append(b, monthNames[start.Month-1]...)
}

// sharedPrecision returns Month when both dates of a day range fall in
// the same month, Year when both fall in the same year, and 0 otherwise.
func sharedPrecision(start, end Date) Precision {
	switch {
	case start.Year != end.Year:
		return 0
	case start.Precision == Day && start.Month == end.Month:
		return Month
	}
	return Year
}

// problems lists why the label is not written the GOV.UK way, in the order
// the reader meets them.
func (rd *reading) problems(ts *tokens, start, end Date) []string {
	var ps problemList
	if rd.hasTime && rd.isTimeFirst {
		ps.clock(ts, rd, start)
	}
	if rd.weekdayTok >= 0 {
		ps.weekday(ts, rd, start)
	}
	ps.side(ts, rd.start)
	if rd.isRange {
		ps.separator(ts, rd, start, end)
		ps.side(ts, rd.end)
	}
	if rd.hasTime && !rd.isTimeFirst {
		ps.connector(ts, rd)
		ps.clock(ts, rd, start)
	}
	return ps.list
}

// problemList collects problems, each once.
type problemList struct{ list []string }

// add appends p unless it is already listed.
func (ps *problemList) add(p string) {
	for _, q := range ps.list {
		if q == p {
			return
		}
	}
	ps.list = append(ps.list, p)
}

// side notes the problems in how one date or side of a range is written.
func (ps *problemList) side(ts *tokens, sd side) {
	if sd.isNumeric {
		ps.add("date in figures " + quote(ts.text(min(sd.dayTok, sd.yearTok), max(sd.dayTok, sd.yearTok))))
		return
	}
	if sd.dayTok >= 0 {
		t := ts.t[sd.dayTok]
		switch text := ts.text(sd.dayTok, sd.dayTok); {
		case t.isOrdinal:
			ps.add("ordinal " + quote(text))
		case t.digits == 2 && t.num < 10:
			ps.add("leading zero in " + quote(text))
		}
	}
	if sd.ofTok >= 0 {
		ps.add(`"of" between day and month`)
	}
	if sd.monthTok >= 0 {
		text := ts.text(sd.monthTok, sd.monthEnd)
		switch name := monthNames[sd.month-1]; {
		case sd.isAbbrev:
			ps.add("abbreviated month " + quote(text))
		case text != name:
			ps.add(quote(text) + "; write " + quote(name))
		}
	}
	switch {
	case sd.isMonthFirst && sd.dayTok >= 0:
		ps.add("month before day")
	case sd.commaTok >= 0:
		ps.add("comma before the year")
	}
}

// weekday notes the problems in a day name: abbreviated, wrongly
// capitalised, followed by a comma, or not the day the date falls on.
func (ps *problemList) weekday(ts *tokens, rd *reading, start Date) {
	text := ts.text(rd.weekdayTok, rd.weekdayTok)
	w := dayWords[0]
	for _, w = range dayWords {
		if equalFoldASCII(text, w.text) {
			break
		}
	}
	actual := dayNames[weekday(start.Year, start.Month, start.Day)]
	switch {
	case w.n != weekday(start.Year, start.Month, start.Day):
		ps.add(quote(text) + " but " + string(appendDate(nil, start.Truncate(Day))) + " is a " + actual)
	case w.isAbbrev:
		ps.add("abbreviated day " + quote(text))
	case text != actual:
		ps.add(quote(text) + "; write " + quote(actual))
	}
	if rd.weekdayEnd != rd.weekdayTok {
		ps.add("comma after " + quote(text))
	}
}

// separator notes a range joined by anything but "to", and a range that
// writes its shared part on both sides.
func (ps *problemList) separator(ts *tokens, rd *reading, start, end Date) {
	if text := ts.text(rd.sepTok, rd.sepTok); text != "to" {
		ps.add(quote(text) + ` in a range; write "to"`)
	}
	if rd.isShortYear {
		ps.add("shortened year " + quote(ts.text(rd.end.yearTok, rd.end.yearTok)))
		return
	}
	var repeated []string
	if rd.start.monthTok >= 0 && sharedPrecision(start, end) == Month {
		repeated = append(repeated, monthNames[start.Month-1])
	}
	if rd.start.yearTok >= 0 && start.Precision > Year && sharedPrecision(start, end) >= Year {
		repeated = append(repeated, strconv.Itoa(start.Year))
	}
	if len(repeated) > 0 {
		ps.add(quote(strings.Join(repeated, " ")) + " written twice")
	}
}

// connector notes a time joined to its date by anything but "at".
func (ps *problemList) connector(ts *tokens, rd *reading) {
	switch {
	case rd.connTok < 0:
		ps.add(`no "at" before the time`)
	case ts.isPunct(rd.connTok, ','):
		ps.add(`comma before the time; write "at"`)
	case ts.text(rd.connTok, rd.connTok) != "at":
		ps.add(quote(ts.text(rd.connTok, rd.connTok)) + `; write "at"`)
	}
}

// clock notes a time not written the GOV.UK way: "9:32am", "9am",
// "midday", "midnight".
func (ps *problemList) clock(ts *tokens, rd *reading, start Date) {
	var buf [16]byte
	want := appendClock(buf[:0], start.Hour, start.Minute)
	if rd.isTimeFirst && ts.text(rd.connTok, rd.connTok) != "on" {
		ps.add(quote(ts.text(rd.connTok, rd.connTok)) + `; write "on"`)
	}
	written := ts.text(rd.timeFirst, rd.timeLast)
	if written != string(want) {
		ps.add("time " + quote(collapseSpace(written)) + "; write " + quote(string(want)))
	}
}

// quote returns s in double quotes, for messages; labels hold no quotes or
// backslashes, since the tokenizer refuses them.
func quote(s string) string { return `"` + s + `"` }

// collapseSpace returns s with each run of whitespace written as one
// space.
func collapseSpace(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if w := spaceWidth(s, i); w > 0 {
			for i < len(s) && spaceWidth(s, i) > 0 {
				i += spaceWidth(s, i)
			}
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
