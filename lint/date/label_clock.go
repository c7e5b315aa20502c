package date

// word is an entry in a table of words a label may contain.
type word struct {
	text     string // lower case
	n        int    // month 1 to 12, or day of the week 0 (Monday) to 6
	isAbbrev bool
}

// monthWords are the month names and the abbreviations people write.
var monthWords = [...]word{ //nolint:gochecknoglobals // read-only lookup table, never written
	{"january", 1, false}, {"february", 2, false}, {"march", 3, false},
	{"april", 4, false}, {"may", 5, false}, {"june", 6, false},
	{"july", 7, false}, {"august", 8, false}, {"september", 9, false},
	{"october", 10, false}, {"november", 11, false}, {"december", 12, false},
	{"jan", 1, true}, {"feb", 2, true}, {"mar", 3, true}, {"apr", 4, true},
	{"jun", 6, true}, {"jul", 7, true}, {"aug", 8, true}, {"sep", 9, true},
	{"sept", 9, true}, {"oct", 10, true}, {"nov", 11, true}, {"dec", 12, true},
}

// dayWords are the day names and the abbreviations people write.
var dayWords = [...]word{ //nolint:gochecknoglobals // read-only lookup table, never written
	{"monday", 0, false}, {"tuesday", 1, false}, {"wednesday", 2, false},
	{"thursday", 3, false}, {"friday", 4, false}, {"saturday", 5, false},
	{"sunday", 6, false},
	{"mon", 0, true}, {"tue", 1, true}, {"tues", 1, true}, {"wed", 2, true},
	{"thu", 3, true}, {"thur", 3, true}, {"thurs", 3, true}, {"fri", 4, true},
	{"sat", 5, true}, {"sun", 6, true},
}

// clock reads a time of day: "9:32am", "9.32am", "9:32 am", "9am",
// "9:32 a.m.", "09:32" and "21:00" (24-hour, which needs the colon),
// "midday", "noon", "12 noon" and "midnight".
func (r *reader) clock(rd *reading) bool {
	ts, i := r.ts, r.i
	if i >= ts.n {
		return false
	}
	hour, minute := 0, 0
	switch {
	case ts.is(i, "midday") || ts.is(i, "noon"):
		hour = 12
		i++
	case ts.is(i, "midnight"):
		i++
	case ts.t[i].kind == tokNumber && ts.t[i].digits <= 2 && ts.t[i].num == 12 && ts.is(i+1, "noon"):
		hour = 12
		i += 2
	default:
		var ok bool
		if hour, minute, i, ok = r.figures(i); !ok {
			return false
		}
	}
	rd.hasTime, rd.hour, rd.minute = true, hour, minute
	rd.timeFirst, rd.timeLast = r.i, i-1
	r.i = i
	return true
}

// figures reads a time in figures starting at token i, returning the hour
// on the 24-hour clock, the minute and the token after the time.
func (r *reader) figures(i int) (hour, minute, next int, ok bool) {
	ts := r.ts
	if t := ts.t[i]; t.kind != tokNumber || t.isOrdinal || t.digits > 2 {
		return 0, 0, 0, false
	}
	hour = ts.t[i].num
	i++
	sep := byte(0)
	if (ts.isPunct(i, ':') || ts.isPunct(i, '.')) && i+1 < ts.n {
		if m := ts.t[i+1]; m.kind == tokNumber && m.digits == 2 && !m.isOrdinal &&
			!ts.t[i].spaceBefore && !m.spaceBefore {
			sep, minute = ts.t[i].punct, m.num
			i += 2
		}
	}
	if minute > 59 {
		return 0, 0, 0, false
	}
	isPM, next, hasMeridiem := r.meridiem(i)
	switch {
	case hasMeridiem && hour >= 1 && hour <= 12:
		hour %= 12
		if isPM {
			hour += 12
		}
		return hour, minute, next, true
	case !hasMeridiem && sep == ':' && hour <= 23:
		return hour, minute, i, true
	}
	return 0, 0, 0, false
}

// meridiem reads "am" or "pm" at token i, also written "a.m." or "p.m.",
// returning whether it is pm and the token after it.
func (r *reader) meridiem(i int) (isPM bool, next int, ok bool) {
	ts := r.ts
	switch {
	case ts.is(i, "am"):
		return false, i + 1, true
	case ts.is(i, "pm"):
		return true, i + 1, true
	case (ts.is(i, "a") || ts.is(i, "p")) && ts.isPunct(i+1, '.') && ts.is(i+2, "m"):
		next = i + 3
		if ts.isPunct(next, '.') {
			next++
		}
		return ts.is(i, "p"), next, true
	}
	return false, i, false
}
