package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
)

// annotate writes one GitHub Actions workflow command per finding
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
// GitHub reads columns as code points, as timelint counts them; its end
// column is the last character's, not one past it.
func (p *printer) annotate(r fileResult, diags []lint.Diagnostic) {
	for _, d := range diags {
		start := r.src.Position(d.Span.Start)
		end := r.src.Position(lastRuneStart(r.src.Bytes, d.Span))
		props := []string{
			"file=" + escapeProperty(filepath.ToSlash(r.in.display)),
			fmt.Sprintf("line=%d", start.Line),
		}
		// A range over several lines has no columns: GitHub reads columns
		// only when the range starts and ends on one line.
		if start.Line == end.Line {
			props = append(props, fmt.Sprintf("col=%d", start.Col))
		}
		props = append(props, fmt.Sprintf("endLine=%d", end.Line))
		if start.Line == end.Line {
			props = append(props, fmt.Sprintf("endColumn=%d", end.Col))
		}
		props = append(props, "title="+escapeProperty("timelint "+d.Rule))
		fmt.Fprintf(&p.notes, "::%s %s::%s\n", d.Severity, strings.Join(props, ","), escapeData(d.Message))
	}
}

// lastRuneStart returns the offset of the last character of sp, or its
// start when it is empty.
func lastRuneStart(b []byte, sp lint.Span) int {
	if sp.End <= sp.Start {
		return sp.Start
	}
	_, size := utf8.DecodeLastRune(b[sp.Start:sp.End])
	return sp.End - size
}

// writeGitHub writes the text list, then the annotations. GitHub turns only
// the first ten errors and ten warnings of a step into annotations, so the
// log keeps the full list. The list quotes pages as written, so it is
// printed with workflow commands stopped: no line of a page can become a
// command. The token that resumes them is a hash of the list itself, which
// no page can contain.
func (p *printer) writeGitHub() {
	sum := sha256.Sum256(p.log.Bytes())
	token := "timelint-" + hex.EncodeToString(sum[:16])
	fmt.Fprintf(p.out, "::stop-commands::%s\n", token)
	_, _ = p.out.Write(p.log.Bytes())
	fmt.Fprintf(p.out, "::%s::\n", token)
	_, _ = p.out.Write(p.notes.Bytes())
}

// escapeData escapes the message of a workflow command as GitHub's runner
// unescapes it, so that it stays on one line.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value of a workflow command, which
// also may not hold the ":" and "," that delimit properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
