package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/rules"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the
// errata 01 schema; testdata/sarif holds a copy the tests validate against.
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/ministryofjustice/timelint"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool struct {
		Driver sarifDriver `json:"driver"`
	} `json:"tool"`
	// ColumnKind says columns count code points, as everywhere in timelint
	// (§3.14.17); SARIF's default for other tools is UTF-16 code units.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifHelp   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfig struct {
	Enabled bool   `json:"enabled"`
	Level   string `json:"level"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

// sarifRegion is a range of lines and columns; the end column is one past
// the last character, as in timelint's own output.
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifText     `json:"description"`
	ArtifactChanges []sarifChange `json:"artifactChanges"`
	Properties      struct {
		Applicability string `json:"applicability"` // safe, unsafe or display-only
	} `json:"properties"`
}

type sarifChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

func (p *printer) addSARIF(r fileResult, diags []lint.Diagnostic) {
	index := map[string]int{}
	for i, rule := range rules.All() {
		index[rule.Name] = i
	}
	file := sarifArtifact{URI: fileURI(r.in.display)}
	for _, d := range diags {
		res := sarifResult{
			RuleID: d.Rule, RuleIndex: index[d.Rule], Level: d.Severity.String(),
			Message:   sarifText{Text: d.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{file, region(r.src, d.Span)}}},
		}
		for i, n := range d.Related {
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID: i + 1, PhysicalLocation: sarifPhysical{file, region(r.src, n.Span)}, Message: &sarifText{Text: n.Message},
			})
		}
		for _, f := range d.Fixes {
			if len(f.Edits) > 0 {
				res.Fixes = append(res.Fixes, sarifFixOf(r.src, file, f))
			}
		}
		p.sarif = append(p.sarif, res)
	}
}

func sarifFixOf(src *lint.Source, file sarifArtifact, f lint.Fix) sarifFix {
	change := sarifChange{ArtifactLocation: file}
	for _, e := range f.Edits {
		rep := sarifReplacement{DeletedRegion: region(src, e.Span)}
		if e.New != "" {
			rep.InsertedContent = &sarifText{Text: e.New}
		}
		change.Replacements = append(change.Replacements, rep)
	}
	out := sarifFix{Description: sarifText{Text: f.Message}, ArtifactChanges: []sarifChange{change}}
	out.Properties.Applicability = applicabilityName(f.Applicability)
	return out
}

func applicabilityName(a lint.Applicability) string {
	switch a {
	case lint.Safe:
		return "safe"
	case lint.Unsafe:
		return "unsafe"
	}
	return "display-only"
}

func region(src *lint.Source, sp lint.Span) sarifRegion {
	start, end := src.Position(sp.Start), src.Position(sp.End)
	return sarifRegion{StartLine: start.Line, StartColumn: start.Col, EndLine: end.Line, EndColumn: end.Col}
}

// fileURI turns a path as displayed into a relative URI reference, which
// GitHub code scanning resolves against the repository's root.
func fileURI(name string) string {
	return (&url.URL{Path: filepath.ToSlash(name)}).String()
}

// writeSARIF writes the log at once; a write error stays in p.out.
func (p *printer) writeSARIF() {
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: p.sarif}
	run.Tool.Driver = sarifDriver{Name: "timelint", Version: moduleVersion(), InformationURI: toolURI}
	for _, r := range rules.All() {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	enc := json.NewEncoder(p.out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifRuleOf(r lint.Rule) sarifRule {
	md := fmt.Sprintf("%s\n\nBad:\n\n```html\n%s\n```\n\nGood:\n\n```html\n%s\n```\n\nFix: %s",
		r.Doc.Why, r.Doc.Bad, r.Doc.Good, r.Doc.Fix)
	return sarifRule{
		ID:                   r.Name,
		ShortDescription:     sarifText{Text: r.Doc.Summary},
		FullDescription:      sarifText{Text: r.Doc.Why},
		Help:                 sarifHelp{Text: strings.TrimSuffix(explanation(r), "\n"), Markdown: md},
		DefaultConfiguration: sarifConfig{Enabled: !r.DefaultOff, Level: r.Severity.String()},
	}
}
