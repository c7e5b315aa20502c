package date

import (
	"errors"
	"fmt"
)

// scanner reads the components of an HTML datetime value from s[i:].
type scanner struct {
	s string
	i int
}

// done reports whether the whole value has been read.
func (sc *scanner) done() bool { return sc.i == len(sc.s) }

// end returns ErrSyntax unless the whole value has been read.
func (sc *scanner) end() error {
	if !sc.done() {
		return ErrSyntax
	}
	return nil
}

// accept consumes c if it comes next.
func (sc *scanner) accept(c byte) bool {
	if sc.i < len(sc.s) && sc.s[sc.i] == c {
		sc.i++
		return true
	}
	return false
}

// twoDigits consumes a run of exactly two ASCII digits, returning its value
// and text; it consumes nothing and returns false when the run is another
// length.
func (sc *scanner) twoDigits() (int, string, bool) {
	if countDigits(sc.s, sc.i) != 2 {
		return 0, "", false
	}
	text := sc.s[sc.i : sc.i+2]
	sc.i += 2
	v := 0
	for i := range len(text) {
		v = v*10 + int(text[i]-'0')
	}
	return v, text, true
}

// year consumes four or more digits naming a year above zero.
func (sc *scanner) year() (int, error) {
	n := countDigits(sc.s, sc.i)
	text := sc.s[sc.i : sc.i+n]
	if n < 4 {
		if n == 0 || sc.i+n < len(sc.s) && sc.s[sc.i+n] != '-' {
			return 0, ErrSyntax // not a year at all, as in "9:30"
		}
		return 0, fmt.Errorf("year %s must have four or more digits", text)
	}
	sc.i += n
	v := 0
	for i := range len(text) {
		v = v*10 + int(text[i]-'0')
		if v > maxYear {
			return 0, fmt.Errorf("year %s is too large", text)
		}
	}
	if v == 0 {
		return 0, fmt.Errorf("year %s does not exist", text)
	}
	return v, nil
}

// month consumes two digits naming a month.
func (sc *scanner) month() (int, error) {
	v, text, ok := sc.twoDigits()
	if !ok {
		return 0, ErrSyntax
	}
	if v < 1 || v > 12 {
		return 0, fmt.Errorf("month %s does not exist", text)
	}
	return v, nil
}

// day consumes two digits naming a day of month in year.
func (sc *scanner) day(year, month int) (int, error) {
	v, text, ok := sc.twoDigits()
	if !ok {
		return 0, ErrSyntax
	}
	if v == 0 {
		return 0, fmt.Errorf("day %s does not exist", text)
	}
	if most := daysIn(year, month); v > most {
		return 0, fmt.Errorf("%s: %s %d has %d days", sc.s[:sc.i], monthNames[month-1], year, most)
	}
	return v, nil
}

// week consumes the two-digit week number of a week string in year.
func (sc *scanner) week(year int) error {
	v, text, ok := sc.twoDigits()
	if !ok {
		return ErrSyntax
	}
	if v == 0 {
		return fmt.Errorf("week %s does not exist", text)
	}
	if most := weeksIn(year); v > most {
		return fmt.Errorf("%s: %d has %d weeks", sc.s[:sc.i], year, most)
	}
	return sc.end()
}

// clock consumes a valid time string: "HH:MM", then optionally ":SS" and
// then optionally "." and one to three digits of a fraction of a second.
func (sc *scanner) clock() (hour, minute int, err error) {
	hour, htext, ok := sc.twoDigits()
	if !ok || !sc.accept(':') {
		return 0, 0, ErrSyntax
	}
	minute, mtext, ok := sc.twoDigits()
	switch {
	case !ok:
		return 0, 0, ErrSyntax
	case hour > 23:
		return 0, 0, fmt.Errorf("hour %s does not exist", htext)
	case minute > 59:
		return 0, 0, fmt.Errorf("minute %s does not exist", mtext)
	}
	if !sc.accept(':') {
		return hour, minute, nil
	}
	second, stext, ok := sc.twoDigits()
	switch {
	case !ok:
		return 0, 0, ErrSyntax
	case second > 59:
		return 0, 0, fmt.Errorf("second %s does not exist", stext)
	}
	if sc.accept('.') {
		n := countDigits(sc.s, sc.i)
		if n < 1 || n > 3 {
			return 0, 0, errors.New("a fraction of a second has one to three digits")
		}
		sc.i += n
	}
	return hour, minute, nil
}

// zone consumes a valid time-zone offset string, which must end the value:
// "Z", or a sign, two digits of hours, an optional colon and two digits of
// minutes. The sign is "-" only for a non-zero offset.
func (sc *scanner) zone() error {
	if sc.accept('Z') {
		return sc.end()
	}
	start := sc.i
	negative := sc.accept('-')
	if !negative && !sc.accept('+') {
		return ErrSyntax
	}
	var htext, mtext string
	switch countDigits(sc.s, sc.i) {
	case 4:
		htext, mtext = sc.s[sc.i:sc.i+2], sc.s[sc.i+2:sc.i+4]
		sc.i += 4
	case 2:
		htext = sc.s[sc.i : sc.i+2]
		sc.i += 2
		if !sc.accept(':') || countDigits(sc.s, sc.i) != 2 {
			return ErrSyntax
		}
		mtext = sc.s[sc.i : sc.i+2]
		sc.i += 2
	default:
		return ErrSyntax
	}
	hour, minute := twoDigits(htext), twoDigits(mtext)
	switch {
	case !sc.done():
		return ErrSyntax
	case hour > 23:
		return fmt.Errorf("time-zone offset hour %s does not exist", htext)
	case minute > 59:
		return fmt.Errorf("time-zone offset minute %s does not exist", mtext)
	case negative && hour == 0 && minute == 0:
		return fmt.Errorf("time-zone offset %s must be written with \"+\"", sc.s[start:])
	}
	return nil
}

// twoDigits returns the value of a string of two ASCII digits.
func twoDigits(s string) int {
	return int(s[0]-'0')*10 + int(s[1]-'0')
}
