package main

import (
	"encoding/json"

	"github.com/ministryofjustice/timelint/lint"
)

// jsonDiagnostic is one finding in --format json. Other tools depend on
// this shape: keep it. Lines and columns are 1-based, columns count code
// points, and end_column is just past the last character.
type jsonDiagnostic struct {
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
}

func (p *printer) addJSON(r fileResult, diags []lint.Diagnostic) {
	for _, d := range diags {
		start, end := r.src.Position(d.Span.Start), r.src.Position(d.Span.End)
		s := d.Suggestions
		if s == nil {
			s = []string{}
		}
		p.json = append(p.json, jsonDiagnostic{
			File: r.in.display, Line: start.Line, Column: start.Col, EndLine: end.Line, EndColumn: end.Col,
			Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message, Suggestions: s,
		})
	}
}

// writeJSON writes every finding at once; a write error stays in p.out.
func (p *printer) writeJSON() {
	enc := json.NewEncoder(p.out)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(struct {
		Diagnostics []jsonDiagnostic `json:"diagnostics"`
	}{p.json})
}
