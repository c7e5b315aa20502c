//go:build ignore

// gen builds the embedded dictionary data from SCOWL's British English word
// lists (Debian packages wbritish, wbritish-large, wbritish-huge) and the
// word ranks of the npm package popular-english-words. Run it with
// `go generate ./lint/spelling` on a machine with those Debian packages and
// npm; a user's build needs neither.
//
// It writes:
//   - words.txt: one dictionary word a line, sorted by its ASCII-folded form
//     and then by its bytes, a tab, and its frequency class as a letter
//     ('a' most common). Possessives ("aardvark's") are left out: the
//     checker accepts a word followed by 's when the word is known.
//   - dawg.bin: the folded words as a minimal acyclic automaton, the search
//     space of suggestions (suggest.go describes the format).
//   - SCOWL-COPYRIGHT: SCOWL's copyright notice as Debian ships it.
//
// supplement.txt adds a few words of today's prose that SCOWL lacks.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"log"
	"math/bits"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The SCOWL lists, most common words first; a word's tier is the first list
// that holds it.
var tiers = []string{ //nolint:gochecknoglobals // generator input list
	"/usr/share/dict/british-english",
	"/usr/share/dict/british-english-large",
	"/usr/share/dict/british-english-huge",
}

const (
	copyrightPath = "/usr/share/doc/wbritish/copyright"
	rankPackage   = "popular-english-words@1.0.2"
	rankedClasses = 18 // classes 0..17 come from ranks; unranked words take 18 + tier
)

func main() {
	words := map[string]int{} // word → tier
	for tier, path := range tiers {
		for _, w := range readLines(path) {
			if strings.HasSuffix(w, "'s") {
				continue
			}
			if _, ok := words[w]; !ok {
				words[w] = tier
			}
		}
	}
	for _, w := range readLines("supplement.txt") {
		if !strings.HasPrefix(w, "#") {
			words[w] = 0
		}
	}
	ranks := readRanks()
	type entry struct{ word, fold string }
	entries := make([]entry, 0, len(words))
	for w := range words {
		entries = append(entries, entry{w, fold(w)})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].fold != entries[j].fold {
			return entries[i].fold < entries[j].fold
		}
		return entries[i].word < entries[j].word
	})
	var out bytes.Buffer
	var folds []string
	for _, e := range entries {
		class := rankedClasses + words[e.word]
		if r, ok := ranks[e.fold]; ok {
			class = min(bits.Len(uint(r))-1, rankedClasses-1)
		}
		fmt.Fprintf(&out, "%s\t%c\n", e.word, 'a'+class)
		if len(folds) == 0 || folds[len(folds)-1] != e.fold {
			folds = append(folds, e.fold)
		}
	}
	write("words.txt", out.Bytes())
	write("dawg.bin", buildDAWG(folds))
	cp, err := os.ReadFile(copyrightPath)
	check(err)
	write("SCOWL-COPYRIGHT", cp)
}

// fold lower-cases ASCII letters only, as the checker's lookups do.
func fold(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func readLines(path string) []string {
	b, err := os.ReadFile(path)
	check(err)
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// readRanks fetches popular-english-words with npm and returns each word's
// 1-based rank by frequency in Wikipedia.
func readRanks() map[string]int {
	dir, err := os.MkdirTemp("", "timelint-gen")
	check(err)
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", "--pack-destination", dir, rankPackage)
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	check(err)
	js := readTarFile(filepath.Join(dir, strings.TrimSpace(string(name))), "package/words.js")
	ranks := map[string]int{}
	for i, m := range regexp.MustCompile(`'([^']*)'`).FindAllSubmatch(js, -1) {
		w := string(m[1])
		if _, ok := ranks[w]; !ok {
			ranks[w] = i + 1
		}
	}
	return ranks
}

func readTarFile(tgz, name string) []byte {
	f, err := os.Open(tgz)
	check(err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	check(err)
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		check(err)
		if h.Name == name {
			b, err := io.ReadAll(tr)
			check(err)
			return b
		}
	}
}

// state is a node of the automaton while it is built.
type state struct {
	labels []byte
	next   []*state
	final  bool
	id     int // 0 until registered
}

// buildDAWG builds the minimal automaton of sorted words (Daciuk et al.,
// incremental construction for sorted input) and encodes it.
func buildDAWG(words []string) []byte {
	root := &state{}
	register := map[string]*state{}
	type pending struct {
		parent *state
		child  *state
	}
	var unchecked []pending
	minimize := func(down int) {
		for i := len(unchecked) - 1; i >= down; i-- {
			p := unchecked[i]
			sig := signature(p.child)
			if r, ok := register[sig]; ok {
				p.parent.next[len(p.parent.next)-1] = r
			} else {
				p.child.id = len(register) + 1
				register[sig] = p.child
			}
		}
		unchecked = unchecked[:down]
	}
	prev := ""
	for _, w := range words {
		common := 0
		for common < len(w) && common < len(prev) && w[common] == prev[common] {
			common++
		}
		minimize(common)
		node := root
		if len(unchecked) > 0 {
			node = unchecked[len(unchecked)-1].child
		}
		for i := common; i < len(w); i++ {
			child := &state{}
			node.labels = append(node.labels, w[i])
			node.next = append(node.next, child)
			unchecked = append(unchecked, pending{node, child})
			node = child
		}
		node.final = true
		prev = w
	}
	minimize(0)
	return encode(root)
}

func signature(s *state) string {
	var b strings.Builder
	if s.final {
		b.WriteByte('!')
	}
	for i, l := range s.labels {
		fmt.Fprintf(&b, "%c%d,", l, s.next[i].id)
	}
	return b.String()
}

// encode lays out each state's edges as consecutive little-endian uint32s:
// label in bits 0–7, "the target is final" in bit 8, "last edge of this
// state" in bit 9, and the index of the target's first edge from bit 10 (0
// when the target has no edges). Index 0 is a dummy; the root's edges start
// at 1. States are placed depth first, so the output is deterministic.
func encode(root *state) []byte {
	pos := map[*state]int{}
	var order []*state
	next := 1
	var place func(s *state)
	place = func(s *state) {
		if _, ok := pos[s]; ok || len(s.labels) == 0 {
			return
		}
		pos[s] = next
		next += len(s.labels)
		order = append(order, s)
		for _, c := range s.next {
			place(c)
		}
	}
	place(root)
	if next >= 1<<22 {
		log.Fatalf("automaton too large: %d edges", next)
	}
	edges := make([]uint32, next)
	for _, s := range order {
		for i, l := range s.labels {
			e := uint32(l) | uint32(pos[s.next[i]])<<10
			if s.next[i].final {
				e |= 1 << 8
			}
			if i == len(s.labels)-1 {
				e |= 1 << 9
			}
			edges[pos[s]+i] = e
		}
	}
	out := make([]byte, 4*len(edges))
	for i, e := range edges {
		binary.LittleEndian.PutUint32(out[4*i:], e)
	}
	return out
}

func write(name string, b []byte) {
	check(os.WriteFile(name, b, 0o644))
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
