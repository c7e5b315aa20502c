package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/ministryofjustice/timelint/lint"
	"github.com/ministryofjustice/timelint/lint/spelling"
)

// spellingKeys are the front matter keys whose values a reader sees.
func spellingKeys() []string { return []string{"title", "description"} }

// nameCost is the most a capitalised word in mid-sentence may cost to
// correct and still be taken for a typo: beyond it, the word is more likely
// a name than a misspelt common word.
const nameCost = 20

func spellingRule() lint.Rule {
	return lint.Rule{
		Name:     "spelling",
		Severity: lint.Error,
		Doc: lint.Doc{
			Summary: "a word is misspelt or is in no dictionary",
			Why: "A misspelling on a public page costs readers' trust. Words are checked against a " +
				"British English dictionary (SCOWL), misspell's list of known misspellings, and the " +
				"project's words: and dictionaries: in .timelint.yaml. Checked: front matter title and " +
				"description, element text (not script, style, pre, code, template tags, Markdown code), " +
				"and alt, title and aria-label. Skipped: acronyms (NOMIS), mixed-case names (OASys), words " +
				"with digits (P1), URLs, e-mail addresses and paths. A capitalised word in mid-sentence " +
				"that the dictionary lacks is taken for a name unless it is a near miss of a common word " +
				"(\"Goverment\"); add real names and terms to words:.", //nolint:misspell // an example misspelling
			Bad:  exampleTimeline(exampleItem("We released the data uplaoder", "2022-09", "September 2022")),
			Good: exampleTimeline(exampleItem("We released the data uploading tool", "2022-09", "September 2022")),
			Fix: "Replaces a known misspelling with its correction, in the front matter too: safe. For " +
				"other unknown words the suggestions are guesses: fix --unsafe takes the first only when " +
				"it is clearly the best.",
		},
		Check: checkSpelling,
	}
}

func localeSpelling() lint.Rule {
	return lint.Rule{
		Name:     "locale-spelling",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Summary: "a word is spelt the American way on a British page, or the other way with locale: en-US",
			Why: "GOV.UK content is written in British English. With locale: en-US in .timelint.yaml the " +
				"rule reports British spellings instead. Capitalised words in mid-sentence are names " +
				"(\"World Health Organization\") and keep their spelling.",
			Bad:  exampleTimeline(exampleItem("We organized the first data event", "2019-12", "December 2019")),
			Good: exampleTimeline(exampleItem("We organised the first data event", "2019-12", "December 2019")),
			Fix:  "Replaces the word with the page locale's spelling, in the front matter too. Safe.",
		},
		Check: func(p *lint.Pass) {
			for _, w := range checkedPage(p).flagged {
				reportLocale(p, w)
			}
		},
	}
}

// checkedWord is one word of prose with its place and verdict.
type checkedWord struct {
	spelling.Word
	Span    lint.Span
	Verdict spelling.Verdict
	locale  string
}

// pageWords is what the spelling rules need from a page: the words of its
// prose that are not correct and, for each distinct unknown word, its
// suggestions.
type pageWords struct {
	flagged     []checkedWord
	suggestions map[string][]spelling.Suggestion
}

// checkedPage checks the page's words once for both spelling rules: walking
// the prose is most of their cost. Searching suggestions is the rest: while
// spelling is on, each unknown word's search starts as soon as the walk
// meets it, on another goroutine when the run has workers to spare. The
// walk is the longest task, so it keeps a worker to itself, and joins the
// searches when it ends.
func checkedPage(p *lint.Pass) *pageWords {
	return p.Doc.Memo("rules.checkedPage", func() any {
		pw := &pageWords{suggestions: map[string][]spelling.Suggestion{}}
		wantSuggestions := !p.Options.Config.Rules["spelling"].Off
		var mu sync.Mutex
		unknown := make(chan string, 256)
		search := func() {
			for w := range unknown {
				sgs := spelling.Suggest(w)
				mu.Lock()
				pw.suggestions[w] = sgs
				mu.Unlock()
			}
		}
		var wg sync.WaitGroup
		for range p.Options.Workers - 1 {
			wg.Go(search)
		}
		eachWord(p, func(_ *lint.Pass, w checkedWord) {
			if w.Verdict.Kind == spelling.Correct {
				return
			}
			w.Text = strings.Clone(w.Text) // not the whole run's text
			pw.flagged = append(pw.flagged, w)
			if !wantSuggestions || w.Verdict.Kind != spelling.Unknown {
				return
			}
			mu.Lock()
			_, seen := pw.suggestions[w.Text]
			pw.suggestions[w.Text] = nil
			mu.Unlock()
			switch {
			case seen:
			case p.Options.Workers <= 1:
				pw.suggestions[w.Text] = spelling.Suggest(w.Text)
			default:
				unknown <- w.Text
			}
		})
		close(unknown)
		search()
		wg.Wait()
		return pw
	}).(*pageWords)
}

// eachWord checks every word of the document's prose and calls report.
func eachWord(p *lint.Pass, report func(*lint.Pass, checkedWord)) {
	cfg := p.Options.Config
	c := spelling.NewChecker(spelling.Options{Locale: cfg.Locale,
		Words: slices.Concat(cfg.Words, cfg.DictionaryWords)})
	ended := true
	p.Doc.EachProse(spellingKeys(), func(run lint.TextRun) {
		start := run.Block || ended
		spelling.EachWord(run.Text, start, func(w spelling.Word) {
			sp := lint.Span{Start: run.Span.Start + w.Start, End: run.Span.Start + w.End}
			report(p, checkedWord{Word: w, Span: sp, Verdict: c.Check(w.Text), locale: cfg.Locale})
		})
		ended = spelling.EndsSentence(run.Text, start)
	})
}

// isName reports a capitalised word in mid-sentence.
func isName(w checkedWord) bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r) && !w.SentenceStart
}

// checkSpelling reports misspelt and unknown words.
func checkSpelling(p *lint.Pass) {
	pw := checkedPage(p)
	for _, w := range pw.flagged {
		reportSpelling(p, w, pw.suggestions[w.Text])
	}
}

func reportSpelling(p *lint.Pass, w checkedWord, sgs []spelling.Suggestion) {
	v := w.Verdict
	switch v.Kind {
	case spelling.Misspelt:
		p.Report(lint.Diagnostic{Span: w.Span,
			Message:     fmt.Sprintf("%q is misspelt; write %q", w.Text, v.Correction),
			Suggestions: []string{v.Correction},
			Fixes:       []lint.Fix{replaceWord(w, v.Correction, lint.Safe)}})
	case spelling.Unknown:
		if isName(w) && (len(sgs) == 0 || sgs[0].Cost > nameCost) {
			return
		}
		d := lint.Diagnostic{Span: w.Span, Message: fmt.Sprintf("unknown word %q", w.Text)}
		for _, s := range sgs {
			d.Suggestions = append(d.Suggestions, s.Text)
		}
		if len(sgs) > 0 {
			d.Message += fmt.Sprintf("; did you mean %q?", sgs[0].Text)
		}
		if spelling.Clear(sgs) {
			d.Fixes = []lint.Fix{replaceWord(w, sgs[0].Text, lint.Unsafe)}
		}
		p.Report(d)
	}
}

func reportLocale(p *lint.Pass, w checkedWord) {
	if w.Verdict.Kind != spelling.OtherLocale || isName(w) {
		return
	}
	kind := "American"
	if w.locale == "en-US" {
		kind = "British"
	}
	p.Report(lint.Diagnostic{Span: w.Span,
		Message:     fmt.Sprintf("%q is the %s spelling; write %q", w.Text, kind, w.Verdict.Correction),
		Suggestions: []string{w.Verdict.Correction},
		Fixes:       []lint.Fix{replaceWord(w, w.Verdict.Correction, lint.Safe)}})
}

func replaceWord(w checkedWord, with string, a lint.Applicability) lint.Fix {
	return lint.Fix{Message: fmt.Sprintf("replace %q with %q", w.Text, with), Applicability: a,
		Edits: []lint.Edit{{Span: w.Span, New: with}}}
}
