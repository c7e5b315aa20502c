package date

import (
	"fmt"
	"strings"
)

// parseISODuration checks the ISO 8601 form of a valid duration string
// (HTML section 2.3.5.9): "P", optionally days "nD", then optionally "T"
// followed by hours "nH", minutes "nM" and seconds "n.fffS", each optional
// but in that order. At least one component must be present, and "T" needs
// one after it. Months and years are not durations in HTML.
func parseISODuration(s string) error {
	sc := scanner{s: s, i: 1}
	hasAny := false
	if n := countDigits(s, sc.i); n > 0 && sc.i+n < len(s) && s[sc.i+n] == 'D' {
		sc.i += n + 1
		hasAny = true
	}
	if sc.accept('T') {
		if !sc.timeComponents() {
			return ErrSyntax
		}
		hasAny = true
	}
	if !hasAny {
		return ErrSyntax
	}
	return sc.end()
}

// timeComponents consumes the "nH", "nM" and "n.fffS" components after the
// "T" of an ISO duration, in that order, and reports whether there was at
// least one.
func (sc *scanner) timeComponents() bool {
	const units = "HMS"
	next := 0 // index in units of the earliest unit still allowed
	for !sc.done() {
		n := countDigits(sc.s, sc.i)
		if n == 0 {
			return false
		}
		sc.i += n
		hasFraction := sc.accept('.')
		if hasFraction && !sc.fraction() || sc.done() {
			return false
		}
		u := strings.IndexByte(units[next:], sc.s[sc.i])
		if u < 0 || hasFraction && units[next+u] != 'S' {
			return false
		}
		sc.i++
		next += u + 1
	}
	return next > 0
}

// fraction consumes the one to three digits of a fraction of a second that
// follow a full stop, and reports whether there were that many.
func (sc *scanner) fraction() bool {
	n := countDigits(sc.s, sc.i)
	sc.i += n
	return n >= 1 && n <= 3
}

// durationUnits are the unit letters of duration time components, in
// lower case: weeks, days, hours, minutes and seconds.
const durationUnits = "wdhms"

// isComponentDuration reports whether s is made only of the characters of
// the component form of a duration ("4h 18m 3s") and has a unit letter, so
// that it should be read as one.
func isComponentDuration(s string) bool {
	hasUnit := false
	for i := range len(s) {
		c := s[i]
		switch {
		case isDigit(c), isASCIISpace(c), c == '.':
		case unitIndex(c) >= 0:
			hasUnit = true
		default:
			return false
		}
	}
	return hasUnit
}

// unitIndex returns the index in durationUnits of a unit letter in either
// case, or -1.
func unitIndex(c byte) int {
	return strings.IndexByte(durationUnits, c|0x20)
}

// parseComponentDuration checks the component form of a valid duration
// string: one or more components, each a number and a unit letter (w, d, h,
// m or s, either case) with optional ASCII whitespace around both, no unit
// used twice, and a fraction of one to three digits only on seconds.
func parseComponentDuration(s string) error {
	sc := scanner{s: s}
	var seen [len(durationUnits)]bool
	for sc.skipSpace(); !sc.done(); sc.skipSpace() {
		n := countDigits(s, sc.i)
		if n == 0 {
			return ErrSyntax
		}
		sc.i += n
		hasFraction := sc.accept('.')
		if hasFraction && !sc.fraction() {
			return ErrSyntax
		}
		sc.skipSpace()
		if sc.done() {
			return ErrSyntax
		}
		u := unitIndex(s[sc.i])
		if u < 0 || hasFraction && durationUnits[u] != 's' {
			return ErrSyntax
		}
		if seen[u] {
			return fmt.Errorf("duration unit %q used twice", durationUnits[u:u+1])
		}
		seen[u] = true
		sc.i++
	}
	return nil
}

// skipSpace consumes ASCII whitespace.
func (sc *scanner) skipSpace() {
	for sc.i < len(sc.s) && isASCIISpace(sc.s[sc.i]) {
		sc.i++
	}
}
