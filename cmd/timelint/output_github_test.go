package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ministryofjustice/timelint/lint"
)

func TestEscapeWorkflowCommand(t *testing.T) {
	tests := []struct {
		in, data, prop string
	}{
		{"plain", "plain", "plain"},
		{"50% done", "50%25 done", "50%25 done"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"%0A::error::x", "%250A::error::x", "%250A%3A%3Aerror%3A%3Ax"},
		{"a,b:c", "a,b:c", "a%2Cb%3Ac"},
	}
	for _, tc := range tests {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

// workflowCommand is a command as GitHub's runner reads it.
type workflowCommand struct {
	name  string
	props map[string]string
	data  string
}

// readWorkflowCommands reads a step's log as GitHub's runner does
// (actions/runner, ActionCommand.TryParseV2): a line whose text, after
// leading blanks, starts with "::" is a command "::name k=v,k=v::data";
// after ::stop-commands::TOKEN nothing is a command until "::TOKEN::".
func readWorkflowCommands(log string) []workflowCommand {
	unescape := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%")
	var cmds []workflowCommand
	stopToken := ""
	for line := range strings.SplitSeq(log, "\n") {
		line = strings.TrimRight(line, "\r")
		if stopToken != "" {
			if line == "::"+stopToken+"::" {
				stopToken = ""
			}
			continue
		}
		line = strings.TrimLeft(line, " \t")
		if !strings.HasPrefix(line, "::") {
			continue
		}
		end := strings.Index(line[2:], "::")
		if end < 0 {
			continue
		}
		info, data := line[2:2+end], line[2+end+2:]
		name, propText, _ := strings.Cut(info, " ")
		c := workflowCommand{name: name, props: map[string]string{}, data: unescape.Replace(data)}
		if propText != "" {
			for kv := range strings.SplitSeq(propText, ",") {
				k, v, _ := strings.Cut(kv, "=")
				c.props[k] = unescape.Replace(v)
			}
		}
		if name == "stop-commands" {
			stopToken = c.data
			continue
		}
		cmds = append(cmds, c)
	}
	return cmds
}

// TestGitHubInjection lints a page whose title, date label and file name
// hold workflow commands, "%0A" and line breaks: GitHub must read exactly
// one annotation per finding, with the message and file name as written.
func TestGitHubInjection(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "news, 50%:1.md")
	page := "<div class=\"moj-timeline\">\n  <div class=\"moj-timeline__item\">\n    <div class=\"moj-timeline__header\">\n" +
		"      <h2 class=\"moj-timeline__title\">Launch %0A::error::pwned\n::warning file=x.md::also pwned,\n%25 done</div>\n" +
		"    <p class=\"moj-timeline__date\">\n      <time datetime=\"2024-03\">March %0A::error::x\n::error::y 2024</time>\n" +
		"    </p>\n  </div>\n</div>\n"
	if err := os.WriteFile(name, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := runMain(t, nil, "lint", "--format", "github", name)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; output:\n%s", code, exitFindings, out)
	}
	js, _ := runMain(t, nil, "lint", "--format", "json", name)
	var want struct{ Diagnostics []jsonDiagnostic }
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	got := readWorkflowCommands(string(out))
	if len(got) != len(want.Diagnostics) || len(got) == 0 {
		t.Fatalf("GitHub reads %d commands, want one per finding (%d):\n%s", len(got), len(want.Diagnostics), out)
	}
	for i, c := range got {
		d := want.Diagnostics[i]
		if c.name != d.Severity || c.data != d.Message || c.props["file"] != name || c.props["title"] != "timelint "+d.Rule {
			t.Errorf("command %d = %+v, want %s for %s: %q", i, c, d.Severity, d.Rule, d.Message)
		}
	}
}

// TestAnnotateMessage checks a message with line breaks, which no rule
// writes today, stays one annotation, and that a range over lines has no
// columns.
func TestAnnotateMessage(t *testing.T) {
	src, err := lint.NewSource("a.md", lint.Markdown, []byte("one\ntwo\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPrinter(&strings.Builder{}, &options{format: formatGitHub, color: "never"})
	if err != nil {
		t.Fatal(err)
	}
	diags := []lint.Diagnostic{
		{Rule: "r", Severity: lint.Error, Span: lint.Span{Start: 0, End: 6}, Message: "x\n::error::y\r\n%0A"},
		{Rule: "r", Severity: lint.Warning, Span: lint.Span{Start: 4, End: 4}, Message: "empty"},
	}
	p.annotate(fileResult{in: input{display: "a.md"}, src: src}, diags)
	want := "::error file=a.md,line=1,endLine=2,title=timelint r::x%0A::error::y%0D%0A%250A\n" +
		"::warning file=a.md,line=2,col=1,endLine=2,endColumn=1,title=timelint r::empty\n"
	if got := p.notes.String(); got != want {
		t.Errorf("annotate = %q, want %q", got, want)
	}
	cmds := readWorkflowCommands(p.notes.String())
	if len(cmds) != 2 || cmds[0].data != diags[0].Message {
		t.Errorf("GitHub reads %+v, want 2 commands, the first with message %q", cmds, diags[0].Message)
	}
}
