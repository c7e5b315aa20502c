package date

// side is one date as written in a label: the label's only date, or one
// side of a range. Parts not written are zero, and their tokens -1.
type side struct {
	day, month, year          int
	dayTok, monthTok, yearTok int
	monthEnd                  int  // last token of the month: a dot after an abbreviation
	ofTok                     int  // "of" between day and month
	commaTok                  int  // comma before the year
	isAbbrev                  bool // the month is abbreviated
	isMonthFirst              bool // the month is written before the day
	isNumeric                 bool // written in figures: "04/06/2026", "2026-06-04"
}

// newSide returns a side with nothing written.
func newSide() side {
	return side{dayTok: -1, monthTok: -1, yearTok: -1, monthEnd: -1, ofTok: -1, commaTok: -1}
}

// reading is the structure of a label: what is written where.
type reading struct {
	start, end  side
	isRange     bool
	sepTok      int  // range separator
	isShortYear bool // "2019/20"
	weekdayTok  int  // a day name before the date
	weekdayEnd  int  // last token of the day name: a comma after it
	hasTime     bool
	hour        int
	minute      int
	timeFirst   int  // first token of the time
	timeLast    int  // last token of the time
	connTok     int  // "at" or comma between date and time, or "on" after it
	isTimeFirst bool // "9am on 4 June 2026"
}

// reader walks the tokens of a label.
type reader struct {
	ts *tokens
	i  int
}

// single reads a label naming one date: "[day name] date [at time]" or
// "time on [day name] date".
func (r *reader) single(rd *reading) bool {
	r.i = 0
	if r.clock(rd) {
		if !r.ts.is(r.i, "on") {
			return false
		}
		rd.connTok, rd.isTimeFirst = r.i, true
		r.i++
	}
	r.weekday(rd)
	sd, ok := r.fullDate()
	if !ok {
		return false
	}
	rd.start = sd
	if rd.hasTime || r.i == r.ts.n {
		return r.i == r.ts.n
	}
	if r.ts.is(r.i, "at") || r.ts.isPunct(r.i, ',') {
		rd.connTok = r.i
		r.i++
	}
	return r.clock(rd) && r.i == r.ts.n
}

// rangeOf reads a label naming a range of dates: "side separator side",
// where the left side may leave out the parts it shares with the right.
func (r *reader) rangeOf(rd *reading) bool {
	r.i = 0
	left, ok := r.side()
	if !ok || !r.isRangeSep(r.i) {
		return false
	}
	rd.sepTok = r.i
	r.i++
	rd.start, rd.isRange = left, true
	if left.monthTok < 0 && left.dayTok < 0 && r.i == r.ts.n-1 {
		if t := r.ts.t[r.i]; t.kind == tokNumber && t.digits == 2 && !t.isOrdinal {
			rd.end = newSide()
			rd.end.yearTok, rd.end.year = r.i, left.year+1
			rd.isShortYear = true
			return t.num == (left.year+1)%100 && left.year < 9999
		}
	}
	rd.end, ok = r.side()
	return ok && r.i == r.ts.n
}

// isRangeSep reports whether token i joins the sides of a range: "to", a
// slash, or a hyphen or dash.
func (r *reader) isRangeSep(i int) bool {
	if r.ts.is(i, "to") {
		return true
	}
	if i >= r.ts.n || r.ts.t[i].kind != tokPunct {
		return false
	}
	switch r.ts.t[i].punct {
	case '/', '-', enDash, emDash:
		return true
	}
	return false
}

// weekday reads an optional day name and a comma after it.
func (r *reader) weekday(rd *reading) {
	if _, ok := r.word(dayWords[:], r.i); !ok {
		return
	}
	rd.weekdayTok, rd.weekdayEnd = r.i, r.i
	r.i++
	if r.ts.isPunct(r.i, ',') {
		rd.weekdayEnd = r.i
		r.i++
	}
}

// fullDate reads a date with its year, in figures or in words.
func (r *reader) fullDate() (side, bool) {
	if sd, ok := r.numeric(); ok {
		return sd, true
	}
	sd, ok := r.side()
	return sd, ok && sd.yearTok >= 0 && (sd.dayTok < 0 || sd.monthTok >= 0)
}

// numeric reads a date in figures, day first as in the UK ("04/06/2026")
// or as in ISO 8601 ("2026-06-04"), with no spaces inside.
func (r *reader) numeric() (side, bool) {
	ts, i := r.ts, r.i
	if i+4 >= ts.n {
		return side{}, false
	}
	for j := i + 1; j <= i+4; j++ {
		if ts.t[j].spaceBefore || (j-i)%2 == 0 && ts.t[j].kind != tokNumber {
			return side{}, false
		}
	}
	a, b, c := ts.t[i], ts.t[i+2], ts.t[i+4]
	if a.kind != tokNumber || a.isOrdinal || b.isOrdinal || c.isOrdinal {
		return side{}, false
	}
	sd := newSide()
	switch {
	case ts.isPunct(i+1, '/') && ts.isPunct(i+3, '/') && a.digits <= 2 && b.digits <= 2 && c.digits == 4:
		sd.day, sd.month, sd.year = a.num, b.num, c.num
		sd.dayTok, sd.monthTok, sd.yearTok = i, i+2, i+4
	case ts.isPunct(i+1, '-') && ts.isPunct(i+3, '-') && a.digits == 4 && b.digits == 2 && c.digits == 2:
		sd.year, sd.month, sd.day = a.num, b.num, c.num
		sd.yearTok, sd.monthTok, sd.dayTok = i, i+2, i+4
	default:
		return side{}, false
	}
	if sd.month < 1 || sd.month > 12 || sd.year < 1000 {
		return side{}, false
	}
	sd.monthEnd, sd.isNumeric = sd.monthTok, true
	r.i = i + 5
	return sd, true
}

// side reads one date in words, or its first part on the left of a range:
// "4 June 2026", "June 4, 2026", "4th of June", "June 2026", "June", "4",
// "2026".
func (r *reader) side() (side, bool) {
	sd := newSide()
	switch {
	case r.isDay(r.i):
		sd.dayTok, sd.day = r.i, r.ts.t[r.i].num
		r.i++
		if r.ts.is(r.i, "of") {
			if _, ok := r.word(monthWords[:], r.i+1); ok {
				sd.ofTok = r.i
				r.i++
			}
		}
		r.month(&sd)
	case r.month(&sd):
		if r.isDay(r.i) {
			sd.dayTok, sd.day, sd.isMonthFirst = r.i, r.ts.t[r.i].num, true
			r.i++
		}
	case r.isYear(r.i):
		sd.yearTok, sd.year = r.i, r.ts.t[r.i].num
		r.i++
		return sd, true
	default:
		return sd, false
	}
	if sd.monthTok >= 0 {
		r.year(&sd)
	}
	return sd, true
}

// month reads a month name or abbreviation, with any dot after an
// abbreviation.
func (r *reader) month(sd *side) bool {
	w, ok := r.word(monthWords[:], r.i)
	if !ok {
		return false
	}
	sd.monthTok, sd.monthEnd, sd.month, sd.isAbbrev = r.i, r.i, w.n, w.isAbbrev
	r.i++
	if w.isAbbrev && r.ts.isPunct(r.i, '.') && !r.ts.t[r.i].spaceBefore {
		sd.monthEnd = r.i
		r.i++
	}
	return true
}

// year reads an optional year after a month or day, with any comma before
// it.
func (r *reader) year(sd *side) {
	i := r.i
	if r.ts.isPunct(i, ',') && r.isYear(i+1) {
		sd.commaTok = i
		i++
	}
	if r.isYear(i) {
		sd.yearTok, sd.year = i, r.ts.t[i].num
		r.i = i + 1
	}
}

// isDay reports whether token i can be a day of a month: one or two
// digits, 1 to 31, perhaps an ordinal.
func (r *reader) isDay(i int) bool {
	if i >= r.ts.n {
		return false
	}
	t := r.ts.t[i]
	return t.kind == tokNumber && t.digits <= 2 && t.num >= 1 && t.num <= 31
}

// isYear reports whether token i can be a year: four digits, 1000 or later.
func (r *reader) isYear(i int) bool {
	if i >= r.ts.n {
		return false
	}
	t := r.ts.t[i]
	return t.kind == tokNumber && t.digits == 4 && !t.isOrdinal && t.num >= 1000
}

// word looks token i up in a table of words.
func (r *reader) word(table []word, i int) (word, bool) {
	if i >= r.ts.n || r.ts.t[i].kind != tokWord {
		return word{}, false
	}
	text := r.ts.s[r.ts.t[i].start:r.ts.t[i].end]
	for _, w := range table {
		if equalFoldASCII(text, w.text) {
			return w, true
		}
	}
	return word{}, false
}
