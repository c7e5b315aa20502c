package date

// Label is a visible date label read as a date.
type Label struct {
	Start   Date // the date, or the start of a range
	End     Date // the end of a range; the zero Date otherwise
	IsRange bool
	// Canonical is the label written the GOV.UK way, with whitespace
	// collapsed to single spaces. When Problems is empty it is the label's
	// own text.
	Canonical string
	// Problems say briefly, in lower case, why the label is not written the
	// GOV.UK way: `abbreviated month "Mar"`, `ordinal "4th"`. Empty when
	// it is.
	Problems []string
}

// ParseLabel reads s as people write dates on GOV.UK pages, and reports
// false when it cannot be read as one date or one range of dates.
//
// It reads "2026", "June 2026", "4 June 2026", "Thursday 4 June 2026",
// "4 June 2026 at 9:32am" and "9:32am on 4 June 2026", and the ranges
// "March to April 2024", "December 2023 to January 2024", "4 to 6 June
// 2026" and "2019 to 2020". It also reads, noting each as a problem,
// abbreviated months and day names ("Jun", "Sept.", "Thu"), ordinals
// ("4th", "4th of June"), leading zeros, the month first ("June 4, 2026"),
// commas, dates in figures ("04/06/2026", "2026-06-04"), ranges joined by
// a slash, hyphen or dash or repeating their shared part, financial years
// ("2019/20"), and times on the 24-hour clock or written "9.32am", "9:32 AM",
// "12pm" or "noon". Case does not matter, and any whitespace (including
// no-break spaces) counts as a space.
//
// It refuses seasons and quarters ("Spring 2024", "Q1 2024"), which no
// datetime value can state, dates without a year, two-digit years other
// than a financial year's end, impossible dates ("30 February 2023"),
// ranges whose end is not after their start, ranges with times or day
// names, and any other word.
func ParseLabel(s string) (Label, bool) {
	var ts tokens
	if !tokenize(s, &ts) {
		return Label{}, false
	}
	r := reader{ts: &ts}
	rd := newReading()
	if !r.single(&rd) {
		rd = newReading()
		if !r.rangeOf(&rd) {
			return Label{}, false
		}
	}
	start, end, ok := rd.dates()
	if !ok {
		return Label{}, false
	}
	l := Label{Start: start, End: end, IsRange: rd.isRange}
	var buf [128]byte
	canonical := rd.appendCanonical(buf[:0], start, end)
	l.Problems = rd.problems(&ts, start, end)
	switch {
	case len(l.Problems) == 0 && !ts.sameText(canonical):
		l.Problems = []string{`write "` + string(canonical) + `"`}
		l.Canonical = string(canonical)
	case len(l.Problems) > 0 || ts.isIrregular:
		l.Canonical = string(canonical)
	default:
		l.Canonical = ts.text(0, ts.n-1)
	}
	return l, true
}

// newReading returns a reading with nothing written.
func newReading() reading {
	return reading{
		start: newSide(), end: newSide(),
		sepTok: -1, weekdayTok: -1, weekdayEnd: -1,
		timeFirst: -1, timeLast: -1, connTok: -1,
	}
}

// dates checks what was read names real dates, filling the parts the left
// side of a range shares with the right, and returns them.
func (rd *reading) dates() (start, end Date, ok bool) {
	if !rd.isRange {
		start, ok = rd.start.date()
		if !ok || (rd.weekdayTok >= 0 || rd.hasTime) && start.Precision != Day {
			return Date{}, Date{}, false
		}
		if rd.hasTime {
			start.Hour, start.Minute, start.Precision = rd.hour, rd.minute, Minute
		}
		return start, Date{}, true
	}
	left, right := rd.start, rd.end
	if left.yearTok < 0 {
		left.year = right.year
	}
	if left.dayTok >= 0 && left.monthTok < 0 {
		left.month = right.month
	}
	start, okStart := left.date()
	end, okEnd := right.date()
	if !okStart || !okEnd || start.Precision != end.Precision || start.Compare(end) >= 0 {
		return Date{}, Date{}, false
	}
	return start, end, true
}

// date returns the date a side names, and false when it names none: no
// year, a day without a month, or a day the month does not have.
func (sd side) date() (Date, bool) {
	d := Date{Year: sd.year, Month: sd.month, Day: sd.day, Precision: Year}
	switch {
	case sd.year == 0:
		return Date{}, false
	case sd.month != 0:
		d.Precision = Month
	}
	if sd.day != 0 {
		if sd.month == 0 || sd.day > daysIn(sd.year, sd.month) {
			return Date{}, false
		}
		d.Precision = Day
	}
	return d, true
}

// sameText reports whether b is the label's text with each run of
// whitespace between tokens written as one space, and none around them.
func (ts *tokens) sameText(b []byte) bool {
	j := 0
	for k := range ts.n {
		t := ts.t[k]
		if k > 0 && t.spaceBefore {
			if j >= len(b) || b[j] != ' ' {
				return false
			}
			j++
		}
		text := ts.s[t.start:t.end]
		if len(b)-j < len(text) || string(b[j:j+len(text)]) != text {
			return false
		}
		j += len(text)
	}
	return j == len(b)
}
